import { glyphMatrix, outlineToSvgPath, type Font, type FontId, type TextLayout } from '../../shared/text';

/** Glyph outlines as Path2D, built once per font and glyph; keyed by the font object, so a font replaced under the same id gets new paths. */
const paths = new WeakMap<Font, Map<number, Path2D>>();

function glyphPath(font: Font, glyph: number): Path2D {
  let byGlyph = paths.get(font);
  if (!byGlyph) paths.set(font, (byGlyph = new Map()));
  let path = byGlyph.get(glyph);
  if (!path) byGlyph.set(glyph, (path = new Path2D(outlineToSvgPath(font.outline(glyph)))));
  return path;
}

/**
 * Fills every glyph of a layout with its run transform: the glyphs the PDF writes, at the same positions,
 * never the browser's own text drawing. `ctx` has the frame's top-left corner at its origin.
 */
export function paintGlyphs(ctx: CanvasRenderingContext2D, layout: TextLayout, fontOf: (id: FontId) => Font | undefined, fill: string): void {
  ctx.fillStyle = fill;
  for (const run of layout.runs) {
    // Always there: the layout was made with this font.
    const font = fontOf(run.font)!;
    for (const glyph of run.glyphs) {
      ctx.save();
      ctx.transform(...glyphMatrix(glyph, run.size, font.unitsPerEm));
      ctx.fill(glyphPath(font, glyph.glyph));
      ctx.restore();
    }
  }
}
