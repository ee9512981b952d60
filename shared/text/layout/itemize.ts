import type { Font, FontId } from '../font/font';
import type { CodePointRanges, FontChain } from '../font/font-library';
import type { ParagraphLevels } from './bidi';
import { charProps, CJK_SCRIPTS, EXTENDS, IGNORABLE, isInheritingScript, scriptOf, type Script } from '../unicode/char-props';

/** A stretch of one paragraph shaped in one call: one bidi level, one script, one font. */
export interface Item {
  start: number;
  end: number;
  level: number;
  script: Script;
  font: Font;
}

const ZWJ = 0x200d;

const isRegionalIndicator = (cp: number) => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * End of the cluster starting at `start`: a base with its marks, variation selectors, emoji modifiers,
 * zero-width-joined sequences and flag pairs. Font fallback picks one font per cluster so a base and its
 * marks are never drawn from different fonts.
 */
function clusterEnd(text: string, start: number): number {
  const base = text.codePointAt(start)!;
  let end = start + width(base);
  if (isRegionalIndicator(base) && end < text.length && isRegionalIndicator(text.codePointAt(end)!)) end += 2;
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    if (cp === ZWJ) {
      end += 1;
      if (end < text.length) end += width(text.codePointAt(end)!);
    } else if (charProps(cp) & EXTENDS) end += width(cp);
    else break;
  }
  return end;
}

function covers(font: Font, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    i += width(cp);
    if (!(charProps(cp) & IGNORABLE) && !font.covers(cp)) return false;
  }
  return true;
}

const inRanges = (ranges: CodePointRanges, cp: number) => ranges.some(([from, to]) => cp >= from && cp <= to);

/** Letters take the first font in the chain that has the whole cluster, else one that has its base. */
function letterFont(text: string, start: number, end: number, chain: FontChain, pending: Set<FontId>): Font | undefined {
  for (const font of chain.fonts) if (covers(font, text, start, end)) return font;
  const base = text.codePointAt(start)!;
  for (const font of chain.fonts) if (font.covers(base)) return font;
  const lazy = chain.lazy.find((entry) => inRanges(entry.coverage, base));
  if (lazy) pending.add(lazy.id);
  return undefined;
}

/**
 * Spaces, digits and punctuation between letters of one font stay in that font, so "محمد علي" is one run;
 * elsewhere they take the frame's font when it has them, so both brackets of "(VIP)" after Arabic match.
 */
function neutralFont(text: string, start: number, end: number, previous: Font | undefined, next: Font | undefined, chain: FontChain): Font | undefined {
  if (previous && previous === next && covers(previous, text, start, end)) return previous;
  for (const font of [chain.fonts[0]!, previous, next]) if (font && covers(font, text, start, end)) return font;
  return undefined;
}

/**
 * Splits a paragraph into items at changes of bidi level, script (Common and Inherited characters take the
 * script before them, or the first one after them at the start; Han, kana and Hangul continue each other)
 * and font (fallback per cluster). A cluster no loaded font has names the lazy font that would have it in
 * `pending`, and stays in the font before it, to be reported as missing after shaping.
 */
export function itemize(text: string, levels: ParagraphLevels, chain: FontChain, pending: Set<FontId>): Item[] {
  const starts: number[] = [];
  const scripts: Script[] = [];
  const letterFonts: (Font | undefined)[] = [];
  for (let start = 0; start < text.length; ) {
    const end = clusterEnd(text, start);
    const script = scriptOf(charProps(text.codePointAt(start)!));
    starts.push(start);
    scripts.push(script);
    letterFonts.push(isInheritingScript(script) ? undefined : letterFont(text, start, end, chain, pending));
    start = end;
  }
  starts.push(text.length);
  const nextLetterFont: (Font | undefined)[] = [];
  for (let k = scripts.length - 1, next: Font | undefined; k >= 0; k--) {
    nextLetterFont[k] = next;
    next = letterFonts[k] ?? next;
  }

  const items: Item[] = [];
  let strong: Script | undefined;
  let previous: Font | undefined;
  scripts.forEach((found, k) => {
    const start = starts[k]!;
    const end = starts[k + 1]!;
    const neutral = isInheritingScript(found);
    let script = found;
    if (neutral || (strong && CJK_SCRIPTS.has(script) && CJK_SCRIPTS.has(strong))) script = strong ?? 'Zyyy';
    else if (!strong) {
      strong = script;
      for (const item of items) item.script = script;
    } else strong = script;
    const font =
      (neutral ? neutralFont(text, start, end, previous, nextLetterFont[k], chain) ?? letterFont(text, start, end, chain, pending) : letterFonts[k]) ??
      previous ??
      chain.fonts[0]!;
    const level = levels.levels ? levels.levels[start]! : levels.base;
    const last = items.at(-1);
    if (last && last.level === level && last.script === script && last.font === font) last.end = end;
    else items.push({ start, end, level, script, font });
    previous = font;
  });
  return items;
}
