import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TextObject } from '../../shared/model';
import { layoutTextWhenReady } from '../../shared/text';
import { textInput } from '../../shared/render/text-frame';
import { bundledBytes } from '../unit/main/font-files';
import { loadTextEngine } from '../unit/text/node-engine';
import { openDesign } from './support/designFile';
import { describe, expect, it } from './support/fixtures';
import { drawnLayout, FRAME, oneText, selectFrame } from './support/fontFrame';
import { compareInk } from './support/inkDiff';
import { sidebar } from './support/panels';
import { decodePng, type Pixels } from './support/png';
import type { Studio } from './support/studio';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** The canvas, as pixels, and where the frame is on it. */
async function canvasPicture(studio: Studio): Promise<{ pixels: Pixels; region: { x: number; y: number; width: number; height: number } }> {
  const host = await studio.canvasBox();
  const view = await studio.view();
  const pixels = decodePng(await studio.page.screenshot({ clip: host }));
  const region = { x: Math.floor(view.x + FRAME.x * view.zoom), y: Math.floor(view.y + FRAME.y * view.zoom), width: Math.ceil(FRAME.width * view.zoom), height: Math.ceil(FRAME.height * view.zoom) };
  return { pixels, region };
}

/** The picker's groups and their options, as the user reads them. */
const pickerGroups = (studio: Studio) =>
  sidebar(studio)
    .getByLabel('Font')
    .locator('optgroup')
    .evaluateAll((groups) => groups.map((g) => [g.getAttribute('label'), [...g.querySelectorAll('option')].map((o) => o.textContent)]));

describe('imported and installed fonts join the font library', () => {
  let importedId = '';

  it('imports a font through the Open dialog, picks it, and the canvas draws with it', async ({ studio, folder }) => {
    await openDesign(studio, oneText('noto-sans-regular'), folder, 'fonts.namesake');
    await selectFrame(studio);
    const before = await canvasPicture(studio);
    await drawnLayout(studio);

    const cinzel = await bundledBytes('cinzel-regular');
    await writeFile(join(folder, 'MyCinzel.ttf'), cinzel);
    studio.host.dialogs.nextOpen(join(folder, 'MyCinzel.ttf'));
    await sidebar(studio).getByRole('button', { name: 'Import font…' }).click();

    await expect.poll(async () => ((await studio.design()).objects[0] as TextObject).font).toMatch(/^user:[0-9a-f]{16}$/);
    importedId = ((await studio.design()).objects[0] as TextObject).font;
    expect(await studio.undoStep()).toBe('Undo Change font');
    expect(await sidebar(studio).getByLabel('Font').locator('option:checked').textContent()).toBe('Cinzel');
    expect((await pickerGroups(studio)).find(([label]) => label === 'Imported')).toEqual(['Imported', ['Cinzel']]);

    // The page lays the text out in the imported font, glyph for glyph as Node does from the same bytes.
    const inPage = await drawnLayout(studio);
    const { library } = await loadTextEngine();
    library.add(importedId, cinzel);
    const { text, frame } = textInput(((await studio.design()).objects[0]) as TextObject);
    const inNode = await layoutTextWhenReady(library, text, frame);
    expect(inPage.runs.map((r) => [r.font, r.glyphs.map((g) => g.glyph)])).toEqual(inNode.runs.map((r) => [r.font, r.glyphs.map((g) => g.glyph)]));
    expect(inPage.runs.map((r) => r.font)).toEqual([importedId]);
    expect([inPage.missing, inPage.unavailableFonts, inPage.fallbackFonts]).toEqual([[], [], []]);

    // And the canvas shows it: the same words in another typeface.
    const after = await canvasPicture(studio);
    const diff = compareInk(before.pixels, after.pixels, after.region);
    expect(diff.ink).toBeGreaterThan(500);
    expect(diff.differing / diff.ink).toBeGreaterThan(0.3);
    await mkdir(ARTIFACTS, { recursive: true });
    await studio.page.screenshot({ path: join(ARTIFACTS, 'fonts-imported.png') });
  });

  it('lists installed fonts under This computer, and imported ones still, after a restart', async ({ studio, folder }) => {
    await mkdir(studio.host.installedFonts, { recursive: true });
    await writeFile(join(studio.host.installedFonts, 'Caveat-Bold.ttf'), await bundledBytes('caveat-bold'));
    await studio.restart(); // a fresh page asks main for the list again
    await openDesign(studio, oneText(importedId), folder, 'reopened.namesake');
    await selectFrame(studio);
    const groups = await pickerGroups(studio);
    expect(groups.map(([label]) => label)).toEqual([
      'Bundled: Sans serif',
      'Bundled: Serif',
      'Bundled: Script',
      'Bundled: Display',
      'Bundled: Other scripts',
      'Imported',
      'This computer',
    ]);
    expect(groups.slice(-2)).toEqual([
      ['Imported', ['Cinzel']],
      ['This computer', ['Caveat Bold']],
    ]);
    expect((await drawnLayout(studio)).runs.map((r) => r.font)).toEqual([importedId]);

    // By value: the bundled Caveat Bold has the same name, in its own group.
    await sidebar(studio).getByLabel('Font').selectOption('system:Caveat-Bold');
    expect(((await studio.design()).objects[0] as TextObject).font).toBe('system:Caveat-Bold');
    await expect.poll(async () => (await drawnLayout(studio)).runs.map((r) => r.font)).toEqual(['system:Caveat-Bold']);
  });

  it('reports a font this computer lacks, keeps it selected and draws with the fallback', async ({ freshStudio: studio, folder }) => {
    await openDesign(studio, oneText('system:ArialMT'), folder, 'from-elsewhere.namesake');
    await selectFrame(studio);
    const warnings = studio.page.getByRole('status', { name: 'Text warnings' });
    await expect.poll(() => warnings.textContent()).toContain('The font “ArialMT” is not installed on this computer: install it, or choose another font');
    expect(await sidebar(studio).getByLabel('Font').locator('option:checked').textContent()).toBe('system:ArialMT (missing)');
    expect((await drawnLayout(studio)).runs.map((r) => r.font)).toEqual(['noto-sans-regular']);

    await openDesign(studio, oneText('user:0123456789abcdef'), folder, 'imported-elsewhere.namesake');
    await expect.poll(() => warnings.textContent()).toBe('⚠ “EMMA ROSE”: The imported font “user:0123456789abcdef” is not on this computer: import it here, or choose another font');
  });

  it('says why a file is not imported', async ({ freshStudio: studio, folder }) => {
    await openDesign(studio, oneText('noto-sans-regular'), folder, 'bad-import.namesake');
    await selectFrame(studio);
    await writeFile(join(folder, 'notes.ttf'), 'shopping list: candles, ribbon, labels');
    studio.host.dialogs.nextOpen(join(folder, 'notes.ttf'));
    await sidebar(studio).getByRole('button', { name: 'Import font…' }).click();
    await expect.poll(() => sidebar(studio).locator('.field-error').textContent()).toBe('“notes.ttf” was not imported: This file is not a TrueType or OpenType font.');
    expect(((await studio.design()).objects[0] as TextObject).font).toBe('noto-sans-regular');
  });
});
