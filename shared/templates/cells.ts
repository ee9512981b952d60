import { labelSize } from './geometry';
import type { SheetTemplate } from './schema';

/** One label position on a sheet: the top-left corner of its trim box, in points from the paper's top-left. */
export interface SheetCell {
  x: number;
  y: number;
  /** Index into `template.layouts` of the grid this cell belongs to. */
  layout: number;
}

/**
 * Every label position of a sheet in fill order: cell k of the result is the k-th label printed.
 *
 * The order is reading order over the whole sheet — rows top to bottom, each row left to right — across
 * all layouts together, as gLabels orders them, so a partly used sheet is counted the way a person counts
 * it. Cells whose tops lie within half a label height of a row's topmost cell belong to that row, so two
 * side-by-side layouts whose y0 differ by a rounding slip still read as one row. For a single layout this
 * is simply cell k at (x0 + (k mod nx)·dx, y0 + ⌊k / nx⌋·dy); for layouts stacked one below the other it
 * is each layout in turn, topmost first.
 */
export function sheetCells(template: SheetTemplate): SheetCell[] {
  const all: SheetCell[] = [];
  template.layouts.forEach((l, layout) => {
    for (let iy = 0; iy < l.ny; iy++) {
      for (let ix = 0; ix < l.nx; ix++) all.push({ x: l.x0 + ix * l.dx, y: l.y0 + iy * l.dy, layout });
    }
  });
  all.sort((a, b) => a.y - b.y || a.x - b.x);

  const rowTolerance = labelSize(template.shape).height / 2;
  const ordered: SheetCell[] = [];
  for (let start = 0; start < all.length; ) {
    const top = all[start]!.y;
    let end = start;
    while (end < all.length && all[end]!.y - top < rowTolerance) end++;
    ordered.push(...all.slice(start, end).sort((a, b) => a.x - b.x));
    start = end;
  }
  return ordered;
}
