import type { CodePointRanges } from '../../../shared/text';
import type { TableRecord } from '../../../shared/text/font/sfnt';

/**
 * What a font covers, read from its `cmap` without HarfBuzz (the scan reads thousands of fonts): the
 * code point ranges of the best Unicode subtable (format 12, else format 4). Format 4 ranges are taken
 * whole, so a segment with unmapped holes counts as covered: a summary for people, never for layout.
 */
export function cmapRanges(view: DataView, cmap: TableRecord): CodePointRanges {
  const end = cmap.offset + cmap.length;
  if (cmap.length < 4) return [];
  const subtables: { rank: number; at: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap.offset + 2); i++) {
    const record = cmap.offset + 4 + i * 8;
    if (record + 8 > end) break;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const at = cmap.offset + view.getUint32(record + 4);
    if (at + 4 > end) continue;
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ rank: view.getUint16(at) === 12 ? 2 : view.getUint16(at) === 4 ? 1 : 0, at });
  }
  const best = subtables.sort((a, b) => b.rank - a.rank)[0];
  if (!best || best.rank === 0) return [];
  return merge(best.rank === 2 ? format12(view, best.at, end) : format4(view, best.at, end));
}

function format12(view: DataView, at: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  const groups = at + 16 <= end ? view.getUint32(at + 12) : 0;
  for (let i = 0; i < groups && at + 16 + (i + 1) * 12 <= end; i++) {
    const group = at + 16 + i * 12;
    ranges.push([view.getUint32(group), Math.min(view.getUint32(group + 4), 0x10ffff)]);
  }
  return ranges;
}

function format4(view: DataView, at: number, end: number): [number, number][] {
  const ranges: [number, number][] = [];
  const segments = at + 14 <= end ? view.getUint16(at + 6) / 2 : 0;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  if (starts + segments * 2 > end) return ranges;
  for (let i = 0; i < segments; i++) {
    const last = view.getUint16(ends + i * 2);
    const first = view.getUint16(starts + i * 2);
    if (first === 0xffff || first > last) continue; // the required final segment maps nothing
    ranges.push([first, last]);
  }
  return ranges;
}

function merge(ranges: [number, number][]): CodePointRanges {
  const merged: [number, number][] = [];
  for (const [first, last] of ranges.sort((a, b) => a[0] - b[0])) {
    const previous = merged[merged.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

/** Letters every font of the script has (for Chinese, simplified forms a Japanese font lacks). */
const SCRIPT_SAMPLES: readonly [string, string][] = [
  ['Latin', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'],
  ['Greek', 'αβγδεζηθικλμνξοπρστυφχψω'],
  ['Cyrillic', 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ'],
  ['Arabic', 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'],
  ['Hebrew', 'אבגדהוזחטיכלמנסעפצקרשת'],
  ['Devanagari', 'कखगघचछजझटठडढणतथदधनपफबभमयरलवशषसह'],
  ['Thai', 'กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอฮ'],
  ['Japanese', 'あいうえおかきくけこアイウエオカキクケコ'],
  ['Chinese', '的一是不了人我在有他这们为个时说国'],
  ['Korean', '가나다라마바사아자차카타파하한글'],
];

const covers = (ranges: CodePointRanges, codePoint: number) => ranges.some(([first, last]) => first <= codePoint && codePoint <= last);

/** The scripts a font supports, by name, for the font picker. */
export function scriptsCovered(ranges: CodePointRanges): string[] {
  return SCRIPT_SAMPLES.filter(([, sample]) => [...sample].every((c) => covers(ranges, c.codePointAt(0)!))).map(([name]) => name);
}
