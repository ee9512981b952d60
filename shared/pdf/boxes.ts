import { PT_PER_MM } from '../units/length';

/** A rectangle in PDF page space: [left, bottom, right, top]. */
export type Box = readonly [number, number, number, number];

/** Crop marks start this far outside the bleed, so a trim that drifts a little never shows them. */
export const MARK_GAP = 1 * PT_PER_MM;
export const MARK_LENGTH = 5 * PT_PER_MM;

export interface LabelPage {
  width: number;
  height: number;
  mediaBox: Box;
  trimBox: Box;
  bleedBox: Box;
  /** Where the trim box's top-left corner sits, measured from the page's top-left corner. */
  trimLeft: number;
  trimTop: number;
}

/**
 * One label on its own page: MediaBox = trim + bleed, plus room for the crop marks when they are on
 * (PRINT.md). TrimBox is the finished piece and BleedBox the trim grown by the bleed.
 */
export function labelPage(trim: { width: number; height: number }, bleed: number, marks: boolean): LabelPage {
  const margin = marks ? bleed + MARK_GAP + MARK_LENGTH : bleed;
  const width = trim.width + 2 * margin;
  const height = trim.height + 2 * margin;
  return {
    width,
    height,
    mediaBox: box(0, 0, width, height),
    trimBox: box(margin, margin, margin + trim.width, margin + trim.height),
    bleedBox: box(margin - bleed, margin - bleed, margin + trim.width + bleed, margin + trim.height + bleed),
    trimLeft: margin,
    trimTop: margin,
  };
}

/** Boxes to 1/1000 pt, like content streams: shorter pages in the file, and identical on every page. */
function box(...edges: [number, number, number, number]): Box {
  return edges.map((v) => Math.round(v * 1000) / 1000) as unknown as Box;
}
