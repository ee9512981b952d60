import { ProblemLog } from '../problems';
import type { TableRow } from '../row';
import { CsvParser } from './parser';

export type Delimiter = ',' | ';' | '\t' | '|';

/** In order of preference when two split a sample equally well. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

const SAMPLE_ROWS = 50;

/**
 * Picks the delimiter that splits the first rows of `sample` into the same number of values, the most
 * values winning a tie (a `;` file with decimal commas splits consistently both ways). The sample is
 * parsed for real, so delimiters inside quoted values do not count. `complete` says the sample is the
 * whole file; otherwise its last row may be cut short and is ignored.
 */
export function sniffDelimiter(sample: string, complete: boolean): { delimiter: Delimiter; certain: boolean } {
  let best: { delimiter: Delimiter; consistency: number; columns: number } = { delimiter: ',', consistency: 0, columns: 1 };
  for (const delimiter of DELIMITERS) {
    const rows = sampleRows(sample, delimiter, complete);
    const columns = rows[0]?.cells.length ?? 0;
    if (columns < 2) continue;
    const consistency = rows.filter((r) => r.cells.length === columns).length / rows.length;
    if (consistency > best.consistency || (consistency === best.consistency && columns > best.columns)) {
      best = { delimiter, consistency, columns };
    }
  }
  return { delimiter: best.delimiter, certain: best.consistency === 1 };
}

function sampleRows(sample: string, delimiter: Delimiter, complete: boolean): TableRow[] {
  const parser = new CsvParser(delimiter, { maxCellChars: sample.length + 1, maxColumns: 100_000 }, new ProblemLog(0));
  const rows = parser.push(sample);
  if (complete) rows.push(...parser.end());
  return rows.filter((r) => !isBlank(r.cells)).slice(0, SAMPLE_ROWS);
}

/** An empty line, or a line of delimiters only, which spreadsheets leave below the data. */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
