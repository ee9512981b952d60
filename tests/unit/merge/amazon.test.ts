import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAmazonCustom, readAmazonCustomizations } from '../../../main/services/data-import-amazon';
import { parseAmazonCustomization } from '../../../shared/merge';
import { tempDir } from '../main/temp-dir';
import { ORDERS, pick } from './fixtures';
import { writeFile } from 'node:fs/promises';

const report = join(ORDERS, 'amazon-orders.txt');
const zips = [join(ORDERS, 'amazon-10000000000001.zip'), join(ORDERS, '10000000000002.zip')];

describe('Amazon Custom', () => {
  it('joins each item’s zip on order-item-id: text, option, font and colour become columns', async () => {
    const result = await importAmazonCustom(report, zips);
    if (!result.ok) expect.fail(result.error.message);
    const table = result.value;
    expect(table.delimiter).toBe('\t');
    expect(table.platform).toMatchObject({ id: 'amazon-custom', quantityColumn: 'quantity-purchased' });
    expect(pick(table, ['order-item-id', 'quantity-purchased', 'Name', 'Name font', 'Name color', 'Cup colour'])).toEqual([
      { 'order-item-id': '10000000000001', 'quantity-purchased': '1', Name: 'Ivy', 'Name font': 'Pacifico', 'Name color': '#FF0000', 'Cup colour': 'Blue' },
      // This zip's JSON has no orderItemId: the zip's file name supplies it.
      { 'order-item-id': '10000000000002', 'quantity-purchased': '2', Name: 'Jon & Mia', 'Name font': 'Lora', 'Name color': '#000000', 'Cup colour': '' },
      { 'order-item-id': '10000000000003', 'quantity-purchased': '1', Name: '', 'Name font': '', 'Name color': '', 'Cup colour': '' },
      { 'order-item-id': '10000000000004', 'quantity-purchased': '1', Name: '', 'Name font': '', 'Name color': '', 'Cup colour': '' },
    ]);
    // Item 3 was customized but its zip is missing; item 4 was never customized.
    expect(table.problems).toEqual([
      expect.objectContaining({ code: 'missing-customization', row: 4, message: expect.stringMatching(/^row 4: order item 10000000000003 is customized/) }),
    ]);
  });

  it('a damaged or foreign zip is reported by file name and skipped', async () => {
    const dir = await tempDir();
    const bad = join(dir, 'broken.zip');
    await writeFile(bad, 'not a zip');
    const { customizations, problems } = await readAmazonCustomizations([bad, zips[0]!]);
    expect([...customizations.keys()]).toEqual(['10000000000001']);
    expect(problems).toEqual([expect.objectContaining({ code: 'bad-customization', message: expect.stringMatching(/^“broken\.zip”: not readable/) })]);
  });

  it('parseAmazonCustomization refuses JSON without version3.0 and names same-label areas by surface', () => {
    expect(parseAmazonCustomization('{}')).toMatchObject({ ok: false, error: { code: 'bad-customization' } });
    expect(parseAmazonCustomization('nope')).toMatchObject({ ok: false });
    const two = {
      'version3.0': {
        customizationInfo: {
          surfaces: [
            { name: 'Front', areas: [{ customizationType: 'TextPrinting', label: 'Text', text: 'A' }] },
            { name: 'Back', areas: [{ customizationType: 'TextPrinting', label: 'Text', text: 'B' }] },
          ],
        },
      },
    };
    const parsed = parseAmazonCustomization(JSON.stringify(two));
    expect(parsed.ok && parsed.value.areas.map((a) => [a.label, a.value])).toEqual([
      ['Text', 'A'],
      ['Text (Back)', 'B'],
    ]);
  });
});
