import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../../main/cli/cli';
import type { DesignObject, ImageObject } from '../../shared/model';
import { makeJpeg, makePng, ppm, type Rgba } from '../support/image-bytes';
import { dropFiles } from './support/drop';
import { describe, expect, it } from './support/fixtures';
import { setField, sidebar } from './support/panels';
import { decodePng, type Pixels } from './support/png';
import type { Studio } from './support/studio';

const RED: Rgba = [220, 30, 30, 255];
const BLUE: Rgba = [30, 60, 220, 255];
/** Left half red, right half blue: a picture whose placement and orientation a pixel can check. */
const halves = (width: number) => (x: number) => (x < width / 2 ? RED : BLUE);
const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1in" height="1in" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#00a050"/><text>x</text></svg>';

/** The canvas as the user sees it, and where a design point (in points) falls in that picture. */
async function canvasPicture(studio: Studio): Promise<{ pixels: Pixels; at: (x: number, y: number) => Rgba }> {
  await studio.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = await studio.canvasBox();
  const { zoom, x, y } = await studio.view();
  const pixels = decodePng(await studio.page.screenshot({ clip: box }));
  return { pixels, at: (px, py) => pixels.at(x + px * zoom, y + py * zoom) };
}

const near = (actual: Rgba, expected: Rgba, tolerance = 40) => actual.slice(0, 3).every((v, i) => Math.abs(v - expected[i]!) <= tolerance);

async function onlyObject(studio: Studio, type: DesignObject['type']): Promise<DesignObject> {
  const objects = (await studio.design()).objects.filter((o) => o.type === type);
  expect(objects).toHaveLength(1);
  return objects[0]!;
}

const ppiOutput = (studio: Studio) => sidebar(studio).getByRole('status', { name: 'Effective resolution' });

/**
 * Saves the design with Save As and exports it through the CLI (main's export engine), as a user would; the
 * PDF's page rendered by poppler at 72 dpi, so one pixel is one point, addressed in trim-box points.
 */
async function saveAndExport(studio: Studio, folder: string, name: string): Promise<{ saved: string; pdf: string; at: (x: number, y: number) => Rgba }> {
  const saved = join(folder, `${name}.namesake`);
  studio.host.dialogs.nextSave(saved);
  await studio.button('Save As').click();
  await studio.page.waitForFunction((title) => document.title.startsWith(title), name);
  const pdf = join(folder, `${name}.pdf`);
  const lines: string[] = [];
  const code = await cli(['export', saved, '--out', pdf, '--marks', 'none'], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  expect(code, lines.join('\n')).toBe(0);
  execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', pdf, join(folder, name)]);
  const page = decodePng(readFileSync(join(folder, `${name}.png`)));
  const { bleed } = (await studio.design()).surfaces[0]!;
  return { saved, pdf, at: (x, y) => page.at(x + bleed, y + bleed) };
}

/** logo.png, 300 × 150 px at 200 ppi (1.5 × 0.75 in), added with Image… and the Open dialog answering it. */
async function addLogoByDialog(studio: Studio, folder: string): Promise<void> {
  const path = join(folder, 'logo.png');
  writeFileSync(path, makePng({ width: 300, height: 150, pixelsPerMetre: ppm(200), pixel: halves(300) }));
  studio.host.dialogs.nextOpen(path);
  const before = (await studio.design()).objects.length;
  await studio.button('Add image').click();
  await expect.poll(async () => (await studio.design()).objects.length).toBe(before + 1);
}

describe('images', () => {
  it('adds a PNG through Image… at its physical size, draws it, and shows its effective ppi', async ({ freshStudio: studio, folder }) => {
    await addLogoByDialog(studio, folder);

    const design = await studio.design();
    const image = (await onlyObject(studio, 'image')) as ImageObject;
    const surface = design.surfaces[0]!;
    expect(image.width).toBeCloseTo(108, 2);
    expect(image.height).toBeCloseTo(54, 2);
    expect(image.x).toBeCloseTo((surface.width - 108) / 2, 2);
    expect(image.y).toBeCloseTo((surface.height - 54) / 2, 2);
    expect(design.assets).toEqual([expect.objectContaining({ id: image.assetId, name: 'logo.png', mime: 'image/png' })]);
    expect(await studio.undoStep()).toBe('Undo Add image');
    expect(studio.host.dialogs.asked.at(-1)).toMatchObject({ kind: 'open', title: 'Add image' });

    await expect.poll(async () => ppiOutput(studio).textContent()).toBe('200 ppi — under 300 ppi: may print soft');
    expect(await ppiOutput(studio).getAttribute('data-level')).toBe('warning');

    // Drawn where it sits, the right way round (the selection frame runs along its edges, away from these points).
    const cx = image.x + image.width / 2;
    const cy = image.y + image.height / 2;
    await expect.poll(async () => near((await canvasPicture(studio)).at(cx - 27, cy), RED)).toBe(true);
    expect(near((await canvasPicture(studio)).at(cx + 27, cy), BLUE)).toBe(true);

    // Filling a frame twice as wide crops the picture and spreads its pixels over 3 in: 100 ppi, an error.
    await setField(studio, 'Width (mm)', String((216 / 72) * 25.4));
    await sidebar(studio).getByLabel('Image fit').selectOption('fill');
    await expect.poll(async () => ppiOutput(studio).textContent()).toBe('100 ppi — under 150 ppi: will print blurred');
    expect(await ppiOutput(studio).getAttribute('data-level')).toBe('error');
    expect(await studio.undoStep()).toBe('Undo Change image fit');
  });

  it('adds a PNG dropped on the canvas, at 300 ppi when the file declares no density', async ({ freshStudio: studio }) => {
    await dropFiles(studio, [{ name: 'dropped.png', type: 'image/png', bytes: makePng({ width: 600, height: 300, pixel: halves(600) }) }]);
    await expect.poll(async () => (await studio.design()).objects.length).toBe(1);
    const image = await onlyObject(studio, 'image');
    expect([image.width, image.height]).toEqual([144, 72]);
    expect(await studio.undoStep()).toBe('Undo Add image');
    await expect.poll(async () => ppiOutput(studio).textContent()).toBe('300 ppi');
    expect(await ppiOutput(studio).getAttribute('data-level')).toBe('good');
    await studio.page.keyboard.press('Escape');
    const [cx, cy] = [image.x + 72, image.y + 36];
    await expect.poll(async () => near((await canvasPicture(studio)).at(cx - 36, cy), RED)).toBe(true);
    expect(near((await canvasPicture(studio)).at(cx + 36, cy), BLUE)).toBe(true);

    await studio.button('Undo').click();
    expect((await studio.design()).objects).toEqual([]);
  });

  it('refuses a dropped decompression bomb with a sentence, adding nothing', async ({ freshStudio: studio }) => {
    const bomb = makePng({ width: 1, height: 1, headerSize: { width: 50_000, height: 50_000 } });
    await dropFiles(studio, [{ name: 'bomb.png', type: 'image/png', bytes: bomb }]);
    await expect.poll(async () => studio.status().textContent()).toMatch(/“bomb.png” is 50,000 × 50,000 pixels/);
    expect(await studio.statusArea().getAttribute('data-kind')).toBe('error');
    expect((await studio.design()).objects).toEqual([]);
  });

  it('draws an SVG as vector paths and names what it left out', async ({ freshStudio: studio }) => {
    await dropFiles(studio, [{ name: 'leaf.svg', type: 'image/svg+xml', bytes: Buffer.from(LOGO_SVG) }]);
    await expect.poll(async () => (await studio.design()).objects.length).toBe(1);
    const image = await onlyObject(studio, 'image');
    expect([image.width, image.height]).toEqual([72, 72]);
    await expect.poll(async () => studio.status().textContent()).toMatch(/“leaf.svg” placed, with parts drawn differently from the file: <text> is not supported/);
    expect(await sidebar(studio).getByText('Vector drawing (SVG): prints sharp at any size.').isVisible()).toBe(true);
    await studio.page.keyboard.press('Escape');
    await expect.poll(async () => near((await canvasPicture(studio)).at(image.x + 36, image.y + 36), [0, 160, 80, 255])).toBe(true);
    // Outside the circle, inside its frame: the paper.
    expect(near((await canvasPicture(studio)).at(image.x + 3, image.y + 3), [255, 255, 255, 255], 10)).toBe(true);
  });

  it('exports images at full resolution, an SVG as vectors, and line and rounded rectangle as drawn', async ({ freshStudio: studio, folder }) => {
    await addLogoByDialog(studio, folder);
    await setField(studio, 'X (mm)', '2');
    await setField(studio, 'Y (mm)', '2');
    await dropFiles(studio, [{ name: 'leaf.svg', type: 'image/svg+xml', bytes: Buffer.from(LOGO_SVG) }]);
    await expect.poll(async () => (await studio.design()).objects.length).toBe(2);
    await setField(studio, 'X (mm)', '60');
    await setField(studio, 'Y (mm)', '2');
    await studio.button('Add rounded rectangle').click();
    await setField(studio, 'X (mm)', '4');
    await setField(studio, 'Y (mm)', '26');
    await setField(studio, 'Width (mm)', '30');
    await setField(studio, 'Height (mm)', '20');
    await setField(studio, 'Corner radius (mm)', '6');
    expect(await studio.undoStep()).toBe('Undo Change corner radius');
    await studio.button('Add line').click();
    expect(await studio.undoStep()).toBe('Undo Add line');
    await setField(studio, 'X (mm)', '40');
    await setField(studio, 'Y (mm)', '40');
    await setField(studio, 'Width (mm)', '40');
    await setField(studio, 'Stroke width (pt)', '3');
    // Escape leaves the field, a second one clears the selection: no selection frame over the pixels checked.
    await studio.page.keyboard.press('Escape');
    await studio.page.keyboard.press('Escape');
    await expect.poll(() => studio.selection()).toEqual([]);

    const design = await studio.design();
    const rounded = design.objects.find((o) => o.type === 'shape' && o.shape === 'roundedRect')!;
    const line = design.objects.find((o) => o.type === 'shape' && o.shape === 'line')!;
    const mm = (v: number) => (v / 25.4) * 72;
    expect(line.height).toBe(0);
    const canvas = await canvasPicture(studio);
    const ORANGE: Rgba = [217, 140, 89, 255];
    // The rounded rectangle: filled inside, paper just inside its bounding box's corner (outside the round corner).
    expect(near(canvas.at(rounded.x + rounded.width / 2, rounded.y + rounded.height / 2), ORANGE)).toBe(true);
    expect(near(canvas.at(rounded.x + 1, rounded.y + 1), [255, 255, 255, 255], 10)).toBe(true);
    expect(near(canvas.at(rounded.x + mm(6), rounded.y + 1), ORANGE)).toBe(true);
    // The line: ink along it, paper 4 pt off it.
    expect(near(canvas.at(line.x + line.width / 2, line.y), [0, 0, 0, 255], 60)).toBe(true);
    expect(near(canvas.at(line.x + line.width / 2, line.y + 4), [255, 255, 255, 255], 10)).toBe(true);
    // A line has no height, yet a click on it picks it.
    const { zoom, x, y } = await studio.view();
    const box = await studio.canvasBox();
    await studio.page.mouse.click(box.x + x + (line.x + line.width / 4) * zoom, box.y + y + line.y * zoom);
    expect(await studio.selection()).toEqual([line.id]);

    const { pdf, at } = await saveAndExport(studio, folder, 'with-images');

    // pdfimages: the PNG once, at its full 300 × 150 pixels and 200 ppi as placed; the SVG is not an image.
    const rows = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(rows).toHaveLength(1);
    const f = rows[0]!.trim().split(/\s+/);
    expect([f[2], f[3], f[4], f[12], f[13]]).toEqual(['image', '300', '150', '200', '200']);

    const image = design.objects.find((o) => o.type === 'image' && o.name === 'logo.png')!;
    const svg = design.objects.find((o) => o.type === 'image' && o.name === 'leaf.svg')!;
    expect(near(at(image.x + 20, image.y + 27), RED)).toBe(true);
    expect(near(at(image.x + 88, image.y + 27), BLUE)).toBe(true);
    expect(near(at(svg.x + 36, svg.y + 36), [0, 160, 80, 255])).toBe(true);
    expect(near(at(rounded.x + rounded.width / 2, rounded.y + rounded.height / 2), ORANGE)).toBe(true);
    expect(near(at(rounded.x + 1, rounded.y + 1), [255, 255, 255, 255], 10)).toBe(true);
    expect(near(at(line.x + line.width / 2, line.y), [0, 0, 0, 255], 60)).toBe(true);
    expect(near(at(line.x + line.width / 2, line.y + 4), [255, 255, 255, 255], 10)).toBe(true);
  });

  it('turns a JPEG upright as its EXIF says, on canvas and in print, and draws it again when the design is reopened', async ({ freshStudio: studio, folder }) => {
    // Stored 320 × 160 at 320 ppi: left half red, right half blue. Orientation 6 (a phone held upright) turns it
    // a quarter clockwise: upright 0.5 × 1 in, red on top, blue below.
    const jpeg = makeJpeg({ width: 320, height: 160, orientation: 6, exifDpi: 320, block: (bx) => (bx < 20 ? [220, 30, 30] : [30, 60, 220]) });
    await dropFiles(studio, [{ name: 'phone.jpg', type: 'image/jpeg', bytes: jpeg }]);
    await expect.poll(async () => (await studio.design()).objects.length).toBe(1);
    const image = await onlyObject(studio, 'image');
    expect([image.width, image.height]).toEqual([36, 72]);
    const top = [image.x + 18, image.y + 18] as const;
    const bottom = [image.x + 18, image.y + 54] as const;
    await expect.poll(async () => near((await canvasPicture(studio)).at(...top), RED)).toBe(true);
    expect(near((await canvasPicture(studio)).at(...bottom), BLUE)).toBe(true);

    const { saved, pdf, at } = await saveAndExport(studio, folder, 'phone');
    expect(near(at(...top), RED)).toBe(true);
    expect(near(at(...bottom), BLUE)).toBe(true);
    // The JPEG's own bytes, stored 320 × 160: the PDF turns it with its matrix, never by re-encoding.
    const [row] = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2);
    expect(row!.trim().split(/\s+/).slice(2, 9)).toEqual(['image', '320', '160', 'rgb', '3', '8', 'jpeg']);

    await studio.restart();
    studio.host.dialogs.nextOpen(saved);
    await studio.host.sendMenu('open');
    await studio.page.waitForFunction(() => document.title.startsWith('phone'));
    await expect.poll(async () => near((await canvasPicture(studio)).at(...top), RED)).toBe(true);
    expect(near((await canvasPicture(studio)).at(...bottom), BLUE)).toBe(true);
  });
});
