import { describe, expect, it } from 'vitest';
import { planBleed, SheetImposer } from '../../../shared/impose';
import { labelSize, paperSheet, parseGrid, parsePaper, sheetCells, sheetIssues, surfaceLabelShape, type LabelShape, type Paper } from '../../../shared/templates';
import { SheetTemplate } from '../../../shared/templates/schema';
import { PT_PER_MM } from '../../../shared/units/length';

const LETTER: Paper = { id: 'US-Letter', width: 612, height: 792 };
const LABEL: LabelShape = { kind: 'rect', width: 189, height: 72, cornerRadius: 0 };
const QUARTER_INCH = 18;

/** The template, or the test fails with its error. */
function sheet(shape: LabelShape, layout: Parameters<typeof paperSheet>[1]) {
  const made = paperSheet(shape, layout);
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
}

describe('parsePaper', () => {
  it('knows Letter and A4 by name, in any case', () => {
    expect(parsePaper('letter')).toEqual({ ok: true, value: LETTER });
    const a4 = parsePaper(' A4 ');
    expect(a4.ok && a4.value.id).toBe('A4');
    expect(a4.ok && [a4.value.width / PT_PER_MM, a4.value.height / PT_PER_MM]).toEqual([210, 297]);
  });

  it('reads a custom size as width x height with a unit', () => {
    for (const text of ['210x297mm', '21 × 29.7 cm']) {
      const a4 = parsePaper(text);
      expect(a4.ok && a4.value.id, text).toBe('other');
      expect(a4.ok && a4.value.width, text).toBeCloseTo(210 * PT_PER_MM, 9);
      expect(a4.ok && a4.value.height, text).toBeCloseTo(297 * PT_PER_MM, 9);
    }
    const custom = parsePaper('8.5x14in');
    expect(custom.ok && custom.value).toEqual({ id: 'other', width: 612, height: 1008 });
    expect(parsePaper('300x200pt')).toEqual({ ok: true, value: { id: 'other', width: 300, height: 200 } });
  });

  it('refuses anything else, saying what would do', () => {
    for (const text of ['letterx', '210x297', '210mm', '0x297mm', '']) {
      const bad = parsePaper(text);
      expect(bad.ok, text).toBe(false);
      expect(!bad.ok && bad.error).toMatchObject({ code: 'bad-paper', option: 'paper', message: expect.stringContaining('like 210x297mm or 8.5x14in') });
    }
  });
});

describe('parseGrid', () => {
  it('reads columns x rows, and refuses an empty or malformed grid', () => {
    expect(parseGrid('3x10')).toEqual({ ok: true, value: { columns: 3, rows: 10 } });
    expect(parseGrid('2 × 4')).toEqual({ ok: true, value: { columns: 2, rows: 4 } });
    for (const text of ['0x3', '3', '3x', 'x3', '2.5x3']) expect(parseGrid(text), text).toMatchObject({ ok: false, error: { code: 'bad-grid', option: 'grid' } });
  });
});

describe('surfaceLabelShape', () => {
  it('cuts a label sheet’s cells to the design’s outline', () => {
    expect(surfaceLabelShape({ width: 180, height: 180, shape: { kind: 'round' } })).toEqual({ kind: 'round', radius: 90 });
    expect(surfaceLabelShape({ width: 200, height: 100, shape: { kind: 'round' } })).toEqual({ kind: 'ellipse', width: 200, height: 100 });
    expect(surfaceLabelShape({ width: 200, height: 100, shape: { kind: 'ellipse' } })).toEqual({ kind: 'ellipse', width: 200, height: 100 });
    expect(surfaceLabelShape({ width: 189, height: 72, shape: { kind: 'rect' } })).toEqual(LABEL);
    expect(surfaceLabelShape({ width: 189, height: 72, shape: { kind: 'roundedRect', radius: 50 } })).toEqual({ ...LABEL, cornerRadius: 36 });
  });
});

describe('paperSheet', () => {
  it('fits as many labels as the paper holds inside its margins, centred, as a valid template', () => {
    const t = sheet(LABEL, { paper: LETTER, gap: 0, margin: QUARTER_INCH });
    // 3 × 189 = 567 ≤ 612 − 36 < 4 × 189; 10 × 72 = 720 ≤ 792 − 36 < 11 × 72.
    expect(t.layouts).toEqual([{ nx: 3, ny: 10, x0: (612 - 567) / 2, y0: (792 - 720) / 2, dx: 189, dy: 72 }]);
    expect(t).toMatchObject({ id: 'us-letter-3x10', paper: LETTER, shape: LABEL, description: '30 labels of 2.625 × 1 in on US-Letter' });
    expect(SheetTemplate.safeParse(t).success).toBe(true);
    expect(sheetIssues(t)).toEqual([]);
  });

  it('leaves the gap between labels, so a bleed of half the gap fits whole', () => {
    const t = sheet(LABEL, { paper: LETTER, gap: 18, margin: QUARTER_INCH });
    // 3 × 189 + 2 × 18 = 603 > 576: two columns; 9 × 72 + 8 × 18 = 792 > 756: eight rows.
    expect(t.layouts[0]).toMatchObject({ nx: 2, ny: 8, dx: 207, dy: 90 });
    expect(planBleed(t, 9)).toEqual({ bleeds: [{ x: 9, y: 9 }] });
  });

  it('lays out a fixed grid, and lists its cells row by row', () => {
    const a4 = parsePaper('a4');
    const t = sheet({ kind: 'round', radius: 90 }, { paper: a4.ok ? a4.value : LETTER, grid: { columns: 2, rows: 3 }, gap: 6, margin: QUARTER_INCH });
    expect(t.id).toBe('a4-2x3');
    const cells = sheetCells(t);
    expect(cells).toHaveLength(6);
    expect(cells[1]!.x - cells[0]!.x).toBe(186);
    expect(cells[2]!.y - cells[0]!.y).toBe(186);
    expect(cells[0]!.x + cells[1]!.x + labelSize(t.shape).width).toBeCloseTo(t.paper.width, 9);
  });

  it('names a custom paper by its size', () => {
    expect(sheet(LABEL, { paper: { id: 'other', width: 300 * PT_PER_MM, height: 200 * PT_PER_MM }, gap: 0, margin: 0 }).id).toBe('300x200mm-4x7');
  });

  it('says which option is at fault when the label or the grid does not fit', () => {
    const big = paperSheet({ kind: 'rect', width: 600, height: 100, cornerRadius: 0 }, { paper: LETTER, gap: 0, margin: QUARTER_INCH });
    expect(!big.ok && big.error).toEqual({
      code: 'label-too-big',
      option: 'paper',
      message: 'a 8.333 × 1.389 in label does not fit on US-Letter inside 0.25 in margins (8 × 10.5 in)',
    });
    const grid = paperSheet(LABEL, { paper: LETTER, grid: { columns: 4, rows: 2 }, gap: 0, margin: QUARTER_INCH });
    expect(!grid.ok && grid.error).toEqual({
      code: 'grid-too-big',
      option: 'grid',
      message: '4 × 2 labels of 2.625 × 1 in, 0 in apart, need 10.5 × 2 in: more than US-Letter inside 0.25 in margins (8 × 10.5 in)',
    });
  });

  it('imposes like a catalogue sheet: label k in cell k, a full sheet at the last cell', () => {
    const t = sheet(LABEL, { paper: LETTER, gap: 0, margin: QUARTER_INCH });
    const created = SheetImposer.create(t, { width: 189, height: 72 }, { bleed: 0, marks: 'none' });
    if (!created.ok) throw new Error(created.error.message);
    const blank = { surfaceId: 'f', width: 189, height: 72, bleed: 0, items: [] };
    const placed = Array.from({ length: 30 }, () => created.value.place(blank));
    expect(placed.slice(0, 29).every((s) => s === undefined)).toBe(true);
    const full = placed[29]!;
    expect(full).toMatchObject({ width: 612, height: 792 });
    sheetCells(t).forEach((c, k) => expect(full.items[k]).toMatchObject({ matrix: [1, 0, 0, 1, c.x, c.y] }));
  });
});
