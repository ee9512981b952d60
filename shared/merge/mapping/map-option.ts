import { err, ok, type Result } from '../../result';
import type { Field } from '../../model';
import { nameKey } from '../names';
import type { Mapping, MappingError } from './mapping';

/**
 * Applies `field=Column` overrides (the CLI's `--map`, and the UI's remapping) on top of a mapping.
 * `field=` unmaps. Names match exactly, else ignoring case and punctuation; anything unknown is an
 * error value that lists what exists, or suggests the nearest column.
 */
export function applyMapOptions(
  mapping: Mapping,
  specs: readonly string[],
  fields: readonly Field[],
  columns: readonly string[],
): Result<Mapping, MappingError> {
  const next: Mapping = { ...mapping, fields: mapping.fields.map((f) => ({ ...f })) };
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    if (eq < 0) return err({ code: 'bad-map-option', message: `“${spec}” is not field=Column (for example name=Personalization)` });
    const fieldName = match(spec.slice(0, eq).trim(), fields.map((f) => f.name));
    if (fieldName === null) {
      const known = fields.map((f) => f.name).join(', ') || 'none';
      return err({ code: 'unknown-field', message: `the design has no field “${spec.slice(0, eq).trim()}” (its fields: ${known})` });
    }
    const wanted = spec.slice(eq + 1).trim();
    const column = wanted === '' ? null : match(wanted, columns);
    if (wanted !== '' && column === null) return err({ code: 'unknown-column', message: unknownColumn(wanted, columns) });
    const target = next.fields.find((f) => f.field === fieldName);
    if (target) target.column = column;
    else next.fields.push({ field: fieldName, column, trim: true, case: 'none', splitNumbered: false });
  }
  return ok(next);
}

function match(name: string, names: readonly string[]): string | null {
  if (names.includes(name)) return name;
  const key = nameKey(name);
  return names.find((n) => nameKey(n) === key) ?? null;
}

function unknownColumn(wanted: string, columns: readonly string[]): string {
  const key = nameKey(wanted);
  const near = columns.filter((c) => {
    const k = nameKey(c);
    return k !== '' && (k.includes(key) || key.includes(k) || editDistance(k, key) <= 2);
  });
  const hint = near.length > 0 ? `; did you mean ${near.slice(0, 3).map((c) => `“${c}”`).join(' or ')}?` : '';
  return `the data has no column “${wanted}”${hint}`;
}

/** Levenshtein distance, for suggesting `Personalization` when `Personalisation` was typed. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
