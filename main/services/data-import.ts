import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_LIMITS, importError, looksLikeZip, startImport, type ImportedTable, type ImportError, type ImportOptions } from '../../shared/merge';
import { err, type Result } from '../../shared/result';
import { importXlsxFile } from './data-import-xlsx';
import { fileError } from './fs-errors';

/**
 * Largest order file read. Streaming keeps the parser's memory bounded whatever the size, but the rows
 * are kept unless the caller streams them too (`onRow`).
 */
export const MAX_DATA_FILE_BYTES = 512 * 1024 * 1024;
const CHUNK_BYTES = 256 * 1024;

/**
 * Streams an order file from disk in chunks into the pure importer (shared/merge), so a 50 MB export
 * never sits in memory as one buffer; an Excel workbook (a zip) goes to the spreadsheet reader instead.
 * File-system failures come back as an `io-error` value, like every other import failure.
 */
export async function importDataFile(path: string, options: ImportOptions = {}): Promise<Result<ImportedTable, ImportError>> {
  const name = basename(path);
  const session = startImport(options);
  try {
    if (looksLikeZip(await readDataSample(path, 4))) return await importXlsxFile(path, options);
    if ((await stat(path)).size > MAX_DATA_FILE_BYTES) {
      return err(importError('too-large', null, null, `“${name}” is larger than Namesake imports; export fewer orders at a time`));
    }
    for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) session.push(chunk as Buffer);
  } catch (e) {
    return err(importError('io-error', null, null, fileError(e, name, 'open').message));
  }
  return session.end();
}

/** The first bytes of a file, for previewEncodings() when the encoding was a guess. */
export async function readDataSample(path: string, bytes = DEFAULT_LIMITS.sampleBytes): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await file.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}
