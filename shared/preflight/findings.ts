import type { RecordProblem } from '../merge';

export type PreflightSeverity = 'error' | 'warning';

export type PreflightCode =
  // a field's value
  | 'required-empty'
  | 'too-long'
  // text as laid out for print
  | 'overflow'
  | 'below-min-size'
  | 'missing-glyphs'
  | 'fallback-font'
  | 'unavailable-font'
  // images
  | 'missing-image'
  | 'low-resolution'
  // barcodes
  | 'invalid-barcode'
  // the data row itself (passed on from the mapping)
  | Exclude<RecordProblem['code'], 'required-empty' | 'too-long'>;

/** One thing a careful shop would want to know before printing, about one record or the whole design. */
export interface PreflightFinding {
  /** Position of the record in the list checked (0-based); null when it holds for every record (the design). */
  record: number | null;
  /** The record's source row (header = 1), for people; null for the design or a record without one. */
  row: number | null;
  /** The field concerned, when one is. */
  field: string | null;
  /** The object on the label concerned (click to select it), when one is. */
  objectId: string | null;
  severity: PreflightSeverity;
  code: PreflightCode;
  /** A sentence naming the record, the field and what to do: “row 17: “Name” is 43 characters, the field allows 20”. */
  message: string;
}

export interface PreflightReport {
  records: number;
  errors: number;
  warnings: number;
  /** Design findings first, then each record's in record order. */
  findings: PreflightFinding[];
}

/** What preflight needs of a record: the values that print and where they came from. */
export interface PreflightRecord {
  /** Field → value; null: the fields' sample values (a label without data). */
  values: Readonly<Record<string, string>> | null;
  row?: number | null;
  /** Which of the names of a split row this is. */
  part?: { index: number; of: number } | null;
  /** What the mapping found about the row; value checks are redone here, the rest is passed on. */
  problems?: readonly RecordProblem[];
}

/** How messages name a record: “row 17”, “row 17, name 2 of 3”, “record 4”, or “sample” without data. */
export function recordLabel(record: PreflightRecord, index: number): string {
  if (record.values === null) return 'sample';
  if (record.row === undefined || record.row === null) return `record ${index + 1}`;
  return record.part ? `row ${record.row}, name ${record.part.index} of ${record.part.of}` : `row ${record.row}`;
}

export function summarize(records: number, findings: PreflightFinding[]): PreflightReport {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { records, errors, warnings: findings.length - errors, findings };
}

/** A value quoted in a message, shortened so one line stays readable. */
export function quoted(value: string, max = 40): string {
  const flat = value.replace(/\s*\r?\n\s*/g, ' / ');
  const chars = [...flat];
  return `“${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat}”`;
}
