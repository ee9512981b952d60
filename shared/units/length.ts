/** Lengths in the model are PostScript points (1/72 in); the UI speaks mm or inches. */
export type LengthUnit = 'pt' | 'mm' | 'in';

export const PT_PER_IN = 72;
export const PT_PER_MM = 72 / 25.4;

const perUnit: Record<LengthUnit, number> = { pt: 1, mm: PT_PER_MM, in: PT_PER_IN };

export function toPt(value: number, unit: LengthUnit): number {
  return value * perUnit[unit];
}

export function fromPt(pt: number, unit: LengthUnit): number {
  return pt / perUnit[unit];
}

/** Rounds for display so 90 mm round-trips as "90", not "89.99999999". */
export function formatLength(pt: number, unit: LengthUnit, digits = unit === 'in' ? 3 : 2): string {
  const v = fromPt(pt, unit);
  return String(Number(v.toFixed(digits)));
}
