import { HandlerError } from '../../shared/ipc/errors';
import type { TableRow } from '../../shared/merge';
import type { Design } from '../../shared/model';
import { ok, err, type AppError, type Result } from '../../shared/result';
import { AssetCache } from './asset-cache';
import { loadRecords, SAMPLE_RECORD, type ExportRecord, type InlineRecords, type SourceTable } from './export-data';
import { openProjectFile } from './project-file';

/** What every command that prints (export, preflight, proof) starts from: a design file and perhaps order data. */
export interface JobFiles {
  design: string;
  /** Order data (CSV, JSON, XLSX); absent (and no `records`): one label with the fields' sample values. */
  data?: string;
  /** Records already mapped (the studio's records panel), instead of a data file. */
  records?: InlineRecords;
  /** `field=Column` overrides of the automatic mapping. */
  maps: string[];
  /** Copies of every record (of the sample label without data); default 1. */
  copies?: number;
}

export interface JobInputs {
  design: Design;
  assets: AssetCache;
  records: ExportRecord[];
  /** The order data's table; absent without data. */
  table?: SourceTable;
  /** What opening repaired and what importing noticed, as warnings. */
  warnings: AppError[];
}

/** Opens the design and the data; a missing or damaged file, an unknown field or column is an error value. */
export async function openJobInputs(files: JobFiles): Promise<Result<JobInputs>> {
  const assets = new AssetCache();
  let project;
  try {
    project = await openProjectFile(files.design, assets);
  } catch (e) {
    if (e instanceof HandlerError) return err({ code: e.code, message: e.message });
    throw e;
  }
  const { design, repairs } = project;
  const repaired = repairs.map((message) => ({ code: 'repaired', message }));
  const times = (records: ExportRecord[]) => withCopies(records, files.copies);
  if (files.records) return ok({ design, assets, records: times(files.records.records), table: files.records.table, warnings: repaired });
  if (files.data === undefined) return ok({ design, assets, records: times([SAMPLE_RECORD]), warnings: repaired });
  const loaded = await loadRecords(files.data, design.fields, files.maps);
  if (!loaded.ok) return loaded;
  return ok({ design, assets, records: times(loaded.value.records), table: loaded.value.table, warnings: [...repaired, ...loaded.value.warnings] });
}

/** Every record `copies` times as often as its data says. */
function withCopies(records: ExportRecord[], copies = 1): ExportRecord[] {
  return copies === 1 ? records : records.map((r) => ({ ...r, copies: r.copies * copies }));
}

/** The data's name for messages: the data file's, or that of the file the inline records came from. */
export function dataName(files: Pick<JobFiles, 'data' | 'records'>): string | undefined {
  return files.data ?? files.records?.name;
}

/** Reads records' raw cells by column name (file names, order ids); blank without data or for an unknown column. */
export function cellReader(table: SourceTable | undefined): (record: ExportRecord, column: string) => string {
  if (!table) return () => '';
  const byRow = new Map<number, TableRow>(table.rows.map((r) => [r.row, r]));
  return (record, column) => {
    const index = table.columns.indexOf(column);
    const row = record.row === null ? undefined : byRow.get(record.row);
    return index < 0 || !row ? '' : (row.cells[index] ?? '');
  };
}
