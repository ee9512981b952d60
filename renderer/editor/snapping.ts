import type { DesignObject, Surface } from '../../shared/model';
import { objectBounds } from './bounds';
import type { Box } from './viewport';

/** A line something may snap to: `at` on its axis, spanning `from`–`to` along the other axis. */
interface SnapTarget {
  at: number;
  from: number;
  to: number;
}

interface SnapTargets {
  /** Vertical lines (x positions). */
  x: SnapTarget[];
  /** Horizontal lines (y positions). */
  y: SnapTarget[];
}

/** A smart guide to draw: vertical when `axis` is 'x'. */
export interface SnapGuide extends SnapTarget {
  axis: 'x' | 'y';
}

interface Snap {
  dx: number;
  dy: number;
  guides: SnapGuide[];
}

/** Edges and centre of a box along one axis, with its extent along the other. */
function lines(start: number, size: number, from: number, to: number): SnapTarget[] {
  return [start, start + size / 2, start + size].map((at) => ({ at, from, to }));
}

/**
 * What a moving selection snaps to: the trim edges and centre lines, the safe area's edges, and the
 * edges and centres of the other visible objects.
 */
export function snapTargets(surface: Surface, others: readonly DesignObject[]): SnapTargets {
  const { width: w, height: h, safeMargin: m } = surface;
  const x = lines(0, w, 0, h);
  const y = lines(0, h, 0, w);
  if (m > 0 && 2 * m < Math.min(w, h)) {
    x.push({ at: m, from: m, to: h - m }, { at: w - m, from: m, to: h - m });
    y.push({ at: m, from: m, to: w - m }, { at: h - m, from: m, to: w - m });
  }
  for (const o of others) {
    if (o.hidden) continue;
    const b = objectBounds(o);
    x.push(...lines(b.x, b.width, b.y, b.y + b.height));
    y.push(...lines(b.y, b.height, b.x, b.x + b.width));
  }
  return { x, y };
}

/** The smallest shift (within `threshold`) that puts an edge or the centre of the box on a target. */
function snapAxis(start: number, size: number, targets: readonly SnapTarget[], threshold: number): number {
  let best = 0;
  let bestDistance = threshold;
  for (const c of [start, start + size / 2, start + size]) {
    for (const t of targets) {
      const d = t.at - c;
      if (Math.abs(d) <= bestDistance) {
        best = d;
        bestDistance = Math.abs(d);
      }
    }
  }
  return best;
}

/** Guides for every target the snapped box now touches, each spanning both the target and the box. */
function guidesOn(axis: 'x' | 'y', start: number, size: number, span: [number, number], targets: readonly SnapTarget[]): SnapGuide[] {
  const edges = [start, start + size / 2, start + size];
  return targets
    .filter((t) => edges.some((e) => Math.abs(e - t.at) < 1e-6))
    .map((t) => ({ axis, at: t.at, from: Math.min(t.from, span[0]), to: Math.max(t.to, span[1]) }));
}

export function snapBox(box: Box, targets: SnapTargets, threshold: number): Snap {
  const dx = snapAxis(box.x, box.width, targets.x, threshold);
  const dy = snapAxis(box.y, box.height, targets.y, threshold);
  const x = box.x + dx;
  const y = box.y + dy;
  const guides = [
    ...guidesOn('x', x, box.width, [y, y + box.height], targets.x),
    ...guidesOn('y', y, box.height, [x, x + box.width], targets.y),
  ];
  return { dx, dy, guides };
}
