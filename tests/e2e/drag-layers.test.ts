import { describe, expect, it } from './support/fixtures';
import { dragObject } from './support/canvas';
import { decodePng } from './support/png';

/**
 * While a drag is under way the untouched objects are copied from layers painted at its start
 * (renderer/canvas/dragLayers.ts). What the screen shows mid-drag must be what it shows once the
 * gesture ends and everything paints live again.
 */
describe('dragging over other objects', () => {
  it('shows mid-drag what the finished move shows', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await studio.button('Add text').click();
    await studio.button('Add ellipse').click();
    const [rect] = (await studio.design()).objects;

    const canvas = studio.page.locator('.canvas-host');
    let during: Buffer | undefined;
    // The rectangle is taken by its top-left corner, the one part of it the others do not cover.
    const corner = { ...rect!, x: rect!.x - rect!.width / 2 + 6, y: rect!.y - rect!.height / 2 + 4 };
    await dragObject(studio, corner, 24, 12, async () => {
      await studio.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      during = await canvas.screenshot();
    });
    await studio.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const after = await canvas.screenshot();

    expect((await studio.design()).objects[0]!.x).not.toBe(rect!.x);
    const a = decodePng(during!);
    const b = decodePng(after);
    let differing = 0;
    for (let py = 0; py < a.height; py++) {
      for (let px = 0; px < a.width; px++) {
        const [r1, g1, b1] = a.at(px, py);
        const [r2, g2, b2] = b.at(px, py);
        if (Math.abs(r1 - r2) + Math.abs(g1 - g2) + Math.abs(b1 - b2) > 24) differing++;
      }
    }
    // Snapping guides are drawn only while dragging; allow their thin lines, nothing like a misplaced object.
    expect(differing / (a.width * a.height)).toBeLessThan(0.005);
  });
});
