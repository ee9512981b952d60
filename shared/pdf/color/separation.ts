import type { Color } from '../../render/display-list';
import type { PDFArray, PDFContext } from '../lib';

type SpotColor = Extract<Color, { space: 'spot' }>;

export interface Cmyk {
  c: number;
  m: number;
  y: number;
  k: number;
}

/**
 * `[/Separation /Name /DeviceCMYK tint-transform]`: a named ink (a spot colour, a die line, Registration)
 * that a RIP can give its own plate, and that everything else shows through its CMYK alternate. The tint
 * transform is a Type 2 (exponential, N = 1) function: tint 0 → no ink, tint 1 → the alternate, linear in
 * between.
 */
export function separationColorSpace(context: PDFContext, name: string, alternate: Cmyk): PDFArray {
  return context.obj([
    'Separation',
    name,
    'DeviceCMYK',
    { FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [alternate.c, alternate.m, alternate.y, alternate.k], N: 1 },
  ]);
}

/** Registration colour: the colourant name All puts the marks on every plate (ISO 32000 8.6.6.4). */
export const REGISTRATION: SpotColor = { space: 'spot', name: 'All', tint: 1, alternate: { space: 'cmyk', c: 1, m: 1, y: 1, k: 1 } };

const ink = (name: string, c: number, m: number, y: number): SpotColor => ({ space: 'spot', name, tint: 1, alternate: { space: 'cmyk', c, m, y, k: 0 } });

/**
 * Die-line inks by role, under the names cutting plotters and RIPs look for. The alternates only matter on
 * screen; no one prints these plates.
 */
export const DIELINE_INKS = {
  cut: ink('CutContour', 0, 1, 0),
  crease: ink('Crease', 1, 0, 1),
  perforation: ink('Perforation', 0, 0.5, 1),
} as const;
