import LineBreaker from 'linebreak';
import { charProps, DICTIONARY_BREAK_SCRIPTS, scriptOf } from '../unicode/char-props';

let words: Intl.Segmenter | undefined;

/**
 * Where a paragraph may wrap, as ascending UTF-16 indices ending with its length: UAX #14 (linebreak),
 * which also breaks between CJK ideographs, plus word boundaries from `Intl.Segmenter` inside Thai, Lao,
 * Khmer and Myanmar text, which UAX #14 leaves unbroken because those scripts need a dictionary.
 */
export function breakOpportunities(text: string): number[] {
  const breaks = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) breaks.add(b.position);
  for (let start = 0; start < text.length; ) {
    if (!DICTIONARY_BREAK_SCRIPTS.has(scriptOf(charProps(text.charCodeAt(start))))) {
      start++;
      continue;
    }
    let end = start + 1;
    while (end < text.length && DICTIONARY_BREAK_SCRIPTS.has(scriptOf(charProps(text.charCodeAt(end))))) end++;
    words ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const word of words.segment(text.slice(start, end))) if (word.index > 0) breaks.add(start + word.index);
    start = end;
  }
  breaks.add(text.length);
  return [...breaks].filter((b) => b > 0).sort((a, b) => a - b);
}
