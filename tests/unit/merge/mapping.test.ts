import { describe, expect, it } from 'vitest';
import type { Field } from '../../../shared/model';
import { applyMapOptions, autoMap, buildRecords, splitNumberedNames, transformValue, type Mapping } from '../../../shared/merge';
import { importFixture } from './fixtures';

function field(name: string, extra: Partial<Field> = {}): Field {
  return { name, label: '', required: false, maxLength: null, defaultValue: '', sample: '', allowedFonts: [], allowedColors: [], ...extra };
}

describe('auto-mapping', () => {
  it('maps by name, label and synonyms, ignoring case and punctuation; copies from the platform quantity', () => {
    const etsy = importFixture('etsy-order-items-us.csv');
    const mapping = autoMap([field('name'), field('order', { label: 'Order ID' }), field('ship_city'), field('gift')], etsy.columns, etsy.platform);
    expect(mapping.fields.map((f) => [f.field, f.column])).toEqual([
      ['name', 'Personalization'],
      ['order', 'Order ID'],
      ['ship_city', 'Ship City'],
      ['gift', null],
    ]);
    expect(mapping.copiesColumn).toBe('Quantity');
  });

  it('does not take Shopify’s Name (the order number) for a person’s name', () => {
    const shopify = importFixture('shopify-orders.csv');
    const mapping = autoMap([field('name')], shopify.columns, shopify.platform);
    expect(mapping.fields[0]!.column).toBe('Engraving');
    expect(mapping.copiesColumn).toBe('Lineitem quantity');
  });

  it('finds a quantity column by synonym in a plain file', () => {
    expect(autoMap([], ['Name', 'Qty']).copiesColumn).toBe('Qty');
    expect(autoMap([], ['Name']).copiesColumn).toBeNull();
  });
});

describe('--map overrides', () => {
  const fields = [field('name'), field('date')];
  const columns = ['Personalization', 'Sale Date', 'Buyer'];
  const base = autoMap(fields, columns);

  it('sets, re-maps case-insensitively and unmaps', () => {
    const result = applyMapOptions(base, ['name=buyer', 'DATE=sale-date'], fields, columns);
    expect(result.ok && result.value.fields.map((f) => [f.field, f.column])).toEqual([
      ['name', 'Buyer'],
      ['date', 'Sale Date'],
    ]);
    const unmapped = applyMapOptions(base, ['name='], fields, columns);
    expect(unmapped.ok && unmapped.value.fields[0]!.column).toBeNull();
    expect(base.fields[0]!.column).toBe('Personalization');
  });

  it('unknown fields and columns are error values that say what exists', () => {
    expect(applyMapOptions(base, ['nom=Buyer'], fields, columns)).toEqual({
      ok: false,
      error: { code: 'unknown-field', message: 'the design has no field “nom” (its fields: name, date)' },
    });
    expect(applyMapOptions(base, ['name=Personalisation'], fields, columns)).toEqual({
      ok: false,
      error: { code: 'unknown-column', message: 'the data has no column “Personalisation”; did you mean “Personalization”?' },
    });
    expect(applyMapOptions(base, ['name'], fields, columns)).toMatchObject({ ok: false, error: { code: 'bad-map-option' } });
  });
});

describe('records', () => {
  const table = {
    columns: ['Personalization', 'Quantity', 'Color'],
    rows: [
      { row: 2, cells: ['  ann lee  ', '3', 'gold'] },
      { row: 3, cells: ['1) Ann 2) Bo', '2', ''] },
      { row: 4, cells: ['1) Cy 2) Di 3) Ed', '2', ''] },
      { row: 5, cells: ['', 'two', ''] },
      { row: 6, cells: ['A much too long name here', '1'] },
    ],
  };
  const fields = [field('name', { required: true, maxLength: 12 }), field('color', { defaultValue: 'silver' })];
  const mapping: Mapping = {
    fields: [
      { field: 'name', column: 'Personalization', trim: true, case: 'title', splitNumbered: true },
      { field: 'color', column: 'Color', trim: true, case: 'upper', splitNumbered: false },
    ],
    copiesColumn: 'Quantity',
  };

  it('applies transforms, defaults, copies and splits numbered names, each record keeping its source row', () => {
    const records = buildRecords(table, fields, mapping);
    expect(records.map((r) => [r.row, r.part, r.values, r.copies])).toEqual([
      [2, null, { name: 'Ann Lee', color: 'GOLD' }, 3],
      [3, { index: 1, of: 2 }, { name: 'Ann', color: 'silver' }, 1],
      [3, { index: 2, of: 2 }, { name: 'Bo', color: 'silver' }, 1],
      [4, { index: 1, of: 3 }, { name: 'Cy', color: 'silver' }, 1],
      [4, { index: 2, of: 3 }, { name: 'Di', color: 'silver' }, 1],
      [4, { index: 3, of: 3 }, { name: 'Ed', color: 'silver' }, 1],
      [5, null, { name: '', color: 'silver' }, 1],
      [6, null, { name: 'A Much Too Long Name Here', color: 'silver' }, 1],
    ]);
  });

  it('reports per-record problems: uneven split, bad quantity, required empty, too long', () => {
    const problems = buildRecords(table, fields, mapping).map((r) => r.problems.map((p) => `${p.severity} ${p.code}: ${p.message}`));
    expect(problems[0]).toEqual([]);
    expect(problems[3]).toEqual(['warning uneven-split: row 4: 2 bought for 3 names; one label each is made, check the order']);
    expect(problems[6]).toEqual(['error bad-quantity: row 5: “Quantity” is “two”, not a number of copies', 'error required-empty: row 5: “name” is empty']);
    expect(problems[7]).toEqual(['error too-long: row 6: “name” has 25 characters, at most 12 fit']);
  });

  it('without splitting, numbered names are kept whole with a hint', () => {
    const whole = { ...mapping, fields: mapping.fields.map((f) => ({ ...f, splitNumbered: false })), copiesColumn: null };
    const record = buildRecords(table, fields, whole)[1]!;
    expect(record.values['name']).toBe('1) Ann 2) Bo');
    expect(record.copies).toBe(1);
    expect(record.problems.map((p) => p.code)).toEqual(['numbered-names']);
  });

  it('Etsy + --map name=Personalization gives each personalization, multi-line kept', () => {
    const etsy = importFixture('etsy-order-items-us.csv');
    const fields = [field('name')];
    const mapped = applyMapOptions(autoMap(fields, etsy.columns, etsy.platform), ['name=Personalization'], fields, etsy.columns);
    if (!mapped.ok) expect.fail(mapped.error.message);
    const records = buildRecords(etsy, fields, mapped.value);
    expect(records.map((r) => [r.row, r.values['name'], r.copies])).toEqual([
      [2, 'The Fakenames\nEst. 2021', 1],
      [3, '1) Ann 2) Bo', 2],
      [4, '', 1],
      [5, 'Love, Di: always\nLine "two" été', 1],
      [6, '', 1],
    ]);
  });
});

describe('transforms', () => {
  it('splits numbered names only when numbered 1, 2, … from the start', () => {
    expect(splitNumberedNames('1) Ann 2) Bo')).toEqual(['Ann', 'Bo']);
    expect(splitNumberedNames('1. Ann Lee,\n2. Bo\n3. Cy')).toEqual(['Ann Lee', 'Bo', 'Cy']);
    expect(splitNumberedNames('(1) Ann; (2) Bo')).toEqual(['Ann', 'Bo']);
    expect(splitNumberedNames('The Fakenames\nEst. 2021')).toEqual(['The Fakenames\nEst. 2021']);
    expect(splitNumberedNames('1) Ann 3) Bo')).toEqual(['1) Ann 3) Bo']);
    expect(splitNumberedNames('For 1) Ann 2) Bo')).toEqual(['For 1) Ann 2) Bo']);
    expect(splitNumberedNames('Ann')).toEqual(['Ann']);
  });

  it('trims every line and applies case', () => {
    expect(transformValue('  a b \n  c  ', { trim: true, case: 'none' })).toBe('a b\nc');
    expect(transformValue('mcDonald o’neil', { trim: false, case: 'title' })).toBe('McDonald O’neil');
    expect(transformValue('straße', { trim: false, case: 'upper' })).toBe('STRASSE');
  });
});
