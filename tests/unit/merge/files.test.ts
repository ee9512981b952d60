import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDataFile } from '../../../main/services/data-import';
import { tempDir } from '../main/temp-dir';
import { zipOf } from '../main/fixtures';
import { ORDERS } from './fixtures';

describe('reading order files from disk', () => {
  it('a missing file is an io-error value naming it', async () => {
    const result = await importDataFile(join(await tempDir(), 'gone.csv'));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'io-error', message: expect.stringMatching(/^“gone\.csv” can't be found/) }) });
  });
});

describe('Excel workbooks', () => {
  it('reads the first sheet as text: numbers as written, dates as ISO, booleans, blank rows counted', async () => {
    const result = await importDataFile(join(ORDERS, 'orders.xlsx'));
    if (!result.ok) expect.fail(result.error.message);
    const table = result.value;
    expect(table).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null, blankRows: 1 });
    expect(table.columns).toEqual(['Order', 'Name', 'Zip', 'Date', 'Gift', 'Total']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['1001', 'Bo & Co\nLine two', '01067', '2026-03-01', 'TRUE', '2002'] },
      { row: 4, cells: ['1002', 'Zoë Ünique', '80331', '2026-03-02', 'FALSE', '12.5'] },
    ]);
  });

  it('a zip bomb or a zip that is no workbook is refused as a value', async () => {
    const dir = await tempDir();
    const bomb = join(dir, 'bomb.xlsx');
    await writeFile(bomb, await zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }]));
    const refused = await importDataFile(bomb);
    expect(refused).toMatchObject({ ok: false, error: { code: 'bad-spreadsheet', message: expect.stringMatching(/zip bomb/) } });
    const other = join(dir, 'other.xlsx');
    await writeFile(other, await zipOf([{ name: 'readme.txt', data: 'hello' }]));
    expect(await importDataFile(other)).toMatchObject({ ok: false, error: { code: 'bad-spreadsheet' } });
  });
});
