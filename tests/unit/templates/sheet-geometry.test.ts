import { describe, expect, it } from 'vitest';
import { builtinCatalogue, layoutGaps, sheetCells, sheetIssues, SheetTemplate, type SheetLayout } from '../../../shared/templates';

const catalogue = builtinCatalogue();
const sheet = (id: string) => catalogue.get(id)!;

/** A US Letter sheet of 100 × 50 pt rectangles with the given layouts. */
const synthetic = (layouts: SheetLayout[], shape: SheetTemplate['shape'] = { kind: 'rect', width: 100, height: 50, cornerRadius: 0 }) =>
  SheetTemplate.parse({ id: 't', brand: 'T', part: 'T', description: '', paper: { id: 'US-Letter', width: 612, height: 792 }, shape, layouts });

describe('sheetCells: fill order', () => {
  it('Avery 5160: 30 cells, cell k at x0 + (k mod 3)·dx, y0 + ⌊k/3⌋·dy', () => {
    const t = sheet('avery-5160');
    const { x0, y0, dx, dy } = t.layouts[0]!;
    const cells = sheetCells(t);
    expect(cells).toHaveLength(30);
    cells.forEach((c, k) => {
      expect(c.x).toBeCloseTo(x0 + (k % 3) * dx, 9);
      expect(c.y).toBeCloseTo(y0 + Math.floor(k / 3) * dy, 9);
    });
    expect(cells[29]).toMatchObject({ x: 11.25 + 2 * 200.25, y: 36 + 9 * 72, layout: 0 });
  });

  it('reads side-by-side layouts as one row, even when their y0 differ by a rounding slip', () => {
    const t = synthetic([
      { nx: 2, ny: 2, x0: 10, y0: 20.5, dx: 110, dy: 60 },
      { nx: 2, ny: 2, x0: 300, y0: 20, dx: 110, dy: 60 },
    ]);
    expect(sheetCells(t).map((c) => [c.x, c.y, c.layout])).toEqual([
      [10, 20.5, 0], [120, 20.5, 0], [300, 20, 1], [410, 20, 1],
      [10, 80.5, 0], [120, 80.5, 0], [300, 80, 1], [410, 80, 1],
    ]);
  });

  it('fills stacked layouts top first, whatever their order in the data', () => {
    const t = synthetic([
      { nx: 2, ny: 1, x0: 10, y0: 400, dx: 110, dy: 0 },
      { nx: 3, ny: 2, x0: 10, y0: 20, dx: 110, dy: 60 },
    ]);
    expect(sheetCells(t).map((c) => c.layout)).toEqual([1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('keeps staggered CDs in reading order across their layouts (Sheetlabels SL113)', () => {
    expect(sheetCells(sheet('sheetlabels-sl113')).map((c) => [c.x, c.y])).toEqual([
      [19.843, 19.843], [266.457, 233.858], [19.843, 447.874],
    ]);
  });
});

describe('layoutGaps: room between labels for bleed', () => {
  it('is dx − width and dy − height in a grid', () => {
    expect(layoutGaps(sheet('avery-5160'))).toEqual([{ x: 200.25 - 189, y: 0 }]);
    expect(layoutGaps(sheet('avery-3274-3'))).toEqual([{ x: 193.5 - 180, y: 216 - 180 }]);
  });

  it('is Infinity where no label lies in that direction', () => {
    expect(layoutGaps(synthetic([{ nx: 1, ny: 3, x0: 10, y0: 10, dx: 0, dy: 60 }]))).toEqual([{ x: Infinity, y: 10 }]);
  });

  it('counts neighbours in other layouts', () => {
    const t = synthetic([
      { nx: 1, ny: 2, x0: 10, y0: 10, dx: 0, dy: 60 },
      { nx: 1, ny: 2, x0: 114, y0: 10, dx: 0, dy: 60 },
    ]);
    expect(layoutGaps(t)).toEqual([{ x: 4, y: 10 }, { x: 4, y: 10 }]);
  });

  it('measures staggered discs edge to edge, not by their nested boxes', () => {
    const [a] = layoutGaps(sheet('memorex-cd-labels')); // discs at (40.5, 45) and (238.5, 414), r = 166.5
    expect(a!.x).toBe(Infinity);
    expect(a!.y).toBeCloseTo(Math.hypot(198, 369) - 333, 3);
  });

  it('is negative by the overlap depth when labels overlap', () => {
    expect(layoutGaps(synthetic([{ nx: 2, ny: 1, x0: 10, y0: 10, dx: 97, dy: 0 }]))).toEqual([{ x: -3, y: Infinity }]);
  });
});

describe('sheetIssues', () => {
  it('flags labels off the paper and overlapping labels, with how much', () => {
    expect(sheetIssues(synthetic([{ nx: 6, ny: 1, x0: 10, y0: 10, dx: 101, dy: 0 }]))).toEqual([
      { kind: 'off-paper', by: 3, message: 'Labels reach 3 pt past the edge of the US-Letter paper.' },
    ]);
    expect(sheetIssues(synthetic([{ nx: 2, ny: 1, x0: -1, y0: 10, dx: 99.5, dy: 0 }]))).toEqual([
      { kind: 'off-paper', by: 1, message: 'Labels reach 1 pt past the edge of the US-Letter paper.' },
      { kind: 'overlap', by: 0.5, message: 'Neighbouring labels overlap by 0.5 pt.' },
    ]);
    expect(sheetIssues(sheet('avery-5160'))).toEqual([]);
  });

  it('every catalogue template passes the schema; those whose data do not fit are kept and flagged', () => {
    for (const t of catalogue.templates) expect(SheetTemplate.safeParse(t).success).toBe(true);
    const flagged = Object.fromEntries(
      catalogue.templates.flatMap((t) => {
        const issues = sheetIssues(t);
        return issues.length ? [[t.id, issues.map((i) => `${i.kind} ${Number(i.by.toFixed(1))}`).join(', ')]] : [];
      }),
    );
    // The gLabels data as written. Slips under 2 pt (labels abutting the sheet edge or each other) print
    // fine; the large ones are typos in the source (e.g. rayfilm-7001 has dy="210mm" for 21 mm labels).
    expect(flagged).toEqual({
      'avery-7161': 'overlap 0.1',
      'avery-8666': 'overlap 0.4',
      'connect-kf10647': 'off-paper 8.5',
      'endisch-b200147a5': 'off-paper 28.3',
      'hema-etiketten': 'overlap 1',
      'herma-4464': 'off-paper 1.7',
      'herma-4620': 'off-paper 0.7',
      'hisago-elm024': 'off-paper 670.4',
      'hisago-gb865': 'off-paper 31.2',
      'hisago-op3005': 'off-paper 58.4',
      'hisago-op3010': 'off-paper 441.9',
      'hisago-op3015': 'overlap 2.8',
      'jac-10542': 'off-paper 3.7',
      'jac-5229': 'off-paper 1.7',
      'online-labels-ol100': 'overlap 0.7',
      'online-labels-ol250': 'overlap 0.4',
      'pearl-vm-5217': 'off-paper 4.3',
      'rayfilm-7001': 'off-paper 6395',
      'sheetlabels-sl113': 'overlap 6.5',
      'zweckform-32010': 'overlap 0.1',
      'zweckform-3475': 'off-paper 0.4',
    });
  });
});
