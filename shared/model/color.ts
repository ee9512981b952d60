import { z } from 'zod';

const unit = z.number().min(0).max(1);

/** Colours stay in the space the user chose; no silent conversion (PRINT.md). */
export const RgbColor = z.object({ space: z.literal('rgb'), r: unit, g: unit, b: unit });
export const CmykColor = z.object({ space: z.literal('cmyk'), c: unit, m: unit, y: unit, k: unit });
export const SpotColor = z.object({
  space: z.literal('spot'),
  name: z.string().min(1).max(127),
  tint: unit,
  alternate: CmykColor,
});
export const Color = z.discriminatedUnion('space', [RgbColor, CmykColor, SpotColor]);
export type Color = z.infer<typeof Color>;

export const BLACK: Color = { space: 'rgb', r: 0, g: 0, b: 0 };
export const WHITE: Color = { space: 'rgb', r: 1, g: 1, b: 1 };

/** Screen approximation only; the PDF painter writes the colour as chosen. */
export function approximateRgb(c: Color): { r: number; g: number; b: number } {
  if (c.space === 'rgb') return { r: c.r, g: c.g, b: c.b };
  const cmyk = c.space === 'cmyk' ? c : scaleCmyk(c.alternate, c.tint);
  return { r: (1 - cmyk.c) * (1 - cmyk.k), g: (1 - cmyk.m) * (1 - cmyk.k), b: (1 - cmyk.y) * (1 - cmyk.k) };
}

export function colorToCss(c: Color): string {
  const { r, g, b } = approximateRgb(c);
  const to255 = (v: number) => Math.round(v * 255);
  return `rgb(${to255(r)}, ${to255(g)}, ${to255(b)})`;
}

function scaleCmyk(c: z.infer<typeof CmykColor>, t: number) {
  return { c: c.c * t, m: c.m * t, y: c.y * t, k: c.k * t };
}
