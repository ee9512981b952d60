import { sheetCells, type SheetCell } from './cells';
import { labelSize } from './geometry';
import type { LabelShape, SheetTemplate } from './schema';

/** Below this, positions that differ are a rounding slip (the catalogue stores 0.001 pt). */
export const SLIP_PT = 0.05;

/**
 * The room between neighbouring labels, per layout: `x` to the nearest label beside one of this layout's
 * labels, `y` to the nearest one above or below — in a plain grid dx − width and dy − height. Neighbours
 * from other layouts of the sheet count too. Imposition clips bleed to half of this, so neighbouring
 * labels never print into each other.
 *
 * Rectangles, ellipses and clipped CDs are measured by their trim boxes. Discs (round labels, full CDs)
 * are measured edge to edge, because sheets stagger them so that their boxes nest while the discs do not
 * touch; the gap counts as `x` or `y` by the direction the neighbour mostly lies in.
 *
 * Infinity when no label lies in that direction; 0 when labels touch; negative when they overlap, by the
 * depth of the overlap (a data problem `sheetIssues` reports). Rounded to 0.001 pt like the catalogue.
 */
export function layoutGaps(template: SheetTemplate): { x: number; y: number }[] {
  const between = separation(template.shape);
  const cells = sheetCells(template);
  const gaps = template.layouts.map(() => ({ x: Infinity, y: Infinity }));
  for (const a of cells) {
    const gap = gaps[a.layout]!;
    for (const b of cells) {
      if (a === b) continue;
      const s = between(a, b);
      if (s?.axis === 'x') gap.x = Math.min(gap.x, s.gap);
      if (s?.axis === 'y') gap.y = Math.min(gap.y, s.gap);
    }
  }
  return gaps.map(({ x, y }) => ({ x: round(x), y: round(y) }));
}

type Separation = (a: SheetCell, b: SheetCell) => { axis: 'x' | 'y'; gap: number } | undefined;

function separation(shape: LabelShape): Separation {
  const { width, height } = labelSize(shape);
  const disc = shape.kind === 'round' || (shape.kind === 'cd' && shape.width === undefined && shape.height === undefined);
  if (disc) {
    return (a, b) => {
      const dx = Math.abs(b.x - a.x);
      const dy = Math.abs(b.y - a.y);
      return { axis: dx >= dy ? 'x' : 'y', gap: Math.hypot(dx, dy) - width };
    };
  }
  return (a, b) => {
    // Box separations; a pair are neighbours along the axis where they lie further apart while
    // overlapping on the other axis (beside: rows overlap; above/below: columns overlap). Diagonal pairs
    // are not neighbours.
    const sx = Math.abs(b.x - a.x) - width;
    const sy = Math.abs(b.y - a.y) - height;
    if (sy < -SLIP_PT && sx >= sy) return { axis: 'x', gap: sx };
    if (sx < -SLIP_PT && sy > sx) return { axis: 'y', gap: sy };
    return undefined;
  };
}

const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 1000) / 1000 + 0 : v);
