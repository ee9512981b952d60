import { describe, expect, it } from 'vitest';
import { importBytes, previewEncodings, startImport } from '../../../shared/merge';
import { fixtureBytes, importFixture, pick } from './fixtures';

/** DATA.md "Spreadsheets": what each "Save as" really writes. */
describe('spreadsheet exports', () => {
  it('Excel CSV UTF-8: BOM, semicolons, CRLF, decimal commas and leading zeros kept as text', () => {
    const table = importFixture('excel-utf8-bom.csv');
    expect(table.encoding).toMatchObject({ encoding: 'utf-8', source: 'bom', needsConfirmation: false });
    expect(table.delimiter).toBe(';');
    expect(table.columns).toEqual(['Bestellnummer', 'Name', 'Menge', 'Preis', 'PLZ']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1001', 'Jürgen Übermuth', '2', '12,50', '01067'],
      ['1002', 'Zoë Fantasia; Gästehaus', '1', '9,90', '80331'],
    ]);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(table.problems).toEqual([]);
  });

  it('Excel Unicode Text: UTF-16LE with BOM, tabs, CRLF, characters beyond the BMP', () => {
    const table = importFixture('excel-unicode-text.txt');
    expect(table.encoding).toMatchObject({ encoding: 'utf-16le', source: 'bom' });
    expect(table.delimiter).toBe('\t');
    expect(pick(table, ['Order', 'Name', 'Quantity'])).toEqual([
      { Order: 'A-1', Name: 'Mei Kazuragi 桂木', Quantity: '1' },
      { Order: 'A-2', Name: 'Ola Nordfake 🎉', Quantity: '3' },
    ]);
  });

  it('Excel CSV on Windows: Windows-1252 is guessed, flagged for confirmation, and decodes right', () => {
    const table = importFixture('excel-windows-1252.csv');
    expect(table.encoding).toMatchObject({ encoding: 'windows-1252', source: 'guess', needsConfirmation: true });
    expect(table.delimiter).toBe(';');
    expect(table.columns).toEqual(['Commande', 'Nom', 'Quantité', 'Message']);
    expect(pick(table, ['Nom', 'Message'])).toEqual([
      { Nom: 'François Dufaux', Message: 'Joyeux Noël – à bientôt' },
      { Nom: 'Renée Lefictif', Message: 'C’est « parfait » 5€' },
    ]);
  });

  it('Excel CSV on an old Mac: MacRoman with lone CR line ends', () => {
    const table = importFixture('excel-mac-roman.csv');
    expect(table.encoding).toMatchObject({ encoding: 'macintosh', source: 'guess', needsConfirmation: true });
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['71', 'Café Lumière', 'Crème brûlée'],
      ['72', 'Jürgen Björk', 'Señor Ñandú'],
    ]);
  });

  it('a guessed encoding comes with a preview in each candidate, and the user’s choice is used', () => {
    const bytes = fixtureBytes('excel-mac-roman.csv');
    const previews = previewEncodings(bytes, 2);
    expect(previews.map((p) => p.encoding)).toEqual(['utf-8', 'windows-1252', 'macintosh']);
    expect(previews[0]!.invalid).toBeGreaterThan(0);
    expect(previews[2]!.lines.join('\n')).toContain('Café Lumière');
    const chosen = importBytes(bytes, { encoding: 'windows-1252' });
    expect(chosen.ok && chosen.value.encoding).toMatchObject({ encoding: 'windows-1252', source: 'chosen', needsConfirmation: false });
    expect(chosen.ok && chosen.value.rows[0]!.cells[1]).toBe('CafŽ Lumi\u008Fre');
  });

  it('Google Sheets: UTF-8 without BOM, commas, CRLF, a quoted line break', () => {
    const table = importFixture('google-sheets.csv');
    expect(table.encoding).toMatchObject({ encoding: 'utf-8', source: 'valid-utf-8', needsConfirmation: false });
    expect(pick(table, ['name', 'message', 'qty'])).toEqual([
      { name: 'Ann Fakename', message: 'Line one\nLine "two"', qty: '1' },
      { name: 'Bo Testerson', message: 'Plain, with comma', qty: '4' },
    ]);
  });

  it('double-encoded UTF-8 is detected with samples, and repaired only when asked', () => {
    const table = importFixture('double-encoded.csv');
    expect(table.doubleEncoding.cells).toBe(4);
    expect(table.doubleEncoding.samples[0]).toEqual({ row: 2, column: 1, before: 'JosÃ© MÃ¼ller', after: 'José Müller' });
    expect(table.rows[0]!.cells[0]).toBe('JosÃ© MÃ¼ller');
    const repaired = importFixture('double-encoded.csv', { repairDoubleEncoding: true });
    expect(repaired.rows.map((r) => r.cells)).toEqual([
      ['José Müller', 'Zürich'],
      ['Plain Name', 'Oslo'],
      ['Café’s €5', 'Malmö'],
    ]);
  });

  it('invalid bytes in a file taken for UTF-8 are reported by row and column', () => {
    const head = new TextEncoder().encode('name,city\n' + 'Ann,Oslo\n'.repeat(10));
    const bad = Uint8Array.from([...head, ...new TextEncoder().encode('Bo,M'), 0xf6, ...new TextEncoder().encode('nchen\n')]);
    // The sample (the first chunk) is valid UTF-8; the bad byte comes later, in a chunk of its own.
    const session = startImport({ limits: { sampleBytes: 16 } });
    session.push(bad.subarray(0, head.length));
    session.push(bad.subarray(head.length));
    const result = session.end();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.encoding).toMatchObject({ encoding: 'utf-8', needsConfirmation: true });
    expect(result.value.problems).toEqual([
      expect.objectContaining({ code: 'invalid-bytes', row: 12, column: 2, message: expect.stringMatching(/^row 12, column 2: /) }),
    ]);
  });

  it('a JSON list of orders: keys become columns, nested objects dotted, every value text', () => {
    const table = importFixture('orders.json');
    expect(table.format).toBe('json');
    expect(table.columns).toEqual(['order', 'name', 'gift', 'shipping.city', 'note', 'tags']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Pia Fakeworth', 'true', 'Sampleton', '', ''],
      ['2', 'Quin Madeup', '', '', '', '["a","b"]'],
    ]);
  });

  it('broken JSON is an error naming line and column', () => {
    const result = importBytes(new TextEncoder().encode('[\n {"a": 1},\n {"a" 1}\n]'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'bad-json', row: 3, column: 7 });
    expect(result.error.message).toMatch(/^line 3, column 7: the file is not valid JSON/);
  });

  it('an xlsx (zip) file is refused with advice, not read as text', () => {
    const result = importBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(!result.ok && result.error.code).toBe('spreadsheet-file');
  });
});
