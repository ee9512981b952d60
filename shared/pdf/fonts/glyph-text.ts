import type { GlyphRunItem } from '../../render/display-list';
import { hex4, utf16Hex } from '../bytes';
import { num, type ContentStream } from '../content-stream';
import { glyphTextMatrix } from '../flip';
import type { FontUsage } from './font-usage';
import { glyphTexts } from './glyph-texts';

/** Glyphs closer than this to the pen's baseline continue the current TJ; others start a new text matrix. */
const ON_BASELINE = 0.001;

/** All glyphs upright to one baseline: the line through the first glyph in its direction. */
function straight(run: GlyphRunItem): boolean {
  const [first] = run.glyphs;
  if (!first) return true;
  const rad = (first.rotation * Math.PI) / 180;
  return run.glyphs.every((g) => g.rotation === first.rotation && Math.abs((g.y - first.y) * Math.cos(rad) - (g.x - first.x) * Math.sin(rad)) < ON_BASELINE);
}

/** Every glyph stands for some text, and for the same text wherever the document uses it. */
function mappable(codes: readonly number[], texts: readonly string[], usage: FontUsage): boolean {
  const inRun = new Map<number, string>();
  return codes.every((code, i) => {
    const text = texts[i]!;
    const earlier = usage.textByCode.get(code) ?? inRun.get(code);
    inRun.set(code, earlier ?? text);
    return text !== '' && (earlier === undefined || earlier === text);
  });
}

/**
 * Writes a shaped run as real text: glyph codes in `TJ` arrays against the Type0 font, with the numbers in
 * between moving each glyph from where the font's advance leaves the pen to where HarfBuzz put it (kerning,
 * marks, tracking). A glyph off the pen's baseline (a raised mark, a glyph on an arc) starts a new `Tm`.
 *
 * Text extraction: every glyph maps to its characters through ToUnicode (glyph-texts.ts). Where that cannot
 * give a left-to-right run's text back — glyph order differs from character order (a Devanagari vowel sign
 * drawn before its consonant), a glyph stands for nothing or already for other text, the glyphs leave one
 * straight baseline (an arc) — the run sits in an ActualText span with its exact text. Right-to-left runs
 * never do: extractors (poppler) reverse an RTL span's text as if it were in visual order, and read RTL
 * glyphs right by their positions instead.
 */
export function writeGlyphRun(content: ContentStream, run: GlyphRunItem, usage: FontUsage): void {
  const { size } = run;
  const texts = glyphTexts(run, (codePoint) => usage.source.glyphFor(codePoint));
  const codes = run.glyphs.map((g) => usage.code(g.glyph));
  const actualText = !run.rtl && (!straight(run) || texts.join('') !== run.text || !mappable(codes, texts, usage));
  if (actualText) content.op(`/Span << /ActualText <FEFF${utf16Hex(run.text)}> >> BDC`);
  content.op(`BT /${content.resources.use(usage.resource)} ${num(size)} Tf`);
  let pen: { x: number; y: number; rotation: number; cos: number; sin: number } | undefined;
  let array: string[] = [];
  /** Hex codes not yet closed into a string of the TJ array. */
  let pending = '';
  const flush = () => {
    if (pending) array.push(`<${pending}>`);
    if (array.length) content.op(`[${array.join(' ')}] TJ`);
    array = [];
    pending = '';
  };
  run.glyphs.forEach((g, i) => {
    const code = codes[i]!;
    usage.mapText(code, texts[i]!);
    const dx = pen ? g.x - pen.x : 0;
    const dy = pen ? g.y - pen.y : 0;
    if (pen && pen.rotation === g.rotation && Math.abs(dy * pen.cos - dx * pen.sin) < ON_BASELINE) {
      // TJ numbers are thousandths of an em against the advance, positive to the left.
      const adjust = Math.round((-(dx * pen.cos + dy * pen.sin) * 10000) / size) / 10;
      if (adjust !== 0) {
        if (pending) array.push(`<${pending}>`);
        pending = '';
        array.push(String(adjust));
        pen.x -= (adjust * size * pen.cos) / 1000;
        pen.y -= (adjust * size * pen.sin) / 1000;
      }
    } else {
      flush();
      const rad = (g.rotation * Math.PI) / 180;
      pen = { x: g.x, y: g.y, rotation: g.rotation, cos: Math.cos(rad), sin: Math.sin(rad) };
      content.textMatrix(glyphTextMatrix(g.x, g.y, g.rotation));
    }
    pending += hex4(code);
    const advance = (usage.width(g.glyph) * size) / 1000;
    pen.x += advance * pen.cos;
    pen.y += advance * pen.sin;
  });
  flush();
  content.op(actualText ? 'ET EMC' : 'ET');
}
