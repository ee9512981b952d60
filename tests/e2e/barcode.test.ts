import jsQR from 'jsqr';
import type { DesignObject } from '../../shared/model';
import { describe, expect, it } from './support/fixtures';
import { sidebar } from './support/panels';
import { decodePng } from './support/png';
import type { Studio } from './support/studio';

const barcode = async (studio: Studio) => (await studio.design()).objects.find((o) => o.type === 'barcode')!;

/** Reads the QR code the canvas shows for an object, from a screenshot of its box. */
async function qrOnCanvas(studio: Studio, o: DesignObject): Promise<string | undefined> {
  const { zoom, x, y } = await studio.view();
  const box = await studio.canvasBox();
  await studio.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const png = decodePng(await studio.page.screenshot({ clip: { x: box.x + x + o.x * zoom, y: box.y + y + o.y * zoom, width: o.width * zoom, height: o.height * zoom } }));
  const rgba = new Uint8ClampedArray(png.width * png.height * 4);
  for (let py = 0; py < png.height; py++) for (let px = 0; px < png.width; px++) rgba.set(png.at(px, py), (py * png.width + px) * 4);
  return jsQR(rgba, png.width, png.height)?.data;
}

describe('barcodes', () => {
  it('adds a QR code the canvas draws readably, and explains content a symbology cannot hold', async ({ freshStudio: studio }) => {
    await studio.button('Add barcode').click();
    const added = await barcode(studio);
    expect(added).toMatchObject({ symbology: 'qrcode', content: 'https://example.com' });
    expect(await studio.undoStep()).toBe('Undo Add barcode');
    // Unselected, so no handles cross the code.
    await studio.page.locator('.canvas-host').focus();
    await studio.page.keyboard.press('Escape');
    expect(await qrOnCanvas(studio, added)).toBe('https://example.com');

    await studio.page.getByRole('button', { name: 'Barcode', exact: true }).click();
    await sidebar(studio).getByLabel('Content').fill('Zoë 2026');
    await sidebar(studio).getByLabel('Content').blur();
    expect((await barcode(studio)).content).toBe('Zoë 2026');
    await studio.page.keyboard.press('Escape');
    expect(await qrOnCanvas(studio, await barcode(studio))).toBe('Zoë 2026');

    await studio.page.getByRole('button', { name: 'Barcode', exact: true }).click();
    await sidebar(studio).getByLabel('Barcode type').selectOption({ label: 'EAN-13' });
    const ean = await barcode(studio);
    expect(ean.symbology).toBe('ean13');
    expect(ean.height).toBeLessThan(ean.width);
    expect(await studio.undoStep()).toBe('Undo Change barcode type');
    await expect.poll(() => sidebar(studio).getByText('The EAN-13 cannot hold “Zoë 2026”').count()).toBe(1);
    await sidebar(studio).getByLabel('Content').fill('590123412345');
    await expect.poll(() => sidebar(studio).getByText('cannot hold').count()).toBe(0);
  });
});
