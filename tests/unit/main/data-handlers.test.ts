import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../../main/services/data-handlers';
import { DataStore } from '../../../main/services/data-store';
import { createRouter, type Handlers } from '../../../shared/ipc/router';
import type { DataRow, DataSummary } from '../../../shared/ipc/features/data.contract';
import { ScriptedDialogs } from '../../host/dialogs';
import { ORDERS } from '../merge/fixtures';
import { tempDir } from './temp-dir';

/** The data channels behind the real router (payloads and answers checked against the contract). */
function setup() {
  const dialogs = new ScriptedDialogs();
  const store = new DataStore();
  const errors: unknown[] = [];
  // Only the data channels are wired; the router looks handlers up by channel.
  const router = createRouter(createDataHandlers({ dialogs }, store) as Handlers, (e) => errors.push(e));
  const call = (channel: string, payload: unknown = {}) => router.dispatch(channel, payload);
  const value = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const env = await call(channel, payload);
    if (!env.ok) throw new Error(`${channel} failed: ${env.error.code} ${env.error.message}`);
    return env.value as T;
  };
  const importFiles = async (...names: string[]): Promise<DataSummary> => {
    dialogs.nextOpenFiles(names.map((n) => (n.startsWith('/') ? n : join(ORDERS, n))));
    return (await value<{ cancelled: false; data: DataSummary }>('data:import')).data;
  };
  const rows = async (dataId: string, offset = 0, limit = 2000) => value<{ rows: DataRow[]; nextOffset: number | null }>('data:rows', { dataId, offset, limit });
  /** Column → value for each row, for readable assertions. */
  const records = async (data: DataSummary, columns: string[]) =>
    (await rows(data.dataId)).rows.map((r) => Object.fromEntries(columns.map((c) => [c, r.cells[data.columns.indexOf(c)] ?? ''])));
  return { dialogs, store, errors, call, value, importFiles, rows, records };
}

describe('data:import', () => {
  it('reads every kind of order file in main and answers its shape, never a path', async () => {
    const { importFiles, records, errors } = setup();
    const cases: Array<[string, Partial<DataSummary>, string[], Array<Record<string, string>>]> = [
      ['excel-utf8-bom.csv', { format: 'csv', delimiter: ';', encoding: { encoding: 'utf-8', source: 'bom', needsConfirmation: false } }, ['Name', 'PLZ'], [
        { Name: 'Jürgen Übermuth', PLZ: '01067' },
        { Name: 'Zoë Fantasia; Gästehaus', PLZ: '80331' },
      ]],
      ['excel-unicode-text.txt', { delimiter: '\t', encoding: { encoding: 'utf-16le', source: 'bom', needsConfirmation: false } }, ['Name'], [{ Name: 'Mei Kazuragi 桂木' }, { Name: 'Ola Nordfake 🎉' }]],
      ['google-sheets.csv', { delimiter: ',', encoding: { encoding: 'utf-8', source: 'valid-utf-8', needsConfirmation: false } }, ['name', 'message'], [
        { name: 'Ann Fakename', message: 'Line one\nLine "two"' },
        { name: 'Bo Testerson', message: 'Plain, with comma' },
      ]],
      ['etsy-order-items-uk.csv', { platform: { id: 'etsy-order-items', quantityColumn: 'Quantity', notForAutoMap: [] } }, ['Personalization'], [{ Personalization: 'Gwen & Hal\nNo. 7' }]],
      ['shopify-orders.csv', { platform: { id: 'shopify', quantityColumn: 'Lineitem quantity', notForAutoMap: ['Name'] } }, ['Name', 'Engraving'], [
        { Name: '#1001', Engraving: 'Ann' },
        { Name: '#1001', Engraving: 'Ann' },
        { Name: '#1002', Engraving: 'Bo' },
      ]],
      ['woocommerce-orders.csv', { platform: { id: 'woocommerce', quantityColumn: 'Item quantity', notForAutoMap: [] } }, ['order_id', 'Engraving'], [
        { order_id: '7001', Engraving: 'Max & Noa' },
        { order_id: '7001', Engraving: '' },
        { order_id: '7002', Engraving: 'Oli' },
      ]],
      ['orders.json', { format: 'json', delimiter: null }, ['name', 'shipping.city'], [
        { name: 'Pia Fakeworth', 'shipping.city': 'Sampleton' },
        { name: 'Quin Madeup', 'shipping.city': '' },
      ]],
      ['orders.xlsx', { format: 'xlsx', encoding: null, blankRows: 1 }, ['Name', 'Zip'], [
        { Name: 'Bo & Co\nLine two', Zip: '01067' },
        { Name: 'Zoë Ünique', Zip: '80331' },
      ]],
    ];
    for (const [file, summary, columns, expected] of cases) {
      const data = await importFiles(file);
      expect(data, file).toMatchObject({ fileName: file, rowCount: expected.length, encodingChoices: [], customizationFiles: 0, ...summary });
      expect(await records(data, columns), file).toEqual(expected);
      expect(JSON.stringify(data)).not.toContain(ORDERS);
    }
    expect(errors).toEqual([]);
  });

  it('an Etsy Order Items file gets its derived Personalization column', async () => {
    const { importFiles, records } = setup();
    const data = await importFiles('etsy-order-items-us.csv');
    expect(data.platform.id).toBe('etsy-order-items');
    expect(data.columns).toContain('Personalization');
    const names = (await records(data, ['Personalization'])).map((r) => r.Personalization);
    expect(names[0]).toBe('The Fakenames\nEst. 2021');
    expect(names).toHaveLength(5);
  });

  it('an Amazon Custom report is picked together with its customization zips and joined in main', async () => {
    const { importFiles, records } = setup();
    const data = await importFiles('amazon-orders.txt', 'amazon-10000000000001.zip', '10000000000002.zip');
    expect(data).toMatchObject({ fileName: 'amazon-orders.txt', platform: { id: 'amazon-custom' }, customizationFiles: 2, rowCount: 4 });
    expect(await records(data, ['order-item-id', 'Name'])).toEqual([
      { 'order-item-id': '10000000000001', Name: 'Ivy' },
      { 'order-item-id': '10000000000002', Name: 'Jon & Mia' },
      { 'order-item-id': '10000000000003', Name: '' },
      { 'order-item-id': '10000000000004', Name: '' },
    ]);
    expect(data.problems).toEqual([expect.objectContaining({ code: 'missing-customization', row: 4 })]);
  });

  it('a guessed encoding comes with the same words in each candidate reading; reimport applies the choice', async () => {
    const { importFiles, records, value } = setup();
    const data = await importFiles('excel-windows-1252.csv');
    expect(data.encoding).toEqual({ encoding: 'windows-1252', source: 'guess', needsConfirmation: true });
    expect(data.encodingChoices.map((c) => c.encoding)).toEqual(['windows-1252', 'macintosh', 'utf-8']);
    const [windows, mac, utf8] = data.encodingChoices;
    expect(windows!.samples).toContain('François');
    expect(mac!.samples[windows!.samples.indexOf('François')]).toBe('FranÁois');
    expect(utf8!.samples[windows!.samples.indexOf('François')]).toBe('Fran\uFFFDois');
    expect([windows!.invalid, mac!.invalid]).toEqual([0, 0]);
    expect(utf8!.invalid).toBeGreaterThan(0);

    const asMac = (await value<{ data: DataSummary }>('data:reimport', { dataId: data.dataId, encoding: 'macintosh', repairDoubleEncoding: false })).data;
    expect(asMac).toMatchObject({ dataId: data.dataId, encoding: { encoding: 'macintosh', source: 'chosen', needsConfirmation: false } });
    // A chosen encoding can still be changed, so the choices stay on offer, the one in use first.
    expect(asMac.encodingChoices.map((c) => c.encoding)).toEqual(['macintosh', 'windows-1252', 'utf-8']);
    expect((await records(asMac, ['Nom']))[0]).toEqual({ Nom: 'FranÁois Dufaux' });

    const back = (await value<{ data: DataSummary }>('data:reimport', { dataId: data.dataId, encoding: 'windows-1252', repairDoubleEncoding: false })).data;
    expect((await records(back, ['Nom']))[0]).toEqual({ Nom: 'François Dufaux' });
  });

  it('MacRoman with lone CRs is guessed as such', async () => {
    const { importFiles, records } = setup();
    const data = await importFiles('excel-mac-roman.csv');
    expect(data.encoding).toMatchObject({ encoding: 'macintosh', needsConfirmation: true });
    expect(data.encodingChoices[0]!.samples).toContain('Jürgen');
    expect(data.encodingChoices[1]).toMatchObject({ encoding: 'windows-1252', samples: expect.arrayContaining(['JŸrgen']) });
    expect(await records(data, ['Name'])).toEqual([{ Name: 'Café Lumière' }, { Name: 'Jürgen Björk' }]);
  });

  it('double-encoding is reported with before/after samples and repaired on request', async () => {
    const { importFiles, records, value } = setup();
    const data = await importFiles('double-encoded.csv');
    expect(data.doubleEncoding).toMatchObject({ cells: 4, repaired: false });
    expect(data.doubleEncoding.samples[0]).toEqual({ row: 2, column: 1, before: 'JosÃ© MÃ¼ller', after: 'José Müller' });
    expect((await records(data, ['name']))[0]).toEqual({ name: 'JosÃ© MÃ¼ller' });
    const repaired = (await value<{ data: DataSummary }>('data:reimport', { dataId: data.dataId, repairDoubleEncoding: true })).data;
    expect(repaired.doubleEncoding).toMatchObject({ cells: 4, repaired: true });
    expect(await records(repaired, ['name', 'city'])).toEqual([
      { name: 'José Müller', city: 'Zürich' },
      { name: 'Plain Name', city: 'Oslo' },
      { name: 'Café’s €5', city: 'Malmö' },
    ]);
  });

  it('cancelling the dialog imports nothing', async () => {
    const { dialogs, value } = setup();
    dialogs.nextOpenFiles([]);
    expect(await value('data:import')).toEqual({ cancelled: true });
  });
});

describe('data:import refuses what it cannot read, with a sentence', () => {
  it('a broken file names the file, the row and what is wrong', async () => {
    const { dialogs, call } = setup();
    const dir = await tempDir();
    const unclosed = join(dir, 'orders.csv');
    await writeFile(unclosed, 'name,qty\nAnn,1\n"Bo,2\n');
    dialogs.nextOpenFiles([unclosed]);
    const env = await call('data:import');
    expect(env).toMatchObject({ ok: false, error: { code: 'corrupt-file' } });
    expect(!env.ok && env.error.message).toMatch(/^“orders\.csv” can't be imported: row 3, column 1: .*quote/);

    const notExcel = join(dir, 'broken.xlsx');
    await writeFile(notExcel, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]));
    dialogs.nextOpenFiles([notExcel]);
    expect(await call('data:import')).toMatchObject({ ok: false, error: { code: 'corrupt-file', message: expect.stringContaining('“broken.xlsx” can\'t be read as an Excel workbook') } });

    dialogs.nextOpenFiles([join(dir, 'gone.csv')]);
    expect(await call('data:import')).toMatchObject({ ok: false, error: { code: 'io-error', message: expect.stringContaining('gone.csv') } });

    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '\n\n');
    dialogs.nextOpenFiles([empty]);
    expect(await call('data:import')).toMatchObject({ ok: false, error: { message: '“empty.csv” can\'t be imported: the file holds no rows.' } });
  });

  it('two tables, or zips without their report, are refused with what to pick instead', async () => {
    const { dialogs, call } = setup();
    dialogs.nextOpenFiles([join(ORDERS, 'google-sheets.csv'), join(ORDERS, 'orders.json')]);
    expect(await call('data:import')).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^Select one order file at a time \(you selected “google-sheets\.csv”, “orders\.json”\)/) } });
    dialogs.nextOpenFiles([join(ORDERS, '10000000000002.zip')]);
    expect(await call('data:import')).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('Select the order report') } });
  });

  it('an unknown data id or a bad page request is refused', async () => {
    const { call, importFiles } = setup();
    expect(await call('data:rows', { dataId: 'nope', offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('Import the file again') } });
    const data = await importFiles('google-sheets.csv');
    expect(await call('data:rows', { dataId: data.dataId, offset: 0, limit: 100_000 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await call('data:rows', { dataId: '../etc/passwd', offset: 0, limit: 1 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('data:rows and the store', () => {
  it('pages through a large table; every row arrives once, in order', async () => {
    const { importFiles, rows } = setup();
    const dir = await tempDir();
    const path = join(dir, 'big.csv');
    const count = 4500;
    await writeFile(path, 'name,qty\n' + Array.from({ length: count }, (_, i) => `Name ${i},1`).join('\n'));
    const data = await importFiles(path);
    expect(data.rowCount).toBe(count);
    const seen: DataRow[] = [];
    let offset: number | null = 0;
    while (offset !== null) {
      const page = await rows(data.dataId, offset, 2000);
      expect(page.rows.length).toBeLessThanOrEqual(2000);
      seen.push(...page.rows);
      offset = page.nextOffset;
    }
    expect(seen).toHaveLength(count);
    expect(seen[0]).toEqual({ row: 2, cells: ['Name 0', '1'] });
    expect(seen[count - 1]).toEqual({ row: count + 1, cells: [`Name ${count - 1}`, '1'] });
  });

  it('a page of very long cells stops early and says where to go on', async () => {
    const { importFiles, rows } = setup();
    const dir = await tempDir();
    const path = join(dir, 'long.csv');
    const long = 'x'.repeat(900_000);
    await writeFile(path, 'note\n' + Array.from({ length: 10 }, () => long).join('\n'));
    const data = await importFiles(path);
    const first = await rows(data.dataId, 0, 10);
    expect(first.rows.length).toBeLessThan(10);
    expect(first.nextOffset).toBe(first.rows.length);
  });

  it('export can read the whole imported table by its data id', async () => {
    const { importFiles, store } = setup();
    const data = await importFiles('google-sheets.csv');
    expect(store.table(data.dataId)?.rows.map((r) => r.cells[0])).toEqual(['Ann Fakename', 'Bo Testerson']);
    expect(store.table('unknown')).toBeUndefined();
  });
});
