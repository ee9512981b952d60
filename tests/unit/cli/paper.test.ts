import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUT, qpdfCheck, tool, words } from '../pdf/support';
import { runCli } from './run-cli';

const AVERY = join(process.cwd(), 'examples/avery-5160-names.namesake');
const CANDLE = join(process.cwd(), 'examples/candle-round-2.5in.namesake');
const orders = (n: number) => {
  const path = join(OUT, `orders-${n}.csv`);
  writeFileSync(path, `name,message\n${Array.from({ length: n }, (_, k) => `N${k},M${k}`).join('\n')}\n`);
  return path;
};
const pageSize = (path: string) => /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(tool('pdfinfo', path))!.slice(1).map(Number);

describe('namesake export --paper: N-up on plain paper', () => {
  it('fits as many labels as Letter holds, twice the bleed apart, centred inside 0.25 in margins', async () => {
    const out = join(OUT, 'letter.pdf');
    const { code, out: lines } = await runCli('export', AVERY, '--out', out, '--data', orders(14), '--paper', 'letter', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ records: 14, pages: 1, warnings: [] });
    qpdfCheck(out);
    expect(pageSize(out)).toEqual([612, 792]);
    // 2.625 × 1 in labels with the design's 4.5 pt bleed: 9 pt apart, 2 columns (3 need 585 pt of the 576) and 8 rows.
    const names = words(out).filter((w) => /^N\d+$/.test(w.text));
    expect(names.map((w) => w.text)).toEqual(Array.from({ length: 14 }, (_, k) => `N${k}`));
    const x0 = (612 - (2 * 189 + 9)) / 2;
    for (const [k, w] of names.entries()) {
      // The name is centred in its frame (52 pt to 180 pt of the label): its left edge lies inside that frame.
      const left = x0 + (k % 2) * 198;
      expect(w.x).toBeGreaterThan(left + 52);
      expect(w.x).toBeLessThan(left + 180);
    }
    expect(names[2]!.y - names[0]!.y).toBeCloseTo(81, 0);
  });

  it('takes a custom size and a fixed grid, and starts at a given cell', async () => {
    const out = join(OUT, 'custom.pdf');
    const { code, out: lines } = await runCli('export', CANDLE, '--out', out, '--data', orders(5), '--paper', '420x210mm', '--grid', '3x1', '--gap', '6mm', '--start-cell', '2', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ records: 5, pages: 2 });
    const [width, height] = pageSize(out);
    expect(width).toBeCloseTo((420 * 72) / 25.4, 1);
    expect(height).toBeCloseTo((210 * 72) / 25.4, 1);
    const found = words(out).filter((w) => /^N\d+$/.test(w.text));
    expect(found.filter((w) => w.page === 0).map((w) => w.text)).toEqual(['N0', 'N1']);
    expect(found.filter((w) => w.page === 1).map((w) => w.text)).toEqual(['N2', 'N3', 'N4']);
    // Cell 1 of the first sheet is left empty: its first name sits in the middle column, one label further right.
    expect(found[0]!.x - found[2]!.x).toBeGreaterThan(180);
  });
});

describe('namesake export --paper: bad input names the option', () => {
  const cases: [string, string[], RegExp][] = [
    ['unknown paper', ['--paper', 'a4x'], /^error: --paper: “a4x” is not a paper: use letter, legal, a3, a4, a5, or width x height with a unit/],
    ['paper without a unit', ['--paper', '210x297'], /^error: --paper: “210x297” is not a paper/],
    ['label larger than the paper', ['--paper', '60x50mm'], /^error: --paper: a 2\.625 × 1 in label does not fit on 2\.362 × 1\.969 in paper inside 0\.25 in margins/],
    ['grid that does not fit', ['--paper', 'a4', '--grid', '3x10'], /^error: --grid: 3 × 10 labels of 2\.625 × 1 in, 0\.125 in apart, need .* more than A4 inside 0\.25 in margins/],
    ['malformed grid', ['--paper', 'a4', '--grid', '3by10'], /^error: --grid: “3by10” is not a grid: use columns x rows, like 3x10$/],
    ['grid without paper', ['--grid', '3x10'], /^error: --grid needs --paper$/],
    ['gap without a unit', ['--paper', 'a4', '--gap', '2'], /^error: --gap takes a length with a unit/],
    ['both sheet and paper', ['--sheet', 'avery-5160', '--paper', 'letter'], /^error: --sheet and --paper both say where labels go: use one$/],
    ['start cell without a sheet', ['--start-cell', '3'], /^error: --start-cell needs --sheet or --paper$/],
  ];
  it.each(cases)('%s', async (_, options, message) => {
    const { code, out, err } = await runCli('export', AVERY, '--out', join(OUT, 'bad.pdf'), '--bleed', '4.5pt', ...options);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(out).toEqual([]);
    expect(code).toBe(2);
  });
});
