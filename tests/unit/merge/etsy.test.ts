import { describe, expect, it } from 'vitest';
import { parseVariations, splitBuyer } from '../../../shared/merge';
import { importFixture, importText, pick } from './fixtures';

/** DATA.md "Etsy": only Order Items carries personalization, inside Variations. */
describe('Etsy Order Items', () => {
  it('US headers: personalization taken from Variations whole, entities decoded, Buyer split', () => {
    const table = importFixture('etsy-order-items-us.csv');
    expect(table.platform).toMatchObject({ id: 'etsy-order-items', quantityColumn: 'Quantity' });
    expect(table.columns.slice(0, 3)).toEqual(['Sale Date', 'Item Name', 'Buyer']);
    expect(pick(table, ['Item Name', 'Personalization', 'Color', 'Size', 'Buyer Name', 'Buyer Username', 'Quantity'])).toEqual([
      { 'Item Name': 'Wooden Sign & Stand', Personalization: 'The Fakenames\nEst. 2021', Color: 'Gold', Size: '', 'Buyer Name': 'Ann Fakename', 'Buyer Username': 'annfake42', Quantity: '1' },
      { 'Item Name': "Baby's Blanket", Personalization: '1) Ann 2) Bo', Color: '', Size: 'Large, 40 x 60', 'Buyer Name': 'Bo Testerson', 'Buyer Username': 'bo_t', Quantity: '2' },
      { 'Item Name': 'Mug', Personalization: '', Color: '', Size: '', 'Buyer Name': 'Cy Madeup', 'Buyer Username': 'cym', Quantity: '1' },
      // \r\n inside the quoted value becomes \n like the other line breaks of the file.
      { 'Item Name': 'Ornament', Personalization: 'Love, Di: always\nLine "two" été', Color: '', Size: '', 'Buyer Name': 'Di Nobody', 'Buyer Username': 'dinob', Quantity: '1' },
      { 'Item Name': 'Wedding Sign', Personalization: '', Color: '', Size: '', 'Buyer Name': 'Ed Unreal', 'Buyer Username': 'edu', Quantity: '1' },
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(table.problems).toEqual([]);
  });

  it('several seller-labelled questions (2026) become one column each, to map like any other', () => {
    const table = importFixture('etsy-order-items-us.csv');
    expect(pick(table, ['Name on sign', 'Wedding date', 'Font'])[4]).toEqual({ 'Name on sign': 'Ed & Flo', 'Wedding date': '12 June 2026', Font: 'Script' });
  });

  it('UK headers are renamed to the US spelling and Personalisation is read', () => {
    const table = importFixture('etsy-order-items-uk.csv');
    expect(table.platform.id).toBe('etsy-order-items');
    expect(table.columns).toEqual(expect.arrayContaining(['Ship Name', 'Ship City', 'Date Shipped', 'Order Shipping', 'Shipping Discount', 'Order Sales Tax']));
    expect(table.columns).not.toContain('Delivery Name');
    expect(pick(table, ['Ship Name', 'Personalization', 'Buyer Username'])).toEqual([
      { 'Ship Name': 'Gwen Imaginary', Personalization: 'Gwen & Hal\nNo. 7', 'Buyer Username': 'gwenimag' },
    ]);
  });

  it('the Sold Orders file is recognised and the user told where personalization is', () => {
    const csv = '"Sale Date","Order ID","Buyer User ID","Full Name","Number of Items"\n01/02/26,1,fake,Ann Fakename,1\n';
    const table = importText(csv);
    expect(table.platform.id).toBe('etsy-orders');
    expect(table.problems[0]!.message).toMatch(/Order Items/);
  });

  it('parseVariations never splits the personalization and treats "Not requested" as blank', () => {
    expect(parseVariations('Color:Gold,Personalization:A, B: C,Size:XL')).toEqual({
      personalization: 'A, B: C,Size:XL',
      pairs: [{ label: 'Color', value: 'Gold' }],
    });
    expect(parseVariations('personalisation : Not requested on this item.').personalization).toBe('');
    expect(parseVariations('').pairs).toEqual([]);
  });

  it('splitBuyer keeps a name without a username whole', () => {
    expect(splitBuyer('Ann Fakename (annfake42)')).toEqual({ name: 'Ann Fakename', username: 'annfake42' });
    expect(splitBuyer('Ann Fakename')).toEqual({ name: 'Ann Fakename', username: '' });
  });
});
