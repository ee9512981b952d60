import { fromPt, toPt } from '../../shared/units/length';
import { round } from '../editor/edits';
import { NumberField } from './NumberField';

/** Enough digits that typed values come back as typed: 0.01 mm, 0.001 in. */
const LENGTH_DIGITS = { mm: 2, in: 3 } as const;

interface Props {
  /** Without the unit: "Width" shows as "Width (mm)". */
  label: string;
  /** The model's value, in points. */
  pt: number;
  unit: 'mm' | 'in';
  /** In the design's unit. */
  min?: number;
  disabled: boolean;
  onCommit: (pt: number) => void;
}

/** A length typed in the design's unit and stored in points. */
export function LengthField({ label, pt, unit, min, disabled, onCommit }: Props) {
  return (
    <NumberField label={`${label} (${unit})`} value={fromPt(pt, unit)} digits={LENGTH_DIGITS[unit]} min={min} disabled={disabled} onCommit={(v) => onCommit(round(toPt(v, unit)))} />
  );
}
