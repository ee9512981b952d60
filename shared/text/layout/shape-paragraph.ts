import type { Font, FontId } from '../font/font';
import type { ShapedGlyphs, ShapeFeature } from '../harfbuzz/harfbuzz';
import { charProps, CURSIVE_SCRIPTS, isInheritingScript, SPACE } from '../unicode/char-props';
import type { FontChain } from '../font/font-library';
import type { ParagraphLevels } from './bidi';
import { itemize, type Item } from './itemize';
import type { MissingGlyph } from './types';

export interface ShapingStyle {
  language: string;
  features: readonly ShapeFeature[];
  /** Letter spacing in em. */
  tracking: number;
}

/** What layout found while shaping, reported per frame. */
export interface ShapingReport {
  pending: Set<FontId>;
  fontsUsed: Set<Font>;
  missing: MissingGlyph[];
}

export interface ShapedRun extends Item {
  shaped: ShapedGlyphs;
  /** Font units to em. */
  scale: number;
  tracked: boolean;
}

/**
 * One paragraph shaped once, in em (size 1): every font size and every line breaking is derived from this by
 * scaling, so shrink-to-fit never shapes again. Indices are UTF-16 offsets into `text`.
 */
export interface ShapedParagraph {
  text: string;
  /** Where the paragraph starts in the frame's text. */
  offset: number;
  /** Paragraph bidi level. */
  base: number;
  runs: ShapedRun[];
  /** Advance of the text before each index, tracking included. */
  advanceBefore: number[];
  /** 1 at each index where a cluster starts. */
  clusterStart: number[];
  /** 1 at each cluster start whose advance includes tracking. */
  trackedAt: number[];
  tracking: number;
  /** Tallest ascent and deepest descent (positive) of the fonts used, in em. */
  ascent: number;
  descent: number;
}

export function shapeItem(text: string, item: Item, start: number, end: number, style: ShapingStyle): ShapedGlyphs {
  return item.font.shape({
    text,
    start,
    end,
    direction: item.level & 1 ? 'rtl' : 'ltr',
    script: isInheritingScript(item.script) ? '' : item.script,
    language: style.language,
    features: style.features,
  });
}

export function shapeParagraph(
  text: string,
  offset: number,
  levels: ParagraphLevels,
  chain: FontChain,
  style: ShapingStyle,
  report: ShapingReport,
): ShapedParagraph {
  const n = text.length;
  const clusterAdvance: number[] = new Array(n).fill(0);
  const clusterStart: number[] = new Array(n + 1).fill(0);
  const trackedAt: number[] = new Array(n + 1).fill(0);
  let ascent = 0;
  let descent = 0;
  const runs = itemize(text, levels, chain, report.pending).map((item): ShapedRun => {
    const shaped = shapeItem(text, item, item.start, item.end, style);
    const { info } = item.font;
    const scale = 1 / info.unitsPerEm;
    const tracked = style.tracking !== 0 && !CURSIVE_SCRIPTS.has(item.script);
    for (let g = 0; g < shaped.glyphs.length; g++) {
      const cluster = shaped.clusters[g]!;
      clusterAdvance[cluster] = clusterAdvance[cluster]! + shaped.advances[g]! * scale;
      clusterStart[cluster] = 1;
      if (tracked && !trackedAt[cluster]) {
        trackedAt[cluster] = 1;
        clusterAdvance[cluster] = clusterAdvance[cluster]! + style.tracking;
      }
      if (shaped.glyphs[g] === 0) report.missing.push({ codePoint: text.codePointAt(cluster)!, index: offset + cluster });
    }
    report.fontsUsed.add(item.font);
    ascent = Math.max(ascent, info.ascender * scale);
    descent = Math.max(descent, -info.descender * scale);
    return { start: item.start, end: item.end, level: item.level, script: item.script, font: item.font, shaped, scale, tracked };
  });
  if (!runs.length) {
    const { info } = chain.fonts[0]!;
    ascent = info.ascender / info.unitsPerEm;
    descent = -info.descender / info.unitsPerEm;
  }
  const advanceBefore = [0];
  for (let i = 0; i < n; i++) advanceBefore.push(advanceBefore[i]! + clusterAdvance[i]!);
  return { text, offset, base: levels.base, runs, advanceBefore, clusterStart, trackedAt, tracking: style.tracking, ascent, descent };
}

/** Width in em of [start, end) laid out as one line: trailing spaces hang, the last cluster gets no tracking. */
export function measure(p: ShapedParagraph, start: number, end: number): { end: number; width: number } {
  let last = end;
  while (last > start && charProps(p.text.charCodeAt(last - 1)) & SPACE) last--;
  let width = p.advanceBefore[last]! - p.advanceBefore[start]!;
  let cluster = last - 1;
  while (cluster > start && !p.clusterStart[cluster]) cluster--;
  if (cluster >= start && p.trackedAt[cluster]) width -= p.tracking;
  return { end: last, width };
}
