import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { builtinCatalogue, labelSize, sheetCells } from '../../shared/templates';
import { describe, expect, it } from './support/fixtures';
import { pdfWords as words } from './support/pdfWords';
import type { Studio } from './support/studio';

const EXAMPLE = resolve(__dirname, '../../examples/avery-5160-names.namesake');

/** The example sheet design (a logo image, {{name}} and {{message}}), opened through File › Open. */
async function openExample(studio: Studio): Promise<void> {
  studio.host.dialogs.nextOpen(EXAMPLE);
  await studio.host.sendMenu('open');
  await studio.page.waitForFunction(() => document.title.startsWith('avery-5160-names.namesake'));
}

const exportDialog = (studio: Studio) => studio.page.getByRole('dialog', { name: 'Export PDF' });

/** Fonts the PDF embeds, as `pdffonts` lists them (after its two header lines). */
const embeddedFonts = (pdf: string): number => execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').length - 2;

/** Which 1-based cell of the sheet holds this point, or 0 for none. */
function cellAt(templateId: string, x: number, y: number): number {
  const template = builtinCatalogue().get(templateId)!;
  const { width, height } = labelSize(template.shape);
  return sheetCells(template).findIndex((c) => x >= c.x && x <= c.x + width && y >= c.y && y <= c.y + height) + 1;
}

/** Roles a screen reader announces by name; an unnamed one shows in the aria snapshot without quotes. */
const UNNAMED = /^\s*- (button|textbox|searchbox|checkbox|radio|listbox|option|progressbar)(?: \[[^\]]*\])?:?$/;

async function unnamedControls(studio: Studio): Promise<string[]> {
  return (await exportDialog(studio).ariaSnapshot()).split('\n').filter((line) => UNNAMED.test(line));
}

describe('the Export dialog', () => {
  it('exports the design onto Avery 5160 from cell 4, and shows the PDF in its folder', async ({ studio, folder }) => {
    await openExample(studio);
    expect(await studio.button('Export PDF').getAttribute('aria-keyshortcuts')).toBe('Control+E');
    await studio.page.keyboard.press('Control+E');
    const dialog = exportDialog(studio);
    await dialog.waitFor();
    expect(await unnamedControls(studio)).toEqual([]);

    await dialog.getByRole('radio', { name: 'Labels on a sheet' }).check();
    await dialog.getByRole('searchbox', { name: 'Search sheet templates' }).fill('avery 5160');
    await dialog.getByRole('option', { name: 'Avery 5160', exact: true }).click();
    expect(await dialog.getByRole('option', { selected: true }).textContent()).toMatch(/^Avery 51602\.625 × 1 in · 30 per US-Letter/);
    await dialog.getByLabel('Start cell').fill('4');
    expect(await dialog.getByLabel('Bleed (in)').inputValue()).toBe('0.0625');
    expect(await unnamedControls(studio)).toEqual([]);

    const pdf = join(folder, 'names.pdf');
    studio.host.dialogs.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Exported names.pdf' }).waitFor();
    expect(studio.host.dialogs.asked.at(-1)).toEqual({ kind: 'save', title: 'Export PDF', defaultName: 'Avery 5160 names.pdf' });
    expect(await dialog.getByRole('definition').allTextContents()).toEqual(['1', '1', expect.stringMatching(/^\d+ KB$/), expect.stringMatching(/^\d+\.\d s$/)]);

    expect(execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    // The sample name, and only it, sits in the fourth cell: row 2, column 1.
    const names = words(pdf).filter((w) => w.text === 'Amelia');
    expect(names).toHaveLength(1);
    expect(cellAt('avery-5160', names[0]!.x, names[0]!.y)).toBe(4);

    // The finished step's main control has the focus.
    expect(await dialog.getByRole('button', { name: 'Done' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => studio.host.shell.shown).toEqual([pdf]);
    await studio.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('hands data over to the Records panel, then exports its records: one per page, or with text as outlines', async ({ freshStudio: studio, folder }) => {
    await openExample(studio);
    const orders = join(folder, 'orders.csv');
    writeFileSync(orders, 'Order,Name\n1001,Ada Lovelace\n1002,Bo Diddley\n1003,Cleo Laine\n');

    // Without data the dialog prints the sample; data is imported in one place, the Records panel.
    await studio.button('Export PDF').click();
    const dialog = exportDialog(studio);
    expect(await dialog.getByLabel('Copies').inputValue()).toBe('1');
    studio.host.dialogs.nextOpenFiles([orders]);
    await dialog.getByRole('button', { name: 'Import data…' }).click();
    await dialog.waitFor({ state: 'detached' });
    const mapping = studio.page.getByRole('dialog', { name: 'Map fields to columns' });
    await mapping.getByRole('button', { name: 'Done' }).click();
    await studio.page.getByRole('region', { name: 'Records' }).getByText('3 records', { exact: true }).waitFor();

    await studio.button('Export PDF').click();
    expect(await dialog.getByRole('radio', { name: 'Records from orders.csv' }).isChecked()).toBe(true);
    expect(await dialog.getByText('All 3 records, 3 labels with copies').isVisible()).toBe(true);
    await dialog.getByRole('radio', { name: 'One label per page' }).check();
    expect(await unnamedControls(studio)).toEqual([]);
    const pdf = join(folder, 'orders.pdf');
    studio.host.dialogs.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Exported orders.pdf' }).waitFor();
    const pages = new Map(words(pdf).filter((w) => ['Ada', 'Bo', 'Cleo'].includes(w.text)).map((w) => [w.text, w.page]));
    expect(Object.fromEntries(pages)).toEqual({ Ada: 1, Bo: 2, Cleo: 3 });
    expect(embeddedFonts(pdf)).toBe(2);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Text as outlines: the same three labels, painted as shapes, with no font in the file.
    await studio.button('Export PDF').click();
    await dialog.getByRole('radio', { name: 'One label per page' }).check();
    await dialog.getByRole('checkbox', { name: 'Text as outlines (no fonts in the file)' }).check();
    const outlined = join(folder, 'outlined.pdf');
    studio.host.dialogs.nextSave(outlined);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Exported outlined.pdf' }).waitFor();
    expect(execFileSync('pdfinfo', [outlined], { encoding: 'utf8' })).toMatch(/^Pages:\s+3$/m);
    expect(embeddedFonts(outlined)).toBe(0);
    expect(words(outlined)).toEqual([]);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('cancels a long export: no PDF, and the options come back as they were', async ({ freshStudio: studio, folder }) => {
    await openExample(studio);
    await studio.page.keyboard.press('Control+E');
    const dialog = exportDialog(studio);
    await dialog.getByRole('radio', { name: 'Labels on a sheet' }).check();
    await dialog.getByRole('searchbox', { name: 'Search sheet templates' }).fill('avery 5160');
    await dialog.getByRole('searchbox', { name: 'Search sheet templates' }).press('Enter');
    await dialog.getByLabel('Copies').fill('6000');
    studio.host.dialogs.nextSave(join(folder, 'many.pdf'));
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('progressbar', { name: 'Export progress' }).waitFor();
    // Escape while exporting means Cancel export, not "close and leave it running".
    await studio.page.keyboard.press('Escape');
    await dialog.getByRole('status').filter({ hasText: 'Export cancelled. No PDF was written.' }).waitFor();
    expect(readdirSync(folder).filter((f) => f.startsWith('many'))).toEqual([]);

    await dialog.getByRole('button', { name: 'Back to options' }).click();
    expect(await dialog.getByLabel('Copies').inputValue()).toBe('6000');
    expect(await dialog.getByRole('option', { selected: true }).getAttribute('aria-label')).toBe('Avery 5160');
    await studio.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('works from the keyboard alone, and says what is wrong with the options', async ({ freshStudio: studio, folder }) => {
    await openExample(studio);
    const { keyboard } = studio.page;
    await keyboard.press('Control+E');
    const dialog = exportDialog(studio);
    await dialog.waitFor();
    const asked = studio.host.dialogs.asked.length;
    const focused = () => studio.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.closest('label')?.textContent ?? '');
    expect(await focused()).toBe('One label per page');
    await keyboard.press('ArrowDown'); // the radio group: Labels on a sheet
    await keyboard.press('Tab');
    expect(await focused()).toBe('Search sheet templates');
    await keyboard.type('5160');
    await keyboard.press('ArrowDown'); // into the list, on the first match
    expect(await focused()).toBe('Sheet templates');
    await keyboard.press('End');
    await keyboard.press('Home');
    expect(await dialog.getByRole('option', { selected: true }).getAttribute('aria-label')).toBe('Avery 5160');
    await keyboard.press('Tab');
    await keyboard.type('31');
    await keyboard.press('Enter');
    await dialog.getByText('Use a cell from 1 to 30.').waitFor();
    expect(studio.host.dialogs.asked.length).toBe(asked);

    await keyboard.press('Backspace');
    await keyboard.press('Backspace');
    await keyboard.type('30');
    studio.host.dialogs.nextSave(null);
    await keyboard.press('Enter');
    await expect.poll(() => studio.host.dialogs.unused).toBe(0);
    // A cancelled Save dialog leaves the options as they were, focus included.
    expect(await dialog.getByLabel('Start cell').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(existsSync(join(folder, 'Avery 5160 names.pdf'))).toBe(false);
    await keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});
