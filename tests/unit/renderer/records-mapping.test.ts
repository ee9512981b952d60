import { describe, expect, it } from 'vitest';
import type { DataSummary } from '../../../shared/ipc/features/data.contract';
import type { Field } from '../../../shared/model';
import { filterRecords, reconcileMapping, remap, setTransform, shownRecords, withEdit, withoutEdits, type RecordEdits } from '../../../renderer/editor/recordsMapping';

const field = (name: string, label = name): Field => ({ name, label, required: false, maxLength: null, defaultValue: '', sample: '', allowedFonts: [], allowedColors: [] });

const etsy: Pick<DataSummary, 'columns' | 'platform'> = {
  columns: ['Order ID', 'Quantity', 'Ship Name', 'Personalization'],
  platform: { id: 'etsy-order-items', quantityColumn: 'Quantity', notForAutoMap: [] },
};
const rows = [
  { row: 2, cells: ['101', '1', 'Ann Buyer', '  Ann  '] },
  { row: 3, cells: ['102', '2', 'Bo Buyer', '1) Kai 2) Lu'] },
  { row: 4, cells: ['103', 'two', 'Cy Buyer', 'Cy'] },
];
const none: RecordEdits = new Map();

describe('the records session’s mapping', () => {
  it('starts from autoMap and keeps the user’s choices as fields and columns change', () => {
    const fields = [field('name')];
    const auto = reconcileMapping(null, fields, etsy);
    expect(auto).toEqual({ fields: [{ field: 'name', column: 'Personalization', trim: true, case: 'none', splitNumbered: false }], copiesColumn: 'Quantity' });

    const unmapped = remap(auto, 'name', null, fields, etsy.columns);
    if (!unmapped.ok) expect.fail(unmapped.error.message);
    const withBuyer = [...fields, field('buyer')];
    // The unmapped field stays unmapped; the new one is auto-mapped (Ship Name is a buyer synonym).
    expect(reconcileMapping(unmapped.value, withBuyer, etsy).fields.map((f) => [f.field, f.column])).toEqual([
      ['name', null],
      ['buyer', 'Ship Name'],
    ]);
    // A column that vanished (another file) falls back to auto-mapping.
    const chosen = remap(auto, 'name', 'Ship Name', fields, etsy.columns);
    if (!chosen.ok) expect.fail(chosen.error.message);
    const other = { columns: ['Personalization', 'qty'], platform: { id: 'generic' as const, quantityColumn: null, notForAutoMap: [] } };
    expect(reconcileMapping(chosen.value, fields, other)).toMatchObject({ fields: [{ column: 'Personalization' }], copiesColumn: 'qty' });
  });

  it('remaps through the CLI’s field=Column rule, with its message for an unknown column', () => {
    const fields = [field('name')];
    const result = remap(reconcileMapping(null, fields, etsy), 'name', 'Personalisation', fields, etsy.columns);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-column', message: expect.stringContaining('did you mean “Personalization”') } });
  });

  it('builds records with transforms, splits numbered names, and lets only one field split', () => {
    const fields = [field('name'), field('buyer')];
    let mapping = reconcileMapping(null, fields, etsy);
    mapping = setTransform(mapping, 'buyer', { splitNumbered: true, case: 'upper' });
    mapping = setTransform(mapping, 'name', { splitNumbered: true });
    expect(mapping.fields.map((f) => [f.field, f.splitNumbered, f.case])).toEqual([
      ['name', true, 'none'],
      ['buyer', false, 'upper'],
    ]);
    const records = shownRecords(etsy.columns, rows, fields, mapping, none);
    expect(records.map((r) => [r.key, r.values.name, r.values.buyer, r.copies])).toEqual([
      ['2', 'Ann', 'ANN BUYER', 1],
      ['3.1', 'Kai', 'BO BUYER', 1],
      ['3.2', 'Lu', 'BO BUYER', 1],
      ['4', 'Cy', 'CY BUYER', 1],
    ]);
    expect(records[3]!.problems).toEqual([expect.objectContaining({ code: 'bad-quantity', severity: 'error' })]);
  });

  it('lays edits over the built records by key; typing the shown value changes nothing; undo removes them', () => {
    const fields = [field('name')];
    const mapping = reconcileMapping(null, fields, etsy);
    const built = shownRecords(etsy.columns, rows, fields, mapping, none);
    expect(withEdit(none, built[0]!, 'name', 'Ann')).toBe(none);
    const edits = withEdit(none, built[0]!, 'name', 'Anna');
    const edited = shownRecords(etsy.columns, rows, fields, mapping, edits);
    expect(edited[0]).toMatchObject({ key: '2', values: { name: 'Anna' }, edited: ['name'] });
    expect(edited[1]).toMatchObject({ values: { name: '1) Kai 2) Lu' }, edited: [] });
    expect(shownRecords(etsy.columns, rows, fields, mapping, withoutEdits(edits, '2'))[0]!.values.name).toBe('Ann');
  });

  it('filters by words in any value or by row number, ignoring case', () => {
    const fields = [field('name'), field('buyer')];
    const records = shownRecords(etsy.columns, rows, fields, reconcileMapping(null, fields, etsy), none);
    expect(filterRecords(records, 'bo')).toEqual([1]);
    expect(filterRecords(records, 'buyer ANN')).toEqual([0]);
    expect(filterRecords(records, '4')).toEqual([2]);
    expect(filterRecords(records, '')).toEqual([0, 1, 2]);
    expect(filterRecords(records, '', (i) => i !== 1)).toEqual([0, 2]);
  });
});
