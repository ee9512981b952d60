import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import type { TextObject } from '../../shared/model';
import { openDesign } from './support/designFile';
import { describe, expect, it } from './support/fixtures';
import { oneText, selectFrame } from './support/fontFrame';
import { compareInk } from './support/inkDiff';
import { sidebar } from './support/panels';
import { decodePng, type Pixels } from './support/png';
import type { Studio } from './support/studio';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** A preview row's drawn sample, once its font has loaded and the row drew it on its canvas. */
async function sample(row: Locator): Promise<Pixels> {
  await row.scrollIntoViewIfNeeded();
  await expect.poll(() => row.locator('canvas').count()).toBe(1);
  return decodePng(await row.locator('canvas').screenshot());
}

const font = async (studio: Studio) => ((await studio.design()).objects[0] as TextObject).font;

describe('the font picker previews the text in each font', () => {
  it('draws the selected text per font with the text engine, and a row picks its font in one step', async ({ studio, folder }) => {
    await openDesign(studio, oneText('noto-sans-regular'), folder, 'previews.namesake');
    await selectFrame(studio);
    const text = sidebar(studio).getByLabel('Text', { exact: true });
    await text.fill('Zoë');
    await text.blur();

    await sidebar(studio).getByRole('button', { name: 'Show previews' }).click();
    const list = sidebar(studio).getByRole('listbox', { name: 'Font previews' });
    const noto = list.getByRole('option', { name: 'Noto Sans', exact: true });
    const vibes = list.getByRole('option', { name: 'Great Vibes', exact: true });
    expect(await noto.getAttribute('aria-selected')).toBe('true');

    // Each row draws "Zoë" in its own font: ink in both, and not the same ink.
    const [a, b] = [await sample(noto), await sample(vibes)];
    // The canvases share the row's left part; the font's name takes the right.
    const whole = { x: 0, y: 0, width: Math.min(a.width, b.width), height: Math.min(a.height, b.height) };
    const inkA = compareInk(a, a, whole).ink;
    const inkB = compareInk(b, b, whole).ink;
    expect(inkA).toBeGreaterThan(50);
    expect(inkB).toBeGreaterThan(50);
    const { ink, differing } = compareInk(a, b, whole);
    expect(differing / ink).toBeGreaterThan(0.3);

    await mkdir(ARTIFACTS, { recursive: true });
    await studio.page.screenshot({ path: join(ARTIFACTS, 'font-previews.png') });

    // Clicking a row picks its font through the same step as the picker, and one undo takes it back.
    await vibes.click();
    await expect.poll(() => font(studio)).toBe('great-vibes-regular');
    expect(await studio.undoStep()).toBe('Undo Change font');
    expect(await sidebar(studio).getByLabel('Font', { exact: true }).inputValue()).toBe('great-vibes-regular');
    expect(await vibes.getAttribute('aria-selected')).toBe('true');
    await studio.button('Undo').click();
    await expect.poll(() => font(studio)).toBe('noto-sans-regular');
    expect(((await studio.design()).objects[0] as TextObject).text).toBe('Zoë');

    // Enter on a focused row picks it too.
    await vibes.press('Enter');
    await expect.poll(() => font(studio)).toBe('great-vibes-regular');
    expect(await studio.undoStep()).toBe('Undo Change font');
  });
});
