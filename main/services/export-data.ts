import { basename } from 'node:path';
import { applyMapOptions, autoMap, buildRecords } from '../../shared/merge';
import type { Field } from '../../shared/model';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { importDataFile } from './data-import';

/** One label's worth of data: field values, how many copies, and where it came from. */
export interface ExportRecord {
  /** null: the fields' sample values (a proof without data). */
  values: Record<string, string> | null;
  copies: number;
  /** Spreadsheet row (header = 1), for messages; null for the sample record. */
  row: number | null;
}

export interface LoadedRecords {
  records: ExportRecord[];
  /** Import problems and record warnings that did not stop the export. */
  warnings: AppError[];
}

/**
 * Order data → records through the importer (shared/merge): fields go to columns named like them (case
 * and punctuation ignored) unless a `field=Column` override says otherwise. Anything that would print a
 * wrong label — an unreadable file, an unknown field or column, an empty required field — is an error
 * naming the file and row, never a guess.
 */
export async function loadRecords(path: string, fields: readonly Field[], maps: readonly string[]): Promise<Result<LoadedRecords>> {
  const name = basename(path);
  const table = await importDataFile(path);
  if (!table.ok) return err({ code: 'bad-data', message: `${name}: ${table.error.message}` });
  const { columns, rows, problems } = table.value;
  const mapping = applyMapOptions(autoMap(fields, columns), maps, fields, columns);
  if (!mapping.ok) return err({ code: 'bad-map', message: `--map: ${mapping.error.message}` });
  const built = buildRecords({ columns, rows }, fields, mapping.value);
  const warnings: AppError[] = problems.map((p) => ({ code: p.code, message: `${name}: ${p.message}` }));
  for (const record of built) {
    for (const problem of record.problems) {
      if (problem.severity === 'error') return err({ code: problem.code, message: `${name}: ${problem.message}` });
      warnings.push({ code: problem.code, message: `${name}: ${problem.message}` });
    }
  }
  if (!built.length) return err({ code: 'no-records', message: `${name}: the file has no rows to print` });
  return ok({ records: built.map((r) => ({ values: r.values, copies: r.copies, row: r.row })), warnings });
}

/** Without data, one copy with each field's sample value (else its default). */
export const SAMPLE_RECORD: ExportRecord = { values: null, copies: 1, row: null };
