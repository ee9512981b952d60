import { err, ok, type Result } from '../result';
import { sniffDelimiter, type Delimiter } from './csv/delimiter';
import { CsvParser } from './csv/parser';
import { createDecoder, type EncodingName, type StreamDecoder } from './encoding/decoders';
import { bomLength, sniffEncoding, type EncodingChoice } from './encoding/sniff';
import { readJsonTable } from './json';
import { importError, ProblemLog, type ImportError } from './problems';
import type { TableRow } from './row';
import type { ImportedTable } from './table';
import { TableBuilder, type RowOptions } from './table-builder';

export interface ImportLimits {
  /** Bytes looked at before the encoding and delimiter are chosen. */
  sampleBytes: number;
  maxCellChars: number;
  maxColumns: number;
  /** JSON is parsed whole, so it has its own cap. */
  maxJsonChars: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  sampleBytes: 64 * 1024,
  maxCellChars: 1_000_000,
  maxColumns: 5_000,
  maxJsonChars: 64 * 1024 * 1024,
};

export interface ImportOptions extends RowOptions {
  /** The encoding the user confirmed in the preview; skips sniffing. */
  encoding?: EncodingName;
  delimiter?: Delimiter;
  limits?: Partial<ImportLimits>;
}

/** Feed the bytes of a file in any chunks, then `end()`; never throws, whatever the bytes. */
export interface TableImport {
  push(bytes: Uint8Array): void;
  end(): Result<ImportedTable, ImportError>;
}

export function startImport(options: ImportOptions = {}): TableImport {
  return new Import(options);
}

export function importBytes(bytes: Uint8Array, options: ImportOptions = {}): Result<ImportedTable, ImportError> {
  const session = startImport(options);
  session.push(bytes);
  return session.end();
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** An .xlsx workbook (or any zip): main reads those with a spreadsheet reader instead. */
export function looksLikeZip(head: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => head[i] === b);
}

/**
 * bytes → decoder → CSV parser (or JSON) → header → platform reader → rows. The encoding and delimiter
 * are chosen once, on the first `sampleBytes`; invalid bytes later in the file are reported by row and
 * mark the encoding as needing confirmation, rather than switching encodings half-way.
 */
class Import implements TableImport {
  private readonly limits: ImportLimits;
  private readonly problems = new ProblemLog();
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private decoder: StreamDecoder | null = null;
  private encoding: EncodingChoice | null = null;
  private parser: CsvParser | null = null;
  private delimiter: { delimiter: Delimiter; certain: boolean } | null = null;
  private json: string | null = null;
  private readonly rows: TableBuilder;
  private fatal: ImportError | null = null;
  private ended = false;

  constructor(private readonly options: ImportOptions) {
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.rows = new TableBuilder(options, this.problems, () => (this.decoder && this.decoder.replaced > 0 ? this.encoding!.encoding : null));
  }

  push(bytes: Uint8Array): void {
    if (this.fatal || this.ended) return;
    if (this.decoder) {
      this.text(this.decoder.write(bytes));
      return;
    }
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= this.limits.sampleBytes) this.start(false);
  }

  end(): Result<ImportedTable, ImportError> {
    if (!this.ended) {
      this.ended = true;
      if (!this.decoder && !this.fatal) this.start(true);
      if (!this.fatal) this.finish();
    }
    return this.fatal ? err(this.fatal) : ok(this.result());
  }

  private start(complete: boolean): void {
    const sample = concat(this.pending);
    this.pending = [];
    if (looksLikeZip(sample)) {
      this.fatal = importError('spreadsheet-file', null, null, 'this is a zip file (an Excel workbook?), not a text table; open it through the file importer, which reads workbooks');
      return;
    }
    const chosen = this.options.encoding;
    this.encoding = chosen
      ? { encoding: chosen, bomLength: bomLength(sample, chosen), source: 'chosen', needsConfirmation: false }
      : sniffEncoding(sample, complete);
    this.decoder = createDecoder(this.encoding.encoding);
    let text = this.decoder.write(sample.subarray(this.encoding.bomLength));
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const first = text.trimStart()[0];
    if (first === '[' || first === '{') {
      this.json = '';
    } else {
      this.delimiter = this.options.delimiter ? { delimiter: this.options.delimiter, certain: true } : sniffDelimiter(text, complete);
      this.parser = new CsvParser(this.delimiter.delimiter, this.limits, this.problems);
    }
    this.text(text);
  }

  private text(text: string): void {
    if (this.json !== null) {
      if (this.json.length + text.length > this.limits.maxJsonChars) {
        this.fatal = importError('too-large', null, null, 'the JSON file is too large to import; export fewer orders at a time');
      } else {
        this.json += text;
      }
      return;
    }
    const parser = this.parser!;
    for (const row of parser.push(text)) this.rows.take(row);
    if (parser.error) this.fatal = parser.error;
  }

  private finish(): void {
    this.text(this.decoder!.end());
    if (this.fatal) return;
    if (this.json !== null) {
      const parsed = readJsonTable(this.json, this.problems);
      this.json = '';
      if (!parsed.ok) {
        this.fatal = parsed.error;
        return;
      }
      this.rows.header(parsed.value.header);
      for (const row of parsed.value.rows) this.rows.take(row);
    } else {
      for (const row of this.parser!.end()) this.rows.take(row);
      if (this.parser!.error) this.fatal = this.parser!.error;
    }
    if (!this.fatal && !this.rows.hasHeader) this.fatal = importError('empty-file', null, null, 'the file holds no rows');
    if (this.decoder!.replaced > 0 && this.encoding) this.encoding = { ...this.encoding, needsConfirmation: true };
  }

  private result(): ImportedTable {
    return {
      ...this.rows.result(),
      format: this.json !== null ? 'json' : 'csv',
      encoding: this.encoding,
      delimiter: this.delimiter?.delimiter ?? null,
      delimiterCertain: this.delimiter?.certain ?? true,
    };
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/**
 * Rows already read from a spreadsheet (main reads the workbook; every value already text) → table,
 * through the same header, platform and problem handling as a CSV.
 */
export function importRows(rows: Iterable<TableRow>, options: RowOptions = {}): Result<ImportedTable, ImportError> {
  const problems = new ProblemLog();
  const builder = new TableBuilder(options, problems);
  for (const row of rows) builder.take(row);
  if (!builder.hasHeader) return err(importError('empty-file', null, null, 'the spreadsheet holds no rows'));
  return ok({ ...builder.result(), format: 'xlsx', encoding: null, delimiter: null, delimiterCertain: true });
}
