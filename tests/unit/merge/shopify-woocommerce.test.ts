import { describe, expect, it } from 'vitest';
import { importFixture, pick } from './fixtures';

describe('Shopify order export', () => {
  it('fills a multi-item order’s blank order columns from its first row, item columns untouched', () => {
    const table = importFixture('shopify-orders.csv');
    expect(table.platform).toEqual({ id: 'shopify', quantityColumn: 'Lineitem quantity', notForAutoMap: ['Name'] });
    expect(pick(table, ['Name', 'Email', 'Shipping Name', 'Shipping Zip', 'Lineitem name', 'Lineitem quantity', 'Notes'])).toEqual([
      { Name: '#1001', Email: 'ann@example.invalid', 'Shipping Name': 'Ann Fakename', 'Shipping Zip': '01234', 'Lineitem name': 'Name Tag - Gold', 'Lineitem quantity': '1', Notes: 'Please hurry' },
      { Name: '#1001', Email: 'ann@example.invalid', 'Shipping Name': 'Ann Fakename', 'Shipping Zip': '01234', 'Lineitem name': 'Name Tag - Silver', 'Lineitem quantity': '2', Notes: 'Please hurry' },
      { Name: '#1002', Email: 'bo@example.invalid', 'Shipping Name': 'Bo Testerson', 'Shipping Zip': '99999', 'Lineitem name': 'Name Tag - Gold', 'Lineitem quantity': '1', Notes: '' },
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('Note Attributes lines become columns; a line without a key continues the value above', () => {
    const table = importFixture('shopify-orders.csv');
    expect(pick(table, ['Engraving', 'Gift message'])).toEqual([
      { Engraving: 'Ann', 'Gift message': 'Happy birthday,\nlittle one' },
      { Engraving: 'Ann', 'Gift message': 'Happy birthday,\nlittle one' },
      { Engraving: 'Bo', 'Gift message': '' },
    ]);
  });
});

describe('WooCommerce line_item cells', () => {
  it('each item becomes a row with its fields and meta labels as columns', () => {
    const table = importFixture('woocommerce-orders.csv');
    expect(table.platform.id).toBe('woocommerce');
    expect(pick(table, ['order_id', 'Item name', 'Item quantity', 'Engraving'])).toEqual([
      { order_id: '7001', 'Item name': 'Cutting Board', 'Item quantity': '1', Engraving: 'Max & Noa' },
      { order_id: '7001', 'Item name': 'Gift Box', 'Item quantity': '2', Engraving: '' },
      { order_id: '7002', 'Item name': 'Cutting Board', 'Item quantity': '1', Engraving: 'Oli' },
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 2, 3]);
  });
});
