import type { Field } from '../model';
import type { FieldValues } from '../render/fields';
import type { PreflightFinding } from './findings';

/** Where a record's findings belong: its index, source row and how messages name it. */
export interface RecordPlace {
  record: number | null;
  row: number | null;
  label: string;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Characters as people count them: “é” and “👍🏽” are one each, as in the mapping's own length rule. */
function characterCount(value: string): number {
  let n = 0;
  for (const _ of graphemes.segment(value)) n++;
  return n;
}

/** The design's rules for each field (required, longest), checked against the values that print. */
export function fieldFindings(fields: readonly Field[], values: FieldValues, place: RecordPlace): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  for (const field of fields) {
    const value = values.get(field.name) ?? '';
    const name = `“${field.label || field.name}”`;
    const at = { record: place.record, row: place.row, field: field.name, objectId: null, severity: 'error' } as const;
    if (field.required && value.trim() === '') {
      findings.push({ ...at, code: 'required-empty', message: `${place.label}: ${name} is empty, and the field is required` });
    }
    if (field.maxLength === null) continue;
    // A string no longer in UTF-16 units than allowed cannot be longer in characters: the common case skips segmenting.
    const length = value.length <= field.maxLength ? value.length : characterCount(value);
    if (length > field.maxLength) {
      findings.push({ ...at, code: 'too-long', message: `${place.label}: ${name} is ${length} characters, the field allows ${field.maxLength}` });
    }
  }
  return findings;
}
