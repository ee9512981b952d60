import { Hash128 } from '../hash';
import { PDFString, type PDFContext } from '../lib';
import type { PdfOutput } from '../output';
import type { FontUsage } from './font-usage';
import { toUnicodeCMap } from './tounicode';

/** The embedded font program: a TrueType subset as is, or the bare CFF table of an OpenType/CFF subset. */
export type FontProgram = { kind: 'truetype'; bytes: Uint8Array } | { kind: 'cff'; bytes: Uint8Array };

/** FontDescriptor flags: every glyph set outside Adobe's standard Latin is "symbolic" (PDF 32000, 9.8.2). */
const SYMBOLIC = 1 << 2;
const FIXED_PITCH = 1 << 0;
const ITALIC = 1 << 6;
/** Required, but only used to fake a missing font; every font here is embedded. */
const STEM_V = 80;

/**
 * `ABCDEF+PostScriptName`: six capitals derived from the glyph set, so a subset is named after what it holds
 * and `pdffonts` reports it as a subset (pdf-lib's `Name-1234` is not recognised as one).
 */
export function subsetFontName(postScriptName: string, glyphs: Iterable<number>): string {
  const hash = new Hash128().update(postScriptName).update([...glyphs].sort((a, b) => a - b).join(',')).digest();
  const tag = Array.from(hash.subarray(0, 6), (b) => String.fromCharCode(65 + (b % 26))).join('');
  const name = postScriptName.replace(/[^!-~]|[()<>[\]{}/%#]/g, '') || 'Font';
  return `${tag}+${name}`;
}

/** /W: runs of consecutive codes with their widths, `[c [w1 w2 …] c' [...]]`. */
function widthArray(usage: FontUsage, codes: readonly number[], glyphOf: (code: number) => number): (number | number[])[] {
  const w: (number | number[])[] = [];
  let run: number[] = [];
  codes.forEach((code, i) => {
    if (i === 0 || code !== codes[i - 1]! + 1) {
      run = [];
      w.push(code, run);
    }
    run.push(usage.width(glyphOf(code)));
  });
  return w;
}

/**
 * Writes a Type0 font (Identity-H) with a CIDFontType2 (TrueType) or CIDFontType0 (CFF) descendant, its
 * descriptor and subset program, /W widths and ToUnicode, under the object number the pages already use.
 */
export function writeType0Font(context: PDFContext, output: PdfOutput, usage: FontUsage, program: FontProgram): void {
  const used = usage.used;
  const codes = [...used.keys()].sort((a, b) => a - b);
  const baseFont = subsetFontName(usage.source.info.postScriptName || usage.source.info.family.replace(/ /g, ''), used.values());
  const { metrics } = usage;
  const em = (v: number) => Math.round((v * 1000) / metrics.unitsPerEm);
  const { info } = usage.source;

  const file = output.allocate();
  const fileStream =
    program.kind === 'truetype'
      ? context.flateStream(program.bytes, { Length1: program.bytes.length })
      : context.flateStream(program.bytes, { Subtype: 'CIDFontType0C' });
  output.writeObject(file, fileStream);

  const descriptor = output.allocate();
  output.writeObject(
    descriptor,
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: SYMBOLIC | (metrics.fixedPitch ? FIXED_PITCH : 0) | (metrics.italicAngle ? ITALIC : 0),
      FontBBox: metrics.bbox.map(em),
      ItalicAngle: metrics.italicAngle,
      Ascent: em(info.ascender),
      Descent: em(info.descender),
      CapHeight: em(info.capHeight),
      StemV: STEM_V,
      [program.kind === 'truetype' ? 'FontFile2' : 'FontFile3']: file,
    }),
  );

  const cidFont = output.allocate();
  output.writeObject(
    cidFont,
    context.obj({
      Type: 'Font',
      Subtype: program.kind === 'truetype' ? 'CIDFontType2' : 'CIDFontType0',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widthArray(usage, codes, (code) => used.get(code)!),
      ...(program.kind === 'truetype' ? { CIDToGIDMap: 'Identity' } : {}),
    }),
  );

  const toUnicode = output.allocate();
  output.writeObject(toUnicode, context.flateStream(toUnicodeCMap(usage.textByCode)));

  output.writeObject(
    usage.resource.ref,
    context.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: baseFont, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode }),
  );
}
