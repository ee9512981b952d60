import type { Surface } from '../../shared/model';

/** A closed outline in scene points: a rectangle with optional round corners, or an ellipse in a box. */
export interface Outline {
  kind: 'rect' | 'ellipse';
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
}

export interface SurfaceOutlines {
  bleed: Outline;
  trim: Outline;
  /** Absent without a safe margin, or when the margin leaves no area. */
  safe: Outline | null;
}

export function surfaceOutlines(surface: Surface): SurfaceOutlines {
  const { shape } = surface;
  const trim: Outline = {
    kind: shape.kind === 'round' || shape.kind === 'ellipse' ? 'ellipse' : 'rect',
    x: 0,
    y: 0,
    width: surface.width,
    height: surface.height,
    radius: shape.kind === 'roundedRect' ? Math.min(shape.radius, surface.width / 2, surface.height / 2) : 0,
  };
  return { bleed: offset(trim, surface.bleed), trim, safe: surface.safeMargin > 0 ? area(offset(trim, -surface.safeMargin)) : null };
}

/**
 * Grows (d > 0) or shrinks an outline by d. Exact for rectangles, round corners and circles; for an
 * ellipse the true offset curve is not an ellipse, and this is a close enough guide.
 */
function offset(o: Outline, d: number): Outline {
  const radius = o.radius > 0 ? Math.max(0, o.radius + d) : 0;
  return { ...o, x: o.x - d, y: o.y - d, width: o.width + 2 * d, height: o.height + 2 * d, radius };
}

function area(o: Outline): Outline | null {
  return o.width > 0 && o.height > 0 ? o : null;
}

export function traceOutline(path: CanvasPath, o: Outline): void {
  if (o.kind === 'ellipse') {
    path.ellipse(o.x + o.width / 2, o.y + o.height / 2, o.width / 2, o.height / 2, 0, 0, 2 * Math.PI);
  } else if (o.radius > 0) {
    path.roundRect(o.x, o.y, o.width, o.height, o.radius);
  } else {
    path.rect(o.x, o.y, o.width, o.height);
  }
}
