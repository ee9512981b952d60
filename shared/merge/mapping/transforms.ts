import type { CaseTransform, FieldMapping } from './mapping';

/**
 * Title case raises the first letter of each word and leaves the rest as typed, so `mcDonald` stays
 * `McDonald`-like rather than being flattened to `Mcdonald`.
 */
function applyCase(value: string, transform: CaseTransform): string {
  switch (transform) {
    case 'upper':
      return value.toLocaleUpperCase();
    case 'lower':
      return value.toLocaleLowerCase();
    case 'title':
      return value.replace(/(^|[\s\-/])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase());
    case 'none':
      return value;
  }
}

/** Trims the ends (and the ends of each line, where buyers leave stray spaces), then applies the case. */
export function transformValue(value: string, mapping: Pick<FieldMapping, 'trim' | 'case'>): string {
  const trimmed = mapping.trim ? value.split('\n').map((line) => line.trim()).join('\n').trim() : value;
  return applyCase(trimmed, mapping.case);
}

/** A marker `1)`, `1.`, `1:` or `1-` at the start or after a space, comma or semicolon. */
const MARKER = /(^|[\s,;])\(?(\d{1,2})\s*[).:-]/g;

/**
 * "1) Ann 2) Bo" → ["Ann", "Bo"] (DATA.md: buyers number several names in one box). Only a run of
 * markers numbered 1, 2, 3… from the start of the text counts, so "Est. 2021" or a lone "1." is not
 * split; anything else returns the text as the only name.
 */
export function splitNumberedNames(text: string): string[] {
  const markers = [...text.matchAll(MARKER)];
  const numbered = markers.length >= 2 && markers.every((m, i) => Number(m[2]) === i + 1);
  if (!numbered || text.slice(0, markers[0]!.index).trim() !== '') return [text];
  return markers.map((m, i) => {
    const start = m.index + m[0].length;
    const next = markers[i + 1];
    const end = next ? next.index + next[1]!.length : text.length;
    return text.slice(start, end).trim().replace(/[,;]$/, '').trim();
  });
}
