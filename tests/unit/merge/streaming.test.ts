import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { importDataFile } from '../../../main/services/data-import';
import { tempDir } from '../main/temp-dir';

const TARGET_BYTES = 50 * 1024 * 1024;
const HEAP_BOUND = 64 * 1024 * 1024;

function line(i: number): string {
  return `${i},Fake Person ${i},"Line one\nLine two, with ""quotes""",${(i % 5) + 1},Zürich\r\n`;
}

/** Writes an Excel-style order file of about 50 MB without holding it in memory. */
async function writeLargeCsv(path: string): Promise<number> {
  const out = createWriteStream(path);
  out.write('id,name,message,qty,city\r\n');
  let rows = 0;
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    let block = '';
    for (let k = 0; k < 1000; k++) block += line(++rows);
    bytes += Buffer.byteLength(block);
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}

describe('streaming a large file', () => {
  it('imports a 50 MB CSV row by row with bounded memory', async () => {
    const path = join(await tempDir(), 'large.csv');
    const written = await writeLargeCsv(path);
    expect((await stat(path)).size).toBeGreaterThanOrEqual(TARGET_BYTES);

    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let count = 0;
    let expectedId = 1;
    const result = await importDataFile(path, {
      onRow: (row) => {
        // Every row arrives whole and in order: nothing is dropped or merged at chunk boundaries.
        if (row.cells[0] !== String(expectedId) || row.cells[2] !== 'Line one\nLine two, with "quotes"') {
          throw new Error(`row ${row.row} arrived as ${JSON.stringify(row.cells)}`);
        }
        expectedId++;
        if (++count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
      },
    });
    if (!result.ok) expect.fail(result.error.message);
    expect(count).toBe(written);
    expect(result.value.rowCount).toBe(written);
    expect(result.value.rows).toEqual([]);
    expect(result.value.problems).toEqual([]);
    expect(peak - baseline).toBeLessThan(HEAP_BOUND);
  });
});
