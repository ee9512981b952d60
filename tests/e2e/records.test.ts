import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { createDesign, createText, type Design } from '../../shared/model';
import { openDesign } from './support/designFile';
import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** Etsy's Order Items header (US), as in ../shared/DATA.md. */
const ETSY_HEADER =
  '"Sale Date","Item Name",Buyer,Quantity,Price,"Coupon Code","Coupon Details","Discount Amount","Shipping Discount","Order Shipping","Order Sales Tax","Item Total",Currency,"Transaction ID","Listing ID","Date Paid","Date Shipped","Ship Name","Ship Address1","Ship Address2","Ship City","Ship State","Ship Zipcode","Ship Country","Order ID",Variations,"Order Type","Listings Type","Payment Type","InPerson Discount","InPerson Location","VAT Paid by Buyer",SKU';

/** Invented orders: the personalization sits in Variations, after a colour. */
const NAMES = ['Ann Fakename', 'Zoë Brontë', 'Bo Testerson', 'Alexandria-Rosalind Q', '1) Kai 2) Lu'];

function etsyCsv(): string {
  const rows = NAMES.map((name, i) => {
    const cells = Array<string>(33).fill('');
    cells[0] = '03/14/26';
    cells[1] = 'Candle label';
    cells[2] = `Buyer ${i} (buyer${i})`;
    cells[3] = String(i === 2 ? 2 : 1);
    cells[24] = String(3000000001 + i);
    cells[25] = `"Color:Gold,Personalization:${name}"`;
    return cells.join(',');
  });
  return [ETSY_HEADER, ...rows].join('\n') + '\n';
}

/** A round label saying “For {{name}}”; the name field allows 14 characters. */
function candleDesign(): Design {
  const design = createDesign({ name: 'Candle', unit: 'in', width: 180, height: 180, shape: { kind: 'round' }, bleed: 9, safeMargin: 9 });
  const text = { ...createText(design.surfaces[0]!.id, { x: 20, y: 70 }, 'For {{name}}'), width: 140, height: 40 };
  return {
    ...design,
    objects: [text],
    fields: [{ name: 'name', label: 'Name on label', required: true, maxLength: 14, defaultValue: '', sample: 'Emma', allowedFonts: [], allowedColors: [] }],
  };
}

const drawer = (studio: Studio): Locator => studio.page.getByRole('region', { name: 'Records' });
const grid = (studio: Studio): Locator => drawer(studio).getByRole('table', { name: 'Records' });
const cell = (studio: Studio, row: string): Locator => grid(studio).getByRole('textbox', { name: `Name on label, ${row}`, exact: true });
const shownText = async (studio: Studio): Promise<string | undefined> => {
  const text = (await studio.display()).objects[0];
  return text?.type === 'text' ? text.text : undefined;
};
/** The label as drawn: the canvas's pixels. */
const canvasPixels = (studio: Studio): Promise<Buffer> => studio.page.locator('.canvas-host canvas').first().screenshot();

/** Controls the browser itself cannot name (its accessibility tree lists them without a name). */
async function unnamed(scope: Locator): Promise<string[]> {
  const tree = await scope.ariaSnapshot();
  return tree.split('\n').filter((line) => /^\s*- (button|textbox|checkbox|combobox|searchbox|switch|radio|spinbutton)( \[.*\])?:?$/.test(line));
}

describe('records: import, map, preview, edit', () => {
  it('imports an Etsy file, auto-maps name → Personalization and previews the chosen record on the canvas', async ({ studio, folder }) => {
    await openDesign(studio, candleDesign(), folder, 'candle.namesake');
    const csv = join(folder, 'EtsySoldOrderItems2026.csv');
    writeFileSync(csv, etsyCsv());
    studio.host.dialogs.nextOpenFiles([csv]);
    await studio.button('Import data').click();

    // The mapping dialog opens on the auto-mapping.
    const mapping = studio.page.getByRole('dialog', { name: 'Map fields to columns' });
    await mapping.waitFor();
    expect(await mapping.getByRole('combobox', { name: 'Column for Name on label' }).inputValue()).toBe('Personalization');
    expect(await mapping.getByRole('combobox', { name: 'Copies of each record from' }).inputValue()).toBe('Quantity');
    expect(await mapping.getByText('5 rows make 5 records, 6 labels with copies.').isVisible()).toBe(true);
    expect(await unnamed(mapping)).toEqual([]);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'records-mapping.png'), await studio.page.screenshot());
    await mapping.getByRole('button', { name: 'Done' }).click();
    await mapping.waitFor({ state: 'detached' });
    expect(await studio.status().textContent()).toBe('Imported EtsySoldOrderItems2026.csv: 5 rows.');

    // The grid shows every row, the personalization under the field's label.
    expect(await drawer(studio).getByText('EtsySoldOrderItems2026.csv · Etsy order items · 5 rows · UTF-8').isVisible()).toBe(true);
    for (const [i, name] of NAMES.entries()) expect(await cell(studio, `row ${i + 2}`).inputValue()).toBe(name);
    expect(await grid(studio).locator('tbody tr:not(.spacer)').count()).toBe(5);

    // The first record shows at once; choosing row 3 shows Zoë.
    await expect.poll(() => shownText(studio)).toBe('For Ann Fakename');
    const first = await canvasPixels(studio);
    await grid(studio).getByRole('button', { name: 'Preview row 3' }).click();
    await expect.poll(() => shownText(studio)).toBe('For Zoë Brontë');
    expect((await studio.design()).objects[0]).toMatchObject({ text: 'For {{name}}' });
    await expect.poll(async () => (await canvasPixels(studio)).equals(first)).toBe(false);
    expect(await drawer(studio).getByText('2 of 5').isVisible()).toBe(true);

    // Editing the cell changes the record, and the canvas with it.
    const before = await canvasPixels(studio);
    await cell(studio, 'row 3').fill('Zed');
    await cell(studio, 'row 3').press('Enter');
    await expect.poll(() => shownText(studio)).toBe('For Zed');
    await expect.poll(async () => (await canvasPixels(studio)).equals(before)).toBe(false);
    expect(await cell(studio, 'row 3').inputValue()).toBe('Zed');

    // Next and previous walk the records; the edit stays.
    await drawer(studio).getByRole('button', { name: 'Next record' }).click();
    await expect.poll(() => shownText(studio)).toBe('For Bo Testerson');
    await drawer(studio).getByRole('button', { name: 'Previous record' }).click();
    await expect.poll(() => shownText(studio)).toBe('For Zed');
    await drawer(studio).getByRole('button', { name: 'Previous record' }).click();
    await expect.poll(() => shownText(studio)).toBe('For Ann Fakename');
    expect(await drawer(studio).getByRole('button', { name: 'Previous record' }).isDisabled()).toBe(true);
  });

  it('checks each record: the over-long name is flagged, and a click jumps to it', async ({ studio }) => {
    const row5 = grid(studio).getByRole('row').filter({ has: studio.page.getByRole('button', { name: 'Preview row 5' }) });
    await expect.poll(() => row5.getByText('1 error').isVisible()).toBe(true);
    expect(await grid(studio).getByRole('row').filter({ has: studio.page.getByRole('button', { name: 'Preview row 2' }) }).getByLabel('No problems found').isVisible()).toBe(true);
    await drawer(studio).getByRole('button', { name: 'Next with problems ›' }).click();
    await expect.poll(() => shownText(studio)).toBe('For Alexandria-Rosalind Q');
    const checks = drawer(studio).getByRole('complementary', { name: 'Checks: row 5' });
    expect(await checks.getByText('“Name on label” is 21 characters, the field allows 14').isVisible()).toBe(true);
  });

  it('remaps in the dialog: case, and numbered names split into one record each', async ({ studio }) => {
    await drawer(studio).getByRole('button', { name: 'Mapping…' }).click();
    const mapping = studio.page.getByRole('dialog', { name: 'Map fields to columns' });
    await mapping.getByRole('combobox', { name: 'Case of Name on label' }).selectOption('upper');
    await expect.poll(() => cell(studio, 'row 2').inputValue()).toBe('ANN FAKENAME');
    await mapping.getByRole('combobox', { name: 'Case of Name on label' }).selectOption('none');
    await mapping.getByRole('checkbox', { name: 'Split numbered names in Name on label into one record each' }).check();
    expect(await mapping.getByText('5 rows make 6 records, 7 labels with copies.').isVisible()).toBe(true);
    await mapping.getByRole('button', { name: 'Done' }).click();
    expect(await cell(studio, 'row 6, name 1 of 2').inputValue()).toBe('Kai');
    expect(await cell(studio, 'row 6, name 2 of 2').inputValue()).toBe('Lu');
    // Another column, then back: the CLI's own field=Column rule, so an unmapped field prints its default.
    await drawer(studio).getByRole('button', { name: 'Mapping…' }).click();
    await mapping.getByRole('combobox', { name: 'Column for Name on label' }).selectOption('Ship Name');
    await expect.poll(() => cell(studio, 'row 2').inputValue()).toBe('');
    await mapping.getByRole('combobox', { name: 'Column for Name on label' }).selectOption('Personalization');
    await mapping.getByRole('button', { name: 'Done' }).click();
    expect(await cell(studio, 'row 2').inputValue()).toBe('Ann Fakename');
  });

  it('filters, ticks and names every control; the panel fits 1280 × 800', async ({ studio }) => {
    const filter = drawer(studio).getByRole('searchbox', { name: 'Filter records' });
    await filter.fill('bo');
    await expect.poll(() => grid(studio).locator('tbody tr:not(.spacer)').count()).toBe(1);
    expect(await drawer(studio).getByText('1 of 6 records shown').isVisible()).toBe(true);
    await filter.fill('');
    const onlyProblems = drawer(studio).getByRole('checkbox', { name: 'Only records with problems' });
    await onlyProblems.check();
    await expect.poll(() => grid(studio).getByRole('button', { name: /^Preview / }).allTextContents()).toEqual(['5', '6 · 1/2', '6 · 2/2']);
    await onlyProblems.uncheck();
    await grid(studio).getByRole('checkbox', { name: 'Tick row 2' }).check();
    await grid(studio).getByRole('checkbox', { name: 'Tick row 4' }).check();
    expect(await drawer(studio).getByText('6 records · 2 ticked').isVisible()).toBe(true);
    await grid(studio).getByRole('button', { name: 'Preview row 4' }).click();
    expect(await unnamed(drawer(studio))).toEqual([]);

    // Everything in the drawer is on screen at 1280 × 800, and the canvas keeps most of the height.
    const box = (await drawer(studio).boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(box.width).toBeLessThanOrEqual(1280);
    expect((await studio.canvasBox()).height).toBeGreaterThan(350);
    for (const name of ['Next record', 'Mapping…', 'Close records']) {
      const b = (await drawer(studio).getByRole('button', { name, exact: true }).boundingBox())!;
      expect(b.x + b.width, name).toBeLessThanOrEqual(1280);
    }
    writeFileSync(join(ARTIFACTS, 'records.png'), await studio.page.screenshot());
  });

  it('a Windows-1252 file asks how to read it, and the choice takes effect', async ({ studio, folder }) => {
    const path = join(folder, 'excel-export.csv');
    writeFileSync(path, Buffer.from('name,qty\r\nZoë Brontë,1\r\nRenée Lefictif,2\r\n', 'latin1'));
    studio.host.dialogs.nextOpenFiles([path]);
    await drawer(studio).getByRole('button', { name: 'Import other data…' }).click();

    const dialog = studio.page.getByRole('dialog', { name: 'How should “excel-export.csv” be read?' });
    await dialog.waitFor();
    const windows = dialog.getByRole('radio', { name: /^Windows-1252/ });
    const mac = dialog.getByRole('radio', { name: /^MacRoman/ });
    expect(await windows.isChecked()).toBe(true);
    // The same words in each reading: the user can see which one is right.
    expect(await dialog.locator('.encoding-choice', { has: studio.page.getByRole('radio', { name: /^Windows-1252/ }) }).locator('.encoding-sample').allTextContents()).toEqual(['Zoë', 'Brontë', 'Renée']);
    expect(await dialog.locator('.encoding-choice', { has: studio.page.getByRole('radio', { name: /^MacRoman/ }) }).locator('.encoding-sample').allTextContents()).toEqual(['ZoÎ', 'BrontÎ', 'RenÈe']);
    expect(await unnamed(dialog)).toEqual([]);
    writeFileSync(join(ARTIFACTS, 'records-encoding.png'), await studio.page.screenshot());

    await mac.check();
    await dialog.getByRole('button', { name: 'Use this reading' }).click();
    // Then the mapping, as after any import.
    const mapping = studio.page.getByRole('dialog', { name: 'Map fields to columns' });
    await mapping.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => cell(studio, 'row 2').inputValue()).toBe('ZoÎ BrontÎ');
    await expect.poll(() => shownText(studio)).toBe('For ZoÎ BrontÎ');

    // Changed back through the panel's Text encoding… button.
    await drawer(studio).getByRole('button', { name: 'Text encoding…' }).click();
    await dialog.getByRole('radio', { name: /^Windows-1252/ }).check();
    await dialog.getByRole('button', { name: 'Use this reading' }).click();
    await expect.poll(() => cell(studio, 'row 2').inputValue()).toBe('Zoë Brontë');
    await expect.poll(() => shownText(studio)).toBe('For Zoë Brontë');
    expect(await drawer(studio).getByText('excel-export.csv · table · 2 rows · Windows-1252').isVisible()).toBe(true);
  });
});
