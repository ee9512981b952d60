import { describe, expect, it } from 'vitest';
import { importBytes, writeCsv } from '../../../shared/merge';
import { CsvParser } from '../../../shared/merge/csv/parser';
import { sniffDelimiter } from '../../../shared/merge/csv/delimiter';
import { ProblemLog } from '../../../shared/merge/problems';
import { importText } from './fixtures';

const limits = { maxCellChars: 1000, maxColumns: 100 };

function parse(text: string, chunk = text.length || 1) {
  const problems = new ProblemLog();
  const parser = new CsvParser(',', limits, problems);
  const rows = [];
  for (let i = 0; i < text.length; i += chunk) rows.push(...parser.push(text.slice(i, i + chunk)));
  rows.push(...parser.end());
  return { rows: rows.map((r) => r.cells), numbers: rows.map((r) => r.row), error: parser.error, problems: problems.list };
}

describe('CSV parser (RFC 4180)', () => {
  const tricky = 'a,"b,1","c ""q""",d\r\n"multi\r\nline\nand\rmore",,"",x\rlast,row\n,\n';

  it('reads quoted delimiters, doubled quotes, line breaks of all kinds and empty values', () => {
    expect(parse(tricky).rows).toEqual([
      ['a', 'b,1', 'c "q"', 'd'],
      ['multi\nline\nand\nmore', '', '', 'x'],
      ['last', 'row'],
      ['', ''],
    ]);
  });

  it('gives the same rows however the text is cut into chunks', () => {
    const whole = parse(tricky).rows;
    for (let chunk = 1; chunk < tricky.length; chunk++) expect(parse(tricky, chunk).rows).toEqual(whole);
  });

  it('numbers rows as a spreadsheet does, counting multi-line values once', () => {
    expect(parse('h\n"a\nb"\nc\n').numbers).toEqual([1, 2, 3]);
  });

  it('an unclosed quote is an error naming the row and column where it opened', () => {
    const { error } = parse('a,b\n1,2\n3,"never\nends,4\n');
    expect(error).toEqual({ code: 'unclosed-quote', row: 3, column: 2, message: 'row 3, column 2: a quoted value never ends (its closing " is missing)' });
  });

  it('a stray quote or text after a closing quote is kept and reported, not thrown', () => {
    const { rows, problems, error } = parse('5" frame,"ab"cd,x\n');
    expect(error).toBeNull();
    expect(rows).toEqual([['5" frame', 'abcd', 'x']]);
    expect(problems.map((p) => p.message)).toEqual([
      'row 1, column 1: a quote inside an unquoted value was kept as text',
      'row 1, column 2: text after a closing quote was kept as part of the value',
    ]);
  });

  it('limits stop a runaway value or row with an error', () => {
    expect(parse(`"${'x'.repeat(2000)}"`).error).toMatchObject({ code: 'value-too-long', row: 1, column: 1 });
    expect(parse(','.repeat(200)).error).toMatchObject({ code: 'too-many-columns', row: 1 });
  });

  it('the importer refuses a file with an unclosed quote whole, so no row is lost silently', () => {
    const result = importBytes(new TextEncoder().encode('name,note\nAnn,"open\nBo,x\n'));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unclosed-quote', row: 2, column: 2 }) });
  });

  it('blank rows are skipped and counted; ragged rows are kept whole and reported', () => {
    const table = importText('a,b\n1,2\n\n,\n3\n4,5,6\n');
    expect(table.blankRows).toBe(2);
    expect(table.columns).toEqual(['a', 'b', 'Column 3']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 5, cells: ['3'] },
      { row: 6, cells: ['4', '5', '6'] },
    ]);
    expect(table.problems.map((p) => p.message)).toEqual([
      'row 5: this row has 1 values but the header has 2; the missing ones are blank',
      'row 6: this row has 3 values but the header has 2; the extra values are in “Column 3”',
    ]);
  });

  it('blank and duplicate header names get names of their own', () => {
    expect(importText('Name,,name\nA,B,C\n').columns).toEqual(['Name', 'Column 2', 'name (2)']);
  });
});

describe('delimiter sniffing', () => {
  it('picks the delimiter that splits every row alike, ignoring quoted ones', () => {
    expect(sniffDelimiter('a;b;c\n"1,5";2;3\n4,5;6;7\n', true)).toEqual({ delimiter: ';', certain: true });
    expect(sniffDelimiter('a\tb\n1\t2\n', true).delimiter).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n', true).delimiter).toBe('|');
    expect(sniffDelimiter('a,b\n1,2\n', true).delimiter).toBe(',');
  });

  it('more values win when two delimiters split consistently (decimal commas in a ; file)', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n', true).delimiter).toBe(';');
  });

  it('a single column is read with a comma and marked uncertain', () => {
    expect(sniffDelimiter('name\nAnn\n', true)).toEqual({ delimiter: ',', certain: false });
  });
});

describe('CSV writer', () => {
  it('quotes only what needs it and ends records with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', ' pad ', '']])).toBe('a,"b,c","say ""hi""","two\nlines"," pad ",\r\n');
    expect(writeCsv([['a;b', 'c']], ';')).toBe('"a;b";c\r\n');
  });
});
