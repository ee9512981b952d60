import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

/** Fabric moves objects during a gesture; at its end the result is read back as one transaction. */
describe('canvas gestures', () => {
  it('undoes a canvas drag as one step, and never undoes zoom or selection', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    const [before] = (await studio.design()).objects;
    const { zoom, x, y } = await studio.view();
    const host = await studio.canvasBox();
    const at = { x: host.x + x + (before!.x + before!.width / 2) * zoom, y: host.y + y + (before!.y + before!.height / 2) * zoom };
    const { mouse } = studio.page;
    await mouse.move(at.x, at.y);
    await mouse.down();
    await mouse.move(at.x + 30, at.y + 10, { steps: 4 });
    await mouse.move(at.x + 60, at.y + 30, { steps: 4 });
    await mouse.up();

    const [moved] = (await studio.design()).objects;
    expect(moved!.x).toBeCloseTo(before!.x + 60 / zoom, 2);
    expect(moved!.y).toBeCloseTo(before!.y + 30 / zoom, 2);
    expect(moved!.width).toBe(before!.width);
    expect(await studio.undoStep()).toBe('Undo Move');

    // Session state: zooming, and clicking empty pasteboard to deselect, add nothing to history.
    await studio.button('Zoom in').click();
    expect((await studio.view()).zoom).toBeGreaterThan(zoom);
    await mouse.click(host.x + 10, host.y + 10);
    expect(await studio.selection()).toEqual([]);
    expect(await studio.undoStep()).toBe('Undo Move');

    await studio.button('Undo').click();
    expect((await studio.design()).objects).toEqual([before]);
    await studio.button('Redo').click();
    expect((await studio.design()).objects).toEqual([moved]);
  });

  it('moves a multi-selection as one step', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await studio.button('Add ellipse').click();
    const before = (await studio.design()).objects;
    const host = await studio.canvasBox();
    const { mouse } = studio.page;
    // A rubber band from one pasteboard corner to the other selects both.
    await mouse.move(host.x + 5, host.y + 5);
    await mouse.down();
    await mouse.move(host.x + host.width - 5, host.y + host.height - 5, { steps: 5 });
    await mouse.up();
    expect(await studio.selection()).toHaveLength(2);

    const { zoom } = await studio.view();
    const at = { x: host.x + host.width / 2, y: host.y + host.height / 2 };
    await mouse.move(at.x, at.y);
    await mouse.down();
    await mouse.move(at.x - 40, at.y + 24, { steps: 6 });
    await mouse.up();

    const after = (await studio.design()).objects;
    after.forEach((o, i) => {
      expect(o.x).toBeCloseTo(before[i]!.x - 40 / zoom, 2);
      expect(o.y).toBeCloseTo(before[i]!.y + 24 / zoom, 2);
      expect(o.width).toBeCloseTo(before[i]!.width, 6);
    });
    expect(await studio.undoStep()).toBe('Undo Move');
    expect(await studio.selection()).toHaveLength(2);
    await studio.button('Undo').click();
    expect((await studio.design()).objects).toEqual(before);
  });

  it('reads a resize back into the model, keeping the opposite corner in place', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    const [before] = (await studio.design()).objects;
    const { zoom, x, y } = await studio.view();
    const host = await studio.canvasBox();
    const corner = { x: host.x + x + (before!.x + before!.width) * zoom, y: host.y + y + (before!.y + before!.height) * zoom };
    const { mouse } = studio.page;
    for (const step of [1, 2]) {
      // Twice, so a scale left on the Fabric object would show up as a compounded size.
      await mouse.move(corner.x + 40 * (step - 1), corner.y + 40 * (step - 1) * (before!.height / before!.width));
      await mouse.down();
      await mouse.move(corner.x + 40 * step, corner.y + 40 * step * (before!.height / before!.width), { steps: 5 });
      await mouse.up();
      const [resized] = (await studio.design()).objects;
      expect(resized!.x).toBeCloseTo(before!.x, 2);
      expect(resized!.y).toBeCloseTo(before!.y, 2);
      expect(resized!.width).toBeCloseTo(before!.width + (40 * step) / zoom, 0);
      expect(resized!.width / resized!.height).toBeCloseTo(before!.width / before!.height, 2);
    }
    expect(await studio.undoStep()).toBe('Undo Resize');
  });
});
