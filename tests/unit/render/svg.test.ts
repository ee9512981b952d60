import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DisplayItem, GroupItem, PathCommand, PathItem } from '../../../shared/render/display-list';
import { parseSvg, SVG_LIMITS, type VectorArt } from '../../../shared/render/svg';
import { parsePathData } from '../../../shared/render/svg-path';
import { parseTransform } from '../../../shared/render/svg-style';

const svg = (body: string, attrs = 'viewBox="0 0 100 100"') => `<svg xmlns="http://www.w3.org/2000/svg" ${attrs}>${body}</svg>`;

function art(source: string): VectorArt {
  const result = parseSvg(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The path items of a drawing, depth first, with the matrices of the groups around them applied to their points. */
function flatten(items: readonly DisplayItem[], m: readonly number[] = [1, 0, 0, 1, 0, 0]): Array<{ item: PathItem; points: number[][] }> {
  return items.flatMap((item) => {
    if (item.kind === 'group') return flatten(item.items, item.matrix ? compose(item.matrix, m) : m);
    if (item.kind !== 'path') return [];
    const at = (x: number, y: number) => [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!].map((v) => Math.round(v * 1000) / 1000);
    return [{ item, points: item.path.flatMap((c) => pointsOf(c).map(([x, y]) => at(x!, y!))) }];
  });
}
const compose = (a: readonly number[], b: readonly number[]) => [
  a[0]! * b[0]! + a[1]! * b[2]!, a[0]! * b[1]! + a[1]! * b[3]!, a[2]! * b[0]! + a[3]! * b[2]!, a[2]! * b[1]! + a[3]! * b[3]!,
  a[4]! * b[0]! + a[5]! * b[2]! + b[4]!, a[4]! * b[1]! + a[5]! * b[3]! + b[5]!,
];
const pointsOf = (c: PathCommand): number[][] => {
  const v = c.slice(1) as number[];
  return Array.from({ length: v.length / 2 }, (_, i) => [v[2 * i]!, v[2 * i + 1]!]);
};
const ends = (path: readonly PathCommand[]) => path.filter((c) => c[0] !== 'Z').map((c) => c.slice(-2).map((v) => Math.round((v as number) * 1000) / 1000));

describe('SVG path data', () => {
  it('makes every command absolute: relative moves, H/V, implicit lines after a move, close', () => {
    const { commands, error } = parsePathData('m10 10 20 0 0 20 h-20 V10 z m5 5 l1 1', 100);
    expect(error).toBeUndefined();
    expect(commands).toEqual([['M', 10, 10], ['L', 30, 10], ['L', 30, 30], ['L', 10, 30], ['L', 10, 10], ['Z'], ['M', 15, 15], ['L', 16, 16]]);
  });

  it('reflects control points for S and T, and packs numbers without separators', () => {
    const { commands } = parsePathData('M0 0C0-10 10-10 10 0S20 10 20 0M0 50Q5 40 10 50T20 50', 100);
    expect(commands[2]).toEqual(['C', 10, 10, 20, 10, 20, 0]);
    expect(commands[5]).toEqual(['Q', 15, 60, 20, 50]);
  });

  it('turns arcs into cubic Béziers that end exactly at the arc end and stay on the circle', () => {
    // A half circle of radius 10 around (10, 0), flags written without separators.
    const { commands } = parsePathData('M0 0a10 10 0 0010 10', 100);
    expect(commands.at(-1)!.slice(-2)).toEqual([10, 10]);
    // A half circle around (10, 0) with the sweep flag set runs clockwise on screen (y down): over the top.
    const half = parsePathData('M0 0 A10 10 0 0 1 20 0', 100).commands;
    expect(half.map((c) => c[0])).toEqual(['M', 'C', 'C']);
    const [, , , , , x, y] = half[1] as readonly ['C', number, number, number, number, number, number];
    expect(x).toBeCloseTo(10, 9);
    expect(y).toBeCloseTo(-10, 9);
    // The Bézier's midpoint stays on the circle (the 4/3·tan(θ/4) handles are off by under 0.03 %).
    const [, c1x, c1y, c2x, c2y] = half[1] as readonly ['C', number, number, number, number, number, number];
    const mid = [(0 + 3 * c1x + 3 * c2x + x) / 8, (0 + 3 * c1y + 3 * c2y + y) / 8];
    expect(Math.hypot(mid[0]! - 10, mid[1]!)).toBeCloseTo(10, 2);
  });

  it('draws up to a syntax error and says so, as browsers do', () => {
    const { commands, error } = parsePathData('M0 0 L10 10 L20 x', 100);
    expect(commands).toEqual([['M', 0, 0], ['L', 10, 10]]);
    expect(error).toMatch(/L command lacks numbers/);
  });
});

describe('SVG transforms', () => {
  it('composes a list right to left, as SVG applies it', () => {
    expect(parseTransform('translate(10,20) scale(2)')).toEqual([2, 0, 0, 2, 10, 20]);
    const rotated = parseTransform('rotate(90 10 10)')!.map((v) => Math.round(v * 1e6) / 1e6 + 0);
    expect(rotated).toEqual([0, 1, -1, 0, 20, 0]);
    expect(parseTransform('matrix(1 0 0 1 5 6) skewX(0)')).toEqual([1, 0, 0, 1, 5, 6]);
    expect(parseTransform('translate(1,2) bogus(3)')).toBeUndefined();
  });
});

describe('parseSvg', () => {
  it('converts the practical subset: rect (round corners), circle, ellipse, line, polyline, polygon, path', () => {
    const drawing = art(
      svg(`<rect x="10" y="10" width="30" height="20" rx="5"/><circle cx="50" cy="50" r="10"/><ellipse cx="20" cy="70" rx="10" ry="5"/>
        <line x1="0" y1="0" x2="100" y2="100" stroke="#000"/><polyline points="0,0 10,10 20,0" fill="none" stroke="red"/><polygon points="60 60 70 60 65 70"/>
        <path d="M80 10 h10 v10 h-10 z"/>`),
    );
    const paths = flatten(drawing.items);
    expect(paths).toHaveLength(7);
    const [rect, circle, ellipse, line, polyline, polygon, path] = paths.map((p) => p.item);
    expect(ends(rect!.path)[0]).toEqual([15, 10]); // the top edge starts after the 5-unit corner
    expect(rect!.path.filter((c) => c[0] === 'C')).toHaveLength(4);
    expect(ends(circle!.path)).toEqual([[60, 50], [50, 60], [40, 50], [50, 40], [60, 50]]);
    expect(ends(ellipse!.path)[0]).toEqual([30, 70]);
    expect(line!.path).toEqual([['M', 0, 0], ['L', 100, 100]]);
    expect(line!.stroke?.color).toEqual({ space: 'rgb', r: 0, g: 0, b: 0 });
    expect(polyline!.fill).toBeUndefined();
    expect(polyline!.stroke?.color).toEqual({ space: 'rgb', r: 1, g: 0, b: 0 });
    expect(polygon!.path.at(-1)).toEqual(['Z']);
    expect(ends(path!.path)).toEqual([[80, 10], [90, 10], [90, 20], [80, 20]]);
  });

  it('applies nested group transforms and inherits fill and stroke; style="…" wins over attributes', () => {
    const drawing = art(
      svg(`<g transform="translate(10 0)" fill="#0f0" stroke="navy" stroke-width="2"><g transform="scale(2)">
        <rect width="5" height="5"/><rect width="1" height="1" fill="red" style="fill: rgb(0, 0, 255); stroke: none"/></g></g>`),
    );
    const [a, b] = flatten(drawing.items);
    expect(a!.points.slice(0, 3)).toEqual([[10, 0], [20, 0], [20, 10]]);
    expect(a!.item.fill).toEqual({ space: 'rgb', r: 0, g: 1, b: 0 });
    expect(a!.item.stroke).toMatchObject({ color: { space: 'rgb', r: 0, g: 0, b: 128 / 255 }, width: 2 });
    expect(b!.item.fill).toEqual({ space: 'rgb', r: 0, g: 0, b: 1 });
    expect(b!.item.stroke).toBeUndefined();
  });

  it('keeps opacity: element opacity as a group, differing fill and stroke opacity as two items', () => {
    const drawing = art(svg(`<rect width="10" height="10" opacity="0.5"/><rect width="10" height="10" stroke="#000" fill-opacity="0.25"/>`));
    const [first, ...rest] = drawing.items as GroupItem[];
    expect(first).toMatchObject({ kind: 'group', opacity: 0.5 });
    expect(rest).toHaveLength(2);
    expect(rest[0]).toMatchObject({ kind: 'group', opacity: 0.25 });
    expect(rest[1]).toMatchObject({ kind: 'path', stroke: { width: 1 } });
  });

  it('moves the viewBox origin to (0, 0) and reads the printed size from width and height', () => {
    const drawing = art(svg('<rect x="50" y="50" width="10" height="10"/>', 'viewBox="50 50 100 50" width="40mm"'));
    expect([drawing.width, drawing.height]).toEqual([100, 50]);
    expect(drawing.physical.width).toBeCloseTo((40 / 25.4) * 72, 6);
    expect(drawing.physical.height).toBeCloseTo((20 / 25.4) * 72, 6);
    expect(flatten(drawing.items)[0]!.points[0]).toEqual([0, 0]);
    // No width or height: the viewBox in CSS pixels (1/96 in).
    expect(art(svg('<rect width="1" height="1"/>', 'viewBox="0 0 96 48"')).physical).toEqual({ width: 72, height: 36 });
    expect(art(svg('<rect width="1" height="1"/>', 'width="2in" height="1in"')).physical).toEqual({ width: 144, height: 72 });
  });

  it('resolves <use> inside the file and refuses to follow references out of it', () => {
    const drawing = art(svg('<defs><circle id="dot" r="2"/></defs><use href="#dot" x="10" y="20"/><use xlink:href="other.svg#x"/><use href="#dot"/>'));
    expect(flatten(drawing.items).map((p) => p.points[0])).toEqual([[12, 20], [2, 0]]);
    expect(drawing.warnings).toEqual(['<use> pointing outside the file was dropped: an SVG may not load other files']);
  });

  it('names every element it leaves out or approximates, and still draws the rest', () => {
    const drawing = art(
      svg(`<style>rect{fill:red}</style><script>alert(1)</script><text x="0" y="10">Hi</text><image href="x.png"/>
        <linearGradient id="g"><stop offset="0" stop-color="#ff8800"/></linearGradient><rect width="5" height="5" fill="url(#g)"/>
        <rect width="5" height="5" filter="url(#f)" stroke-dasharray="2 2" stroke="#000"/><blink/><sodipodi:namedview/><title>logo</title>`),
    );
    expect(drawing.warnings).toEqual([
      '<style> rules (CSS) are not supported: only attributes and style="…" on each element were used',
      '<script> was removed: scripts never run',
      '<text> is not supported and was left out: convert text to outlines (paths) in your drawing program',
      '<image> is not supported and was left out: place the picture as its own image',
      'gradient and pattern fills (on <rect>) are not supported: drawn in one flat colour',
      'filter on <rect> is not supported: drawn without the filter',
      'dashed strokes (on <rect>) are not supported: drawn solid',
      '<blink> is not supported and was left out',
    ]);
    const [gradient] = flatten(drawing.items);
    expect(gradient!.item.fill).toEqual({ space: 'rgb', r: 1, g: 136 / 255, b: 0 });
  });

  it('never expands entities the DOCTYPE declares (XXE, billion laughs)', () => {
    const source = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>
      ${svg('<rect width="10" height="10" fill="&x;" id="&b;"/>')}`;
    const drawing = art(source);
    expect(drawing.warnings).toEqual(['the colour “&x;” (fill of <rect>) is not supported: drawn black']);
  });

  it('refuses what is not a drawing, with a sentence', () => {
    expect(parseSvg('<html><body/></html>')).toMatchObject({ ok: false, error: { code: 'not-svg' } });
    expect(parseSvg('<svg><rect></svg>')).toMatchObject({ ok: false, error: { code: 'bad-svg' } });
    expect(parseSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')).toMatchObject({ ok: false, error: { code: 'svg-no-size' } });
  });

  it('bounds hostile files: element count, <use> expansion and path points', () => {
    const many = svg('<g/>'.repeat(SVG_LIMITS.maxElements + 1));
    expect(parseSvg(many)).toMatchObject({ ok: false, error: { code: 'svg-too-large' } });
    // Each level uses the one below twice: 2^30 circles if expanded naively.
    const levels = Array.from({ length: 30 }, (_, i) => `<g id="l${i + 1}"><use href="#l${i}"/><use href="#l${i}"/></g>`).join('');
    const bomb = parseSvg(svg(`<defs><circle id="l0" r="1"/>${levels}</defs><use href="#l30"/>`));
    expect(bomb).toMatchObject({ ok: false, error: { code: 'svg-too-large' } });
    // Shallow but wide: ten uses of the level below, six levels deep (a million circles).
    const wide = Array.from({ length: 6 }, (_, i) => `<g id="w${i + 1}">${`<use href="#w${i}"/>`.repeat(10)}</g>`).join('');
    expect(parseSvg(svg(`<defs><circle id="w0" r="1"/>${wide}</defs><use href="#w6"/>`))).toMatchObject({ ok: false, error: { code: 'svg-too-large' } });
    const points = Array.from({ length: SVG_LIMITS.maxCommands / 2 + 10 }, (_, i) => `L${i} ${i}`).join('');
    expect(parseSvg(svg(`<path d="M0 0${points}"/><path d="M0 0${points}"/>`))).toMatchObject({ ok: false, error: { code: 'svg-too-large' } });
  });

  it('never throws, whatever the text', () => {
    const pieces = fc.constantFrom('<svg viewBox="0 0 9 9">', '</svg>', '<g transform="rotate(', '<path d="M', 'a1 1 0 1', '"/>', '<use href="#a"', ' id="a"', '<!--', '<!DOCTYPE', '&#x', '>', '<rect width="1e999"', ' style="fill:', 'url(#', '<![CDATA[');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        const result = parseSvg(parts.join(''));
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});
