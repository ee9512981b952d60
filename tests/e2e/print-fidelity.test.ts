import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../../main/cli/cli';
import { AssetCache } from '../../main/services/asset-cache';
import { openProjectFile } from '../../main/services/project-file';
import type { Design } from '../../shared/model';
import { openDesign } from './support/designFile';
import { describe, expect, it } from './support/fixtures';
import { sidebar } from './support/panels';
import { renderWithPdfJs, renderWithPoppler, type Rendering } from './support/pdfRenderers';
import { differencePicture } from './support/differencePicture';
import { decodePng, type Pixels } from './support/png';
import { compareInk, darkness, MAX_DIFFERING, shifted, type InkComparison } from './support/printInk';
import { showBleedBoxAt } from './support/studioZoom';
import type { Studio } from './support/studio';

/**
 * The resolution of every rendering, and so the studio's zoom (CSS pixels per point). At 256 dpi the examples'
 * 512-ppi logo falls on whole pixels two to one, so the renderers' different image-resampling filters do not
 * move its anti-aliased edge (at 288 dpi they do, by a pixel: 0.10 % of the Avery label's ink), and every
 * box of the examples (multiples of 4.5 pt) is a whole number of pixels.
 */
const DPI = 256;
const ZOOM = DPI / 72;
const EXAMPLES = ['avery-5160-names', 'candle-round-2.5in', 'wine-label'] as const;
/** The three pictures of each example are kept here to look at (overwritten by each run). */
const PICTURES = join(tmpdir(), 'namesake-print-fidelity');

interface Example {
  name: (typeof EXAMPLES)[number];
  path: string;
  design: Design;
  poppler: Rendering;
  pdfjs: Rendering;
}

/** Exports one label with the sample values through the CLI, as a user would. */
async function exportExample(name: string, folder: string): Promise<string> {
  const out = join(folder, `${name}.pdf`);
  const lines: string[] = [];
  const code = await cli(['export', join(process.cwd(), 'examples', `${name}.namesake`), '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  if (code !== 0) throw new Error(`export of ${name} failed: ${lines.join('\n')}`);
  return out;
}

/** Opens a design file in the studio through File › Open. */
async function openFile(studio: Studio, path: string, title: string): Promise<void> {
  studio.host.dialogs.nextOpen(path);
  await studio.host.sendMenu('open');
  await studio.page.waitForFunction((title) => document.title.startsWith(title), title);
}

/** Waits until every text of the drawn design has its layout (fonts loaded) and Fabric has painted it. */
async function drawn(studio: Studio): Promise<void> {
  await studio.page.waitForFunction(() => {
    const hook = window.__namesake!;
    return hook.getDisplay().objects.every((o) => o.type !== 'text' || hook.getTextLayout(o.id) !== null);
  });
  await studio.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Darkness from which a pixel of the empty surface's picture is a guide line: above the paper's bleed-area
 * tint (15) and below the faintest anti-aliased guide pixel that matters.
 */
const GUIDE_AT = 20;

/** The guide lines in `guides` (the studio's picture of the surface with nothing on it), grown by a pixel. */
function guidePixels(guides: Pixels): (x: number, y: number) => boolean {
  const { width, height } = guides;
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (darkness(guides.at(x, y)) < GUIDE_AT) continue;
      for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) mask[Math.min(height - 1, Math.max(0, y + dy)) * width + Math.min(width - 1, Math.max(0, x + dx))] = 1;
    }
  }
  return (x, y) => mask[y * width + x] === 1;
}

const describeResult = (what: string, r: InkComparison) => `${what}: ${r.differing} of ${r.ink} ink pixels differ (${((100 * r.differing) / r.ink).toFixed(3)} %)`;

describe('print fidelity: the examples in poppler, pdf.js and the studio canvas', () => {
  const examples: Example[] = [];

  it('renders each exported example with poppler and pdf.js, and the two agree within 0.1 % of ink pixels', async ({ studio, folder }) => {
    mkdirSync(PICTURES, { recursive: true });
    for (const name of EXAMPLES) {
      const path = await exportExample(name, folder);
      const { design } = await openProjectFile(join(process.cwd(), 'examples', `${name}.namesake`), new AssetCache());
      const poppler = renderWithPoppler(path, DPI);
      const pdfjs = await renderWithPdfJs(studio.browser, readFileSync(path), DPI);
      writeFileSync(join(PICTURES, `${name}-poppler.png`), poppler.png);
      writeFileSync(join(PICTURES, `${name}-pdfjs.png`), pdfjs.png);
      const surface = design.surfaces[0]!;
      expect([pdfjs.pixels.width, pdfjs.pixels.height], name).toEqual([(surface.width + 2 * surface.bleed) * ZOOM, (surface.height + 2 * surface.bleed) * ZOOM]);
      examples.push({ name, path, design, poppler, pdfjs });

      const agree = compareInk(pdfjs.pixels, poppler.pixels);
      writeFileSync(join(PICTURES, `${name}-pdfjs-poppler-diff.png`), differencePicture(poppler.pixels, agree.where));
      console.log(describeResult(`${name} pdf.js / poppler`, agree));
      expect.soft(agree.ink, name).toBeGreaterThan(10_000);
      expect.soft(agree.differing / agree.ink, describeResult(`${name} pdf.js / poppler`, agree)).toBeLessThanOrEqual(MAX_DIFFERING);
    }
    // The check can fail: the same rendering two pixels to the right differs on ten times as many pixels or more.
    const [first] = examples;
    const off = compareInk(first!.pdfjs.pixels, shifted(first!.poppler.pixels, 2));
    expect(off.differing / off.ink).toBeGreaterThan(10 * MAX_DIFFERING);
  });

  it('matches the studio canvas at the same scale within 0.1 % of ink pixels', async ({ studio, folder }) => {
    expect(examples.map((e) => e.name)).toEqual(EXAMPLES);
    for (const { name, path, design, poppler, pdfjs } of examples) {
      const surface = design.surfaces[0]!;
      const bleedBox = { width: surface.width + 2 * surface.bleed, height: surface.height + 2 * surface.bleed };
      // The guides (trim, bleed, safe area) are always drawn: picture them alone, on the same surface with nothing on it.
      await openDesign(studio, { ...design, objects: [], assets: [], surfaces: [{ ...surface, objectIds: [] }] }, folder, `${name}-guides.namesake`);
      const clip = await showBleedBoxAt(studio, surface, ZOOM);
      const guidesPng = await studio.page.screenshot({ clip });
      writeFileSync(join(PICTURES, `${name}-guides.png`), guidesPng);
      const guides = decodePng(guidesPng);

      await openFile(studio, join(process.cwd(), 'examples', `${name}.namesake`), `${name}.namesake`);
      await sidebar(studio).getByRole('button', { name: 'Fields' }).click();
      await sidebar(studio).getByRole('switch', { name: 'Preview sample values' }).check();
      await drawn(studio);
      expect(await showBleedBoxAt(studio, surface, ZOOM)).toEqual(clip);
      const png = await studio.page.screenshot({ clip });
      writeFileSync(join(PICTURES, `${name}-canvas.png`), png);
      const canvas = decodePng(png);
      expect([canvas.width, canvas.height]).toEqual([bleedBox.width * ZOOM, bleedBox.height * ZOOM]);

      const onGuide = guidePixels(guides);
      for (const [renderer, pdf] of [['poppler', poppler], ['pdf.js', pdfjs]] as const) {
        const r = compareInk(canvas, pdf.pixels, onGuide);
        writeFileSync(join(PICTURES, `${name}-canvas-${renderer}-diff.png`), differencePicture(canvas, r.where));
        console.log(describeResult(`${name} canvas / ${renderer}`, r));
        expect.soft(r.ink, name).toBeGreaterThan(10_000);
        expect.soft(r.differing / r.ink, describeResult(`${name} canvas / ${renderer} (${path})`, r)).toBeLessThanOrEqual(MAX_DIFFERING);
      }
      // The check can fail here too: the PDF two pixels to the right of the canvas differs on ten times as many or more.
      const off = compareInk(canvas, shifted(pdfjs.pixels, 2), onGuide);
      expect(off.differing / off.ink, name).toBeGreaterThan(10 * MAX_DIFFERING);
    }
  });
});
