import type { NewDesignSpec, SurfaceShape } from '../../shared/model';
import { formatLength, toPt } from '../../shared/units/length';

export type SurfaceKind = SurfaceShape['kind'];
export type FormUnit = 'mm' | 'in';

/** What the New-design dialog edits: lengths as typed, in the chosen unit. */
export interface NewDesignForm {
  name: string;
  unit: FormUnit;
  shape: SurfaceKind;
  width: string;
  height: string;
  radius: string;
  bleed: string;
  safeMargin: string;
}

type LengthField = 'width' | 'height' | 'radius' | 'bleed' | 'safeMargin';
const LENGTH_FIELDS: LengthField[] = ['width', 'height', 'radius', 'bleed', 'safeMargin'];

export type FormErrors = Partial<Record<keyof NewDesignForm, string>>;
export type FormResult = { ok: true; spec: NewDesignSpec } | { ok: false; errors: FormErrors };

/** The largest page a PDF can hold (200 in), the model's own limit. */
const MAX_SIDE_PT = 14_400;
const MAX_MARGIN_PT = 1_000;

/** Enough digits that mm → in → mm gives back what was typed (90 mm → 3.5433 in → 90 mm). */
const CONVERT_DIGITS: Record<FormUnit, number> = { mm: 3, in: 4 };

/** Shows the same lengths in another unit, so switching units never changes the design's size. */
export function convertUnit(form: NewDesignForm, unit: FormUnit): NewDesignForm {
  if (unit === form.unit) return form;
  const next = { ...form, unit };
  for (const field of LENGTH_FIELDS) {
    const value = Number(form[field]);
    if (form[field].trim() !== '' && Number.isFinite(value)) next[field] = formatLength(toPt(value, form.unit), unit, CONVERT_DIGITS[unit]);
  }
  return next;
}

/** A round label has one size: its diameter is the width. */
function effectiveHeight(form: NewDesignForm): string {
  return form.shape === 'round' ? form.width : form.height;
}

export function formToSpec(form: NewDesignForm): FormResult {
  const errors: FormErrors = {};
  const pt = (field: LengthField, raw: string, check: (v: number) => string | null): number => {
    const value = raw.trim() === '' ? NaN : Number(raw);
    const problem = Number.isFinite(value) ? check(toPt(value, form.unit)) : 'Enter a number.';
    if (problem) errors[field] = problem;
    return Number.isFinite(value) ? toPt(value, form.unit) : 0;
  };
  const side = (v: number) => (v <= 0 ? 'Must be more than 0.' : v > MAX_SIDE_PT ? 'Must be at most 200 in (5080 mm).' : null);
  const width = pt('width', form.width, side);
  const height = pt('height', effectiveHeight(form), side);
  const half = Math.min(width, height) / 2;
  const margin = (v: number) => (v < 0 ? 'Cannot be negative.' : v > MAX_MARGIN_PT ? 'Is too large.' : null);
  const bleed = pt('bleed', form.bleed, margin);
  const safeMargin = pt('safeMargin', form.safeMargin, (v) => margin(v) ?? (v >= half ? 'Leaves no room for content.' : null));
  const radius = form.shape === 'roundedRect' ? pt('radius', form.radius, (v) => margin(v) ?? (v > half ? 'Is more than half the shorter side.' : null)) : 0;
  const name = form.name.trim();
  if (name === '') errors.name = 'Give the design a name.';
  if (name.length > 200) errors.name = 'Use at most 200 characters.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const shape: SurfaceShape = form.shape === 'roundedRect' ? { kind: 'roundedRect', radius } : { kind: form.shape };
  return { ok: true, spec: { name, unit: form.unit, width, height, shape, bleed, safeMargin } };
}
