import { importError, type ImportError, type ProblemLog } from '../problems';
import type { TableRow } from '../row';

export interface CsvLimits {
  /** Longest value; an unclosed quote would otherwise swallow the rest of a 50 MB file. */
  maxCellChars: number;
  maxColumns: number;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted value: either the first of `""` or the end of the value. */
  QuotedQuote,
}

/**
 * RFC 4180, incremental: feed text in any slices, get each record as soon as it ends. CR, LF and CRLF
 * all end a record; inside quotes each becomes `\n`, since a label's line break is one thing whatever
 * system wrote the file. What real files get wrong is accepted and reported, not thrown: a quote inside
 * an unquoted value is kept as text, text after a closing quote is appended. Only a quoted value that
 * never ends, or limits, stop it, as an error value naming the row and column.
 */
export class CsvParser {
  error: ImportError | null = null;
  private state = State.FieldStart;
  private field = '';
  private cells: string[] = [];
  private row = 1;
  private skipLf = false;
  private afterQuote = false;
  private strayQuoteReported = false;
  private quoteRow = 0;
  private quoteColumn = 0;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    private readonly limits: CsvLimits,
    private readonly problems: ProblemLog,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(text: string): TableRow[] {
    const out: TableRow[] = [];
    const n = text.length;
    let i = 0;
    while (i < n && !this.error) {
      const c = text.charCodeAt(i);
      if (this.skipLf) {
        this.skipLf = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (this.state === State.Quoted) {
        let j = i;
        for (; j < n; j++) {
          const cc = text.charCodeAt(j);
          if (cc === QUOTE || cc === CR || cc === LF) break;
        }
        this.append(text.slice(i, j));
        if (j === n) break;
        const cc = text.charCodeAt(j);
        if (cc === QUOTE) {
          this.state = State.QuotedQuote;
        } else {
          this.append('\n');
          this.skipLf = cc === CR;
        }
        i = j + 1;
        continue;
      }
      if (this.state === State.QuotedQuote) {
        if (c === QUOTE) {
          this.append('"');
          this.state = State.Quoted;
          i++;
          continue;
        }
        this.state = State.Unquoted;
        this.afterQuote = true;
      }
      if (this.state === State.FieldStart) {
        if (c === QUOTE) {
          this.state = State.Quoted;
          this.quoteRow = this.row;
          this.quoteColumn = this.cells.length + 1;
          i++;
          continue;
        }
        this.state = State.Unquoted;
      }
      let j = i;
      for (; j < n; j++) {
        const cc = text.charCodeAt(j);
        if (cc === this.delimiter || cc === CR || cc === LF || cc === QUOTE) break;
      }
      if (j > i) {
        if (this.afterQuote) this.warnAfterQuote();
        this.append(text.slice(i, j));
      }
      if (j === n) break;
      const cc = text.charCodeAt(j);
      i = j + 1;
      if (cc === QUOTE) {
        if (this.afterQuote) this.warnAfterQuote();
        this.warnStrayQuote();
        this.append('"');
      } else if (cc === this.delimiter) {
        this.endField();
      } else {
        this.endField();
        if (!this.error) out.push(this.endRecord());
        this.skipLf = cc === CR;
      }
    }
    return out;
  }

  /** The last record, if the file does not end with a line break; or the error of an unclosed quote. */
  end(): TableRow[] {
    if (this.error) return [];
    if (this.state === State.Quoted) {
      this.error = importError('unclosed-quote', this.quoteRow, this.quoteColumn, 'a quoted value never ends (its closing " is missing)');
      return [];
    }
    if (this.state === State.FieldStart && this.cells.length === 0) return [];
    this.endField();
    return this.error ? [] : [this.endRecord()];
  }

  private append(s: string): void {
    if (this.field.length + s.length > this.limits.maxCellChars) {
      this.fail('value-too-long', `a value is longer than ${this.limits.maxCellChars} characters (is a quote missing?)`);
      return;
    }
    this.field += s;
  }

  private endField(): void {
    if (this.cells.length >= this.limits.maxColumns) {
      this.fail('too-many-columns', `the row has more than ${this.limits.maxColumns} values`);
      return;
    }
    this.cells.push(this.field);
    this.field = '';
    this.state = State.FieldStart;
    this.afterQuote = false;
    this.strayQuoteReported = false;
  }

  private endRecord(): TableRow {
    const record = { row: this.row, cells: this.cells };
    this.row++;
    this.cells = [];
    return record;
  }

  private fail(code: 'value-too-long' | 'too-many-columns', what: string): void {
    this.error = importError(code, this.row, this.cells.length + 1, what);
  }

  private warnAfterQuote(): void {
    this.afterQuote = false;
    this.problems.add('text-after-quote', this.row, this.cells.length + 1, 'text after a closing quote was kept as part of the value');
  }

  private warnStrayQuote(): void {
    if (this.strayQuoteReported) return;
    this.strayQuoteReported = true;
    this.problems.add('stray-quote', this.row, this.cells.length + 1, 'a quote inside an unquoted value was kept as text');
  }
}
