import { labelSize } from './geometry';
import type { SheetTemplate } from './schema';

/**
 * Free-text template search. A query is a list of terms that must all match:
 * - a word matches the start of any word of the brand, part, aliases, description, paper (`a4`, `letter`),
 *   categories or shape (`round`, `oval`, `cd`, …), so "aver 516" finds Avery 5160;
 * - a number with a unit ("2.5 in", `2.5"`, "63.5mm", "2.625 x 1 in") matches a label dimension
 *   (width, height or diameter) within 1 % or 0.5 pt, so a nominal size finds a sheet whose data are
 *   rounded differently;
 * - a bare number matches either way: a word ("5160") or a dimension in inches or millimetres ("2.5").
 */
export type SearchTerm = { kind: 'word'; text: string } | { kind: 'size'; pt: number } | { kind: 'number'; text: string; value: number };

const UNITS: Record<string, number> = { in: 72, inch: 72, inches: 72, '"': 72, '″': 72, mm: 72 / 25.4, cm: 720 / 25.4, pt: 1 };
const TOKEN = /\d*\.?\d+|[\p{L}\p{N}]+|["″×]/gu;
const isNumber = (t: string) => /^\d*\.?\d+$/.test(t);

export function parseQuery(query: string): SearchTerm[] {
  const tokens = query.toLowerCase().match(TOKEN) ?? [];
  const terms: SearchTerm[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (!isNumber(token)) {
      if (token !== '×' && token !== '"' && token !== '″') terms.push({ kind: 'word', text: token });
      i++;
      continue;
    }
    // A run of numbers joined by "x" shares the unit that follows it: "2.625 x 1 in".
    const numbers = [token];
    let j = i + 1;
    while ((tokens[j] === 'x' || tokens[j] === '×') && isNumber(tokens[j + 1] ?? '')) {
      numbers.push(tokens[j + 1]!);
      j += 2;
    }
    const unit = UNITS[tokens[j] ?? ''];
    if (unit !== undefined) {
      for (const n of numbers) terms.push({ kind: 'size', pt: Number(n) * unit });
      j++;
    } else {
      for (const n of numbers) terms.push({ kind: 'number', text: n, value: Number(n) });
    }
    i = j;
  }
  return terms;
}

/** What a template is searched by, computed once per catalogue. */
export interface SearchEntry {
  words: string[];
  /** Label width and height (a circle's diameter twice), in points. */
  dims: number[];
}

const SHAPE_WORDS: Record<SheetTemplate['shape']['kind'], string[]> = {
  rect: ['rectangle', 'rectangular'],
  round: ['round', 'circle', 'circular'],
  ellipse: ['ellipse', 'elliptical', 'oval'],
  cd: ['cd', 'dvd', 'disc'],
};

export function searchEntry(template: SheetTemplate, categoryNames: Readonly<Record<string, string>>): SearchEntry {
  const { width, height } = labelSize(template.shape);
  const text = [
    template.brand,
    template.part,
    template.description,
    template.paper.id,
    ...template.aliases.flatMap((a) => [a.brand, a.part]),
    ...template.categories.flatMap((c) => [c, categoryNames[c] ?? '']),
    ...SHAPE_WORDS[template.shape.kind],
    ...(Math.abs(width - height) < 0.5 && template.shape.kind === 'rect' ? ['square'] : []),
  ].join(' ');
  return { words: [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:\.\p{N}+)*/gu))], dims: [width, height] };
}

const near = (dims: number[], pt: number) => dims.some((d) => Math.abs(d - pt) <= Math.max(0.5, pt * 0.01));
const hasWord = (words: string[], prefix: string) => words.some((w) => w.startsWith(prefix));

export function matches(entry: SearchEntry, terms: SearchTerm[]): boolean {
  return terms.every((t) => {
    switch (t.kind) {
      case 'word':
        return hasWord(entry.words, t.text);
      case 'size':
        return near(entry.dims, t.pt);
      case 'number':
        return hasWord(entry.words, t.text) || near(entry.dims, t.value * UNITS.in!) || near(entry.dims, t.value * UNITS.mm!);
    }
  });
}
