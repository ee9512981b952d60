import { err, ok, type AppError, type Result } from '../../result';
import type { PDFContext } from '../lib';
import type { PdfOutput } from '../output';
import type { FontSource } from '../text-engine';
import { cffInCodeOrder } from './cff';
import { FontUsage } from './font-usage';
import type { Subsetter } from './hb-subset';
import { readMetrics } from './metrics';
import { tableBytes } from './sfnt-table';
import { writeType0Font, type FontProgram } from './type0';

/** Fonts by id, as the text engine's `FontLibrary.get` gives them. */
export type FontLookup = (id: string) => FontSource | undefined;

/** Text as real text (subset fonts, `TJ`), or as filled glyph outlines with no font in the file. */
export type TextMode = 'glyphs' | 'outlines';

export type FontHandle = { kind: 'embedded'; usage: FontUsage } | { kind: 'outlines'; source: FontSource };

/**
 * Every font of one document: each embedded once, subset at the end to the glyphs all pages used. A font
 * that cannot be embedded (licence, format) is drawn as outlines with a warning rather than dropped.
 */
export class DocumentFonts {
  private readonly handles = new Map<string, FontHandle>();
  private embedded = 0;
  readonly warnings: AppError[] = [];

  constructor(
    private readonly context: PDFContext,
    private readonly output: PdfOutput,
    private readonly lookup: FontLookup,
    private readonly mode: TextMode,
    private readonly subsetter?: Subsetter,
  ) {}

  use(id: string): Result<FontHandle> {
    const known = this.handles.get(id);
    if (known) return ok(known);
    const source = this.lookup(id);
    if (!source) return err({ code: 'pdf-font-missing', message: `The font "${id}" is not installed.` });
    if (this.mode === 'glyphs' && !this.subsetter) return err({ code: 'pdf-no-subsetter', message: 'Embedding fonts needs harfbuzz-subset.wasm.' });
    const handle = this.mode === 'outlines' ? { kind: 'outlines' as const, source } : this.embed(source);
    this.handles.set(id, handle);
    return ok(handle);
  }

  /** Subsets and writes every embedded font; call once, after the last page. */
  finish(): void {
    for (const handle of this.handles.values()) {
      if (handle.kind !== 'embedded') continue;
      const { usage } = handle;
      const program = this.program(usage.source, usage.used.values(), usage.glyphsByCode);
      if (!program) throw new Error(`subsetting ${usage.source.id} failed after a trial subset succeeded`);
      writeType0Font(this.context, this.output, usage, program);
    }
  }

  private embed(source: FontSource): FontHandle {
    const { info } = source;
    const outlined = (why: string): FontHandle => {
      this.warnings.push({ code: 'pdf-font-outlined', message: `${info.fullName || source.id}: ${why}; its text is drawn as outlines.` });
      return { kind: 'outlines', source };
    };
    if (info.embedding.level === 'restricted') return outlined('the font licence forbids embedding');
    if (!info.embedding.subsetting) return outlined('the font licence forbids subsetting');
    const metrics = readMetrics(source.bytes, info.faceIndex);
    if (!metrics) return outlined('the font lacks the metrics tables a PDF needs');
    // Find out now, before any page points at it, whether this font can be embedded at all.
    if (!this.program(source, [0], [0])) return outlined('this font format cannot be embedded');
    const resource = { category: 'Font' as const, name: `F${++this.embedded}`, ref: this.output.allocate() };
    return { kind: 'embedded', usage: new FontUsage(source, metrics, resource) };
  }

  /** The subset font program: TrueType keeps glyph ids; CFF glyphs are put in code order (cff.ts). */
  private program(source: FontSource, glyphs: Iterable<number>, glyphsByCode: readonly number[]): FontProgram | undefined {
    const { bytes, info } = source;
    if (info.outlines === 'truetype') {
      const subset = this.subsetter!.subset(bytes, info.faceIndex, glyphs, true);
      return subset && { kind: 'truetype', bytes: subset };
    }
    const original = tableBytes(bytes, info.faceIndex, 'CFF ');
    const subset = original && this.subsetter!.subset(bytes, info.faceIndex, glyphsByCode, false);
    const cff = subset && tableBytes(subset, 0, 'CFF ');
    const reordered = cff && cffInCodeOrder(cff, original, glyphsByCode);
    return reordered && { kind: 'cff', bytes: reordered };
  }
}
