import { describe, expect, it } from 'vitest';
import { fillNamePattern, groupInOrder, parseNamePattern, sanitizeFileName, uniqueFileNames, type NameRef } from '../../../shared/merge/file-names';

const names = { fields: ['name', 'message'], columns: ['Order ID', 'Name', 'Ship City'] };

function parsed(pattern: string) {
  const result = parseNamePattern(pattern, names);
  if (!result.ok) expect.fail(result.error.message);
  return result.value;
}

describe('file-name patterns', () => {
  it('resolves fields and columns, exactly first, then ignoring case and punctuation; fields win a tie', () => {
    expect(parsed('{Order ID}-{name}.pdf').parts).toEqual([{ kind: 'column', name: 'Order ID' }, '-', { kind: 'field', name: 'name' }, '.pdf']);
    expect(parsed('{Name}').parts).toEqual([{ kind: 'column', name: 'Name' }, '.pdf']);
    expect(parsed('{order_id} {NAME} {ship-city}').parts).toEqual([
      { kind: 'column', name: 'Order ID' },
      ' ',
      { kind: 'field', name: 'name' },
      ' ',
      { kind: 'column', name: 'Ship City' },
      '.pdf',
    ]);
    expect(parsed('{{name}}.PDF').parts).toEqual([{ kind: 'field', name: 'name' }, '.PDF']);
  });

  it('refuses a name that is neither, listing what exists', () => {
    expect(parseNamePattern('{Order Number}.pdf', names)).toEqual({
      ok: false,
      error: { code: 'bad-name-pattern', message: '--name: {Order Number} is neither a field nor a column (use {name}, {message}, {Order ID}, {Name}, {Ship City})' },
    });
  });

  it('fills each reference from a record', () => {
    const values: Record<string, string> = { 'column:Order ID': '3000000001', 'field:name': 'Ann' };
    expect(fillNamePattern(parsed('{Order ID}-{name}'), (ref: NameRef) => values[`${ref.kind}:${ref.name}`] ?? '')).toBe('3000000001-Ann.pdf');
  });
});

describe('sanitizing for Windows, macOS and Linux', () => {
  it.each([
    ['separators and forbidden characters', 'AC/DC: <Back\\in|Black>?*".pdf', 'AC_DC_ _Back_in_Black____.pdf'],
    ['line breaks and runs of spaces', 'The Fakenames\nEst.   2021.pdf', 'The Fakenames Est. 2021.pdf'],
    ['control and reordering characters', 'Ann\u0000\u0007\u202Efdp.exe.pdf', 'Annfdp.exe.pdf'],
    ['trailing dots and spaces, leading dots', '..hidden name. . .pdf', 'hidden name.pdf'],
    ['device names, in any case and with an extension', 'con.pdf', '_con.pdf'],
    ['device names before a dot', 'LPT1.backup.pdf', '_LPT1.backup.pdf'],
    ['COM with a superscript digit', 'COM¹.pdf', '_COM¹.pdf'],
    ['a name that is only a device name after trimming', 'NUL .pdf', '_NUL.pdf'],
    ['nothing left', ' /. ', '_.pdf'],
    ['empty', '', 'untitled.pdf'],
    ['decomposed accents (macOS) composed', 'Zoe\u0308.pdf', 'Zoë.pdf'],
    ['no extension given', 'Ann', 'Ann.pdf'],
  ])('%s', (_, raw, safe) => {
    expect(sanitizeFileName(raw)).toBe(safe);
  });

  it('caps the name at 200 UTF-8 bytes before the extension, between characters', () => {
    const long = sanitizeFileName(`${'é'.repeat(150)}.pdf`);
    expect(long).toBe(`${'é'.repeat(100)}.pdf`);
    const emoji = sanitizeFileName('👍🏽'.repeat(30));
    expect(new TextEncoder().encode(emoji.slice(0, -4)).length).toBeLessThanOrEqual(200);
    expect([...new Intl.Segmenter().segment(emoji.slice(0, -4))].every((g) => g.segment === '👍🏽')).toBe(true);
  });

  it('makes names distinct as case-insensitive file systems see them: “ (2)”, “ (3)”', () => {
    expect(uniqueFileNames(['Ann.pdf', 'ANN.pdf', 'A/B', 'A:B', 'ann (2).pdf', 'Bo'])).toEqual(['Ann.pdf', 'ANN (2).pdf', 'A_B.pdf', 'A_B (2).pdf', 'ann (2) (2).pdf', 'Bo.pdf']);
  });

  it('groups records by their name, in order of first appearance', () => {
    expect(groupInOrder(['1001-a', '1002-b', '1001-c'], (s) => s.slice(0, 4))).toEqual([
      { key: '1001', items: ['1001-a', '1001-c'] },
      { key: '1002', items: ['1002-b'] },
    ]);
  });
});
