import type { Result } from '../../result';
import { ok } from '../../result';
import type { HarfBuzz, HbFont, ShapedGlyphs, ShapeRequest } from '../harfbuzz/harfbuzz';
import type { GlyphOutline } from '../outline';
import { readFontInfo, type FontInfo } from './font-info';

/** Fonts are referred to by id everywhere (model, display list, PDF writer), never by CSS family name. */
export type FontId = string;

/** A font face loaded from bytes and opened in HarfBuzz, ready to shape and draw. */
export class Font {
  private readonly outlines = new Map<number, GlyphOutline>();
  /** cmap answers by 256-code-point page: layout asks for every character against several fonts. */
  private readonly cmapPages = new Map<number, Int32Array>();

  private constructor(
    readonly id: FontId,
    /** The file as loaded; the PDF writer subsets and embeds it. */
    readonly bytes: Uint8Array,
    readonly info: FontInfo,
    private readonly hb: HarfBuzz,
    private readonly handle: HbFont,
  ) {}

  static open(hb: HarfBuzz, id: FontId, bytes: Uint8Array, faceIndex = 0): Result<Font> {
    const info = readFontInfo(bytes, faceIndex);
    if (!info.ok) return info;
    return ok(new Font(id, bytes, info.value, hb, hb.openFont(bytes, faceIndex)));
  }

  get unitsPerEm(): number {
    return this.info.unitsPerEm;
  }

  /** The glyph the cmap gives a code point, or 0 (.notdef). */
  glyphFor(codePoint: number): number {
    let page = this.cmapPages.get(codePoint >> 8);
    if (!page) this.cmapPages.set(codePoint >> 8, (page = new Int32Array(256).fill(-1)));
    let glyph = page[codePoint & 0xff]!;
    if (glyph < 0) page[codePoint & 0xff] = glyph = this.hb.nominalGlyph(this.handle, codePoint);
    return glyph;
  }

  covers(codePoint: number): boolean {
    return this.glyphFor(codePoint) !== 0;
  }

  shape(request: ShapeRequest): ShapedGlyphs {
    return this.hb.shape(this.handle, request);
  }

  /** The glyph's outline in font units (y up), drawn by HarfBuzz once and cached for both painters. */
  outline(glyph: number): GlyphOutline {
    let outline = this.outlines.get(glyph);
    if (!outline) {
      outline = this.hb.outline(this.handle, glyph);
      this.outlines.set(glyph, outline);
    }
    return outline;
  }

  /** Frees the face in wasm memory; the font must not be used afterwards. */
  close(): void {
    this.hb.closeFont(this.handle);
    this.outlines.clear();
  }
}
