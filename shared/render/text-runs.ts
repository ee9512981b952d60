import type { Color, GlyphRunItem } from './display-list';
import type { TextLayout } from './text-types';

/**
 * Where the text engine's layout becomes display-list glyph runs. The engine's clusters index
 * the whole laid-out text; a display-list run carries its own slice of the text, so each painter (and the
 * PDF's ToUnicode/ActualText) can map its glyphs back to characters without the source string.
 */
export function glyphRunItems(layout: TextLayout, text: string, origin: { x: number; y: number }, fill: Color): GlyphRunItem[] {
  return layout.runs
    .filter((run) => run.glyphs.length > 0)
    .map((run) => {
      let start = Infinity;
      let end = 0;
      for (const g of run.glyphs) {
        start = Math.min(start, g.cluster);
        end = Math.max(end, g.clusterEnd);
      }
      return {
        kind: 'glyphs',
        font: run.font,
        size: run.size,
        fill,
        text: text.slice(start, end),
        rtl: run.rtl,
        glyphs: run.glyphs.map((g) => ({
          glyph: g.glyph,
          x: origin.x + g.x,
          y: origin.y + g.y,
          rotation: g.rotation,
          advance: g.advance,
          cluster: g.cluster - start,
          clusterEnd: g.clusterEnd - start,
        })),
      };
    });
}
