import { describe, expect, it } from 'vitest';
import type { DataSummary } from '../../../shared/ipc/features/data.contract';
import { createDesign, type Approval, type Design, type Field } from '../../../shared/model';
import { approvedRecords, chooseOrderColumn, orderIdsOf, proofCounts, proofRecords, samePrint } from '../../../renderer/editor/approvals';
import { reconcileMapping, shownRecords } from '../../../renderer/editor/recordsMapping';

const name: Field = { name: 'name', label: 'Name', required: false, maxLength: null, defaultValue: '', sample: '', allowedFonts: [], allowedColors: [] };
const etsy: Pick<DataSummary, 'columns' | 'platform'> = {
  columns: ['Order ID', 'Quantity', 'Personalization'],
  platform: { id: 'etsy-order-items', quantityColumn: 'Quantity', notForAutoMap: [] },
};
/** Order 101 has two items, 102 one, and row 5 has no order id. */
const rows = [
  { row: 2, cells: [' 101 ', '1', 'Ann'] },
  { row: 3, cells: ['101', '2', 'Bo'] },
  { row: 4, cells: ['102', '1', 'Cy'] },
  { row: 5, cells: ['', '1', 'Di'] },
];
const approved: Approval = { status: 'approved', note: '', at: '2026-03-15T09:30:00.000Z' };
const changes: Approval = { status: 'changes-requested', note: 'bigger', at: '2026-03-15T10:00:00.000Z' };

function session() {
  const records = shownRecords(etsy.columns, rows, [name], reconcileMapping(null, [name], etsy), new Map());
  return { records, orders: orderIdsOf(records, rows, etsy.columns, 'Order ID'), checked: new Set<string>() };
}
const design = (approvals?: Design['approvals']): Design => ({
  ...createDesign({ name: 'Tag', unit: 'in', width: 216, height: 72, shape: { kind: 'rect' }, bleed: 9, safeMargin: 9 }),
  ...(approvals ? { approvals } : {}),
});

describe('order ids of the records panel', () => {
  it('takes the platform’s order column unless the user chose another the file has', () => {
    expect(chooseOrderColumn(null, etsy)).toBe('Order ID');
    expect(chooseOrderColumn('Personalization', etsy)).toBe('Personalization');
    expect(chooseOrderColumn('Gone', etsy)).toBe('Order ID');
    expect(chooseOrderColumn(null, { columns: ['Name', 'Lineitem name'], platform: { id: 'shopify', quantityColumn: null, notForAutoMap: [] } })).toBe('Name');
    expect(chooseOrderColumn(null, { columns: ['Text'], platform: { id: 'generic', quantityColumn: null, notForAutoMap: [] } })).toBeNull();
  });

  it('reads each record’s id from its row, trimmed; none without a column', () => {
    const { records, orders } = session();
    expect(orders).toEqual(['101', '101', '102', '']);
    expect(orderIdsOf(records, rows, etsy.columns, null)).toEqual(['', '', '', '']);
  });
});

describe('proofs and exports by approval', () => {
  it('sends the ticked records, else all, with their order ids; a record without one is an order of its own', () => {
    const s = session();
    const all = proofRecords(s);
    expect(all.map((r) => [r.orderId, r.row, r.values.name, r.copies])).toEqual([
      ['101', 2, 'Ann', 1],
      ['101', 3, 'Bo', 2],
      ['102', 4, 'Cy', 1],
      ['', 5, 'Di', 1],
    ]);
    expect(proofCounts(all)).toEqual({ orders: 3, records: 4, withoutId: 1 });
    const ticked = proofRecords({ ...s, checked: new Set([s.records[2]!.key]) });
    expect(ticked.map((r) => r.values.name)).toEqual(['Cy']);
  });

  it('keeps only the records of approved orders, counting orders and labels again', () => {
    const s = session();
    const panel = { records: s.records, labels: 5, fileName: 'orders.csv' };
    const only = approvedRecords(panel, s, design({ '101': approved, '102': changes }));
    expect(only.records.map((r) => r.values.name)).toEqual(['Ann', 'Bo']);
    expect(only).toMatchObject({ labels: 3, orders: { approved: 1, of: 3 }, fileName: 'orders.csv' });
    const none = approvedRecords(panel, s, design());
    expect(none).toMatchObject({ records: [], labels: 0, orders: { approved: 0, of: 3 } });
  });

  it('a design that changed only in its approvals prints the same', () => {
    const before = design();
    expect(samePrint(before, { ...before, approvals: { '101': approved } })).toBe(true);
    expect(samePrint(before, { ...before, fields: [name] })).toBe(false);
  });
});
