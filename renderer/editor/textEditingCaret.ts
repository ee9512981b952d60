import type { TextObject } from '../../shared/model';
import type { TextLayout } from '../../shared/text';

/**
 * Where the caret and the selection go in the engine's layout, not the browser's: the overlay's text is
 * invisible, so what the user sees (glyphs, caret, highlight) is all drawn from the same shaped glyphs,
 * in every script, on arcs too. Frame coordinates: points from the frame's top-left corner, y down.
 */

/** A stretch of baseline: from `at`, `length` points along `rotation` (degrees clockwise), `up`/`down` points either side. */
export interface BaselineBox {
  x: number;
  y: number;
  rotation: number;
  length: number;
  up: number;
  down: number;
}

/** How far the caret and the highlight reach above and below the baseline, in font sizes. */
const ASCENT = 0.85;
const DESCENT = 0.25;

interface Cluster {
  start: number;
  end: number;
  /** The glyph's origin, orientation (degrees clockwise) and advance along it. */
  x: number;
  y: number;
  rotation: number;
  advance: number;
  rtl: boolean;
  size: number;
}

function clusters(layout: TextLayout): Cluster[] {
  return layout.runs.flatMap((run) =>
    run.glyphs.map((g) => ({ start: g.cluster, end: g.clusterEnd, x: g.x, y: g.y, rotation: g.rotation, advance: g.advance, rtl: run.rtl, size: run.size })),
  );
}

/** The point `along` points into a cluster in reading order: from its left edge, or its right one in right-to-left text. */
function pointIn(c: Cluster, along: number): { x: number; y: number } {
  const visual = c.rtl ? c.advance - along : along;
  const rad = (c.rotation * Math.PI) / 180;
  return { x: c.x + Math.cos(rad) * visual, y: c.y + Math.sin(rad) * visual };
}

/** A box on the cluster's baseline between two reading-order positions; length 0 is a caret. */
function baselineBox(c: Cluster, from: number, to: number): BaselineBox {
  const left = c.rtl ? to : from;
  return { ...pointIn(c, left), rotation: c.rotation, length: to - from, up: ASCENT * c.size, down: DESCENT * c.size };
}

/**
 * The caret before UTF-16 offset `offset`: at the edge of the glyph that starts there, else after the glyph
 * that ends there, else inside a ligature in proportion. With no glyph to go by (empty text) it stands in
 * the middle of the frame.
 */
export function caretAt(layout: TextLayout, record: Pick<TextObject, 'width' | 'height' | 'fontSize'>, offset: number): BaselineBox {
  const all = clusters(layout);
  // A base letter and its marks share a cluster: go by the base, the widest.
  const widest = (list: Cluster[]) => list.reduce<Cluster | undefined>((best, c) => (!best || c.advance > best.advance ? c : best), undefined);
  const starting = widest(all.filter((c) => c.start === offset));
  if (starting) return baselineBox(starting, 0, 0);
  const ending = widest(all.filter((c) => c.end === offset));
  if (ending) return baselineBox(ending, ending.advance, ending.advance);
  const inside = widest(all.filter((c) => c.start < offset && offset < c.end));
  if (inside) {
    const along = (inside.advance * (offset - inside.start)) / (inside.end - inside.start);
    return baselineBox(inside, along, along);
  }
  const before = all.filter((c) => c.end <= offset).sort((a, b) => b.end - a.end)[0];
  if (before) return baselineBox(before, before.advance, before.advance);
  const size = layout.size || record.fontSize;
  return { x: record.width / 2, y: record.height / 2 + ((ASCENT - DESCENT) / 2) * size, rotation: 0, length: 0, up: ASCENT * size, down: DESCENT * size };
}

/** The highlight of [start, end): a box over the part of each glyph whose text lies in the range. */
export function selectionBoxes(layout: TextLayout, start: number, end: number): BaselineBox[] {
  if (end <= start) return [];
  return clusters(layout)
    .filter((c) => c.start < end && c.end > start)
    .map((c) => {
      const per = c.advance / Math.max(1, c.end - c.start);
      return baselineBox(c, (Math.max(start, c.start) - c.start) * per, (Math.min(end, c.end) - c.start) * per);
    });
}

/** The offset whose caret is nearest to `point` (frame coordinates): where a click puts the caret. */
export function offsetAt(layout: TextLayout, point: { x: number; y: number }, textLength: number): number {
  let best = { offset: textLength, distance: Infinity };
  for (const c of clusters(layout)) {
    const rad = (c.rotation * Math.PI) / 180;
    // Measured from the middle of the letters' height, so a click on a letter's body counts as much as one on its baseline.
    const lift = ((ASCENT - DESCENT) / 2) * c.size;
    for (const [offset, along] of [
      [c.start, 0],
      [c.end, c.advance],
    ] as const) {
      const edge = pointIn(c, along);
      const distance = Math.hypot(edge.x + Math.sin(rad) * lift - point.x, edge.y - Math.cos(rad) * lift - point.y);
      if (distance < best.distance) best = { offset, distance };
    }
  }
  return Math.min(best.offset, textLength);
}

type Frame = Pick<TextObject, 'x' | 'y' | 'width' | 'height' | 'rotation'>;

/** A point on the surface (points) in a frame's own coordinates, undoing its rotation about its centre. */
export function sceneToFrame(frame: Frame, point: { x: number; y: number }): { x: number; y: number } {
  const rad = (-frame.rotation * Math.PI) / 180;
  const [dx, dy] = [point.x - frame.x - frame.width / 2, point.y - frame.y - frame.height / 2];
  return { x: dx * Math.cos(rad) - dy * Math.sin(rad) + frame.width / 2, y: dx * Math.sin(rad) + dy * Math.cos(rad) + frame.height / 2 };
}

/** The frame's coordinates on the surface, as a canvas `transform(a, b, c, d, e, f)`. */
export function frameMatrix(frame: Frame): [number, number, number, number, number, number] {
  const rad = (frame.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
  const [cx, cy, hw, hh] = [frame.x + frame.width / 2, frame.y + frame.height / 2, frame.width / 2, frame.height / 2];
  return [cos, sin, -sin, cos, cx - cos * hw + sin * hh, cy - sin * hw - cos * hh];
}
