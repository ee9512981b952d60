import type { FontLibrary } from '../font/font-library';
import { layoutText } from './layout';
import type { TextFrame, TextLayout } from './types';

/**
 * Lays out, loading the lazy fonts the text turns out to need first: a layout that names pending fonts is
 * provisional. Fonts that fail to load leave their characters reported as missing.
 */
export async function layoutTextWhenReady(library: FontLibrary, text: string, frame: TextFrame): Promise<TextLayout> {
  let layout = layoutText(library, text, frame);
  while (layout.pendingFonts.length) {
    const results = await Promise.all(layout.pendingFonts.map((id) => library.load(id)));
    const next = layoutText(library, text, frame);
    if (results.every((r) => !r.ok)) return next;
    layout = next;
  }
  return layout;
}
