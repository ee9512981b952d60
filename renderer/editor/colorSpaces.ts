import { approximateRgb, type Color } from '../../shared/model';

type Cmyk = Extract<Color, { space: 'cmyk' }>;

const clamp = (v: number) => Math.min(1, Math.max(0, v));
/** Thousandths are finer than any press; they keep converted values readable. */
const tidy = (v: number) => Math.round(clamp(v) * 1000) / 1000;

function toCmyk(c: Color): Cmyk {
  if (c.space === 'cmyk') return c;
  if (c.space === 'spot') return c.alternate;
  const k = 1 - Math.max(c.r, c.g, c.b);
  const part = (v: number) => (k >= 1 ? 0 : tidy((1 - v - k) / (1 - k)));
  return { space: 'cmyk', c: part(c.r), m: part(c.g), y: part(c.b), k: tidy(k) };
}

/**
 * The colour in another space, only when the user picks that space: RGB ↔ CMYK by the naive formula
 * (print accuracy comes from choosing CMYK or a spot colour in the first place), a new spot colour
 * keeping the current colour as its CMYK alternate.
 */
export function convertColor(c: Color, space: Color['space']): Color {
  if (c.space === space) return c;
  if (space === 'cmyk') return toCmyk(c);
  if (space === 'spot') return { space: 'spot', name: 'Spot colour', tint: 1, alternate: toCmyk(c) };
  const { r, g, b } = approximateRgb(c);
  return { space: 'rgb', r: tidy(r), g: tidy(g), b: tidy(b) };
}

export function rgbToHex(c: Color): string {
  const { r, g, b } = approximateRgb(c);
  return `#${[r, g, b].map((v) => Math.round(clamp(v) * 255).toString(16).padStart(2, '0')).join('')}`;
}

/** "#rrggbb" or "rrggbb" (also the 3-digit form) → an RGB colour; null when it is not one. */
export function hexToRgb(hex: string): Color | null {
  let h = hex.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(h)) h = [...h].map((d) => d + d).join('');
  if (!/^[0-9a-f]{6}$/i.test(h)) return null;
  const v = (i: number) => Math.round((parseInt(h.slice(i, i + 2), 16) / 255) * 1000) / 1000;
  return { space: 'rgb', r: v(0), g: v(2), b: v(4) };
}

export function sameColor(a: Color | null, b: Color | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
