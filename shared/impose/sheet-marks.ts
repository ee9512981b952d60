import { MARK_GAP, MARK_LENGTH } from '../pdf/boxes';
import { REGISTRATION } from '../pdf/color/separation';
import { MARK_WIDTH } from '../pdf/marks';
import type { PathCommand, PathItem } from '../render/display-list';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Crop marks for an imposed sheet: each column's side edges continued into the top and bottom margins and
 * each row's top and bottom edges into the left and right margins, starting bleed + 1 mm away from the
 * labels, in Registration colour like single-label marks. Marks inside the sheet would print over
 * neighbouring labels. A margin too narrow for a mark gets none; undefined when no margin has room.
 */
export function sheetMarks(labels: readonly Box[], paper: { width: number; height: number }, bleed: { x: number; y: number }): PathItem | undefined {
  const left = Math.min(...labels.map((l) => l.x));
  const top = Math.min(...labels.map((l) => l.y));
  const right = Math.max(...labels.map((l) => l.x + l.width));
  const bottom = Math.max(...labels.map((l) => l.y + l.height));
  const xs = unique(labels.flatMap((l) => [l.x, l.x + l.width]));
  const ys = unique(labels.flatMap((l) => [l.y, l.y + l.height]));
  const path: PathCommand[] = [];
  // A mark runs outwards from `from` towards the paper's edge, at most MARK_LENGTH long; less room than MARK_GAP is no mark.
  const span = (from: number, edge: number, outward: -1 | 1, line: (a: number, b: number) => void) => {
    const room = (edge - from) * outward;
    if (room >= MARK_GAP) line(from, from + outward * Math.min(MARK_LENGTH, room));
  };
  for (const x of xs) {
    span(top - bleed.y - MARK_GAP, 0, -1, (a, b) => path.push(['M', x, a], ['L', x, b]));
    span(bottom + bleed.y + MARK_GAP, paper.height, 1, (a, b) => path.push(['M', x, a], ['L', x, b]));
  }
  for (const y of ys) {
    span(left - bleed.x - MARK_GAP, 0, -1, (a, b) => path.push(['M', a, y], ['L', b, y]));
    span(right + bleed.x + MARK_GAP, paper.width, 1, (a, b) => path.push(['M', a, y], ['L', b, y]));
  }
  return path.length ? { kind: 'path', path, stroke: { color: REGISTRATION, width: MARK_WIDTH } } : undefined;
}

/** Edges to 1/100 pt, so labels that share an edge give one mark. */
function unique(values: number[]): number[] {
  return [...new Set(values.map((v) => Math.round(v * 100) / 100))];
}
