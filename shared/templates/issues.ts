import { sheetCells } from './cells';
import { layoutGaps, SLIP_PT } from './gaps';
import { labelSize } from './geometry';
import type { SheetTemplate } from './schema';

/** A geometry problem in a template's data; `by` says how large, so callers can judge what matters. */
export interface SheetIssue {
  kind: 'off-paper' | 'overlap';
  /** Points past the paper edge, or points by which neighbouring labels overlap. */
  by: number;
  message: string;
}

/**
 * What is wrong with a sheet's geometry, if anything. The catalogue keeps such templates (a few makers'
 * data are off by a rounding, a few by a typo) rather than dropping a real product: the picker and
 * imposition show these as warnings, and tests/unit/templates lists every flagged catalogue template.
 */
export function sheetIssues(template: SheetTemplate): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const { width, height } = labelSize(template.shape);
  const { paper } = template;
  let past = 0;
  for (const c of sheetCells(template)) {
    past = Math.max(past, -c.x, -c.y, c.x + width - paper.width, c.y + height - paper.height);
  }
  if (past > SLIP_PT) {
    issues.push({ kind: 'off-paper', by: past, message: `Labels reach ${pt(past)} past the edge of the ${paper.id} paper.` });
  }
  const overlap = -Math.min(0, ...layoutGaps(template).flatMap((g) => [g.x, g.y]));
  if (overlap > SLIP_PT) {
    issues.push({ kind: 'overlap', by: overlap, message: `Neighbouring labels overlap by ${pt(overlap)}.` });
  }
  return issues;
}

const pt = (v: number) => `${Number(v.toFixed(2))} pt`;
