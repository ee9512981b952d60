import type { AppError } from '../result';

/** Something wrong with one place in the data that did not stop the import; shown to the user. */
export interface ImportProblem {
  code: ImportProblemCode;
  /** The spreadsheet row (the header is row 1), or null for the whole file. */
  row: number | null;
  /** 1-based column, or null for the whole row. */
  column: number | null;
  message: string;
}

export type ImportProblemCode =
  | 'stray-quote'
  | 'text-after-quote'
  | 'ragged-row'
  | 'invalid-bytes'
  | 'not-an-object'
  | 'missing-customization'
  | 'bad-customization'
  | 'platform-note';

/** What stopped an import; the file is refused whole so no row is lost silently. */
export interface ImportError extends AppError {
  code: ImportErrorCode;
  row: number | null;
  column: number | null;
}

export type ImportErrorCode =
  | 'unclosed-quote'
  | 'value-too-long'
  | 'too-many-columns'
  | 'empty-file'
  | 'bad-json'
  | 'not-a-table'
  | 'spreadsheet-file'
  | 'bad-spreadsheet'
  | 'too-large'
  | 'io-error';

/** "row 17, column 4: " — where a message is about, in the words of a spreadsheet. */
export function place(row: number | null, column: number | null): string {
  if (row === null) return '';
  return column === null ? `row ${row}: ` : `row ${row}, column ${column}: `;
}

export function importError(code: ImportErrorCode, row: number | null, column: number | null, what: string): ImportError {
  return { code, row, column, message: place(row, column) + what };
}

/** Keeps the first problems in full and counts the rest, so a broken 50 MB file cannot fill memory. */
export class ProblemLog {
  readonly list: ImportProblem[] = [];
  total = 0;

  constructor(private readonly keep = 200) {}

  add(code: ImportProblemCode, row: number | null, column: number | null, what: string): void {
    this.total++;
    if (this.list.length < this.keep) this.list.push({ code, row, column, message: place(row, column) + what });
  }
}
