import type { ShapeObject, SurfaceShape } from '../model';
import type { DielineItem, Path, PathCommand, PathItem } from './display-list';

/** Bézier handle length for a quarter circle of radius 1. */
const KAPPA = 0.5522847498;

export const rectPath = (x: number, y: number, w: number, h: number): Path => [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];

/** An ellipse inscribed in the box, as four cubic Béziers, starting at 3 o'clock and running clockwise (y down). */
export function ellipsePath(x: number, y: number, w: number, h: number): Path {
  const [rx, ry, cx, cy] = [w / 2, h / 2, x + w / 2, y + h / 2];
  const path: PathCommand[] = [['M', cx + rx, cy]];
  // Quarter q runs from angle q·90° to (q + 1)·90°; its handles are tangent at both ends.
  for (let q = 0; q < 4; q++) {
    const [c0, s0] = [Math.round(Math.cos((q * Math.PI) / 2)), Math.round(Math.sin((q * Math.PI) / 2))];
    const [c1, s1] = [-s0, c0];
    path.push(['C', cx + rx * (c0 - KAPPA * s0), cy + ry * (s0 + KAPPA * c0), cx + rx * (c1 + KAPPA * s1), cy + ry * (s1 - KAPPA * c1), cx + rx * c1, cy + ry * s1]);
  }
  path.push(['Z']);
  return path;
}

/**
 * A rectangle with round corners, the radius capped at half the shorter side as the canvas does; or, given
 * `radiusY`, with quarter-ellipse corners (SVG's rx and ry), each radius capped at half its own side.
 */
export function roundedRectPath(x: number, y: number, w: number, h: number, radius: number, radiusY?: number): Path {
  const round = Math.min(radius, w / 2, h / 2);
  const [rx, ry] = radiusY === undefined ? [round, round] : [Math.min(radius, w / 2), Math.min(radiusY, h / 2)];
  if (rx <= 0 || ry <= 0) return rectPath(x, y, w, h);
  const [kx, ky] = [rx * (1 - KAPPA), ry * (1 - KAPPA)];
  const [right, bottom] = [x + w, y + h];
  return [
    ['M', x + rx, y],
    ['L', right - rx, y],
    ['C', right - kx, y, right, y + ky, right, y + ry],
    ['L', right, bottom - ry],
    ['C', right, bottom - ky, right - kx, bottom, right - rx, bottom],
    ['L', x + rx, bottom],
    ['C', x + kx, bottom, x, bottom - ky, x, bottom - ry],
    ['L', x, y + ry],
    ['C', x, y + ky, x + kx, y, x + rx, y],
    ['Z'],
  ];
}

/** A shape object's outline in its own box (origin at the box's top-left). A line runs corner to corner, as on the canvas. */
export function shapePath(s: Pick<ShapeObject, 'shape' | 'width' | 'height' | 'cornerRadius'>): Path {
  switch (s.shape) {
    case 'rect':
      return rectPath(0, 0, s.width, s.height);
    case 'roundedRect':
      return roundedRectPath(0, 0, s.width, s.height, s.cornerRadius);
    case 'ellipse':
      return ellipsePath(0, 0, s.width, s.height);
    case 'line':
      return [['M', 0, 0], ['L', s.width, s.height]];
  }
}

/** A die line drawn with no stroke width still has to show on its plate: a hairline. */
const DIELINE_WIDTH = 0.25;

/** A shape as the print shows it: art paints its fill and stroke; the other roles are die lines for the finisher. */
export function shapeItem(s: ShapeObject): PathItem | DielineItem {
  if (s.role !== 'art') return { kind: 'dieline', role: s.role, path: shapePath(s), strokeWidth: s.strokeWidth > 0 ? s.strokeWidth : DIELINE_WIDTH };
  return shapeArtItem(s);
}

/** A shape's fill and stroke (a line has no inside to fill): what both the PDF and the canvas paint for art. */
export function shapeArtItem(s: ShapeObject): PathItem {
  const item: PathItem = { kind: 'path', path: shapePath(s) };
  if (s.fill && s.shape !== 'line') item.fill = s.fill;
  if (s.stroke && s.strokeWidth > 0) item.stroke = { color: s.stroke, width: s.strokeWidth };
  return item;
}

/** A surface's outline grown by `outset` on every side: what bleed art of a round or rounded label is clipped to. */
export function surfaceOutline(shape: SurfaceShape, width: number, height: number, outset: number): Path {
  const [x, y, w, h] = [-outset, -outset, width + 2 * outset, height + 2 * outset];
  switch (shape.kind) {
    case 'rect':
      return rectPath(x, y, w, h);
    case 'roundedRect':
      return roundedRectPath(x, y, w, h, shape.radius + outset);
    case 'round':
    case 'ellipse':
      return ellipsePath(x, y, w, h);
  }
}
