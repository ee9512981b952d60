import type { DataRow, DataSummary } from '../../shared/ipc/features/data.contract';
import { applyMapOptions, autoMap, buildRecords, type FieldMapping, type Mapping, type MappingError, type MergeRecord } from '../../shared/merge';
import type { Field } from '../../shared/model';
import type { Result } from '../../shared/result';

/**
 * The studio's side of mapping: the same pure functions the CLI uses (shared/merge autoMap,
 * applyMapOptions, buildRecords), plus what a live session needs on top — keeping the user's choices
 * when the design's fields or the file's columns change, and cell edits laid over the built records.
 */

/** A record as the records panel shows it: built from its row, with the user's edits laid over. */
export interface ShownRecord extends MergeRecord {
  /** Stable while the mapping does not change how rows split: the source row and the name's place. */
  key: string;
  /** Fields whose value the user typed. */
  edited: readonly string[];
}

/** Field → value the user typed, by record key. Kept in the session; the design has no place for it yet. */
export type RecordEdits = ReadonlyMap<string, Readonly<Record<string, string>>>;

export type TransformPatch = Partial<Pick<FieldMapping, 'trim' | 'case' | 'splitNumbered'>>;

/**
 * A mapping for these fields and columns: every choice the user made that still makes sense is kept
 * (a field left unmapped stays unmapped); new fields and columns that vanished are auto-mapped again.
 */
export function reconcileMapping(previous: Mapping | null, fields: readonly Field[], data: Pick<DataSummary, 'columns' | 'platform'>): Mapping {
  const auto = autoMap(fields, data.columns, data.platform);
  if (!previous) return auto;
  const stillValid = (column: string | null) => column === null || data.columns.includes(column);
  return {
    fields: auto.fields.map((a) => {
      const kept = previous.fields.find((p) => p.field === a.field);
      return kept && stillValid(kept.column) ? kept : a;
    }),
    copiesColumn: stillValid(previous.copiesColumn) ? previous.copiesColumn : auto.copiesColumn,
  };
}

/** Points a field at a column (null: its default value), exactly as the CLI's `--map field=Column` does. */
export function remap(mapping: Mapping, field: string, column: string | null, fields: readonly Field[], columns: readonly string[]): Result<Mapping, MappingError> {
  return applyMapOptions(mapping, [`${field}=${column ?? ''}`], fields, columns);
}

/** Changes how one field's values are tidied. Only one field can split numbered names into records. */
export function setTransform(mapping: Mapping, field: string, patch: TransformPatch): Mapping {
  return {
    ...mapping,
    fields: mapping.fields.map((f) => {
      if (f.field === field) return { ...f, ...patch };
      return patch.splitNumbered ? { ...f, splitNumbered: false } : f;
    }),
  };
}

export function recordKey(record: Pick<MergeRecord, 'row' | 'part'>): string {
  return record.part ? `${record.row}.${record.part.index}` : `${record.row}`;
}

/** Rows × mapping → records (shared/merge buildRecords), then the user's edits on top. */
export function shownRecords(columns: readonly string[], rows: readonly DataRow[], fields: readonly Field[], mapping: Mapping, edits: RecordEdits): ShownRecord[] {
  return buildRecords({ columns, rows }, fields, mapping).map((record) => {
    const key = recordKey(record);
    const edit = edits.get(key);
    if (!edit) return { ...record, key, edited: [] };
    // Value checks (required, length) are redone by preflight on the values as they now are.
    return { ...record, key, values: { ...record.values, ...edit }, edited: Object.keys(edit) };
  });
}

/** The user's value for one field of one record; typing the value it already shows changes nothing. */
export function withEdit(edits: RecordEdits, record: ShownRecord, field: string, value: string): RecordEdits {
  if (value === record.values[field]) return edits;
  return new Map(edits).set(record.key, { ...edits.get(record.key), [field]: value });
}

/** The record as its row says again. */
export function withoutEdits(edits: RecordEdits, key: string): RecordEdits {
  const next = new Map(edits);
  next.delete(key);
  return next;
}

/**
 * Indices of the records matching the filter: every word must occur in one of the record's values or be
 * its row number, ignoring case (“ann 12” finds Ann's order on row 12).
 */
export function filterRecords(records: readonly ShownRecord[], filter: string, only?: (index: number) => boolean): number[] {
  const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  records.forEach((record, index) => {
    if (only && !only(index)) return;
    const values = Object.values(record.values).map((v) => v.toLocaleLowerCase());
    const row = String(record.row);
    if (words.every((w) => w === row || values.some((v) => v.includes(w)))) out.push(index);
  });
  return out;
}
