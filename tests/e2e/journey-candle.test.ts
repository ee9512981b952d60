import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AssetCache } from '../../main/services/asset-cache';
import { openProjectFile } from '../../main/services/project-file';
import type { ImageObject, TextObject } from '../../shared/model';
import { makePng, ppm, type Rgba } from '../support/image-bytes';
import { canvasPicture, expectPdfMatchesCanvas, guideMask, inside, pageBoxes } from './support/canvasVsPdf';
import { dropFiles } from './support/drop';
import { exportThroughDialog } from './support/exportDialog';
import { describe, expect, it } from './support/fixtures';
import { layers, setField, sidebar } from './support/panels';
import { decodePng } from './support/png';
import type { Studio } from './support/studio';

/** The pictures of the journey are kept here to look at (overwritten by each run). */
const PICTURES = join(tmpdir(), 'namesake-journeys');
const MESSAGE = 'Happy 30th birthday';

/**
 * The maker's logo: a green disc with a white notch at its top left (so a flip or turn would show), 256 px
 * square at 512 ppi, so 1/2 in on the label and two pixels to one at the comparison's 256 dpi.
 */
const GREEN: Rgba = [34, 110, 80, 255];
const LOGO = makePng({
  width: 256,
  height: 256,
  pixelsPerMetre: ppm(512),
  pixel: (x, y) => {
    const inDisc = Math.hypot(x - 127.5, y - 127.5) < 120;
    const notch = x > 60 && x < 110 && y > 60 && y < 110;
    return inDisc && !notch ? GREEN : [255, 255, 255, 0];
  },
});

const texts = async (studio: Studio) => (await studio.design()).objects.filter((o): o is TextObject => o.type === 'text');

/** Adds a text frame and sets it up in the Properties panel, as a maker would. */
async function addText(studio: Studio, content: string, font: string, fields: ReadonlyArray<readonly [string, string]>): Promise<void> {
  await studio.button('Add text').click();
  await sidebar(studio).getByLabel('Text', { exact: true }).fill(content);
  await sidebar(studio).getByLabel('Font').selectOption({ label: font });
  for (const [label, value] of fields) await setField(studio, label, value);
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

describe('journey 1: a candle label for Zoë, from the start screen to a print-ready PDF', () => {
  it('designs a round label with a curved name, a message and a dropped logo; the PDF passes the print checks and matches the canvas', async ({ studio, folder }) => {
    mkdirSync(PICTURES, { recursive: true });
    await studio.restart({ atStart: true });
    await studio.startScreen().getByRole('button', { name: '2.5 in round candle label' }).click();
    await studio.startScreen().waitFor({ state: 'detached' });
    const surface = (await studio.design()).surfaces[0]!;
    expect([surface.shape.kind, surface.width, surface.bleed]).toEqual(['round', 180, 4.5]);
    // The guides alone, to leave them out of the comparison: the PDF has none.
    const onGuide = guideMask((await canvasPicture(studio, surface)).pixels);

    // The name, over the top on an arc round the label's centre.
    await addText(studio, 'Zoë', 'Great Vibes', [
      ['X (in)', '0.25'],
      ['Y (in)', '0.25'],
      ['Width (in)', '2'],
      ['Height (in)', '2'],
      ['Size (pt)', '34'],
    ]);
    await sidebar(studio).getByLabel('Fit').selectOption({ label: 'Shrink to fit' });
    await sidebar(studio).getByLabel('Text on an arc').check();
    await sidebar(studio).getByLabel('Arc side').selectOption({ label: 'Over the top' });
    await setField(studio, 'Arc radius (in)', '0.7');
    const [name] = await texts(studio);
    expect(name).toMatchObject({ text: 'Zoë', font: 'great-vibes-regular', fontSize: 34, fit: 'shrink', path: { kind: 'arc', side: 'top', radius: 50.4, angle: 0 } });

    await addText(studio, MESSAGE, 'Montserrat', [
      ['X (in)', '0.25'],
      ['Y (in)', '1'],
      ['Width (in)', '2'],
      ['Height (in)', '0.5'],
      ['Size (pt)', '14'],
    ]);

    await dropFiles(studio, [{ name: 'candle-co-logo.png', type: 'image/png', bytes: LOGO }]);
    await expect.poll(async () => (await studio.design()).objects.length).toBe(3);
    // Centred at the size its file declares (a PNG stores 512 ppi rounded, as 511.99), then moved under the message.
    await setField(studio, 'Y (in)', '1.625');
    const logo = (await studio.design()).objects.find((o): o is ImageObject => o.type === 'image')!;
    expect(logo.y).toBe(117);
    for (const [value, expected] of [[logo.x, 72], [logo.width, 36], [logo.height, 36]]) expect(value).toBeCloseTo(expected!, 2);
    const canvas = await canvasPicture(studio, surface);

    // Export through the Export dialog, the Save dialog answering; once more with crop marks.
    const pdf = join(folder, 'candle-zoe.pdf');
    await exportThroughDialog(studio, pdf);
    const marked = join(folder, 'candle-zoe-marks.pdf');
    await exportThroughDialog(studio, marked, { cropMarks: true });

    // PRINT.md's checks.
    for (const file of [pdf, marked]) expect(run('qpdf', ['--check', file])).toContain('No syntax or stream encoding errors');
    const fonts = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const row of fonts) expect(row.split(/\s+/).slice(-5, -2), row).toEqual(['yes', 'yes', 'yes']);
    expect(fonts.some((row) => /\+GreatVibes/.test(row))).toBe(true);
    for (const [file, room] of [[pdf, 0], [marked, 9]] as const) {
      const boxes = pageBoxes(file);
      expect(inside(boxes.TrimBox, boxes.BleedBox, 4.5), file).toBe(true);
      expect(inside(boxes.BleedBox, boxes.TrimBox, -4.5), file).toBe(true); // the bleed is 1/16 in, exactly
      expect(inside(boxes.BleedBox, boxes.MediaBox, room), file).toBe(true); // with marks, room for them
    }
    expect(pageBoxes(pdf).MediaBox).toEqual(pageBoxes(pdf).BleedBox);
    const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    expect(text).toContain('Zoë');
    expect(text).toContain(MESSAGE);
    const images = run('pdfimages', ['-list', pdf]).trim().split('\n').slice(2).map((row) => row.trim().split(/\s+/));
    // The logo once, at its full 256 px and 512 ppi, with its transparency as a soft mask.
    expect(images.map((cols) => [cols[2], cols[3], cols[4], cols[12], cols[13]])).toEqual([
      ['image', '256', '256', '512', '512'],
      ['smask', '256', '256', '512', '512'],
    ]);

    await expectPdfMatchesCanvas(studio, 'candle', pdf, canvas, onGuide, PICTURES);
  });

  it('copies the logo into another design through the Edit menu; the saved file keeps the picture, and drops it once deleted', async ({ studio, folder }) => {
    await layers(studio).getByRole('button', { name: 'candle-co-logo.png', exact: true }).click();
    await studio.host.sendMenu('copy');
    await studio.newDesign('2 in round label', 'Gift tag', true);
    expect((await studio.design()).assets).toEqual([]);

    await studio.host.sendMenu('paste');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(1);
    const design = await studio.design();
    const logo = design.objects[0] as ImageObject;
    expect(design.assets).toEqual([expect.objectContaining({ id: logo.assetId, name: 'candle-co-logo.png', mime: 'image/png', size: LOGO.length })]);
    expect(await studio.undoStep()).toBe('Undo Paste');
    // Drawn: green at the logo's centre (its notch is at its top left).
    const { zoom, x, y } = await studio.view();
    const box = await studio.canvasBox();
    const centre = { x: box.x + x + (logo.x + logo.width / 2) * zoom, y: box.y + y + (logo.y + logo.height * 0.7) * zoom };
    await expect.poll(async () => decodePng(await studio.page.screenshot({ clip: { ...centre, width: 1, height: 1 } })).at(0, 0).slice(0, 3)).toEqual(GREEN.slice(0, 3));

    const saved = join(folder, 'gift-tag.namesake');
    studio.host.dialogs.nextSave(saved);
    await studio.host.sendMenu('saveAs');
    await studio.page.waitForFunction(() => document.title.startsWith('gift-tag.namesake'));
    const cache = new AssetCache();
    expect((await openProjectFile(saved, cache)).design.assets.map((a) => a.id)).toEqual([logo.assetId]);
    expect(cache.get(logo.assetId)?.equals(LOGO)).toBe(true);

    // Saving leaves out a picture no object uses any more.
    await studio.host.sendMenu('delete');
    // Menu commands arrive over the bridge: wait for this one to land.
    await expect.poll(async () => (await studio.design()).objects).toEqual([]);
    await studio.host.sendMenu('save');
    await expect.poll(() => studio.page.title()).toBe('gift-tag.namesake — Namesake');
    const emptied = new AssetCache();
    expect((await openProjectFile(saved, emptied)).design.assets).toEqual([]);
    expect(emptied.get(logo.assetId)).toBeUndefined();
  });
});
