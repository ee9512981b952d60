import type { Color } from '../model/color';
import { multiply } from '../pdf/flip';
import type { Matrix } from './display-list';

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const TRANSFORM = /\s*(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)\s*,?/y;

/** An SVG `transform` list as one matrix; undefined when it cannot be read (the element is then drawn untransformed). */
export function parseTransform(value: string): Matrix | undefined {
  let matrix = IDENTITY;
  let at = 0;
  while (at < value.length && /\S/.test(value.slice(at))) {
    TRANSFORM.lastIndex = at;
    const m = TRANSFORM.exec(value);
    if (!m) return undefined;
    at = TRANSFORM.lastIndex;
    const n = numberList(m[2]!);
    const rad = ((n[0] ?? 0) * Math.PI) / 180;
    let step: Matrix | undefined;
    switch (m[1]) {
      case 'matrix':
        step = n.length === 6 ? (n as unknown as Matrix) : undefined;
        break;
      case 'translate':
        step = [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0];
        break;
      case 'scale':
        step = [n[0] ?? 1, 0, 0, n[1] ?? n[0] ?? 1, 0, 0];
        break;
      case 'rotate': {
        const [cx, cy] = [n[1] ?? 0, n[2] ?? 0];
        const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
        step = [cos, sin, -sin, cos, cx - cos * cx + sin * cy, cy - sin * cx - cos * cy];
        break;
      }
      case 'skewX':
        step = [1, 0, Math.tan(rad), 1, 0, 0];
        break;
      case 'skewY':
        step = [1, Math.tan(rad), 0, 1, 0, 0];
        break;
    }
    if (!step || step.some((v) => !Number.isFinite(v))) return undefined;
    // The list reads left to right as outer to inner: the rightmost transform applies first.
    matrix = multiply(step, matrix);
  }
  return matrix;
}

export function numberList(value: string): number[] {
  return (value.match(/[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? []).map(Number);
}

/** CSS length units in points; a bare number or `px` is a CSS pixel, 1/96 in. */
const UNIT_PT: Readonly<Record<string, number>> = { '': 0.75, px: 0.75, pt: 1, pc: 12, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, q: 72 / 101.6 };

/** An absolute length in points; undefined for percentages, font-relative units or garbage. */
export function lengthInPoints(value: string | undefined): number | undefined {
  const m = value?.trim().match(/^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([a-zA-Z]*)$/);
  const unit = m ? UNIT_PT[m[2]!.toLowerCase()] : undefined;
  return m && unit !== undefined ? Number(m[1]) * unit : undefined;
}

/** A length in user units (a plain number or px); undefined for anything relative. */
export function userLength(value: string | undefined): number | undefined {
  const pt = lengthInPoints(value);
  return pt === undefined ? undefined : pt / 0.75;
}

/**
 * The colour keywords real-world SVG exports use. Any other name is reported and drawn black, rather than
 * carrying all 148 CSS names for files that almost never use them.
 */
const NAMED: Readonly<Record<string, string>> = {
  black: '000000', white: 'ffffff', red: 'ff0000', green: '008000', blue: '0000ff', yellow: 'ffff00',
  orange: 'ffa500', purple: '800080', gray: '808080', grey: '808080', silver: 'c0c0c0', maroon: '800000',
  navy: '000080', teal: '008080', olive: '808000', lime: '00ff00', aqua: '00ffff', cyan: '00ffff',
  fuchsia: 'ff00ff', magenta: 'ff00ff', pink: 'ffc0cb', brown: 'a52a2a', gold: 'ffd700', darkgray: 'a9a9a9',
  darkgrey: 'a9a9a9', lightgray: 'd3d3d3', lightgrey: 'd3d3d3', darkred: '8b0000', darkgreen: '006400',
  darkblue: '00008b', crimson: 'dc143c', tomato: 'ff6347', coral: 'ff7f50', salmon: 'fa8072', khaki: 'f0e68c',
  beige: 'f5f5dc', ivory: 'fffff0', tan: 'd2b48c', chocolate: 'd2691e', indigo: '4b0082', violet: 'ee82ee',
  turquoise: '40e0d0', skyblue: '87ceeb', steelblue: '4682b4', royalblue: '4169e1', forestgreen: '228b22',
  seagreen: '2e8b57', limegreen: '32cd32', slategray: '708090', slategrey: '708090', whitesmoke: 'f5f5f5',
};

export type Paint = { kind: 'none' } | { kind: 'color'; color: Color } | { kind: 'url'; id: string } | { kind: 'unknown'; value: string };

/** A `fill` or `stroke` value. `currentColor` is black: there is no CSS `color` to inherit in a placed image. */
export function parsePaint(raw: string): Paint {
  const value = raw.trim();
  const url = value.match(/^url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/);
  if (url) return { kind: 'url', id: url[1]! };
  if (value === 'none' || value === 'transparent') return { kind: 'none' };
  if (value === 'currentColor') return { kind: 'color', color: rgb(0, 0, 0) };
  const color = parseColor(value);
  return color ? { kind: 'color', color } : { kind: 'unknown', value };
}

export function parseColor(value: string): Color | undefined {
  const v = value.trim().toLowerCase();
  const hex = (NAMED[v] ?? (v.startsWith('#') ? v.slice(1) : undefined))?.replace(/^([0-9a-f])([0-9a-f])([0-9a-f])$/, '$1$1$2$2$3$3');
  if (hex !== undefined) {
    if (!/^[0-9a-f]{6}([0-9a-f]{2})?$/.test(hex)) return undefined;
    return rgb(parseInt(hex.slice(0, 2), 16) / 255, parseInt(hex.slice(2, 4), 16) / 255, parseInt(hex.slice(4, 6), 16) / 255);
  }
  const fn = v.match(/^rgba?\(([^)]*)\)$/);
  if (!fn) return undefined;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const channel = (p: string) => (p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p) / 255);
  const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
  return [r, g, b].every(Number.isFinite) ? rgb(r, g, b) : undefined;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
const rgb = (r: number, g: number, b: number): Color => ({ space: 'rgb', r: clamp(r), g: clamp(g), b: clamp(b) });

/** `style="fill:red; stroke-width:2"` → its declarations; they override the presentation attributes. */
export function styleDeclarations(style: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of style?.split(';') ?? []) {
    const colon = part.indexOf(':');
    if (colon > 0) out.set(part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).replace(/!important/i, '').trim());
  }
  return out;
}
