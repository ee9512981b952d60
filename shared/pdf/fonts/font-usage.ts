import type { Resource } from '../resources';
import type { FontSource } from '../text-engine';
import type { FontMetrics } from './metrics';

/**
 * What one document draws with one font: the glyphs, the 2-byte code each is written with, its width and the
 * text it stands for. TrueType glyphs keep their glyph id as code (the subset retains glyph ids). CFF glyphs
 * get codes in order of first use, since their subset is renumbered (see cff.ts). Either way a code is fixed
 * the moment a page uses it, so pages can be written before the document's glyph set is complete.
 */
export class FontUsage {
  private readonly codes = new Map<number, number>();
  /** Glyph id by code for CFF; .notdef is code 0. */
  readonly glyphsByCode: number[] = [0];
  readonly textByCode = new Map<number, string>();

  constructor(
    readonly source: FontSource,
    readonly metrics: FontMetrics,
    readonly resource: Resource,
  ) {}

  get cff(): boolean {
    return this.source.info.outlines === 'cff';
  }

  code(glyph: number): number {
    if (!this.cff) {
      this.codes.set(glyph, glyph);
      return glyph;
    }
    let code = this.codes.get(glyph);
    if (code === undefined) {
      code = glyph === 0 ? 0 : this.glyphsByCode.length;
      if (code) this.glyphsByCode.push(glyph);
      this.codes.set(glyph, code);
    }
    return code;
  }

  /** The glyphs drawn so far, as code → glyph id. */
  get used(): ReadonlyMap<number, number> {
    const byCode = new Map<number, number>();
    for (const [glyph, code] of this.codes) byCode.set(code, glyph);
    return byCode;
  }

  /** Advance in thousandths of an em, as /W declares it and TJ positions against it. */
  width(glyph: number): number {
    return Math.round((this.metrics.advance(glyph) * 1000) / this.metrics.unitsPerEm);
  }

  /** The first text seen for a glyph is the one ToUnicode keeps; a glyph standing for nothing is not mapped. */
  mapText(code: number, text: string): void {
    if (text && !this.textByCode.has(code)) this.textByCode.set(code, text);
  }
}
