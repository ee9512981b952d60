import { layoutGaps, labelSize, type LabelShape, type SheetTemplate } from '../templates';
import type { Path } from '../render/display-list';
import { ellipsePath, rectPath } from '../render/shapes';
import { PT_PER_MM } from '../units/length';

/** How far art may run past each label on a sheet, sideways (x) and between rows (y). */
export interface CellBleed {
  x: number;
  y: number;
}

export interface BleedPlan {
  /** Per layout of the template. */
  bleeds: CellBleed[];
  /** Set when the requested bleed had to shrink to fit between neighbouring labels. */
  warning?: string;
}

const mm = (pt: number) => `${+(pt / PT_PER_MM).toFixed(2)} mm`;

/**
 * Bleed on a sheet is clipped to half the room between neighbouring labels (PRINT.md), so no label prints
 * into the next; where no label lies in a direction the full bleed is kept.
 */
export function planBleed(template: SheetTemplate, requested: number): BleedPlan {
  const gaps = layoutGaps(template);
  const bleeds = gaps.map((gap) => ({ x: clamp(requested, gap.x / 2), y: clamp(requested, gap.y / 2) }));
  const x = Math.min(...bleeds.map((b) => b.x));
  const y = Math.min(...bleeds.map((b) => b.y));
  if (x >= requested && y >= requested) return { bleeds };
  return {
    bleeds,
    warning: `bleed ${mm(requested)} does not fit between the labels of ${template.id}: clipped to ${mm(x)} sideways and ${mm(y)} between rows`,
  };
}

const clamp = (requested: number, room: number) => Math.max(0, Math.min(requested, room));

/** A cell's label outline grown by its bleed, the cell's top-left corner at `at`. */
export function cellClip(shape: LabelShape, bleed: CellBleed, at: { x: number; y: number }): Path {
  const { width, height } = labelSize(shape);
  const [x, y, w, h] = [at.x - bleed.x, at.y - bleed.y, width + 2 * bleed.x, height + 2 * bleed.y];
  // Discs stagger on round sheets so that their boxes nest: only the disc itself may carry bleed.
  const disc = shape.kind === 'round' || shape.kind === 'ellipse' || (shape.kind === 'cd' && shape.width === undefined && shape.height === undefined);
  return disc ? ellipsePath(x, y, w, h) : rectPath(x, y, w, h);
}
