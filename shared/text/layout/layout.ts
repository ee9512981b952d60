import type { FontId } from '../font/font';
import type { FontLibrary } from '../font/font-library';
import type { ShapeFeature } from '../harfbuzz/harfbuzz';
import { paragraphLevels } from './bidi';
import { fitText } from './fit';
import { placeLines } from './place';
import { shapeParagraph, type ShapingReport, type ShapingStyle } from './shape-paragraph';
import type { TextFrame, TextLayout } from './types';

/** Hard line breaks end a paragraph; bidi, shaping and wrapping happen within one. */
const PARAGRAPH_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
/** The smallest size shrink-to-fit goes to when the frame does not say. */
const DEFAULT_MIN_SIZE = 6;

function paragraphsOf(text: string): { text: string; offset: number }[] {
  if (!PARAGRAPH_BREAK.test(text)) return [{ text, offset: 0 }];
  const paragraphs: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const match of text.matchAll(new RegExp(PARAGRAPH_BREAK, 'g'))) {
    paragraphs.push({ text: text.slice(offset, match.index!), offset });
    offset = match.index! + match[0].length;
  }
  paragraphs.push({ text: text.slice(offset), offset });
  return paragraphs;
}

function shapingStyle(frame: TextFrame): ShapingStyle {
  const tracking = (frame.tracking ?? 0) / 1000;
  const features: ShapeFeature[] = [];
  if (frame.kerning === false) features.push({ tag: 'kern', value: 0 });
  // Spaced-out letters must not fuse into ligatures (CSS Text 3 says the same of letter-spacing).
  if (!(frame.ligatures ?? tracking === 0)) features.push({ tag: 'liga', value: 0 }, { tag: 'clig', value: 0 });
  return { language: frame.language ?? '', features, tracking };
}

/**
 * Lays out a text frame: itemize (bidi, script, font fallback) → shape (HarfBuzz) → break → fit → align →
 * place on a line or an arc. The result is what both painters draw, glyph for glyph.
 */
export function layoutText(library: FontLibrary, text: string, frame: TextFrame): TextLayout {
  const chain = library.fontsFor(frame.font, frame.fallback);
  const unavailableFonts = [...chain.unavailable];
  const report: ShapingReport = { pending: new Set(), fontsUsed: new Set(), missing: [] };
  if (chain.lazy[0]?.id === frame.font) report.pending.add(frame.font);
  if (!chain.fonts.length) {
    return { runs: [], lines: [], size: frame.size, overflow: false, missing: [], fallbackFonts: [], pendingFonts: [...report.pending], unavailableFonts };
  }

  const style = shapingStyle(frame);
  const direction = frame.direction ?? 'auto';
  const paragraphs = paragraphsOf(text).map((p) => shapeParagraph(p.text, p.offset, paragraphLevels(p.text, direction), chain, style, report));
  const path = frame.path;
  const fit = fitText(paragraphs, {
    width: path ? (path.radius * (path.sweep ?? 180) * Math.PI) / 180 : frame.box.width,
    height: path ? undefined : frame.box.height,
    wrap: !path && (frame.wrap ?? false),
    maxLines: frame.maxLines ?? Infinity,
    lineSpacing: frame.lineSpacing ?? 1,
    size: frame.size,
    minSize: frame.fit === 'shrink' ? Math.min(frame.size, frame.minSize ?? DEFAULT_MIN_SIZE) : undefined,
  });
  const placed = placeLines(
    paragraphs,
    fit,
    { box: frame.box, align: frame.align ?? 'left', verticalAlign: frame.verticalAlign ?? 'top', lineSpacing: frame.lineSpacing ?? 1, path },
    style,
  );
  const fallbackFonts: FontId[] = [];
  for (const font of report.fontsUsed) if (font.id !== frame.font) fallbackFonts.push(font.id);
  // Written out rather than spread: an object spread plus further keys is the slowest part of a layout.
  return {
    runs: placed.runs,
    lines: placed.lines,
    size: fit.size,
    overflow: fit.overflow,
    missing: report.missing.filter((m, i, all) => i === 0 || all[i - 1]!.index !== m.index),
    fallbackFonts,
    pendingFonts: Array.from(report.pending),
    unavailableFonts,
  };
}
