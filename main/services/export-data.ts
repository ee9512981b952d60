import { basename } from 'node:path';
import { applyMapOptions, autoMap, buildRecords, type PlatformId, type RecordProblem, type TableRow } from '../../shared/merge';
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
  /** Which of the names of a split row this is. */
  part?: { index: number; of: number } | null;
  /** What the mapping found; errors among them are preflight errors (shared/preflight), which stop the export. */
  problems?: RecordProblem[];
}

/** The table the records came from: file names and order ids are read from its columns. */
export interface SourceTable {
  columns: string[];
  rows: TableRow[];
  platform: PlatformId;
}

/** Records made elsewhere (the studio's records panel: mapped, edited, selected) with the table they came from. */
export interface InlineRecords {
  /** The data file's name, for messages. */
  name: string;
  records: ExportRecord[];
  table: SourceTable;
}

export interface LoadedRecords {
  records: ExportRecord[];
  /** Import problems that did not stop the import; each record keeps its own problems. */
  warnings: AppError[];
  table: SourceTable;
}

/**
 * Order data → records through the importer (shared/merge): fields go to columns named like them (case
 * and punctuation ignored) unless a `field=Column` override says otherwise. An unreadable file or an
 * unknown field or column is an error naming the file, never a guess; a record's own errors (an empty
 * required field) stay with the record for preflight, which stops the export unless overridden.
 */
export async function loadRecords(path: string, fields: readonly Field[], maps: readonly string[]): Promise<Result<LoadedRecords>> {
  const name = basename(path);
  const table = await importDataFile(path);
  if (!table.ok) return err({ code: 'bad-data', message: `${name}: ${table.error.message}` });
  const { columns, rows, problems, platform } = table.value;
  const mapping = applyMapOptions(autoMap(fields, columns), maps, fields, columns);
  if (!mapping.ok) return err({ code: 'bad-map', message: `--map: ${mapping.error.message}` });
  const built = buildRecords({ columns, rows }, fields, mapping.value);
  const warnings: AppError[] = problems.map((p) => ({ code: p.code, message: `${name}: ${p.message}` }));
  if (!built.length) return err({ code: 'no-records', message: `${name}: the file has no rows to print` });
  const records = built.map((r) => ({ values: r.values, copies: r.copies, row: r.row, part: r.part, problems: r.problems }));
  return ok({ records, warnings, table: { columns, rows, platform: platform.id } });
}

/** The records' own warnings (numbered names, an uneven split), named by the data file (a path or a name). */
export function recordWarnings(records: readonly ExportRecord[], dataFile: string): AppError[] {
  const name = basename(dataFile);
  return records.flatMap((r) => (r.problems ?? []).filter((p) => p.severity === 'warning').map((p) => ({ code: p.code, message: `${name}: ${p.message}` })));
}

/** Without data, one copy with each field's sample value (else its default). */
export const SAMPLE_RECORD: ExportRecord = { values: null, copies: 1, row: null };
