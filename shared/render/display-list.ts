import type { Color } from '../model/color';
import type { ShapeObject } from '../model/schema';
import type { Matrix, PathCommand, PositionedGlyph } from './text-types';

/**
 * The display list: what both painters draw (ARCHITECTURE.md, "one layout, two painters"). Everything is
 * resolved — fields merged, text shaped, images placed — so a painter only paints.
 *
 * Coordinates are points, y down, origin at the top-left of the surface's trim box, like the model (inside a
 * group: the group's coordinates, which its matrix maps onto its parent's). The flip to PDF's y-up space is
 * the PDF painter's business (shared/pdf/flip.ts), never the producer's.
 */

export type { Color };

/** A 2D affine matrix in canvas `setTransform(a, b, c, d, e, f)` order, as the text engine's `glyphMatrix` gives. */
export type { Matrix };

/** Path commands are the text engine's glyph outline commands, so outlines pass straight through. */
export type { PathCommand };

export type Path = readonly PathCommand[];

export interface Stroke {
  color: Color;
  width: number;
  join?: 'miter' | 'round' | 'bevel';
  cap?: 'butt' | 'round' | 'square';
}

export interface PathItem {
  kind: 'path';
  path: Path;
  fill?: Color;
  fillRule?: 'nonzero' | 'evenodd';
  /** Painted over the fill. */
  stroke?: Stroke;
}

/**
 * A cutting or folding line for the finisher, not artwork: the PDF painter writes it as an overprinting spot
 * colour (`CutContour`, `Crease`, `Perforation`) so it never knocks out the art beneath it.
 */
export interface DielineItem {
  kind: 'dieline';
  /** The model's shape roles other than art. */
  role: Exclude<ShapeObject['role'], 'art'>;
  path: Path;
  strokeWidth: number;
}

export interface ImageItem {
  kind: 'image';
  /** The asset's content address (sha256 hex of its bytes), as in the model. */
  asset: string;
  /** Maps the image's unit square (y down: (0, 0) is the image's top-left corner) onto the surface. */
  matrix: Matrix;
  /** The image shows only inside this path (a "fill" crop, a round frame), in the same coordinates as `matrix`. */
  clip?: Path;
}

/**
 * A glyph on the surface: the text engine's positioned glyph moved from frame to surface coordinates, its
 * cluster range [cluster, clusterEnd) indexing the run's own `text` (UTF-16).
 */
export type DisplayGlyph = PositionedGlyph;

/** Shaped glyphs of one font at one size, in visual order, with the text they came from. */
export interface GlyphRunItem {
  kind: 'glyphs';
  font: string;
  size: number;
  fill: Color;
  /** The run's text in logical order: what copy-and-paste and `pdftotext` must give back. */
  text: string;
  /** Right-to-left text: the glyphs are still in visual order, left to right. */
  rtl: boolean;
  glyphs: readonly DisplayGlyph[];
}

export interface GroupItem {
  kind: 'group';
  /** Maps the group's coordinates onto its parent's. */
  matrix?: Matrix;
  /** The group is composited as a whole at this opacity. */
  opacity?: number;
  /** In the group's coordinates. */
  clip?: Path;
  items: readonly DisplayItem[];
}

/**
 * Artwork identical across records (background, logo, static text, frame): the PDF painter writes it once
 * per document and draws it on every label. Two artworks with the same `id` must have the same items.
 */
export interface SharedArtwork {
  id: string;
  items: readonly DisplayItem[];
}

/** Draws shared artwork here, in paint order with the variable items around it. */
export interface SharedItem {
  kind: 'shared';
  artwork: SharedArtwork;
}

export type DisplayItem = PathItem | DielineItem | ImageItem | GlyphRunItem | GroupItem | SharedItem;

/** One surface of one record, ready to paint. */
export interface SurfaceDisplayList {
  surfaceId: string;
  /** Trim size in points. */
  width: number;
  height: number;
  /** Artwork runs this far past the trim on every side. */
  bleed: number;
  /** Paint order, back to front. */
  items: readonly DisplayItem[];
}
