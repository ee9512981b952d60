import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { createDesign, createText, type Design } from '../../shared/model';
import { builtinCatalogue, labelSize, sheetCells } from '../../shared/templates';
import { openDesign } from './support/designFile';
import { pdfWords as words } from './support/pdfWords';
import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** Etsy's Order Items header (US), as in ../shared/DATA.md. */
const ETSY_HEADER =
  '"Sale Date","Item Name",Buyer,Quantity,Price,"Coupon Code","Coupon Details","Discount Amount","Shipping Discount","Order Shipping","Order Sales Tax","Item Total",Currency,"Transaction ID","Listing ID","Date Paid","Date Shipped","Ship Name","Ship Address1","Ship Address2","Ship City","Ship State","Ship Zipcode","Ship Country","Order ID",Variations,"Order Type","Listings Type","Payment Type","InPerson Discount","InPerson Location","VAT Paid by Buyer",SKU';

/** Field “name” allows this many characters. */
const MAX_NAME = 16;
const LONG = 8;
const MISSING = 13;
/** A private-use character: no bundled font, fallbacks included, has a glyph for it. */
const NO_GLYPH = '\uE000';
/** 30 invented buyers' names: one too long for the field, one with a character no font has. */
const NAMES = [
  'Ava', 'Ben', 'Cleo', 'Dev', 'Elin', 'Finn', 'Gia', 'Hugo', 'Maximiliana-Theodora', 'Ines',
  'Jay', 'Kira', 'Lev', `Mia${NO_GLYPH}`, 'Nils', 'Oona', 'Pia', 'Quin', 'Rosa', 'Sami',
  'Tove', 'Ugo', 'Vera', 'Wim', 'Xena', 'Yuri', 'Zia', 'Abel', 'Bea', 'Cato',
];
const FIXED = 'Maxi';
const orderId = (i: number) => String(3100000001 + i);

function etsyCsv(): string {
  const rows = NAMES.map((name, i) => {
    const cells = Array<string>(33).fill('');
    cells[0] = '03/14/26';
    cells[1] = 'Name sticker';
    cells[2] = `Buyer ${i} (buyer${i})`;
    cells[3] = '1';
    cells[24] = orderId(i);
    cells[25] = `"Color:Gold,Personalization:${name}"`;
    return cells.join(',');
  });
  return [ETSY_HEADER, ...rows].join('\r\n') + '\r\n';
}

/** An Avery 5160 address label (2.625 × 1 in) with the buyer's name, as a shop would set it up. */
function stickerDesign(): Design {
  const design = createDesign({ name: 'Avery 5160', unit: 'in', width: 189, height: 72, shape: { kind: 'rect' }, bleed: 0, safeMargin: 4.5 });
  const text = { ...createText(design.surfaces[0]!.id, { x: 9, y: 18 }, '{{name}}'), width: 171, height: 36, fontSize: 20, minFontSize: 12 };
  return {
    ...design,
    objects: [text],
    fields: [{ name: 'name', label: 'Name', required: true, maxLength: MAX_NAME, defaultValue: '', sample: 'Emma', allowedFonts: [], allowedColors: [] }],
  };
}

const drawer = (studio: Studio): Locator => studio.page.getByRole('region', { name: 'Records' });
const grid = (studio: Studio): Locator => drawer(studio).getByRole('table', { name: 'Records' });
const cell = (studio: Studio, row: number): Locator => grid(studio).getByRole('textbox', { name: `Name, row ${row}`, exact: true });
const exportDialog = (studio: Studio): Locator => studio.page.getByRole('dialog', { name: 'Export PDF' });
const shownText = async (studio: Studio): Promise<string | undefined> => {
  const text = (await studio.display()).objects[0];
  return text?.type === 'text' ? text.text : undefined;
};

const info = (pdf: string) => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });

describe('orders in, print files out: the shop-staff journey', () => {
  it('imports 30 Etsy orders, fixes one preflight error, overrides the other, and prints them in cell order on one Avery 5160 sheet', async ({ studio, folder }) => {
    await openDesign(studio, stickerDesign(), folder, 'stickers.namesake');
    const csv = join(folder, 'EtsySoldOrderItems2026-03.csv');
    writeFileSync(csv, etsyCsv());

    // Import through the Open dialog; the mapping dialog shows the automatic mapping.
    studio.host.dialogs.nextOpenFiles([csv]);
    await studio.button('Import data').click();
    const mapping = studio.page.getByRole('dialog', { name: 'Map fields to columns' });
    await mapping.waitFor();
    expect(await mapping.getByRole('combobox', { name: 'Column for Name' }).inputValue()).toBe('Personalization');
    await mapping.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => drawer(studio).locator('.records-count').textContent()).toBe('30 records');
    expect(await cell(studio, 2).inputValue()).toBe('Ava');

    // Preview one record on the canvas.
    await grid(studio).getByRole('button', { name: 'Preview row 5' }).click();
    await expect.poll(() => shownText(studio)).toBe('Dev');

    // The Export dialog checks the 30 records it will print: the over-long name and the missing glyph are errors.
    await studio.button('Export PDF').click();
    const dialog = exportDialog(studio);
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Records from EtsySoldOrderItems2026-03.csv' }).isChecked()).toBe(true);
    expect(await dialog.getByText('All 30 records, 30 labels with copies').isVisible()).toBe(true);
    expect(await dialog.getByRole('option', { selected: true }).getAttribute('aria-label')).toBe('Avery 5160');
    const findings = dialog.getByRole('list', { name: 'Preflight findings' });
    await findings.waitFor();
    const counts = await dialog.locator('.export-check-counts').textContent();
    expect(counts).toMatch(/^2 errors(, \d+ warnings?)? in 30 labels$/);
    const listed = await findings.getByRole('listitem').allTextContents();
    const tooLong = `row ${LONG + 2}: “Name” is 20 characters, the field allows ${MAX_NAME}`;
    expect(listed.slice(0, 2)).toEqual([expect.stringContaining(tooLong), expect.stringMatching(new RegExp(`row ${MISSING + 2}: .*U\\+E000`))]);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'export-preflight.png'), await studio.page.screenshot());

    // Export is blocked on errors until “Export anyway” has a reason.
    const asked = studio.host.dialogs.asked.length;
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByText('Fix the errors first, or tick “Export anyway” and give a reason.').waitFor();
    expect(studio.host.dialogs.asked.length).toBe(asked);

    // Click the over-long name: the dialog closes on its record in the records panel; fix the cell.
    await findings.getByRole('button', { name: new RegExp(tooLong) }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => shownText(studio)).toBe(NAMES[LONG]);
    expect(await drawer(studio).getByRole('complementary', { name: `Checks: row ${LONG + 2}` }).isVisible()).toBe(true);
    await cell(studio, LONG + 2).fill(FIXED);
    await cell(studio, LONG + 2).press('Enter');
    await expect.poll(() => shownText(studio)).toBe(FIXED);

    // Back in Export: one error left; override it with a reason.
    await studio.button('Export PDF').click();
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('.export-check-counts').textContent()).toMatch(/^1 error(, \d+ warnings?)? in 30 labels$/);
    await dialog.getByRole('checkbox', { name: 'Export anyway' }).check();
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByText('Say why the errors may go to print: the reason is recorded in the PDF.').waitFor();
    const reason = 'Buyer confirmed the symbol may print as a box';
    await dialog.getByRole('textbox', { name: 'Reason (recorded in the PDF)' }).fill(reason);
    const pdf = join(folder, 'sheet.pdf');
    studio.host.dialogs.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Exported sheet.pdf' }).waitFor();
    expect(await dialog.getByLabel('Preflight override').textContent()).toBe(`Exported despite 1 preflight error: “${reason}” (recorded in the PDF’s keywords).`);
    writeFileSync(join(ARTIFACTS, 'export-override.png'), await studio.page.screenshot());

    // One sheet, the reason in its keywords, and the 30 names cell by cell: label k at x0 + (k mod 3)·dx, y0 + ⌊k/3⌋·dy.
    writeFileSync(join(ARTIFACTS, 'orders-sheet.pdf'), readFileSync(pdf));
    expect(info(pdf)).toMatch(/^Pages:\s+1$/m);
    expect(info(pdf)).toMatch(new RegExp(`^Keywords:\\s+Namesake preflight override \\(1 error\\): ${reason}$`, 'm'));
    const template = builtinCatalogue().get('avery-5160')!;
    const cells = sheetCells(template);
    const { width, height } = labelSize(template.shape);
    const [first, second, below] = [cells[0]!, cells[1]!, cells[3]!];
    const [dx, dy] = [second.x - first.x, below.y - first.y];
    const expected = NAMES.map((n, i) => (i === LONG ? FIXED : n));
    const found = words(pdf);
    expected.forEach((name, k) => {
      const x0 = first.x + (k % 3) * dx;
      const y0 = first.y + Math.floor(k / 3) * dy;
      const inCell = found.filter((w) => w.x > x0 && w.x < x0 + width && w.y > y0 && w.y < y0 + height);
      // Even the character no font has stays in the text (drawn as the font's empty box).
      expect(inCell.map((w) => w.text).join(' '), `label ${k + 1}`).toBe(name);
    });
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('exports the ticked orders as one PDF per order, named by the pattern, and asks before replacing them', async ({ studio, folder }) => {
    for (const row of [2, 3, 4]) await grid(studio).getByRole('checkbox', { name: `Tick row ${row}` }).check();
    await studio.button('Export PDF').click();
    const dialog = exportDialog(studio);
    await dialog.waitFor();
    expect(await dialog.getByText('The 3 ticked records, 3 labels with copies').isVisible()).toBe(true);
    await dialog.getByRole('radio', { name: 'One PDF per record, into a folder' }).check();
    expect(await dialog.getByRole('textbox', { name: 'File names' }).inputValue()).toBe('{Order ID}-{name}.pdf');
    await dialog.getByRole('status').filter({ hasText: 'No problems found in 3 labels.' }).waitFor();
    writeFileSync(join(ARTIFACTS, 'export-per-order.png'), await studio.page.screenshot());

    const labels = join(folder, 'labels');
    mkdirSync(labels);
    studio.host.dialogs.nextFolder(labels);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Exported 3 PDFs into labels' }).waitFor();
    expect(studio.host.dialogs.asked.at(-1)).toEqual({ kind: 'folder', title: 'Export PDFs into a folder' });
    const names = [0, 1, 2].map((i) => `${orderId(i)}-${NAMES[i]}.pdf`);
    expect(readdirSync(labels).sort()).toEqual(names);
    for (const [i, name] of names.entries()) {
      expect(info(join(labels, name))).toMatch(/^Pages:\s+1$/m);
      expect(words(join(labels, name)).map((w) => w.text)).toEqual([NAMES[i]]);
    }
    const written = statSync(join(labels, names[0]!)).mtimeMs;
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The same export again: nothing is replaced until the user says so.
    await studio.button('Export PDF').click();
    await dialog.getByRole('radio', { name: 'One PDF per record, into a folder' }).check();
    studio.host.dialogs.nextFolder(labels);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Replace 3 files?' }).waitFor();
    expect(await dialog.getByText(`“${names[0]}”, “${names[1]}”, “${names[2]}” already exist in labels.`, { exact: false }).isVisible()).toBe(true);
    expect(statSync(join(labels, names[0]!)).mtimeMs).toBe(written);
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Exported 3 PDFs into labels' }).waitFor();
    expect(statSync(join(labels, names[0]!)).mtimeMs).toBeGreaterThan(written);
    expect(readdirSync(labels).sort()).toEqual(names);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });
});
