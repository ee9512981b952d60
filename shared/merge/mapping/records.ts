import type { Field } from '../../model';
import type { TableRow } from '../row';
import type { Mapping } from './mapping';
import { splitNumberedNames, transformValue } from './transforms';

export interface RecordProblem {
  code: 'required-empty' | 'too-long' | 'bad-quantity' | 'numbered-names' | 'uneven-split';
  /** The field concerned, or null for the whole record. */
  field: string | null;
  /** Errors block export until fixed or overridden; warnings are shown. */
  severity: 'error' | 'warning';
  message: string;
}

/** One label to print: field → value, from one row of the data (or one name of a split row). */
export interface MergeRecord {
  /** The source row (the header is row 1), so every record can be traced back. */
  row: number;
  /** Which of the names of a split row this is; null when the row was not split. */
  part: { index: number; of: number } | null;
  values: Record<string, string>;
  copies: number;
  problems: RecordProblem[];
}

/**
 * Applies a mapping to every row. A row whose split field holds numbered names becomes one record per
 * name; its quantity is shared among them when it divides evenly (2 bought, 2 names → 1 each), else
 * each gets one copy and a warning says to check the order.
 */
export function buildRecords(
  table: { columns: readonly string[]; rows: readonly TableRow[] },
  fields: readonly Field[],
  mapping: Mapping,
): MergeRecord[] {
  const index = (column: string | null): number => (column === null ? -1 : table.columns.indexOf(column));
  const sources = mapping.fields.map((m) => ({ mapping: m, column: index(m.column) }));
  const copiesColumn = index(mapping.copiesColumn);
  const split = mapping.fields.find((m) => m.splitNumbered)?.field ?? null;
  const out: MergeRecord[] = [];
  for (const { row, cells } of table.rows) {
    const values: Record<string, string> = {};
    for (const { mapping: m, column } of sources) values[m.field] = transformValue(column < 0 ? '' : (cells[column] ?? ''), m);
    const problems: RecordProblem[] = [];
    const copies = copiesColumn < 0 ? 1 : quantity(cells[copiesColumn] ?? '', row, mapping.copiesColumn!, problems);
    const names = split === null ? [] : splitNumberedNames(values[split] ?? '');
    if (split === null || names.length < 2) {
      out.push(finish({ row, part: null, values, copies, problems }, fields, split === null));
      continue;
    }
    const even = copies % names.length === 0;
    if (!even) {
      problems.push({
        code: 'uneven-split',
        field: split,
        severity: 'warning',
        message: `row ${row}: ${copies} bought for ${names.length} names; one label each is made, check the order`,
      });
    }
    names.forEach((name, i) => {
      out.push(
        finish(
          { row, part: { index: i + 1, of: names.length }, values: { ...values, [split]: name }, copies: even ? copies / names.length : 1, problems: [...problems] },
          fields,
          false,
        ),
      );
    });
  }
  return out;
}

/** A whole number of copies, or 1 with an error: printing a guessed quantity is worse than stopping. */
function quantity(cell: string, row: number, column: string, problems: RecordProblem[]): number {
  const text = cell.trim();
  if (/^\d+$/.test(text) && Number(text) > 0) return Number(text);
  problems.push({ code: 'bad-quantity', field: null, severity: 'error', message: `row ${row}: “${column}” is “${text}”, not a number of copies` });
  return 1;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Fills defaults and checks each field against the design's rules. */
function finish(record: MergeRecord, fields: readonly Field[], hintSplit: boolean): MergeRecord {
  for (const field of fields) {
    let value = record.values[field.name] ?? '';
    if (value === '' && field.defaultValue !== '') value = field.defaultValue;
    record.values[field.name] = value;
    if (field.required && value === '') {
      record.problems.push({ code: 'required-empty', field: field.name, severity: 'error', message: `row ${record.row}: “${field.label || field.name}” is empty` });
    }
    const length = [...graphemes.segment(value)].length;
    if (field.maxLength !== null && length > field.maxLength) {
      record.problems.push({
        code: 'too-long',
        field: field.name,
        severity: 'error',
        message: `row ${record.row}: “${field.label || field.name}” has ${length} characters, at most ${field.maxLength} fit`,
      });
    }
    const names = hintSplit ? splitNumberedNames(value).length : 1;
    if (names > 1) {
      record.problems.push({
        code: 'numbered-names',
        field: field.name,
        severity: 'warning',
        message: `row ${record.row}: “${field.label || field.name}” holds ${names} numbered names; split them to make one label each`,
      });
    }
  }
  return record;
}
