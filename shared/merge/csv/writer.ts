import type { Delimiter } from './delimiter';

/**
 * One CSV record, RFC 4180: a value is quoted when it holds the delimiter, a quote, a line break, or
 * leading or trailing spaces (which spreadsheets would trim), with quotes doubled.
 */
function csvLine(cells: readonly string[], delimiter: Delimiter = ','): string {
  return cells.map((cell) => quoteIfNeeded(cell, delimiter)).join(delimiter);
}

/** A whole file, CRLF between records as RFC 4180 says. */
export function writeCsv(rows: ReadonlyArray<readonly string[]>, delimiter: Delimiter = ','): string {
  return rows.map((row) => csvLine(row, delimiter) + '\r\n').join('');
}

function quoteIfNeeded(cell: string, delimiter: Delimiter): string {
  const needs = cell.includes(delimiter) || /["\r\n]/.test(cell) || cell !== cell.trim();
  return needs ? `"${cell.replaceAll('"', '""')}"` : cell;
}
