import type { GlyphRunItem } from '../../render/display-list';
import { pathOperators, type ContentStream } from '../content-stream';
import { glyphMatrix, type FontSource } from '../text-engine';

/**
 * Text as filled glyph outlines ("outline text"): no font in the file, the same shapes the canvas painter
 * fills. Each glyph's path is written in font units once per glyph and placed with the text engine's own
 * glyph matrix.
 */
export class OutlineText {
  private readonly paths = new Map<string, string>();

  write(content: ContentStream, run: GlyphRunItem, source: FontSource): void {
    for (const g of run.glyphs) {
      const path = this.path(source, g.glyph);
      if (path) content.op('q').transform(glyphMatrix(g, run.size, source.info.unitsPerEm)).op(path).op('f Q');
    }
  }

  private path(source: FontSource, glyph: number): string {
    const key = `${source.id}\u0000${glyph}`;
    let path = this.paths.get(key);
    if (path === undefined) {
      path = pathOperators(source.outline(glyph));
      this.paths.set(key, path);
    }
    return path;
  }
}
