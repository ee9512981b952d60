import type { FitResult } from './fit';
import { lineHeight } from './fit';
import { linePieces } from './line-pieces';
import { setLine, type SetLine } from './set-line';
import type { ShapedParagraph, ShapingStyle } from './shape-paragraph';
import type { ArcPath, GlyphRun, LineBox, TextFrame } from './types';

export interface Placement {
  box: TextFrame['box'];
  align: NonNullable<TextFrame['align']>;
  verticalAlign: NonNullable<TextFrame['verticalAlign']>;
  lineSpacing: number;
  path: ArcPath | undefined;
}

const DEGREES = 180 / Math.PI;

/** Offset of a line's start from the anchor: 0, half or all of its width back. */
function alignShift(align: Placement['align'], rtlParagraph: boolean, lastLine: boolean, free: number): number {
  if (align === 'center') return free / 2;
  if (align === 'right' || (align === 'justify' && lastLine && rtlParagraph)) return free;
  return 0;
}

/**
 * Wraps a straight line onto a circle: a glyph's origin sits on the circle (its baseline offset moves it
 * along the radius) and it turns to the tangent at the middle of its advance, so its baseline is the chord.
 * Top: angles grow clockwise and glyphs stand outwards; bottom: angles shrink and glyphs hang inwards, upright.
 */
function onArc(set: SetLine, arc: ArcPath, centre: { x: number; y: number }, radius: number, startAlong: number): void {
  const top = arc.side === 'top';
  const angleAt = (along: number) => arc.angle / DEGREES + ((top ? 1 : -1) * (startAlong + along)) / radius;
  for (const run of set.runs) {
    for (const glyph of run.glyphs) {
      const theta = angleAt(glyph.x);
      const distance = top ? radius - glyph.y : radius + glyph.y;
      const mid = angleAt(glyph.x + glyph.advance / 2) * DEGREES;
      glyph.x = centre.x + distance * Math.sin(theta);
      glyph.y = centre.y - distance * Math.cos(theta);
      glyph.rotation = top ? mid : mid - 180;
    }
  }
}

/** Sets every line at the fitted size, aligns it in the box, and places it on a straight baseline or an arc. */
export function placeLines(paragraphs: readonly ShapedParagraph[], fit: FitResult, placement: Placement, style: ShapingStyle): { runs: GlyphRun[]; lines: LineBox[] } {
  const { size } = fit;
  const { box, align, path } = placement;
  const heights = fit.lines.map((l) => lineHeight(paragraphs[l.paragraph]!, placement.lineSpacing) * size);
  const blockHeight = heights.reduce((a, b) => a + b, 0);
  const free = box.height - blockHeight;
  let top = placement.verticalAlign === 'middle' ? free / 2 : placement.verticalAlign === 'bottom' ? free : 0;
  const centre = path?.centre ?? { x: box.width / 2, y: box.height / 2 };
  const runs: GlyphRun[] = [];
  const lines: LineBox[] = [];
  let firstBaseline: number | undefined;
  fit.lines.forEach((span, index) => {
    const p = paragraphs[span.paragraph]!;
    const lastLine = fit.lines[index + 1]?.paragraph !== span.paragraph;
    const justifyTo = align === 'justify' && !lastLine && !path ? box.width : undefined;
    const set = setLine(p, linePieces(p, span, style), size, index, justifyTo, span.width * size);
    const height = heights[index]!;
    const ascent = p.ascent * size;
    const baseline = top + (height - (p.ascent + p.descent) * size) / 2 + ascent;
    firstBaseline ??= baseline;
    const line: LineBox = { start: p.offset + span.start, end: p.offset + span.end, x: 0, top, width: set.width, height, baseline };
    if (path) {
      const outwards = path.side === 'top' ? -1 : 1;
      const radius = path.radius + outwards * (baseline - firstBaseline);
      const x = -alignShift(align === 'justify' ? 'center' : align, p.base % 2 === 1, lastLine, set.width);
      onArc(set, path, centre, radius, x);
      [line.x, line.top, line.baseline] = [x, radius - outwards * ascent, radius];
    } else {
      const x = alignShift(align, p.base % 2 === 1, lastLine, box.width - set.width);
      for (const run of set.runs) {
        for (const glyph of run.glyphs) {
          glyph.x += x;
          glyph.y += baseline;
        }
      }
      line.x = x;
    }
    runs.push(...set.runs);
    lines.push(line);
    top += height;
  });
  return { runs, lines };
}
