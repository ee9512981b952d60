/** The text engine: fonts from bytes, one HarfBuzz layout for the canvas and the PDF painter. */
export { initHarfBuzz, type HarfBuzz, type HarfBuzzWasm } from './harfbuzz/harfbuzz';
export { Font, type FontId } from './font/font';
export { countFaces, embeddingRights, readFontInfo, type EmbeddingRights, type FontInfo } from './font/font-info';
export { FontLibrary, type CodePointRanges, type LazyFont } from './font/font-library';
export { BUNDLED_FONTS, bundledFallbackChain, bundledFontFileName, type BundledFont } from './font/bundled-fonts';
export { layoutText } from './layout/layout';
export { layoutTextWhenReady } from './layout/layout-when-ready';
export type { ArcPath, GlyphRun, LineBox, MissingGlyph, PositionedGlyph, TextFrame, TextLayout } from './layout/types';
export { glyphMatrix, outlineToSvgPath, type GlyphOutline, type Matrix, type PathCommand } from './outline';
