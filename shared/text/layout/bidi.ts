import bidiFactory from 'bidi-js';
import { mayBeRightToLeft } from '../unicode/char-props';

let bidi: ReturnType<typeof bidiFactory> | undefined;

export interface ParagraphLevels {
  /** Paragraph embedding level: 0 left-to-right, 1 right-to-left. */
  base: number;
  /** Resolved level per UTF-16 index (UAX #9), or undefined when every character is at the base level. */
  levels: Uint8Array | undefined;
}

/** Only Arabic or Hebrew letters and marks, and spaces: no numbers, Latin, punctuation or controls. */
const PLAIN_RIGHT_TO_LEFT = /^(?:(?=[\p{L}\p{M}])[\p{Script=Arabic}\p{Script=Hebrew}]| )+$/u;

/**
 * Bidi levels of one paragraph. bidi-js costs more than shaping a short name, so the two common cases whose
 * levels are plain skip it: left-to-right text without right-to-left letters, Arabic digits or RTL controls
 * (all level 0), and Arabic or Hebrew words separated by spaces (all level 1).
 */
export function paragraphLevels(text: string, direction: 'auto' | 'ltr' | 'rtl'): ParagraphLevels {
  if (direction !== 'rtl' && !mayBeRightToLeft(text)) return { base: 0, levels: undefined };
  if (direction !== 'ltr' && PLAIN_RIGHT_TO_LEFT.test(text)) return { base: 1, levels: undefined };
  bidi ??= bidiFactory();
  const result = bidi.getEmbeddingLevels(text, direction);
  return { base: result.paragraphs[0]?.level ?? (direction === 'rtl' ? 1 : 0), levels: result.levels };
}
