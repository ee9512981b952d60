import { beforeAll, describe, expect, it } from 'vitest';
import { layoutText, type FontLibrary, type TextFrame, type TextLayout } from '../../../shared/text';
import { loadTextEngine } from './node-engine';

/** Golden outcomes per script: what a customer's name must look like, asserted on the shaped glyphs. */

let library: FontLibrary;
beforeAll(async () => {
  ({ library } = await loadTextEngine());
  for (const id of ['noto-sans-jp-regular', 'noto-sans-sc-regular', 'noto-sans-kr-regular']) expect((await library.load(id)).ok).toBe(true);
});

const frame = (font: string, extra: Partial<TextFrame> = {}): TextFrame => ({ box: { width: 1000, height: 200 }, font, size: 20, ...extra });
const glyphs = (layout: TextLayout) => layout.runs.flatMap((run) => run.glyphs.map((g) => ({ ...g, font: run.font, rtl: run.rtl })));
/** Glyphs left to right as drawn. */
const visual = (layout: TextLayout) => glyphs(layout).sort((a, b) => a.x - b.x);
const width = (text: string, f: TextFrame) => layoutText(library, text, f).lines[0]!.width;

describe('Latin', () => {
  it.each(['playfair-display-regular', 'montserrat-regular'])('kerns "AVATAR" in %s narrower than its letters side by side', (font) => {
    const kerned = width('AVATAR', frame(font));
    const nominal = [...'AVATAR'].reduce((sum, letter) => sum + width(letter, frame(font)), 0);
    expect(kerned).toBeLessThan(nominal - 1);
    expect(width('AVATAR', frame(font, { kerning: false }))).toBeCloseTo(nominal, 6);
  });
});

describe('Arabic', () => {
  it('joins letters: initial, medial and final forms differ from the isolated ones', () => {
    const isolated = (letter: string) => layoutText(library, letter, frame('noto-sans-arabic-regular')).runs[0]!.glyphs[0]!.glyph;
    const word = layoutText(library, 'ممم', frame('noto-sans-arabic-regular'));
    const forms = word.runs[0]!.glyphs.map((g) => g.glyph);
    expect(forms).toHaveLength(3);
    expect(new Set(forms).size).toBe(3);
    expect(forms).not.toContain(isolated('م'));

    const name = layoutText(library, 'محمد', frame('noto-sans-arabic-regular'));
    const byCluster = new Map(name.runs[0]!.glyphs.map((g) => [g.cluster, g.glyph]));
    for (const [index, letter] of [...'محمد'].entries()) expect(byCluster.get(index), letter).not.toBe(isolated(letter));
  });

  it('falls back from Great Vibes, which has no Arabic, and says which font drew it', () => {
    const layout = layoutText(library, 'محمد علي', frame('great-vibes-regular'));
    expect(layout.fallbackFonts).toEqual(['noto-sans-arabic-regular']);
    expect(layout.missing).toEqual([]);
    expect(layout.runs.map((r) => r.font)).toEqual(['noto-sans-arabic-regular']);
    expect(layout.runs[0]!.rtl).toBe(true);
  });
});

describe('Hebrew', () => {
  it('reads right to left: the first letter is drawn rightmost', () => {
    const layout = layoutText(library, 'שלום', frame('noto-sans-hebrew-regular'));
    expect(layout.runs[0]!.rtl).toBe(true);
    expect(visual(layout).map((g) => g.cluster)).toEqual([3, 2, 1, 0]);
  });
});

describe('Devanagari', () => {
  it('forms the conjunct of अनन्या: fewer glyphs than code points', () => {
    const layout = layoutText(library, 'अनन्या', frame('noto-sans-devanagari-regular'));
    expect(layout.missing).toEqual([]);
    expect(glyphs(layout).length).toBeLessThan([...'अनन्या'].length);
  });

  it('reorders the i-matra of कि before its consonant', () => {
    const font = library.get('noto-sans-devanagari-regular')!;
    const drawn = visual(layoutText(library, 'कि', frame(font.id))).map((g) => g.glyph);
    expect(drawn).toHaveLength(2);
    expect(drawn[1]).toBe(font.glyphFor(0x915));
    expect(drawn[0]).not.toBe(font.glyphFor(0x915));
  });
});

describe('Thai', () => {
  // ภาษา|ไทย|ง่าย|นิด|เดียว: no spaces, so only a dictionary knows where the words end.
  const text = 'ภาษาไทยง่ายนิดเดียว';
  const words = new Set([4, 7, 11, 14]);

  it('wraps only between words', () => {
    const font = 'noto-sans-thai-regular';
    const layout = layoutText(library, text, frame(font, { box: { width: width('ภาษาไทย', frame(font)) + 1, height: 500 }, wrap: true }));
    expect(layout.lines.length).toBeGreaterThan(1);
    for (const line of layout.lines.slice(1)) expect(words.has(line.start), `line starts at ${line.start}`).toBe(true);
  });
});

describe('Chinese, Japanese, Korean', () => {
  it('wraps between ideographs', () => {
    const text = '日本語の文章を折り返す';
    const layout = layoutText(library, text, frame('noto-sans-jp-regular', { box: { width: 45, height: 500 }, wrap: true }));
    expect(layout.lines.length).toBeGreaterThan(3);
    const han = /\p{Script=Han}/u;
    expect(layout.lines.some((l) => l.start > 0 && han.test(text[l.start - 1]!) && han.test(text[l.start]!))).toBe(true);
    for (const line of layout.lines) expect(line.width).toBeLessThanOrEqual(45);
  });

  it('takes each language from its own face', () => {
    const layout = layoutText(library, 'さくら 김민준 张伟', frame('lora-regular'));
    expect(layout.missing).toEqual([]);
    expect(new Set(layout.fallbackFonts)).toEqual(new Set(['noto-sans-jp-regular', 'noto-sans-kr-regular', 'noto-sans-sc-regular']));
  });
});

describe('emoji and symbols', () => {
  it('draws 🎂 from the emoji font', () => {
    const layout = layoutText(library, 'Emma 🎂', frame('great-vibes-regular'));
    expect(layout.fallbackFonts).toEqual(['noto-emoji-regular']);
    const cake = glyphs(layout).find((g) => g.cluster === 5)!;
    expect(cake.font).toBe('noto-emoji-regular');
    expect(cake.glyph).not.toBe(0);
    expect(layout.missing).toEqual([]);
  });
});

describe('mixed directions', () => {
  it('puts "Order #12 for محمد (VIP)" in visual order', () => {
    const text = 'Order #12 for محمد (VIP)';
    const clusters = visual(layoutText(library, text, frame('noto-sans-regular'))).map((g) => g.cluster);
    const arabic = clusters.filter((c) => c >= 14 && c <= 17);
    expect(arabic).toEqual([17, 16, 15, 14]);
    const first = clusters.indexOf(17);
    expect(clusters.slice(first, first + 4)).toEqual([17, 16, 15, 14]);
    const before = clusters.slice(0, first);
    const after = clusters.slice(first + 4);
    expect(before).toEqual([...before].sort((a, b) => a - b));
    expect(Math.max(...before)).toBeLessThan(14);
    expect(after).toEqual([...after].sort((a, b) => a - b));
    expect(text[after[0]!]).toBe(' ');
    expect(text[after.at(-1)!]).toBe(')');
  });
});

describe('missing glyphs', () => {
  it('reports a character no font has, per frame, instead of drawing tofu silently', () => {
    const layout = layoutText(library, 'Anna \uE000', frame('great-vibes-regular'));
    expect(layout.missing).toEqual([{ codePoint: 0xe000, index: 5 }]);
    expect(layoutText(library, 'Anna', frame('great-vibes-regular')).missing).toEqual([]);
  });

  it('asks for a lazily loaded font before calling its characters missing', async () => {
    const fresh = (await loadTextEngine()).library;
    const before = layoutText(fresh, 'さくら', frame('great-vibes-regular'));
    expect(before.pendingFonts).toEqual(['noto-sans-jp-regular']);
    expect((await fresh.load('noto-sans-jp-regular')).ok).toBe(true);
    const after = layoutText(fresh, 'さくら', frame('great-vibes-regular'));
    expect(after.pendingFonts).toEqual([]);
    expect(after.missing).toEqual([]);
  });

  it('names fonts the library does not have', () => {
    const layout = layoutText(library, 'Zoë', frame('no-such-font'));
    expect(layout.unavailableFonts).toEqual(['no-such-font']);
    expect(layout.fallbackFonts).toEqual(['noto-sans-regular']);
  });
});
