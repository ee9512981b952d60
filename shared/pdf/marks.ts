import type { PathCommand, PathItem } from '../render/display-list';
import { MARK_GAP, MARK_LENGTH } from './boxes';
import { REGISTRATION } from './color/separation';

/** Crop marks are hairlines: 0.25 pt (PRINT.md). */
export const MARK_WIDTH = 0.25;

/**
 * Crop marks around a trim box, in label coordinates (y down, origin at the trim's top-left): at each corner
 * one line continuing each trim edge outwards, starting `bleed` + 1 mm away from the trim, in Registration
 * colour so they appear on every plate.
 */
export function cropMarks(width: number, height: number, bleed: number): PathItem {
  const near = bleed + MARK_GAP;
  const far = near + MARK_LENGTH;
  const path: PathCommand[] = [];
  for (const x of [0, width]) {
    for (const y of [0, height]) {
      const out = { x: x === 0 ? -1 : 1, y: y === 0 ? -1 : 1 };
      path.push(['M', x + out.x * near, y], ['L', x + out.x * far, y]);
      path.push(['M', x, y + out.y * near], ['L', x, y + out.y * far]);
    }
  }
  return { kind: 'path', path, stroke: { color: REGISTRATION, width: MARK_WIDTH } };
}
