import { colorToCss } from '../../shared/model';
import type { DisplayItem, ImageItem, Matrix, Path, PathItem } from '../../shared/render/display-list';

/** Draws an image item's picture, given the context already mapped onto the item's unit square; false when its pixels are not here yet. */
export type ImageDrawer = (ctx: CanvasRenderingContext2D, item: ImageItem) => boolean;

/** Path2D per display-list path: SVG art keeps its paths, so each is built once. */
const paths = new WeakMap<Path, Path2D>();

function path2d(path: Path): Path2D {
  let built = paths.get(path);
  if (built) return built;
  built = new Path2D();
  for (const c of path) {
    if (c[0] === 'M') built.moveTo(c[1], c[2]);
    else if (c[0] === 'L') built.lineTo(c[1], c[2]);
    else if (c[0] === 'Q') built.quadraticCurveTo(c[1], c[2], c[3], c[4]);
    else if (c[0] === 'C') built.bezierCurveTo(c[1], c[2], c[3], c[4], c[5], c[6]);
    else built.closePath();
  }
  paths.set(path, built);
  return built;
}

/**
 * The canvas painter for the display list's paths, images and groups: the same items the PDF painter writes,
 * drawn with the same geometry, so a shape or an SVG looks on screen as it prints. Returns false when an
 * image's pixels were not available yet (the caller draws again when they arrive).
 */
export function paintItems(ctx: CanvasRenderingContext2D, items: readonly DisplayItem[], drawImage: ImageDrawer): boolean {
  let complete = true;
  for (const item of items) {
    if (item.kind === 'path') paintPath(ctx, item);
    else if (item.kind === 'image') {
      ctx.save();
      if (item.clip) ctx.clip(path2d(item.clip));
      ctx.transform(...item.matrix);
      complete = drawImage(ctx, item) && complete;
      ctx.restore();
    } else if (item.kind === 'group') {
      ctx.save();
      if (item.matrix) ctx.transform(...item.matrix);
      if (item.clip) ctx.clip(path2d(item.clip));
      // Per item, not composited as a whole like the PDF's transparency group: only overlaps inside it differ.
      if (item.opacity !== undefined) ctx.globalAlpha *= item.opacity;
      complete = paintItems(ctx, item.items, drawImage) && complete;
      ctx.restore();
    }
    // Glyph runs, dielines and shared artwork are not made by shapes and images; text has its own view.
  }
  return complete;
}

function paintPath(ctx: CanvasRenderingContext2D, item: PathItem): void {
  const path = path2d(item.path);
  if (item.fill) {
    ctx.fillStyle = colorToCss(item.fill);
    ctx.fill(path, item.fillRule ?? 'nonzero');
  }
  if (item.stroke) {
    ctx.lineWidth = item.stroke.width;
    ctx.lineCap = item.stroke.cap ?? 'butt';
    ctx.lineJoin = item.stroke.join ?? 'miter';
    ctx.strokeStyle = colorToCss(item.stroke.color);
    ctx.stroke(path);
  }
}

/** The inverse of an affine matrix (canvas order). */
export function invert([a, b, c, d, e, f]: Matrix): Matrix {
  const det = a * d - b * c;
  return [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
}
