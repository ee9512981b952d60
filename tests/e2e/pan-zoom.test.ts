import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

describe('panning and zooming the canvas', () => {
  const canvasCentre = async (studio: Studio) => {
    const host = await studio.canvasBox();
    return { x: host.x + host.width / 2, y: host.y + host.height / 2 };
  };

  it('pans with the wheel and zooms at the pointer with Ctrl + wheel', async ({ freshStudio: studio }) => {
    const centre = await canvasCentre(studio);
    const start = await studio.view();
    await studio.page.mouse.move(centre.x, centre.y);
    await studio.page.mouse.wheel(40, 100);
    await expect.poll(() => studio.view()).toEqual({ zoom: start.zoom, x: start.x - 40, y: start.y - 100 });

    await studio.page.keyboard.down('Control');
    await studio.page.mouse.wheel(0, -200);
    await studio.page.keyboard.up('Control');
    const zoomed = await studio.view();
    expect(zoomed.zoom).toBeGreaterThan(start.zoom);
    // The scene point under the pointer stays under the pointer.
    const host = await studio.canvasBox();
    const sceneX = (view: { zoom: number; x: number }) => (centre.x - host.x - view.x) / view.zoom;
    expect(sceneX(zoomed)).toBeCloseTo(sceneX({ zoom: start.zoom, x: start.x - 40 }), 6);
    expect(await studio.button('Undo').isDisabled()).toBe(true);
  });

  it('pans by dragging with Space held, without selecting or moving anything', async ({ freshStudio: studio }) => {
    const centre = await canvasCentre(studio);
    await studio.button('Add rectangle').click();
    const design = await studio.design();
    const start = await studio.view();
    await studio.page.locator('.canvas-host').focus();
    await studio.page.keyboard.down('Space');
    await studio.page.mouse.move(centre.x, centre.y);
    await studio.page.mouse.down();
    await studio.page.mouse.move(centre.x + 50, centre.y + 20, { steps: 5 });
    await studio.page.mouse.up();
    await studio.page.keyboard.up('Space');
    expect(await studio.view()).toEqual({ ...start, x: start.x + 50, y: start.y + 20 });
    expect(await studio.design()).toEqual(design);
  });

  it('pans by dragging with the middle button', async ({ freshStudio: studio }) => {
    const centre = await canvasCentre(studio);
    const start = await studio.view();
    await studio.page.mouse.move(centre.x, centre.y);
    await studio.page.mouse.down({ button: 'middle' });
    await studio.page.mouse.move(centre.x - 30, centre.y - 60, { steps: 5 });
    await studio.page.mouse.up({ button: 'middle' });
    expect(await studio.view()).toEqual({ ...start, x: start.x - 30, y: start.y - 60 });
  });

  it('deletes the selection with the Delete key, as one undoable step', async ({ freshStudio: studio }) => {
    const centre = await canvasCentre(studio);
    await studio.button('Add ellipse').click();
    await studio.page.locator('.canvas-host').focus();
    await studio.page.keyboard.press('Delete');
    expect((await studio.design()).objects).toEqual([]);
    await studio.page.keyboard.press('Control+Z');
    expect((await studio.design()).objects).toHaveLength(1);
  });
});
