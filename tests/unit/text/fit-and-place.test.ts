import { beforeAll, describe, expect, it } from 'vitest';
import { glyphMatrix, layoutText, type FontLibrary, type TextFrame } from '../../../shared/text';
import { loadTextEngine } from './node-engine';

let library: FontLibrary;
beforeAll(async () => {
  ({ library } = await loadTextEngine());
});

const INCH = 72;
const NAME_52 = 'Maximilian Alexandra Rosalind von Hohenzollern-Wyatt';
const frame = (extra: Partial<TextFrame> = {}): TextFrame => ({ box: { width: 2 * INCH, height: 0.5 * INCH }, font: 'great-vibes-regular', size: 24, ...extra });
const glyphsOf = (text: string, f: TextFrame) => layoutText(library, text, f).runs.flatMap((r) => r.glyphs);

describe('shrink to fit', () => {
  it('fits a 52-character name into 2 in at the largest size allowed', () => {
    expect(NAME_52).toHaveLength(52);
    const layout = layoutText(library, NAME_52, frame({ fit: 'shrink', minSize: 6 }));
    expect(layout.overflow).toBe(false);
    expect(layout.size).toBeGreaterThanOrEqual(6);
    expect(layout.size).toBeLessThan(24);
    expect(layout.lines).toHaveLength(1);
    // Exactly as wide as the box: any larger size would not fit.
    expect(layout.lines[0]!.width).toBeCloseTo(2 * INCH, 6);
  });

  it('reports overflow when even the smallest size allowed is too big', () => {
    const layout = layoutText(library, NAME_52, frame({ fit: 'shrink', minSize: 14 }));
    expect(layout.overflow).toBe(true);
    expect(layout.size).toBe(14);
  });

  it('keeps the frame size when the text fits, and reports overflow without shrinking', () => {
    expect(layoutText(library, 'Emma', frame({ fit: 'shrink', minSize: 6 })).size).toBe(24);
    const fixed = layoutText(library, NAME_52, frame());
    expect([fixed.size, fixed.overflow]).toEqual([24, true]);
  });

  it('wraps to two lines when that allows a larger size than one line', () => {
    const box = { width: 2 * INCH, height: 1 * INCH };
    const oneLine = layoutText(library, NAME_52, frame({ box, fit: 'shrink', minSize: 6 }));
    const twoLines = layoutText(library, NAME_52, frame({ box, fit: 'shrink', minSize: 6, wrap: true, maxLines: 2 }));
    expect(twoLines.lines).toHaveLength(2);
    expect(twoLines.size).toBeGreaterThan(oneLine.size);
    expect(twoLines.overflow).toBe(false);
    for (const line of twoLines.lines) expect(line.width).toBeLessThanOrEqual(box.width + 1e-6);
    const height = twoLines.lines.reduce((h, l) => h + l.height, 0);
    expect(height).toBeLessThanOrEqual(box.height + 1e-6);
  });

  it('counts hard line breaks against maxLines', () => {
    expect(layoutText(library, 'Happy\nBirthday\nEmma', frame({ box: { width: 500, height: 500 }, maxLines: 2 })).overflow).toBe(true);
    const layout = layoutText(library, 'Happy Birthday\nEmma', frame({ box: { width: 500, height: 500 } }));
    expect(layout.lines.map((l) => [l.start, l.end])).toEqual([[0, 14], [15, 19]]);
  });
});

describe('alignment', () => {
  const box = { width: 300, height: 100 };
  it.each([
    ['left', 'top', 0],
    ['center', 'middle', 0.5],
    ['right', 'bottom', 1],
  ] as const)('aligns a line %s and the block at the %s', (align, verticalAlign, share) => {
    const [line] = layoutText(library, 'Emma', frame({ box, align, verticalAlign })).lines;
    expect(line!.x).toBeCloseTo((box.width - line!.width) * share, 9);
    expect(line!.top).toBeCloseTo((box.height - line!.height) * share, 9);
  });

  it('justifies every wrapped line but the last to the box width', () => {
    const text = 'Happy birthday to our dearest Emma and many happy returns of the day';
    const layout = layoutText(library, text, frame({ box: { width: 150, height: 500 }, wrap: true, align: 'justify', size: 14 }));
    expect(layout.lines.length).toBeGreaterThan(2);
    for (const line of layout.lines.slice(0, -1)) expect(line.width).toBeCloseTo(150, 6);
    expect(layout.lines.at(-1)!.width).toBeLessThan(150);
  });
});

describe('letter spacing', () => {
  it('adds tracking between letters but not after the last, and leaves joined Arabic alone', () => {
    const plain = layoutText(library, 'ABC', frame({ font: 'montserrat-regular', size: 10 })).lines[0]!.width;
    const spaced = layoutText(library, 'ABC', frame({ font: 'montserrat-regular', size: 10, tracking: 100 })).lines[0]!.width;
    expect(spaced - plain).toBeCloseTo(2 * 0.1 * 10, 9);
    const arabic = (tracking: number) => layoutText(library, 'محمد', frame({ font: 'noto-sans-arabic-regular', tracking })).lines[0]!.width;
    expect(arabic(100)).toBeCloseTo(arabic(0), 9);
  });
});

describe('line breaks inside a shaped run', () => {
  it('shapes each wrapped line as if it were set alone (Arabic joining at the break)', () => {
    const text = 'محمد علي محمد علي';
    const f = frame({ font: 'noto-sans-arabic-regular', box: { width: 60, height: 500 }, wrap: true, size: 14 });
    const layout = layoutText(library, text, f);
    expect(layout.lines.length).toBeGreaterThan(1);
    for (const line of layout.lines) {
      const ofLine = layout.runs.filter((r) => r.line === layout.lines.indexOf(line)).flatMap((r) => r.glyphs.map((g) => g.glyph));
      expect(ofLine).toEqual(glyphsOf(text.slice(line.start, line.end), { ...f, wrap: false }).map((g) => g.glyph));
    }
  });
});

describe('text on an arc', () => {
  const centre = { x: 100, y: 100 };
  const onCircle = (text: string, path: NonNullable<TextFrame['path']>) =>
    glyphsOf(text, frame({ font: 'montserrat-regular', size: 14, align: 'center', path: { ...path, centre } }));

  it('puts every glyph origin on the circle over the top, reading clockwise', () => {
    const glyphs = onCircle('HAPPY BIRTHDAY', { side: 'top', radius: 80, angle: 0 });
    for (const g of glyphs) expect(Math.hypot(g.x - centre.x, g.y - centre.y)).toBeCloseTo(80, 2);
    const angles = glyphs.map((g) => Math.atan2(g.x - centre.x, centre.y - g.y));
    expect(angles).toEqual([...angles].sort((a, b) => a - b));
    expect(glyphs[0]!.x).toBeLessThan(centre.x);
    expect(glyphs.at(-1)!.x).toBeGreaterThan(centre.x);
    for (const g of glyphs) expect(g.y).toBeLessThan(centre.y);
    expect(glyphs[0]!.rotation).toBeLessThan(0);
    expect(glyphs.at(-1)!.rotation).toBeGreaterThan(0);
  });

  it('reads left to right and upright under the bottom', () => {
    const glyphs = onCircle('EMMA', { side: 'bottom', radius: 80, angle: 180 });
    for (const g of glyphs) expect(Math.hypot(g.x - centre.x, g.y - centre.y)).toBeCloseTo(80, 2);
    const xs = glyphs.map((g) => g.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const g of glyphs) {
      expect(g.y).toBeGreaterThan(centre.y);
      expect(Math.abs(g.rotation)).toBeLessThan(90);
    }
  });

  it('turns each glyph to the circle through the glyph matrix both painters use', () => {
    const [glyph] = onCircle('H', { side: 'top', radius: 80, angle: 90 });
    const [a, b, c, d, e, f] = glyphMatrix(glyph!, 14, 1000);
    expect([e, f]).toEqual([glyph!.x, glyph!.y]);
    // At 3 o'clock the glyph's baseline runs down the page and one em up its own y axis points right, outwards.
    expect([a * 1000, b * 1000]).toEqual([expect.closeTo(0, 6), expect.closeTo(14, 6)]);
    expect([c * 1000, d * 1000]).toEqual([expect.closeTo(14, 6), expect.closeTo(0, 6)]);
  });
});
