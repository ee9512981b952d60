import type { FontId } from '../font/font';

/** Text on a circle around `centre` (default: the box centre). Angles in degrees, clockwise from 12 o'clock. */
export interface ArcPath {
  /** 'top': reads clockwise over the top, glyphs standing outwards; 'bottom': reads left to right under the bottom, upright. */
  side: 'top' | 'bottom';
  /** Radius of the first line's baseline, in points. */
  radius: number;
  /** Where the line sits: its start (align left), centre (center, justify) or end (align right). */
  angle: number;
  /** The arc the text may fill when shrinking to fit, in degrees (default 180). */
  sweep?: number;
  centre?: { x: number; y: number };
}

/** Everything layout needs to know about a text frame. Lengths in points, y down, origin at the box's top left. */
export interface TextFrame {
  box: { width: number; height: number };
  font: FontId;
  /** Font size in points; the largest size when shrinking to fit. */
  size: number;
  /** Fonts tried for characters `font` lacks; defaults to the library's chain. */
  fallback?: readonly FontId[];
  /** 'shrink': the largest size between `minSize` and `size` at which the text fits the box (or the arc's sweep). */
  fit?: 'none' | 'shrink';
  minSize?: number;
  /** Break lines to the box width where the language allows (not on arcs, which keep one line per paragraph). */
  wrap?: boolean;
  maxLines?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  verticalAlign?: 'top' | 'middle' | 'bottom';
  /** Letter spacing in thousandths of an em; joining scripts (Arabic…) are left unspaced. */
  tracking?: number;
  /** Multiple of the fonts' ascent + descent; default 1. */
  lineSpacing?: number;
  kerning?: boolean;
  /** Optional ligatures; default on, except when tracking is set. */
  ligatures?: boolean;
  /** BCP 47 language: language-specific glyph forms and the CJK fallback face. */
  language?: string;
  direction?: 'auto' | 'ltr' | 'rtl';
  path?: ArcPath;
}

export interface PositionedGlyph {
  glyph: number;
  /** Glyph origin in points (frame coordinates, y down). */
  x: number;
  y: number;
  /** Clockwise, in degrees, about the origin. */
  rotation: number;
  /** Advance in points, along the rotated baseline. */
  advance: number;
  /** The text this glyph draws: UTF-16 indices [cluster, clusterEnd) into the laid-out text. */
  cluster: number;
  clusterEnd: number;
}

/** Glyphs of one font at one size, in visual order; painters draw each with `glyphMatrix`. */
export interface GlyphRun {
  font: FontId;
  size: number;
  rtl: boolean;
  script: string;
  line: number;
  glyphs: PositionedGlyph[];
}

/**
 * One line. Straight text: x, top, width and baseline in frame coordinates. On an arc: x and width run along
 * the arc from the anchor angle, `baseline` is the radius of the line's baseline and `top` the radius of
 * its ascent.
 */
export interface LineBox {
  /** UTF-16 range of the line in the text, trailing spaces excluded. */
  start: number;
  end: number;
  x: number;
  top: number;
  width: number;
  height: number;
  baseline: number;
}

export interface MissingGlyph {
  codePoint: number;
  /** UTF-16 index in the text. */
  index: number;
}

export interface TextLayout {
  runs: GlyphRun[];
  lines: LineBox[];
  /** The size used, in points: `frame.size`, or smaller when shrunk to fit. */
  size: number;
  /** The text does not fit (too wide, too tall, too many lines) even at the smallest allowed size. */
  overflow: boolean;
  /** Characters no available font has; they show as .notdef and must be reported to the user, never hidden. */
  missing: MissingGlyph[];
  /** Fonts other than `frame.font` that drew some of the text. */
  fallbackFonts: FontId[];
  /** Lazily loaded fonts this text needs: load them (`FontLibrary.load`) and lay out again. */
  pendingFonts: FontId[];
  /** Font ids the frame names that the library does not have. */
  unavailableFonts: FontId[];
}
