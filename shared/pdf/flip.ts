import type { Matrix } from '../render/display-list';

/**
 * The only file that knows PDF's y axis points up. The display list is y down with its origin at the top-left
 * of the trim box (like the model); every label is drawn through `yDownAt`, so everything inside a label
 * (content streams, shared Form XObjects, marks) is written in display-list coordinates unchanged.
 * The other two matrices here undo the flip for the two PDF primitives that carry their own y-up space:
 * image space and glyph space.
 */

/** Maps y-down coordinates whose origin sits `left`, `top` from the page's top-left corner onto the PDF page. */
export function yDownAt(left: number, top: number, pageHeight: number): Matrix {
  return [1, 0, 0, -1, left, pageHeight - top];
}

/** An image XObject fills the unit square with its first row at y = 1; the display list puts it at y = 0. */
export const IMAGE_ROWS_DOWN: Matrix = [1, 0, 0, -1, 0, 1];

/**
 * The text matrix of a glyph at (x, y) turned clockwise by `rotation` degrees, in y-down space: glyph space is
 * y up, so its y axis is mirrored — the same mapping as the text engine's `glyphMatrix`, without the scale
 * (the PDF applies the font size through `Tf`).
 */
export function glyphTextMatrix(x: number, y: number, rotation: number): Matrix {
  const rad = (rotation * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  return [cos, sin, sin, -cos, x, y];
}

/** a × b: first apply `a`, then `b` (both in canvas order). */
export function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}
