import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { importError, importRows, type ImportedTable, type ImportError, type RowOptions } from '../../shared/merge';
import { err, type Result } from '../../shared/result';
import { fileError } from './fs-errors';
import { readZip, type ZipLimits } from './zip-reader';

/** A workbook is read whole; order exports are far smaller than this. */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;

/** Sheet XML compresses well (repeated tags), so the ratio cap is looser than for projects. */
export const XLSX_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 500,
  ratioFloorBytes: 1024 * 1024,
};

/**
 * An Excel workbook's first sheet → table, every value as text. read-excel-file (maintained, MIT; not
 * the frozen `xlsx` package) reads the workbook, but it inflates entries without limits, so the zip is
 * first read with our hardened reader, which proves every entry inflates to its declared size within
 * the caps (SAFETY.md: no zip bombs).
 */
export async function importXlsxFile(path: string, options: RowOptions = {}): Promise<Result<ImportedTable, ImportError>> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    if ((await stat(path)).size > MAX_XLSX_BYTES) {
      return err(importError('too-large', null, null, `“${name}” is larger than Namesake imports; save it as CSV instead`));
    }
    bytes = await readFile(path);
  } catch (e) {
    return err(importError('io-error', null, null, fileError(e, name, 'open').message));
  }
  let sheet: unknown[][];
  try {
    await readZip(bytes, XLSX_ZIP_LIMITS);
    // Numbers stay as written in the file (a ZIP code typed as text keeps its zeros; 12.5 stays 12.5).
    sheet = await readSheet(bytes, { trim: false, parseNumber: (text: string) => text });
  } catch (e) {
    return err(importError('bad-spreadsheet', null, null, `“${name}” can't be read as an Excel workbook: ${(e as Error).message}`));
  }
  return importRows(sheet.map((cells, i) => ({ row: i + 1, cells: cells.map(cellText) })), options);
}

/** Values as a spreadsheet shows them: dates as ISO dates, booleans as TRUE/FALSE, empty as ''. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return String(value);
}
