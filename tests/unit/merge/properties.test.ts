import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIMITERS, startImport, writeCsv, type ImportOptions } from '../../../shared/merge';

/** Feeds bytes in the given chunk sizes (cycled), as a file read from disk would arrive. */
function importInChunks(bytes: Uint8Array, chunkSizes: number[], options: ImportOptions = {}) {
  const session = startImport(options);
  for (let i = 0, k = 0; i < bytes.length; k++) {
    const size = chunkSizes[k % chunkSizes.length]!;
    session.push(bytes.subarray(i, i + size));
    i += size;
  }
  return session.end();
}

/** Bytes that stress a CSV reader: quotes, delimiters, line ends, BOMs, broken UTF-8, JSON starts. */
const csvishByte = fc.constantFrom(0x22, 0x2c, 0x3b, 0x09, 0x7c, 0x0d, 0x0a, 0x20, 0x61, 0x5b, 0x7b, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x00, 0xc3, 0xa9, 0xe2, 0x80);
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.array(csvishByte, { maxLength: 3000 }).map((a) => Uint8Array.from(a)));
const chunkSizes = fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 5 });

const LOCATED = new Set(['unclosed-quote', 'value-too-long', 'too-many-columns']);

describe('importer properties', () => {
  it('never throws on any bytes: a table, or a typed error that names row and column where it can', () => {
    fc.assert(
      fc.property(anyBytes, chunkSizes, fc.integer({ min: 1, max: 4096 }), (bytes, sizes, sampleBytes) => {
        const result = importInChunks(bytes, sizes, { limits: { sampleBytes, maxCellChars: 500, maxColumns: 300 } });
        if (result.ok) {
          for (const row of result.value.rows) {
            expect(row.row).toBeGreaterThanOrEqual(2);
            for (const cell of row.cells) expect(typeof cell).toBe('string');
          }
          return;
        }
        expect(result.error.message.length).toBeGreaterThan(0);
        if (LOCATED.has(result.error.code)) {
          const { row, column, message } = result.error;
          expect(row).toBeGreaterThanOrEqual(1);
          expect(column).toBeGreaterThanOrEqual(1);
          expect(message.startsWith(`row ${row}, column ${column}: `)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: fc.constantFrom('"', ',', ';', '\t', '|', '\r', '\n', '\r\n', ' ', 'a', 'é', '🎉', '='), maxLength: 12 }),
  );

  it('write → import loses no row and no cell (line breaks inside values read back as \\n)', () => {
    const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
      fc.record({
        width: fc.constant(width),
        rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 30 }),
        delimiter: fc.constantFrom(...DELIMITERS),
        sizes: chunkSizes,
      }),
    );
    fc.assert(
      fc.property(table, ({ width, rows, delimiter, sizes }) => {
        const header = Array.from({ length: width }, (_, i) => `col${i + 1}`);
        const bytes = new TextEncoder().encode(writeCsv([header, ...rows], delimiter));
        // One column has no delimiter to sniff: the user names it, as the import dialog would.
        const result = importInChunks(bytes, sizes, width === 1 ? { delimiter } : {});
        if (!result.ok) expect.fail(result.error.message);
        const imported = result.value;
        expect(imported.delimiter).toBe(delimiter);
        expect(imported.columns).toEqual(header);
        const kept = rows.map((cells, i) => ({ row: i + 2, cells: cells.map((c) => c.replace(/\r\n|\r/g, '\n')) }));
        const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');
        expect(imported.rows).toEqual(kept.filter((r) => !isBlank(r.cells)));
        expect(imported.blankRows).toBe(kept.filter((r) => isBlank(r.cells)).length);
        expect(imported.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
