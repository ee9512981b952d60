import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { decodeProject } from '../../main/services/project-reader';
import type { TextObject } from '../../shared/model';
import type { TextLayout } from '../../shared/text';
import { bundledBytes, withFsType } from '../unit/main/font-files';
import { openDesign } from './support/designFile';
import { describe, expect, it } from './support/fixtures';
import { drawnLayout, oneText, selectFrame } from './support/fontFrame';
import { sidebar } from './support/panels';
import { decodePng, type Pixels } from './support/png';
import { openStudio, type Studio } from './support/studio';

const ARTIFACTS = resolve(__dirname, '../artifacts');

const glyphRuns = (layout: TextLayout) => layout.runs.map((r) => [r.font, r.glyphs.map((g) => [g.glyph, g.x, g.y])]);

const canvasPixels = async (studio: Studio): Promise<Pixels> => decodePng(await studio.page.screenshot({ clip: await studio.canvasBox() }));

function differingPixels(a: Pixels, b: Pixels): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let differing = 0;
  for (let y = 0; y < a.height; y++) for (let x = 0; x < a.width; x++) if (a.at(x, y).some((v, i) => v !== b.at(x, y)[i])) differing++;
  return differing;
}

const inkPixels = (p: Pixels): number => {
  let ink = 0;
  for (let y = 0; y < p.height; y++) for (let x = 0; x < p.width; x++) if (p.at(x, y)[0] < 96) ink++;
  return ink;
};

const pickerGroup = (studio: Studio, label: string) =>
  sidebar(studio)
    .getByLabel('Font')
    .locator(`optgroup[label="${label}"] option`)
    .evaluateAll((options) => options.map((o) => o.textContent));

async function saveAs(studio: Studio, path: string): Promise<void> {
  studio.host.dialogs.nextSave(path);
  await studio.host.sendMenu('saveAs');
  await expect.poll(() => studio.status().textContent()).toBe(`Saved ${path.split('/').pop()}.`);
}

describe('a design travels with its imported fonts', () => {
  it('opens on a fresh computer with the imported font: listed, laid out and painted as where it was made', async ({ studio, folder }) => {
    await openDesign(studio, oneText('noto-sans-regular'), folder, 'made-here.namesake');
    await selectFrame(studio);
    await writeFile(join(folder, 'MyCinzel.ttf'), await bundledBytes('cinzel-regular'));
    studio.host.dialogs.nextOpen(join(folder, 'MyCinzel.ttf'));
    await sidebar(studio).getByRole('button', { name: 'Import font…' }).click();
    await expect.poll(async () => ((await studio.design()).objects[0] as TextObject).font).toMatch(/^user:[0-9a-f]{16}$/);
    const cinzel = ((await studio.design()).objects[0] as TextObject).font;
    const here = await drawnLayout(studio);
    expect(here.runs.map((r) => r.font)).toEqual([cinzel]);
    const painted = await canvasPixels(studio);
    const file = join(folder, 'travels.namesake');
    await saveAs(studio, file);
    expect((await decodeProject(await readFile(file), 'travels.namesake')).design.assets.map(({ name, mime }) => [name, mime])).toEqual([['Cinzel Regular', 'font/ttf']]);

    // Another computer: a new host with its own, empty user-data folder, and a new browser.
    const away = await openStudio();
    try {
      away.host.dialogs.nextOpen(file);
      await away.host.sendMenu('open');
      await away.page.waitForFunction(() => document.title.startsWith('travels.namesake'));
      await selectFrame(away);
      expect(await pickerGroup(away, 'Imported')).toEqual(['Cinzel']);
      expect(await sidebar(away).getByLabel('Font').locator('option:checked').textContent()).toBe('Cinzel');
      const there = await drawnLayout(away);
      expect(glyphRuns(there)).toEqual(glyphRuns(here));
      expect([there.missing, there.unavailableFonts, there.fallbackFonts]).toEqual([[], [], []]);
      expect(await away.page.getByRole('status', { name: 'Text warnings' }).textContent()).toBe('');
      const repainted = await canvasPixels(away);
      expect(inkPixels(repainted)).toBeGreaterThan(1000);
      expect(differingPixels(painted, repainted)).toBe(0);
      await mkdir(ARTIFACTS, { recursive: true });
      await away.page.screenshot({ path: join(ARTIFACTS, 'font-travel-away.png') });
      expect([...away.pageErrors, ...away.host.errors.map(String)]).toEqual([]);
    } finally {
      await away.close();
    }
  });

  it('says so when the chosen font’s licence keeps it out of design files, and leaves it out', async ({ freshStudio: studio, folder }) => {
    await openDesign(studio, oneText('noto-sans-regular'), folder, 'restricted.namesake');
    await selectFrame(studio);
    await writeFile(join(folder, 'NoEmbed.ttf'), withFsType(await bundledBytes('pacifico-regular'), 0x0002));
    studio.host.dialogs.nextOpen(join(folder, 'NoEmbed.ttf'));
    await sidebar(studio).getByRole('button', { name: 'Import font…' }).click();
    const picker = sidebar(studio).getByLabel('Font');
    await expect.poll(() => picker.locator('option:checked').textContent()).toBe('Pacifico (prints as outlines, not saved in designs)');
    const hint = sidebar(studio).getByText('Its licence does not allow copying it into design files');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await picker.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await drawnLayout(studio);
    await mkdir(ARTIFACTS, { recursive: true });
    await studio.page.screenshot({ path: join(ARTIFACTS, 'font-travel-restricted.png') });

    const file = join(folder, 'restricted-saved.namesake');
    await saveAs(studio, file);
    expect((await decodeProject(await readFile(file), 'restricted-saved.namesake')).design.assets).toEqual([]);
  });
});
