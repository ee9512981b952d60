/**
 * Glyph outlines as both painters consume them: the canvas painter builds a Path2D once per font + glyph,
 * the PDF painter writes the same commands when text is converted to outlines.
 * Coordinates are font units with y up, exactly as HarfBuzz draws them; `glyphMatrix` maps them into the frame.
 */
export type PathCommand =
  | readonly ['M', number, number]
  | readonly ['L', number, number]
  | readonly ['Q', number, number, number, number]
  | readonly ['C', number, number, number, number, number, number]
  | readonly ['Z'];

export type GlyphOutline = readonly PathCommand[];

/** SVG path data (`new Path2D(d)` in the canvas painter). */
export function outlineToSvgPath(outline: GlyphOutline): string {
  return outline.map(([op, ...values]) => op + values.join(' ')).join('');
}

/** A 2D affine matrix in canvas `setTransform(a, b, c, d, e, f)` order: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

/**
 * Maps a glyph's outline (font units, y up) to frame points (y down): scale by size / unitsPerEm, flip y,
 * rotate clockwise by `rotation` degrees, move to the glyph origin.
 */
export function glyphMatrix(glyph: { x: number; y: number; rotation: number }, fontSize: number, unitsPerEm: number): Matrix {
  const k = fontSize / unitsPerEm;
  const rad = (glyph.rotation * Math.PI) / 180;
  const cos = Math.cos(rad) * k;
  const sin = Math.sin(rad) * k;
  return [cos, sin, sin, -cos, glyph.x, glyph.y];
}
