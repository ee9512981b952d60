import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from './support/fixtures';
import { dropFiles } from './support/drop';
import { defineField, layers, setField, sidebar } from './support/panels';
import { decodePng } from './support/png';
import type { Studio } from './support/studio';

const DOCS = resolve(__dirname, '../../docs');
/** A candle flame, 0.24 × 0.32 in. */
const FLAME_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="0.24in" height="0.32in" viewBox="0 0 30 40">' +
  '<path d="M15 1C21 11 28 17 28 26C28 34 22 39 15 39C8 39 2 34 2 26C2 17 9 12 15 1Z" fill="#c9822f"/>' +
  '<path d="M15 17C19 23 21 26 21 30C21 34 18 36 15 36C12 36 9 34 9 30C9 26 11 23 15 17Z" fill="#f4e9d8"/></svg>';
/** Pictures in the README stay small enough to keep the repository light. */
const MAX_BYTES = 200_000;

/** A day's orders for the candle, as a shop exports them. */
function writeOrders(folder: string): string {
  const orders = join(folder, 'candle-orders.csv');
  writeFileSync(orders, 'Order,Name on label,Quantity\n2041,Zoë,2\n2042,Mateo,1\n2043,Siobhán,3\n2044,Anneliese-Marie,1\n');
  return orders;
}

async function picture(studio: Studio, name: string): Promise<void> {
  // Text appears once the engine has its fonts; wait until every text is laid out and painted.
  await studio.page.waitForFunction(() => {
    const hook = window.__namesake!;
    return hook.getDesign().objects.every((o) => o.type !== 'text' || hook.getTextLayout(o.id) !== null);
  });
  // No focus ring or hover in the picture: they mark whichever control the script touched last.
  await studio.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await studio.page.mouse.move(0, 0);
  await studio.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const png = await studio.page.screenshot();
  expect(png.length).toBeLessThan(MAX_BYTES);
  writeFileSync(resolve(DOCS, name), png);
}

/** Adds a text and gives it content, a name in the Layers panel, and settings from the Properties panel. */
async function addText(studio: Studio, name: string, content: string, settings: Array<[string, string]>, font: string) {
  await studio.button('Add text').click();
  await sidebar(studio).getByLabel('Text', { exact: true }).fill(content);
  await sidebar(studio).getByLabel('Font').selectOption({ label: font });
  for (const [label, value] of settings) await setField(studio, label, value);
  await layers(studio).getByRole('button', { name: 'Rename Text' }).click();
  await layers(studio).getByRole('textbox', { name: 'New name for Text' }).fill(name);
  await layers(studio).getByRole('textbox', { name: 'New name for Text' }).press('Enter');
}

describe('pictures for the README', () => {
  it('shows the editor with a personalized candle label', async ({ studio, folder }) => {
    await studio.button('Start screen').click();
    await studio.startScreen().getByRole('button', { name: '2.5 in round candle label' }).click();
    await studio.button('Add ellipse').click();
    for (const [label, value] of [
      ['X (in)', '0.125'],
      ['Y (in)', '0.125'],
      ['Width (in)', '2.25'],
      ['Height (in)', '2.25'],
    ]) {
      await setField(studio, label!, value!);
    }
    await sidebar(studio).getByRole('group', { name: 'Fill' }).getByLabel('Fill hex').fill('#f4e9d8');
    await sidebar(studio).getByRole('group', { name: 'Fill' }).getByLabel('Fill hex').press('Enter');

    await addText(studio, 'Name', '{{name}}', [['Y (in)', '1'], ['Size (pt)', '30']], 'Great Vibes');
    // The name curves over the top, on a circle centred on the label.
    await sidebar(studio).getByLabel('Text on an arc').check();
    await setField(studio, 'Arc radius (in)', '0.46');
    await addText(studio, 'Scent', 'Lavender & Honey', [['Y (in)', '1.05'], ['Size (pt)', '17']], 'Playfair Display');
    await addText(studio, 'Details', '8 oz · hand-poured soy wax', [['Y (in)', '1.45'], ['Size (pt)', '9']], 'Montserrat');
    // The maker's mark, an SVG dropped on the canvas: placed at its declared size, drawn as vectors.
    await dropFiles(studio, [{ name: 'flame.svg', type: 'image/svg+xml', bytes: Buffer.from(FLAME_SVG) }]);
    await expect.poll(async () => (await studio.design()).objects.length).toBe(5);
    await setField(studio, 'Y (in)', '1.95');

    await defineField(studio, { name: 'name', label: 'Name on label', maxLength: '12', sample: 'Zoë' });
    await sidebar(studio).getByRole('switch', { name: 'Preview sample values' }).check();
    await sidebar(studio).getByRole('button', { name: 'Properties' }).click();
    await layers(studio).getByRole('button', { name: 'Scent', exact: true }).click();
    await picture(studio, 'editor.png');
    studio.host.dialogs.nextSave(join(folder, 'Candle for Zoë.namesake'));
    await studio.page.keyboard.press('Control+S');
    await expect.poll(() => studio.page.title()).toBe('Candle for Zoë.namesake — Namesake');
  });

  it('shows the start screen, with the candle among the recent designs', async ({ studio }) => {
    await studio.restart({ atStart: true });
    await studio.startScreen().getByRole('button', { name: 'Open Candle for Zoë.namesake' }).waitFor();
    await picture(studio, 'start-screen.png');
  });

  it('shows the studio with a day’s orders: the records panel, one order previewed on the label', async ({ studio, folder }) => {
    await studio.startScreen().getByRole('button', { name: 'Open Candle for Zoë.namesake' }).click();
    await expect.poll(() => studio.page.title()).toBe('Candle for Zoë.namesake — Namesake');
    studio.host.dialogs.nextOpenFiles([writeOrders(folder)]);
    await studio.button('Import data').click();
    const mapping = studio.page.getByRole('dialog', { name: 'Map fields to columns' });
    await mapping.getByRole('button', { name: 'Done' }).click();
    await mapping.waitFor({ state: 'detached' });
    const records = studio.page.getByRole('region', { name: 'Records' });
    await records.getByRole('table', { name: 'Records' }).getByRole('button', { name: 'Preview row 4' }).click();
    await expect.poll(async () => (await studio.display()).objects.some((o) => o.type === 'text' && o.text === 'Siobhán')).toBe(true);
    // Each order checked (preflight runs in the background), so the picture shows the results.
    await expect.poll(() => records.getByText('Checking…').count()).toBe(0);
    await studio.host.sendMenu('selectNone');
    await picture(studio, 'studio.png');
  });

  it('shows the export dialog: the candle on a sheet of round labels, one per order', async ({ studio }) => {
    await studio.page.keyboard.press('Control+E');
    const dialog = studio.page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.getByRole('radio', { name: 'Labels on a sheet' }).check();
    await dialog.getByRole('searchbox', { name: 'Search sheet templates' }).fill('2.5 in round');
    await dialog.getByRole('option', { name: 'Avery 5194' }).click();
    await dialog.getByLabel('Start cell').fill('3');
    await dialog.getByLabel('PDF/X-4 (for print shops)').check();
    await dialog.getByRole('radio', { name: 'Records from candle-orders.csv' }).check();
    await picture(studio, 'export-dialog.png');

    // The dialog is drawn over a dimmed studio, with the chosen sheet highlighted in its list.
    const img = decodePng(readFileSync(resolve(DOCS, 'export-dialog.png')));
    const box = (await dialog.boundingBox())!;
    const option = (await dialog.getByRole('option', { selected: true }).boundingBox())!;
    expect(img.at(box.x + 8, box.y + 8).slice(0, 3)).toEqual([255, 255, 255]);
    expect(Math.max(...img.at(box.x / 2, box.y + box.height / 2).slice(0, 3))).toBeLessThan(200);
    expect(img.at(option.x + option.width - 4, option.y + option.height / 2).slice(0, 3)).toEqual([0xe3, 0xee, 0xfb]);
    await studio.page.keyboard.press('Escape');
  });
});
