import type { Delimiter } from './csv/delimiter';
import type { EncodingChoice } from './encoding/sniff';
import type { PlatformInfo } from './platforms/platform';
import type { ImportProblem } from './problems';
import type { TableRow } from './row';

export type { TableRow } from './row';

export interface DoubleEncodingReport {
  /** Cells that hold `Ã©`-style sequences (repaired ones when the repair was asked for). */
  cells: number;
  repaired: boolean;
  /** A few of them, to show before offering the repair. */
  samples: Array<{ row: number; column: number; before: string; after: string }>;
}

export interface ImportedTable {
  format: 'csv' | 'json' | 'xlsx';
  /** null for a spreadsheet, whose text is always Unicode. */
  encoding: EncodingChoice | null;
  /** null for JSON and spreadsheets. */
  delimiter: Delimiter | null;
  /** False when the delimiter split the first rows unevenly: show a preview. */
  delimiterCertain: boolean;
  platform: PlatformInfo;
  /** Source columns (renamed to one spelling for known platforms), then derived ones. */
  columns: string[];
  /** Empty when the rows were streamed to `onRow` instead. A row may be shorter than `columns`: the rest is blank. */
  rows: TableRow[];
  rowCount: number;
  /** Empty rows (or rows of delimiters only) that were skipped, counted so none goes unmentioned. */
  blankRows: number;
  /** The first problems found; `problemCount` counts them all. */
  problems: ImportProblem[];
  problemCount: number;
  doubleEncoding: DoubleEncodingReport;
}

/** A cell by column name; blank when the row is short or the column unknown. */
export function cellOf(table: Pick<ImportedTable, 'columns'>, row: TableRow, column: string): string {
  const index = table.columns.indexOf(column);
  return index < 0 ? '' : (row.cells[index] ?? '');
}
