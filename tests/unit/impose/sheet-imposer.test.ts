import { describe, expect, it } from 'vitest';
import { planBleed, SheetImposer } from '../../../shared/impose';
import type { SurfaceDisplayList } from '../../../shared/render/display-list';
import { builtinCatalogue, labelSize, sheetCells } from '../../../shared/templates';
import { PT_PER_MM } from '../../../shared/units/length';
import { pdf, qpdfCheck, save, textEngine, textItems, tool, words } from '../pdf/support';

const avery5160 = builtinCatalogue().get('avery-5160')!;
const layout = avery5160.layouts[0]!;
const LABEL = { width: 189, height: 72 };
const BLACK = { space: 'rgb', r: 0, g: 0, b: 0 } as const;

/** Imposes labels and returns every finished sheet. */
function impose(labels: SurfaceDisplayList[], startCell?: number, marks: 'crop' | 'none' = 'none') {
  const created = SheetImposer.create(avery5160, LABEL, { bleed: 9, marks, ...(startCell === undefined ? {} : { startCell }) });
  if (!created.ok) throw new Error(created.error.message);
  const sheets = labels.map((l) => created.value.place(l)).filter((s) => s !== undefined);
  const last = created.value.finish();
  return { sheets: last ? [...sheets, last] : sheets, imposer: created.value };
}

describe('bleed on a sheet', () => {
  it('clips the requested bleed to half the gap between labels, with a warning', () => {
    // Avery 5160 (as gLabels measures it): 5/32 in between columns, rows touching.
    const plan = planBleed(avery5160, 3 * PT_PER_MM);
    expect(plan.bleeds[0]!.x).toBeCloseTo((layout.dx - LABEL.width) / 2, 3);
    expect(plan.bleeds[0]!.y).toBe(0);
    expect(plan.warning).toMatch(/^bleed 3 mm does not fit between the labels of avery-5160: clipped to 1\.98 mm sideways and 0 mm between rows$/);
    expect(planBleed(avery5160, 0).warning).toBeUndefined();
  });

  it('keeps the full bleed on a round sheet whose discs have room', () => {
    const round = builtinCatalogue().templates.find((t) => t.shape.kind === 'round' && t.layouts.length === 1)!;
    expect(planBleed(round, 0.5).warning).toBeUndefined();
  });
});

describe('SheetImposer', () => {
  const blank = (n: number): SurfaceDisplayList[] => Array.from({ length: n }, () => ({ surfaceId: 'f', ...LABEL, bleed: 9, items: [] }));

  it('fills cells row by row, starting at a given cell, sheet after sheet', () => {
    const { sheets } = impose(blank(30));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ width: 612, height: 792, bleed: 0 });
    const cells = sheetCells(avery5160);
    sheets[0]!.items.forEach((g, k) => expect(g).toMatchObject({ kind: 'group', matrix: [1, 0, 0, 1, cells[k]!.x, cells[k]!.y] }));
    const started = impose(blank(30), 6).sheets;
    expect(started.map((s) => s.items.length)).toEqual([24, 6]);
    expect(started[0]!.items[0]).toMatchObject({ matrix: [1, 0, 0, 1, cells[6]!.x, cells[6]!.y] });
  });

  it('imposes on A4 and on a custom sheet alike', () => {
    const a4 = builtinCatalogue().get('avery-l7160')!;
    const created = SheetImposer.create(a4, labelSize(a4.shape), { bleed: 0, marks: 'none' });
    const imposer = created.ok ? created.value : undefined;
    const sheets = Array.from({ length: 21 }, () => imposer!.place({ surfaceId: 'f', ...labelSize(a4.shape), bleed: 0, items: [] })).filter((s) => s !== undefined);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.width).toBeCloseTo(595.28, 1);
    expect(sheets[0]!.height).toBeCloseTo(841.89, 1);
    const custom = { ...avery5160, id: 'my-sheet', paper: { id: 'other', width: 300, height: 200 }, layouts: [{ nx: 1, ny: 2, x0: 50, y0: 20, dx: 0, dy: 90 }] };
    const two = SheetImposer.create(custom, LABEL, { bleed: 9, marks: 'none' });
    const placed = two.ok ? [two.value.place(blank(1)[0]!), two.value.place(blank(1)[0]!)] : [];
    expect(placed[0]).toBeUndefined();
    expect(placed[1]).toMatchObject({ width: 300, height: 200, items: [{ matrix: [1, 0, 0, 1, 50, 20] }, { matrix: [1, 0, 0, 1, 50, 110] }] });
  });

  it('draws crop marks in the paper margins only, never over a label', () => {
    const sheet = impose(blank(3), undefined, 'crop').sheets[0]!;
    const marks = sheet.items.at(-1)!;
    expect(marks.kind).toBe('shared');
    const item = marks.kind === 'shared' ? marks.artwork.items[0] : undefined;
    const path = item?.kind === 'path' ? item.path : [];
    expect(path.length).toBeGreaterThan(0);
    const right = layout.x0 + 2 * layout.dx + LABEL.width;
    const bottom = layout.y0 + 9 * layout.dy + LABEL.height;
    for (const [, x, y] of path as [string, number, number][]) {
      expect(x >= 0 && x <= 612 && y >= 0 && y <= 792).toBe(true);
      expect(x < layout.x0 || x > right || y < layout.y0 || y > bottom).toBe(true);
    }
  });

  it('refuses a start cell that is not on the sheet, and warns about a label of another size', () => {
    const bad = SheetImposer.create(avery5160, LABEL, { bleed: 0, marks: 'none', startCell: 30 });
    expect(!bad.ok && bad.error.message).toBe('start cell 31 is not on avery-5160, which has cells 1 to 30');
    const other = SheetImposer.create(avery5160, { width: 180, height: 72 }, { bleed: 0, marks: 'none' });
    expect(other.ok && other.value.warnings.map((w) => w.code)).toEqual(['size-mismatch']);
  });

  it('puts label k at x0 + (k mod 3)·dx, y0 + ⌊k/3⌋·dy in the PDF, and leaves the first cells empty from --start-cell', async () => {
    const { library, subsetter } = await textEngine();
    const labels = (n: number) =>
      Array.from({ length: n }, (_, k): SurfaceDisplayList => ({
        surfaceId: 'f',
        ...LABEL,
        bleed: 9,
        items: textItems(library, `L${k}`, { x: 0, y: 0 }, { box: { width: 60, height: 20 }, font: 'noto-sans-regular', size: 12 }, BLACK),
      }));
    const write = (name: string, start?: number) => {
      const path = save(name, pdf(impose(labels(30), start, 'crop').sheets, { fonts: (id) => library.get(id), subsetter }));
      qpdfCheck(path);
      return path;
    };
    const found = words(write('sheet.pdf'));
    expect(found).toHaveLength(30);
    for (let k = 0; k < 30; k++) {
      const word = found.find((w) => w.text === `L${k}`)!;
      // The text's box starts a little right of and below the label's corner: side bearing, line top.
      expect(word.x - (layout.x0 + (k % 3) * layout.dx)).toBeGreaterThanOrEqual(0);
      expect(word.x - (layout.x0 + (k % 3) * layout.dx)).toBeLessThan(3);
      expect(word.y - (layout.y0 + Math.floor(k / 3) * layout.dy)).toBeGreaterThanOrEqual(0);
      expect(word.y - (layout.y0 + Math.floor(k / 3) * layout.dy)).toBeLessThan(6);
    }
    const started = write('start-7.pdf', 6);
    expect(tool('pdfinfo', started)).toMatch(/Pages:\s+2/);
    const first = words(started).filter((w) => w.page === 0);
    // Page 1 holds labels 0–23 in cells 7–30: nothing in the first two rows.
    expect(Math.min(...first.map((w) => w.y))).toBeGreaterThanOrEqual(layout.y0 + 2 * layout.dy);
    expect(first.find((w) => w.text === 'L0')!.x).toBeLessThan(layout.x0 + 3);
  });
});
