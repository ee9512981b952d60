import type { Field } from '../../model';
import { nameKey } from '../names';
import type { PlatformInfo } from '../platforms/platform';
import type { Mapping } from './mapping';
import { candidateKeys } from './synonyms';

/**
 * A first mapping the user can correct: each field goes to the column named like the field (its name
 * or its label, case and punctuation ignored), else to a synonym's column; copies come from the
 * platform's quantity column or a column named like one.
 */
export function autoMap(fields: readonly Field[], columns: readonly string[], platform?: PlatformInfo): Mapping {
  const blocked = new Set((platform?.notForAutoMap ?? []).map(nameKey));
  const byKey = new Map<string, string>();
  for (const column of columns) {
    const key = nameKey(column);
    if (!blocked.has(key) && !byKey.has(key)) byKey.set(key, column);
  }
  const find = (names: string[]): string | null => {
    for (const key of candidateKeys(names)) {
      const column = byKey.get(key);
      if (column !== undefined) return column;
    }
    return null;
  };
  const quantity = platform?.quantityColumn;
  return {
    fields: fields.map((f) => ({ field: f.name, column: find([f.name, f.label]), trim: true, case: 'none', splitNumbered: false })),
    copiesColumn: quantity && columns.includes(quantity) ? quantity : find(['quantity']),
  };
}
