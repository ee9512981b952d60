import type { ShapedGlyphs } from '../harfbuzz/harfbuzz';
import type { LineSpan } from './fit';
import { shapeItem, type ShapedParagraph, type ShapedRun, type ShapingStyle } from './shape-paragraph';

/** The part of one shaped run that falls on a line. */
export interface LinePiece {
  run: ShapedRun;
  glyphs: ShapedGlyphs;
  start: number;
  end: number;
}

/** A line break at `index` keeps the run's shaping only if a glyph starts there and HarfBuzz marked it safe. */
function safeToBreak(shaped: ShapedGlyphs, index: number): boolean {
  let starts = false;
  for (let g = 0; g < shaped.clusters.length; g++) {
    if (shaped.clusters[g] !== index) continue;
    if (shaped.unsafeToBreak[g]) return false;
    starts = true;
  }
  return starts;
}

function sliceGlyphs(shaped: ShapedGlyphs, start: number, end: number): ShapedGlyphs {
  const keep = (_: number, g: number) => shaped.clusters[g]! >= start && shaped.clusters[g]! < end;
  return {
    glyphs: shaped.glyphs.filter(keep),
    clusters: shaped.clusters.filter(keep),
    advances: shaped.advances.filter(keep),
    offsetsX: shaped.offsetsX.filter(keep),
    offsetsY: shaped.offsetsY.filter(keep),
    unsafeToBreak: shaped.unsafeToBreak.filter(keep),
  };
}

/** UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every run of pieces at or above it. */
function visualOrder(pieces: LinePiece[]): LinePiece[] {
  const levels = pieces.map((p) => p.run.level);
  const highest = Math.max(...levels);
  const lowest = Math.min(...levels);
  const order = [...pieces];
  for (let level = highest; level >= (lowest % 2 ? lowest : lowest + 1); level--) {
    for (let i = 0; i < order.length; ) {
      if (order[i]!.run.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && order[j]!.run.level >= level) j++;
      order.splice(i, j - i, ...order.slice(i, j).reverse());
      i = j;
    }
  }
  return order;
}

/**
 * The glyphs of one line in visual order. Runs cut by the line break are sliced, or shaped again for the
 * line's part when the cut falls where shaping depends on both sides (Arabic joining, kerning, ligatures).
 */
export function linePieces(p: ShapedParagraph, line: LineSpan, style: ShapingStyle): LinePiece[] {
  const pieces: LinePiece[] = [];
  for (const run of p.runs) {
    const start = Math.max(run.start, line.start);
    const end = Math.min(run.end, line.end);
    if (start >= end) continue;
    let glyphs = run.shaped;
    if (start > run.start || end < run.end) {
      const keepsShaping = (start === run.start || safeToBreak(run.shaped, start)) && (end === run.end || safeToBreak(run.shaped, end));
      glyphs = keepsShaping ? sliceGlyphs(run.shaped, start, end) : shapeItem(p.text, run, start, end, style);
    }
    pieces.push({ run, glyphs, start, end });
  }
  return pieces.length > 1 ? visualOrder(pieces) : pieces;
}
