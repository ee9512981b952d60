import { charProps, SPACE } from '../unicode/char-props';
import type { LinePiece } from './line-pieces';
import type { ShapedParagraph } from './shape-paragraph';
import type { GlyphRun, PositionedGlyph } from './types';

export interface SetLine {
  /** Glyph x from the line's start, y from its baseline (y down). */
  runs: GlyphRun[];
  width: number;
}

/**
 * End of the cluster of the glyphs [from, to): the next cluster start in text order, or the piece's end.
 * HarfBuzz keeps clusters monotonic, ascending in a left-to-right piece and descending in a right-to-left one.
 */
function clusterEnd(piece: LinePiece, from: number, to: number): number {
  const { clusters } = piece.glyphs;
  const next = piece.run.level & 1 ? clusters[from - 1] : clusters[to];
  return next ?? piece.end;
}

/** Where justification adds space: after word spaces, or after every cluster in text without spaces (CJK, Thai). */
function justificationGaps(p: ShapedParagraph, pieces: LinePiece[]): { spaces: boolean; count: number } {
  let spaces = 0;
  let clusters = 0;
  for (const { glyphs } of pieces) {
    glyphs.clusters.forEach((c, g) => {
      if (g + 1 < glyphs.clusters.length && glyphs.clusters[g + 1] === c) return;
      clusters++;
      if (charProps(p.text.charCodeAt(c)) & SPACE) spaces++;
    });
  }
  return spaces ? { spaces: true, count: spaces } : { spaces: false, count: clusters - 1 };
}

/**
 * Positions a line's glyphs at `size` points along a straight baseline, adding tracking after each cluster
 * of spaced scripts and, when justifying to `justifyTo` points, the extra space at word spaces.
 */
export function setLine(p: ShapedParagraph, pieces: LinePiece[], size: number, line: number, justifyTo: number | undefined, naturalWidth: number): SetLine {
  const gaps = justifyTo === undefined ? undefined : justificationGaps(p, pieces);
  const perGap = gaps && gaps.count > 0 ? Math.max(0, justifyTo! - naturalWidth) / gaps.count : 0;
  const tracking = p.tracking * size;
  const runs: GlyphRun[] = [];
  let pen = 0;
  let trailing = 0;
  for (const piece of pieces) {
    const { glyphs, run } = piece;
    const k = run.scale * size;
    const positioned: PositionedGlyph[] = [];
    for (let from = 0, to = 0; from < glyphs.glyphs.length; from = to) {
      const cluster = glyphs.clusters[from]!;
      while (to < glyphs.glyphs.length && glyphs.clusters[to] === cluster) to++;
      const end = p.offset + clusterEnd(piece, from, to);
      for (let g = from; g < to; g++) {
        const advance = glyphs.advances[g]! * k;
        positioned.push({
          glyph: glyphs.glyphs[g]!,
          x: pen + glyphs.offsetsX[g]! * k,
          y: -glyphs.offsetsY[g]! * k,
          rotation: 0,
          advance,
          cluster: p.offset + cluster,
          clusterEnd: end,
        });
        pen += advance;
      }
      trailing = (run.tracked ? tracking : 0) + (gaps && (!gaps.spaces || charProps(p.text.charCodeAt(cluster)) & SPACE) ? perGap : 0);
      pen += trailing;
    }
    runs.push({ font: run.font.id, size, rtl: (run.level & 1) === 1, script: run.script, line, glyphs: positioned });
  }
  return { runs, width: pen - trailing };
}
