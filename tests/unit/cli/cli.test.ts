import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'namesake-cli-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const EXAMPLE = join(process.cwd(), 'examples/avery-5160-names.namesake');
const NAMES = ['Emma Müller', 'Zoë Ångström', 'Nguyễn Thị Hồng', 'محمد علي', 'נועה כהן', 'अनन्या शर्मा', 'สมชาย ใจดี', 'さくら 田中', '김민준', '王芳', 'Σοφία', 'Анна Иванова', "Liam O'Brien", 'José García'];

function file(name: string, content: string | Uint8Array): string {
  const path = join(DIR, name);
  writeFileSync(path, content);
  return path;
}

const tool = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });
const orders = file('orders.csv', `NAME,Message,Quantity\n${NAMES.map((n, i) => `"${n}",Thank you ${i},1`).join('\n')}\n`);

describe('bad input: exit code 2 and one error line', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing design', ['export', join(DIR, 'nope.namesake'), '--out', join(DIR, 'a.pdf')], /^error: “nope\.namesake” can't be found/],
    ['design that is not a design', ['export', orders, '--out', join(DIR, 'a.pdf')], /^error: .*orders\.csv/],
    ['missing data file', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--data', join(DIR, 'none.csv')], /^error: none\.csv: .*can't be found/],
    ['damaged spreadsheet', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--data', file('book.xlsx', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]))], /^error: book\.xlsx: /],
    ['unknown field in --map', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--data', orders, '--map', 'nickname=NAME'], /^error: --map: the design has no field “nickname” \(its fields: name, message\)/],
    ['unknown column in --map', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--data', orders, '--map', 'name=Nmae'], /^error: --map: the data has no column “Nmae”; did you mean “NAME”/],
    ['unknown sheet id', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--sheet', 'avery-99999'], /^error: --sheet: no sheet template “avery-99999”/],
    ['start cell off the sheet', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--sheet', 'avery-5160', '--start-cell', '31'], /^error: start cell 31 is not on avery-5160, which has cells 1 to 30$/],
    ['bleed without a unit', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--bleed', '3'], /^error: --bleed takes a length with a unit/],
    ['unknown option', ['export', EXAMPLE, '--out', join(DIR, 'a.pdf'), '--colour', 'red'], /^error: Unknown option '--colour'/],
    ['missing --out', ['export', EXAMPLE], /^error: --out <file\.pdf> is required$/],
    ['output folder missing', ['export', EXAMPLE, '--out', join(DIR, 'no/such/a.pdf')], /^error: --out: the folder of “a\.pdf” does not exist$/],
  ];
  it.each(cases)('%s', async (_, argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
    expect(out).toEqual([]);
    expect(code).toBe(2);
  });
});

describe('namesake export', () => {
  it('merges every name onto one Avery 5160 sheet: valid file, embedded subset fonts, names come back', async () => {
    const out = join(DIR, 'sheet.pdf');
    const { code, out: lines } = await run('export', EXAMPLE, '--out', out, '--data', orders, '--sheet', 'avery-5160', '--marks', 'crop', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(summary).toMatchObject({ records: NAMES.length, pages: 1 });
    expect(Object.keys(summary)).toEqual(['records', 'pages', 'bytes', 'seconds', 'warnings']);
    // Expected fallbacks are said once per font with a count; the clipped bleed is said once.
    const warnings = (summary.warnings as { code: string; message: string }[]).map((w) => w.message);
    expect(warnings).toContain('text “name” uses fallback font noto-sans-arabic-regular for characters dancing-script-bold lacks (1 record)');
    expect(warnings.filter((w) => /^bleed .* does not fit between the labels of avery-5160/.test(w))).toHaveLength(1);
    expect(tool('qpdf', '--check', out)).toMatch(/No syntax or stream encoding errors/);
    const fonts = tool('pdffonts', out).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(5);
    for (const font of fonts) expect(font).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    const text = tool('pdftotext', out, '-');
    for (const name of NAMES) expect(text).toContain(name);
    expect(text.match(/Handmade with love/g)).toHaveLength(NAMES.length);
    // The logo is shared artwork: drawn on every label, stored once (one image object and its mask).
    const uses = tool('pdfimages', '-list', out).split('\n').slice(2).filter(Boolean).map((l) => l.trim().split(/\s+/));
    expect(uses).toHaveLength(2 * NAMES.length);
    expect(new Set(uses.map((u) => `${u[2]} ${u[10]}`)).size).toBe(2);
  });

  it('without data prints one label of sample values, with bleed and crop marks as asked', async () => {
    const out = join(DIR, 'single.pdf');
    const { code, out: lines } = await run('export', EXAMPLE, '--out', out, '--bleed', '3mm', '--marks', 'crop');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^wrote .*single\.pdf: 1 record, 1 page, [\d.]+ KB in [\d.]+ s$/);
    expect(tool('pdftotext', out, '-')).toContain('Amelia Hart');
    const boxes = Object.fromEntries(
      tool('pdfinfo', '-box', out)
        .split('\n')
        .map((l) => /^(\w+Box):\s+(.*)$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => [m[1]!, m[2]!.trim().split(/\s+/).map(Number)]),
    );
    const [trim, bleed, media] = [boxes.TrimBox!, boxes.BleedBox!, boxes.MediaBox!];
    const bleedPt = (3 * 72) / 25.4;
    expect(trim[2]! - trim[0]!).toBeCloseTo(189, 2);
    // pdfinfo prints boxes to 0.01 pt.
    expect(trim[0]! - bleed[0]!).toBeCloseTo(bleedPt, 1);
    expect(bleed[3]! - trim[3]!).toBeCloseTo(bleedPt, 1);
    expect(bleed[0]).toBeGreaterThan(media[0]!);
    expect(bleed[2]).toBeLessThan(media[2]!);
  });

  it('writes PDF/X-4 when asked', async () => {
    const out = join(DIR, 'x4.pdf');
    expect((await run('export', join(process.cwd(), 'examples/wine-label.namesake'), '--out', out, '--pdfx')).code).toBe(0);
    expect(tool('pdfinfo', out)).toMatch(/PDF subtype:\s+PDF\/X-4/);
  });

  it('lists sheet templates', async () => {
    const { code, out } = await run('templates', '--search', '5160');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^avery-5160\s+2\.625 × 1 in\s+30\/sheet\s+US-Letter/);
  });
});

describe('bin/namesake', () => {
  beforeAll(() => {
    execFileSync('node', ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  }, 60_000);

  it('runs the built CLI: an error is one line on stderr, exit code 2, no stack trace', () => {
    const r = spawnSync(join(process.cwd(), 'bin/namesake'), ['export', join(DIR, 'gone.namesake'), '--out', join(DIR, 'x.pdf')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: “gone\.namesake” can't be found/)]);
    expect(r.stdout).toBe('');
  });
});
