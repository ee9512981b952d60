import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../main/cli/cli';
import { AssetCache } from '../../../main/services/asset-cache';
import { openProjectFile, saveProjectFile } from '../../../main/services/project-file';
import type { Design } from '../../../shared/model';
import { withApproval } from '../../../shared/preflight';
import { boxes, OUT, readPpm, tool } from '../pdf/support';
import { etsyOrderItems, nameLabel } from '../preflight/designs';

/** Runs the CLI in this process; its exit code and what it printed. */
async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const path = (name: string) => join(OUT, name);
const file = (name: string, content: string) => {
  writeFileSync(path(name), content);
  return path(name);
};

async function saveDesign(name: string, design: Design, assets = new AssetCache()): Promise<string> {
  await saveProjectFile(path(name), design, assets);
  return path(name);
}

/** An Etsy Order Items file: an over-long name (row 3), a glyph no font has (row 4), an order of two items (rows 5, 6). */
const ORDERS = [
  { order: '3000000101', personalization: 'Emma' },
  { order: '3000000102', personalization: 'Christopher Montgomery-Fairweather' },
  { order: '3000000103', personalization: 'Ann 🜁 Bo' },
  { order: '3000000104', personalization: 'Liam/Jo', quantity: 2 },
  { order: '3000000104', personalization: 'Noah' },
];

let design: string;
let etsy: string;
let clean: string;
beforeAll(async () => {
  design = await saveDesign('name-label.namesake', nameLabel());
  etsy = file('EtsySoldOrderItems2026.csv', etsyOrderItems(ORDERS));
  clean = file('clean.csv', etsyOrderItems([ORDERS[0]!, ORDERS[3]!, ORDERS[4]!]));
});

const PERSONALIZATION = ['--map', 'name=Personalization'];

describe('namesake preflight', () => {
  it('lists each finding and exits 1 when there are errors', async () => {
    const { code, out, err } = await run('preflight', design, '--data', etsy, ...PERSONALIZATION);
    expect(err).toEqual([]);
    expect(out).toEqual([
      'error: row 3: “Name” is 34 characters, the field allows 20',
      'error: row 4: text “name” has characters no font can draw (U+1F701): “Ann 🜁 Bo”',
      'preflight: 5 records, 2 errors, 0 warnings',
    ]);
    expect(code).toBe(1);
  });

  it('--json prints {records, errors, warnings, findings}', async () => {
    const { code, out } = await run('preflight', design, '--data', etsy, ...PERSONALIZATION, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out[0]!) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['records', 'errors', 'warnings', 'findings']);
    expect(report).toMatchObject({ records: 5, errors: 2, warnings: 0 });
    expect((report.findings as unknown[])[0]).toEqual({ record: 1, row: 3, field: 'name', objectId: null, severity: 'error', code: 'too-long', message: 'row 3: “Name” is 34 characters, the field allows 20' });
    expect((report.findings as unknown[])[1]).toMatchObject({ record: 2, row: 4, field: 'name', objectId: 'oName', code: 'missing-glyphs' });
  });

  it('exits 0 when clean, and when there are only warnings', async () => {
    const ok = await run('preflight', design, '--data', clean, ...PERSONALIZATION);
    expect(ok).toEqual({ code: 0, out: ['preflight: 3 records, nothing to fix'], err: [] });
    const arabic = file('arabic.csv', etsyOrderItems([{ order: '1', personalization: 'محمد علي' }]));
    const warned = await run('preflight', design, '--data', arabic, ...PERSONALIZATION);
    expect(warned.code).toBe(0);
    expect(warned.out).toEqual([expect.stringMatching(/^warning: row 2: text “name” uses fallback font noto-sans-arabic-regular/), 'preflight: 1 record, 0 errors, 1 warning']);
  });

  it('checks the sample label without data, and images at their placed size', async () => {
    const assets = new AssetCache();
    const example = await openProjectFile(join(process.cwd(), 'examples/avery-5160-names.namesake'), assets);
    const resize = (size: number): Design => ({ ...example.design, objects: example.design.objects.map((o) => (o.type === 'image' ? { ...o, width: size, height: size } : o)) });
    // The example's logo is 256 px: 128 ppi over 2 in, 256 ppi over 1 in.
    const blurry = await run('preflight', await saveDesign('blurry.namesake', resize(144), assets));
    expect(blurry.code).toBe(1);
    expect(blurry.out[0]).toBe('error: design: image “Logo” is 128 ppi at its placed size (2 × 2 in); under 150 ppi it prints visibly blurred: use a larger image or place it smaller');
    const soft = await run('preflight', await saveDesign('soft.namesake', resize(72), assets));
    expect(soft.code).toBe(0);
    expect(soft.out[0]).toMatch(/^warning: design: image “Logo” is 256 ppi at its placed size \(1 × 1 in\); 300 ppi prints sharp/);
  });

  it.each([
    ['no design', ['preflight'], /^error: preflight needs a design file/],
    ['missing design', ['preflight', path('gone.namesake')], /^error: “gone\.namesake” can't be found/],
    ['--map without --data', ['preflight', path('name-label.namesake'), '--map', 'name=X'], /^error: --map needs --data/],
    ['unknown column', ['preflight', path('name-label.namesake'), '--data', path('EtsySoldOrderItems2026.csv'), '--map', 'name=Personalisation'], /^error: --map: the data has no column “Personalisation”; did you mean “Personalization”/],
  ])('bad input exits 2 with one error line: %s', async (_, argv, message) => {
    const { code, out, err } = await run(...argv);
    expect({ code, out, err: err.length }).toEqual({ code: 2, out: [], err: 1 });
    expect(err[0]).toMatch(message);
  });
});

describe('namesake export and preflight errors', () => {
  it('refuses to export over preflight errors, naming them and the way to override; writes nothing', async () => {
    const out = path('refused.pdf');
    const { code, err } = await run('export', design, '--data', etsy, ...PERSONALIZATION, '--out', out);
    expect(code).toBe(2);
    expect(err).toEqual([
      'error: preflight found 2 errors (row 3: “Name” is 34 characters, the field allows 20; row 4: text “name” has characters no font can draw (U+1F701): “Ann 🜁 Bo”); fix them, or export anyway with --override "<reason>" (namesake preflight lists them all)',
    ]);
    expect(readdirSync(OUT).filter((n) => n.startsWith('refused'))).toEqual([]);
  });

  it('--override exports anyway and records the reason in the summary, /Keywords and the XMP', async () => {
    const out = path('overridden.pdf');
    const reason = 'Customer approved the long name by e-mail';
    const { code, out: lines } = await run('export', design, '--data', etsy, ...PERSONALIZATION, '--out', out, '--override', reason, '--pdfx', '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(summary).toMatchObject({ records: 5, pages: 6, override: { reason, errors: 2 } });
    expect(tool('pdfinfo', out)).toMatch(new RegExp(`^Keywords:\\s+Namesake preflight override \\(2 errors\\): ${reason}$`, 'm'));
    expect(tool('pdfinfo', '-meta', out)).toContain(`<pdf:Keywords>Namesake preflight override (2 errors): ${reason}</pdf:Keywords>`);
    expect(tool('pdftotext', out, '-')).toContain('Christopher Montgomery-Fairweather');
  });

  it('an override needs a reason; a clean export records none', async () => {
    const empty = await run('export', design, '--data', etsy, '--out', path('x.pdf'), '--override', '  ');
    expect(empty).toMatchObject({ code: 2, err: ['error: --override needs a reason, like --override "customer approved the small print"'] });
    const out = path('clean.pdf');
    const done = await run('export', design, '--data', clean, ...PERSONALIZATION, '--out', out, '--override', 'not needed', '--json');
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out[0]!)).not.toHaveProperty('override');
    expect(tool('pdfinfo', out)).not.toMatch(/^Keywords:/m);
  });

  it('--approved-only prints only orders whose proof was approved', async () => {
    const approved = { status: 'approved' as const, note: '', at: '2026-03-15T09:30:00Z' };
    let withAnswers = withApproval(nameLabel(), '3000000101', approved);
    withAnswers = withApproval(withAnswers, '3000000104', approved);
    withAnswers = withApproval(withAnswers, '3000000102', { status: 'changes-requested', note: 'shorter please', at: '2026-03-15T10:00:00Z' });
    const answered = await saveDesign('answered.namesake', withAnswers);
    const out = path('approved.pdf');
    const { code, out: lines } = await run('export', answered, '--data', etsy, ...PERSONALIZATION, '--out', out, '--approved-only', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ records: 3, pages: 4 });
    const text = tool('pdftotext', out, '-');
    for (const name of ['Emma', 'Liam/Jo', 'Noah']) expect(text).toContain(name);
    expect(text).not.toContain('Christopher');
    const none = await run('export', design, '--data', etsy, '--out', path('none.pdf'), '--approved-only');
    expect(none).toMatchObject({ code: 2, err: ['error: --approved-only: none of the 4 orders (by “Order ID”) has an approved proof yet'] });
  });
});

describe('namesake export --per-record', () => {
  const folder = () => path('labels');
  const namesIn = (dir: string) => readdirSync(dir).sort();

  it('writes one PDF per record, named by the pattern and made safe; a second run overwrites nothing', async () => {
    const args = ['export', design, '--data', etsy, ...PERSONALIZATION, '--override', 'test', '--per-record', '--name', '{Order ID}-{name}.pdf', '--out', folder()];
    const first = await run(...args, '--json');
    expect(first.code).toBe(0);
    const files = ['3000000101-Emma.pdf', '3000000102-Christopher Montgomery-Fairweather.pdf', '3000000103-Ann 🜁 Bo.pdf', '3000000104-Liam_Jo.pdf', '3000000104-Noah.pdf'];
    expect(JSON.parse(first.out[0]!)).toMatchObject({ records: 5, pages: 6, files });
    expect(namesIn(folder())).toEqual([...files].sort());
    expect(tool('pdfinfo', join(folder(), '3000000104-Liam_Jo.pdf'))).toMatch(/^Pages:\s+2$/m);
    expect(tool('pdftotext', join(folder(), '3000000104-Noah.pdf'), '-')).toContain('Noah');

    const before = statSync(join(folder(), '3000000101-Emma.pdf')).mtimeMs;
    const again = await run(...args);
    expect(again.code).toBe(2);
    expect(again.err).toEqual(['error: --out: “3000000101-Emma.pdf”, “3000000102-Christopher Montgomery-Fairweather.pdf”, “3000000103-Ann 🜁 Bo.pdf” and 2 more already exist in “labels”; nothing was written (use --overwrite to replace them)']);
    expect(statSync(join(folder(), '3000000101-Emma.pdf')).mtimeMs).toBe(before);
    expect((await run(...args, '--overwrite')).code).toBe(0);
    expect(namesIn(folder())).toEqual([...files].sort());
  });

  it('puts an order’s records in one file when the pattern names only the order', async () => {
    const out = path('orders');
    const { code, out: lines } = await run('export', design, '--data', clean, ...PERSONALIZATION, '--per-record', '--name', 'order {Order ID}', '--out', out, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(lines[0]!)).toMatchObject({ files: ['order 3000000101.pdf', 'order 3000000104.pdf'] });
    expect(tool('pdfinfo', join(out, 'order 3000000104.pdf'))).toMatch(/^Pages:\s+3$/m);
    const text = tool('pdftotext', join(out, 'order 3000000104.pdf'), '-');
    expect(text.indexOf('Liam/Jo')).toBeLessThan(text.indexOf('Noah'));
  });

  it.each([
    ['--per-record without --name', ['--per-record'], /^error: --per-record needs --name/],
    ['--name without --per-record', ['--name', '{name}'], /^error: --name needs --per-record$/],
    ['--overwrite without --per-record', ['--overwrite'], /^error: --overwrite needs --per-record$/],
    ['an unknown name in the pattern', ['--per-record', '--name', '{Order Number}.pdf'], /^error: --name: \{Order Number\} is neither a field nor a column \(use \{name\}, \{order\}, \{Sale Date\}/],
  ])('bad input: %s', async (_, extra, message) => {
    const { code, err } = await run('export', design, '--data', clean, '--out', path('bad'), ...extra);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(message)]);
  });
});

describe('namesake proof', () => {
  const proofs = () => path('proofs');

  it('writes one watermarked proof per order at actual size: PROOF, the order id, trim and safe lines, no crop marks', async () => {
    const { code, out } = await run('proof', design, '--data', etsy, ...PERSONALIZATION, '--out', proofs(), '--json');
    expect(code).toBe(0);
    const summary = JSON.parse(out[0]!) as { orders: number; pages: number; files: string[] };
    expect(summary).toMatchObject({ orders: 4, pages: 5, files: ['proof-3000000101.pdf', 'proof-3000000102.pdf', 'proof-3000000103.pdf', 'proof-3000000104.pdf'] });
    const proof = join(proofs(), 'proof-3000000104.pdf');
    expect(tool('qpdf', '--check', proof)).toMatch(/No syntax or stream encoding errors/);
    expect(tool('pdfinfo', proof)).toMatch(/^Pages:\s+2$/m);
    const text = tool('pdftotext', proof, '-');
    expect(text).toContain('PROOF · order 3000000104 · label 1 of 2');
    expect(text).toContain('Name: Liam/Jo');
    expect(text).toContain('Copies: 2');
    expect(text).toContain('Actual size 2.63 × 1 in (66.7 × 25.4 mm)');

    // Actual size: the TrimBox is the label, 2.625 × 1 in, with room around it for the captions.
    const box = boxes(proof);
    expect(box.TrimBox![2]! - box.TrimBox![0]!).toBeCloseTo(189, 1);
    expect(box.TrimBox![3]! - box.TrimBox![1]!).toBeCloseTo(72, 1);
    expect(box.MediaBox![2]!).toBeGreaterThan(189 + 100);
    // No crop marks: nothing in the Registration colour (/Separation /All) that marks are drawn in.
    expect(tool('qpdf', '--qdf', '--object-streams=disable', proof, '-')).not.toMatch(/\/Separation\s*\/All/);
  });

  it('draws the trim line in red and the safe line in blue where they belong', async () => {
    const proof = join(proofs(), 'proof-3000000101.pdf');
    tool('pdftoppm', '-r', '144', '-f', '1', '-l', '1', proof, join(OUT, 'proof-page'));
    const page = readPpm(join(OUT, 'proof-page-1.ppm'));
    const box = boxes(proof);
    const px = (pt: number) => Math.round(pt * 2);
    const [left, top] = [box.TrimBox![0]!, box.MediaBox![3]! - box.TrimBox![3]!];
    const y = px(top + 36); // halfway down the label
    const near = (x: number, test: (rgb: [number, number, number]) => boolean) => [-2, -1, 0, 1, 2].some((dx) => test(page.rgb(x + dx, y)));
    expect(near(px(left), ([r, g, b]) => r > 150 && g < 120 && b < 120)).toBe(true);
    expect(near(px(left + 4.5), ([r, g, b]) => b > 150 && r < 120)).toBe(true);
  });

  it('never replaces proofs already there; needs an order id column', async () => {
    const again = await run('proof', design, '--data', etsy, ...PERSONALIZATION, '--out', proofs());
    expect(again.code).toBe(2);
    expect(again.err[0]).toMatch(/^error: --out: “proof-3000000101\.pdf”, .* and 1 more already exist in “proofs”/);
    const noOrders = file('no-orders.csv', 'name\nAnn\n');
    const missing = await run('proof', design, '--data', noOrders, '--out', path('p2'));
    expect(missing).toMatchObject({ code: 2, err: ['error: proof: the data has no order id column (like “Order ID”); name the order id column with --order <column>'] });
    const named = await run('proof', design, '--data', noOrders, '--order', 'name', '--out', path('p2'), '--name', 'check {name}');
    expect(named).toMatchObject({ code: 0 });
    expect(readdirSync(path('p2'))).toEqual(['check Ann.pdf']);
    expect(readFileSync(join(path('p2'), 'check Ann.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    ['no --data', ['proof', path('name-label.namesake'), '--out', path('p3')], /^error: proof needs --data <file>/],
    ['no --out', ['proof', path('name-label.namesake'), '--data', path('clean.csv')], /^error: --out <folder> is required/],
  ])('bad input: %s', async (_, argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(message)]);
  });
});
