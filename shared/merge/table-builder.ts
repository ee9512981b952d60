import type { Columns } from './columns';
import { setCell } from './columns';
import { isBlank } from './csv/delimiter';
import { repairDoubleEncoding } from './encoding/double-encoding';
import type { PlatformInputs, PlatformReader } from './platforms/platform';
import { recognize } from './platforms/recognize';
import type { ProblemLog } from './problems';
import type { TableRow } from './row';
import type { DoubleEncodingReport, ImportedTable } from './table';

export interface RowOptions {
  /** Turn `Ã©` back into `é` in every value (offered after an import reports double-encoding). */
  repairDoubleEncoding?: boolean;
  /** Streams rows out instead of keeping them, so a large file needs bounded memory. */
  onRow?: (row: TableRow) => void;
  inputs?: PlatformInputs;
}

const SAMPLES_KEPT = 5;

/**
 * Rows of any source (CSV, JSON, a spreadsheet) → table: the first non-blank row is the header and
 * picks the platform reader; blank rows are counted, ragged ones kept whole and reported, double
 * encoding counted or repaired, and each row shaped by the platform and handed on.
 */
export class TableBuilder {
  private table: { columns: Columns; reader: PlatformReader; sourceCount: number } | null = null;
  private readonly rows: TableRow[] = [];
  private rowCount = 0;
  private blankRows = 0;
  private readonly double: DoubleEncodingReport;

  constructor(
    private readonly options: RowOptions,
    private readonly problems: ProblemLog,
    /** The encoding's name once its decoder has replaced bytes, so cells showing U+FFFD are reported. */
    private readonly invalidEncoding: () => string | null = () => null,
  ) {
    this.double = { cells: 0, repaired: options.repairDoubleEncoding === true, samples: [] };
  }

  get hasHeader(): boolean {
    return this.table !== null;
  }

  take(row: TableRow): void {
    if (isBlank(row.cells)) this.blankRows++;
    else if (this.table) this.record(row);
    else this.header(this.clean(row).cells);
  }

  header(cells: string[]): void {
    const { columns, reader } = recognize(cells, this.options.inputs ?? {}, this.problems);
    this.table = { columns, reader, sourceCount: cells.length };
  }

  /** The table so far; call once the header was seen. */
  result(): Pick<ImportedTable, 'platform' | 'columns' | 'rows' | 'rowCount' | 'blankRows' | 'problems' | 'problemCount' | 'doubleEncoding'> {
    const table = this.table!;
    return {
      platform: table.reader.info,
      columns: table.columns.names.slice(),
      rows: this.rows,
      rowCount: this.rowCount,
      blankRows: this.blankRows,
      problems: this.problems.list,
      problemCount: this.problems.total,
      doubleEncoding: this.double,
    };
  }

  private record(source: TableRow): void {
    const { row, cells } = this.clean(source);
    const { columns, reader, sourceCount } = this.table!;
    if (cells.length !== sourceCount) {
      const count = cells.length;
      const extras = cells.splice(sourceCount);
      const names = extras.map((value, k) => {
        const index = columns.derived(`Column ${sourceCount + k + 1}`, 'extra');
        setCell(cells, index, value);
        return columns.names[index];
      });
      const what = extras.length > 0 ? `the extra values are in ${names.map((n) => `“${n}”`).join(', ')}` : 'the missing ones are blank';
      this.problems.add('ragged-row', row, null, `this row has ${count} values but the header has ${sourceCount}; ${what}`);
    }
    for (const cellsOut of reader.shape(cells, row)) {
      this.rowCount++;
      const out = { row, cells: cellsOut };
      if (this.options.onRow) this.options.onRow(out);
      else this.rows.push(out);
    }
  }

  /** Double-encoding is repaired or counted, and bytes the decoder could not read are reported. */
  private clean(source: TableRow): TableRow {
    const { row, cells } = source;
    const invalid = this.invalidEncoding();
    let invalidReported = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!;
      const repaired = repairDoubleEncoding(cell);
      if (repaired.repairs > 0) {
        this.double.cells++;
        if (this.double.samples.length < SAMPLES_KEPT) this.double.samples.push({ row, column: i + 1, before: cell, after: repaired.text });
        if (this.double.repaired) cells[i] = repaired.text;
      }
      if (invalid !== null && !invalidReported && cell.includes('\uFFFD')) {
        invalidReported = true;
        this.problems.add('invalid-bytes', row, i + 1, `some bytes are not valid ${invalid} and show as “\uFFFD”; try importing with another encoding`);
      }
    }
    return source;
  }
}
