/**
 * The text engine's types the display list is built on (shared/text is still moving, so they come in through
 * this one file): the display list carries glyph outline commands, positioned glyphs and matrices as the
 * engine makes them, and text-runs.ts converts its layouts.
 */
export type { Matrix, PathCommand, PositionedGlyph, TextLayout } from '../text';
