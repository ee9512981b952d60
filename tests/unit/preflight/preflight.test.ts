import { beforeAll, describe, expect, it } from 'vitest';
import { applyMapOptions, autoMap, buildRecords } from '../../../shared/merge';
import { Preflight, preflight, type PreflightFinding, type PreflightRecord, type PreflightReport } from '../../../shared/preflight';
import type { RenderSources } from '../../../shared/render/design-display-list';
import type { FontLibrary } from '../../../shared/text';
import { importFixture, importText } from '../merge/fixtures';
import { loadTextEngine } from '../text/node-engine';
import { etsyOrderItems, field, image, labelDesign, nameLabel, text } from './designs';

let library: FontLibrary;
beforeAll(async () => {
  ({ library } = await loadTextEngine());
});

const sources = (imageSize: RenderSources['imageSize'] = () => undefined): RenderSources => ({ library, imageSize });

async function check(design: Parameters<typeof preflight>[0], records: PreflightRecord[], imageSize?: RenderSources['imageSize']): Promise<PreflightReport> {
  const report = await preflight(design, sources(imageSize), records);
  if (!report.ok) expect.fail(report.error.message);
  return report.value;
}

const codes = (findings: PreflightFinding[]) => findings.map((f) => `${f.record}:${f.code}:${f.severity}`);
const row = (row: number, values: Record<string, string>): PreflightRecord => ({ values, row });

describe('field rules', () => {
  it('flags a value over the field’s length and an empty required field, naming the row and the field', async () => {
    const report = await check(nameLabel(), [
      row(17, { name: 'Maximilian Alexander Featherstonehaugh-Smith', order: '1' }),
      row(18, { name: '   ', order: '2' }),
      row(19, { name: 'Ann', order: '3' }),
    ]);
    const fieldFindings = report.findings.filter((f) => f.field === 'name' && f.objectId === null);
    expect(fieldFindings).toEqual([
      { record: 0, row: 17, field: 'name', objectId: null, severity: 'error', code: 'too-long', message: 'row 17: “Name” is 44 characters, the field allows 20' },
      { record: 1, row: 18, field: 'name', objectId: null, severity: 'error', code: 'required-empty', message: 'row 18: “Name” is empty, and the field is required' },
    ]);
  });

  it('counts characters as people do: an accented letter or a skin-toned emoji is one', async () => {
    const design = labelDesign([field('name', { maxLength: 5 })], () => []);
    const report = await check(design, [row(2, { name: 'Zoë👍🏽!' }), row(3, { name: 'Zoë👍🏽!!' })]);
    expect(codes(report.findings)).toEqual(['1:too-long:error']);
    expect(report.findings[0]!.message).toBe('row 3: “name” is 6 characters, the field allows 5');
  });

  it('re-checks the mapping’s value problems on the values as they are now and passes the row’s own on', async () => {
    const record: PreflightRecord = {
      values: { name: 'Ann', order: '1' },
      row: 4,
      problems: [
        { code: 'required-empty', field: 'name', severity: 'error', message: 'row 4: “Name” is empty' },
        { code: 'bad-quantity', field: null, severity: 'error', message: 'row 4: “Quantity” is “two”, not a number of copies' },
      ],
    };
    const report = await check(nameLabel(), [record]);
    expect(report.findings.map((f) => f.message)).toEqual(['row 4: “Quantity” is “two”, not a number of copies']);
  });
});

describe('text as it prints', () => {
  it('says how small a name would have to shrink when it needs less than the minimum size', async () => {
    const report = await check(nameLabel(), [row(2, { name: 'Bartholomew Fitzgerald-Smythe of Wyndham', order: '1' })]);
    const shrunk = report.findings.find((f) => f.code === 'below-min-size')!;
    expect(shrunk).toMatchObject({ record: 0, row: 2, field: 'name', objectId: 'oName', severity: 'error' });
    const [, size] = /shrink to ([\d.]+) pt to fit; the smallest size allowed is 10 pt$/.exec(shrunk.message)!;
    expect(Number(size)).toBeGreaterThan(1);
    expect(Number(size)).toBeLessThan(10);
    expect(shrunk.message).toMatch(/^row 2: “Name” “Bartholomew Fitzgerald-Smythe of Wyndham” would have to shrink/);
  });

  it('reports overflow of a fixed-size text with the size that would fit, and text that fits at no size', async () => {
    const design = labelDesign([field('message'), field('lines')], (s) => [
      text(s, '{{message}}', { id: 'oMsg', name: 'message', width: 100, height: 14, fontSize: 10, fit: 'none' }),
      text(s, '{{lines}}', { id: 'oLines', name: 'lines', y: 30, width: 150, height: 30, fontSize: 10, wrap: true, maxLines: 2 }),
    ]);
    const report = await check(design, [row(2, { message: 'Thank you for supporting my little shop', lines: 'one\ntwo\nthree' })]);
    expect(report.findings.map((f) => [f.objectId, f.code])).toEqual([
      ['oMsg', 'overflow'],
      ['oLines', 'overflow'],
    ]);
    expect(report.findings[0]!.message).toMatch(/^row 2: “message” “Thank you for supporting my little shop” does not fit its frame at 10 pt; it would at [\d.]+ pt$/);
    expect(report.findings[1]!.message).toBe('row 2: “lines” “one / two / three” does not fit its frame at any size');
  });

  it('errs on characters no font has and warns when a fallback font draws some', async () => {
    const report = await check(nameLabel(), [row(2, { name: 'Ann 𓀀', order: '1' }), row(3, { name: 'محمد علي', order: '2' }), row(4, { name: 'Emma', order: '3' })]);
    expect(codes(report.findings)).toEqual(['0:missing-glyphs:error', '1:fallback-font:warning']);
    expect(report.findings[0]!.message).toBe('row 2: text “name” has characters no font can draw (U+13000): “Ann 𓀀”');
    expect(report.findings[1]!.message).toMatch(/^row 3: text “name” uses fallback font noto-sans-arabic-regular/);
  });

  it('loads the large CJK faces a record needs, as export does, instead of reporting them missing', async () => {
    const report = await check(nameLabel(), [row(2, { name: 'さくら 田中', order: '1' })]);
    expect(codes(report.findings)).toEqual(['0:fallback-font:warning']);
    expect(report.findings[0]!.message).toContain('noto-sans-jp-regular');
  });

  it('flags a value every time it comes, though its layout is reused', async () => {
    const long = 'Bartholomew Fitzgerald-Smythe of Wyndham';
    const report = await check(nameLabel(), [1, 2, 3].map((n) => row(n + 1, { name: long, order: String(n) })));
    expect(report.findings.filter((f) => f.code === 'below-min-size').map((f) => f.row)).toEqual([2, 3, 4]);
  });

  it('reports static text once for the design, not per record', async () => {
    const design = labelDesign([field('name')], (s) => [text(s, 'Handmade with love in a small workshop by the sea', { id: 'oStatic', name: 'tagline', fontSize: 12, fit: 'none', width: 60 }), text(s, '{{name}}', { y: 40 })]);
    const report = await check(design, [row(2, { name: 'A' }), row(3, { name: 'B' })]);
    expect(report.findings).toEqual([
      expect.objectContaining({ record: null, row: null, objectId: 'oStatic', code: 'overflow', message: expect.stringMatching(/^design: text “tagline” “Handmade with love in a small workshop …” does not fit its frame at 12 pt; it would at/) }),
    ]);
  });
});

describe('images', () => {
  const asset = 'a'.repeat(64);
  const design = (size: number) => labelDesign([], (s) => [image(s, asset, size)]);
  const pixels = () => ({ width: 600, height: 600 });

  it('passes 300 ppi, warns under it and errs under 150, at the placed size', async () => {
    expect((await check(design(144), [row(2, {})], pixels)).findings).toEqual([]); // 600 px over 2 in: 300 ppi
    const warned = await check(design(180), [row(2, {})], pixels); // 2.5 in: 240 ppi
    expect(warned.findings).toEqual([
      { record: null, row: null, field: null, objectId: 'oImg180', severity: 'warning', code: 'low-resolution', message: 'design: image “Logo” is 240 ppi at its placed size (2.5 × 2.5 in); 300 ppi prints sharp: use a larger image or place it smaller' },
    ]);
    const blurred = await check(design(360), [row(2, {})], pixels); // 5 in: 120 ppi
    expect(blurred.findings.map((f) => [f.severity, f.message])).toEqual([['error', expect.stringMatching(/^design: image “Logo” is 120 ppi .*under 150 ppi it prints visibly blurred/)]]);
  });

  it('counts a stretched image by its more enlarged side', async () => {
    const stretched = labelDesign([], (s) => [image(s, asset, 144, { width: 288, fit: 'stretch' })]);
    expect((await check(stretched, [row(2, {})], pixels)).findings.map((f) => f.message)).toEqual([expect.stringContaining('is 150 ppi')]);
  });

  it('errs on an image the project lacks', async () => {
    const report = await check(design(72), [row(2, {})]);
    expect(codes(report.findings)).toEqual(['null:missing-image:error']);
  });
});

describe('an Etsy order file, mapped as the CLI maps it', () => {
  it('flags the over-long name and the missing glyph, warns on the numbered names, and counts them', async () => {
    const table = importText(
      etsyOrderItems([
        { order: '3000000101', personalization: 'Emma' },
        { order: '3000000102', personalization: 'Christopher Montgomery-Fairweather' },
        { order: '3000000103', personalization: 'Ann 🜁 Bo' },
        { order: '3000000104', personalization: '1) Ann 2) Bo' },
      ]),
    );
    const design = nameLabel();
    const mapping = applyMapOptions(autoMap(design.fields, table.columns, table.platform), ['name=Personalization'], design.fields, table.columns);
    if (!mapping.ok) expect.fail(mapping.error.message);
    const records = buildRecords(table, design.fields, mapping.value);
    const report = await check(design, records);
    expect(codes(report.findings)).toEqual(['1:too-long:error', '2:missing-glyphs:error', '3:numbered-names:warning']);
    expect(report.findings[0]!.message).toBe('row 3: “Name” is 34 characters, the field allows 20');
    expect(report).toMatchObject({ records: 4, errors: 2, warnings: 1 });
  });

  it('passes the fixture’s own orders with warnings only (numbered names, a seller’s question left unmapped)', async () => {
    const table = importFixture('etsy-order-items-us.csv');
    const design = labelDesign([field('name', { maxLength: 60 })], (s) => [text(s, '{{name}}', { width: 171, height: 54, wrap: true, maxLines: 2, fontSize: 14, minFontSize: 6 })]);
    const records = buildRecords(table, design.fields, autoMap(design.fields, table.columns, table.platform));
    const report = await check(design, records);
    expect(report.errors).toBe(0);
    expect(report.findings.map((f) => f.code)).toContain('numbered-names');
  });
});

describe('running a batch', () => {
  it('reuses one Preflight for single records (the records panel re-checks a cell it edits)', async () => {
    const checker = await Preflight.create(nameLabel(), sources());
    expect(await checker.check(row(2, { name: 'Ann', order: '1' }), 0)).toEqual([]);
    expect(codes(await checker.check(row(2, { name: '', order: '1' }), 0))).toEqual(['0:required-empty:error']);
    expect(checker.designFindings).toEqual([]);
  });

  it('reports progress, pauses, and stops with a cancelled value when asked', async () => {
    const checker = await Preflight.create(nameLabel(), sources());
    const records = Array.from({ length: 1_200 }, (_, i) => row(i + 2, { name: `Name ${i % 7}`, order: String(i) }));
    const progress: number[] = [];
    const done = await checker.run(records, { onProgress: (n) => progress.push(n), pause: async () => {} });
    expect(done.ok && done.value).toMatchObject({ records: 1_200, errors: 0, warnings: 0 });
    expect(progress).toEqual([500, 1_000, 1_200]);
    const stop = { aborted: false };
    const cancelled = await checker.run(records, { pause: async () => void (stop.aborted = true), signal: stop });
    expect(cancelled).toEqual({ ok: false, error: { code: 'cancelled', message: 'preflight cancelled after 500 records' } });
  });

  it('says “sample” for the label without data', async () => {
    const design = nameLabel();
    design.fields[0]!.sample = '';
    const report = await check(design, [{ values: null }]);
    expect(report.findings.map((f) => f.message)).toEqual(['sample: “Name” is empty, and the field is required']);
  });
});
