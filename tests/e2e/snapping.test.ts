import { dragObject } from './support/canvas';
import { describe, expect, it } from './support/fixtures';
import { decodePng } from './support/png';
import type { Studio } from './support/studio';

/** Drags the (only) object by (dx, dy) screen pixels. */
async function drag(studio: Studio, dx: number, dy: number, hold?: () => Promise<void>) {
  await dragObject(studio, (await studio.design()).objects[0]!, dx, dy, hold);
}

describe('snapping while dragging', () => {
  it('snaps to the centre lines with a smart guide, and not with Alt held', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    const [centred] = (await studio.design()).objects;
    const surface = (await studio.design()).surfaces[0]!;
    const { zoom } = await studio.view();

    await drag(studio, 50, 0);
    expect((await studio.design()).objects[0]!.x).toBeCloseTo(centred!.x + 50 / zoom, 2);

    // 3 px short of the centre: it snaps the rest of the way, and a guide marks the centre line.
    let guide = false;
    await drag(studio, -47, 0, async () => {
      const png = decodePng(await studio.page.screenshot());
      const box = await studio.canvasBox();
      const view = await studio.view();
      const cx = box.x + view.x + (surface.width / 2) * view.zoom;
      const cy = box.y + view.y + 4 * view.zoom; // near the top trim edge, clear of the rectangle
      // One pixel wide and anti-aliased: recognised by its magenta hue, within a pixel of the centre.
      for (let dx = -1; dx <= 1; dx++) {
        const [r, g, b] = png.at(cx + dx, cy);
        if (r - g > 50 && b - g > 20) guide = true;
      }
    });
    expect(guide).toBe(true);
    expect((await studio.design()).objects[0]!.x).toBe(centred!.x);
    expect(await studio.undoStep()).toBe('Undo Move');

    // Alt moves freely: 3 px off the centre stays 3 px off.
    await studio.page.keyboard.down('Alt');
    await drag(studio, 3, 0);
    await studio.page.keyboard.up('Alt');
    expect((await studio.design()).objects[0]!.x).toBeCloseTo(centred!.x + 3 / zoom, 2);
  });
});
