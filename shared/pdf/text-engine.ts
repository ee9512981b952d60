/**
 * The PDF writer's one coupling to the text engine (shared/text, still moving): the font type it embeds, the
 * glyph matrix both painters place outlines with, the table reader for metrics, and the wasm loader it shares
 * with the HarfBuzz binding.
 */
import type { Font } from '../text';

/** What the writer needs of a font: the text engine's `Font` satisfies it. */
export type FontSource = Pick<Font, 'id' | 'bytes' | 'info' | 'outline' | 'glyphFor'>;

export { glyphMatrix, type HarfBuzzWasm } from '../text';
export { faceOffsets, readTables, viewOf, type Tables } from '../text/font/sfnt';
export { instantiate } from '../text/harfbuzz/wasm-api';
