import type { FormUnit, NewDesignForm, SurfaceKind } from './newDesignForm';

export interface Preset {
  id: string;
  label: string;
  form: Omit<NewDesignForm, 'name'>;
}

type Row = [id: string, label: string, unit: FormUnit, shape: SurfaceKind, width: string, height: string, radius: string, bleed: string, safeMargin: string];

/** Common label sizes to start from; every field stays editable after picking one. */
const TABLE: Row[] = [
  ['candle-round-2.5in', '2.5 in round candle label', 'in', 'round', '2.5', '2.5', '0', '0.0625', '0.125'],
  ['business-90x50mm', '90 × 50 mm business label', 'mm', 'roundedRect', '90', '50', '3', '2', '3'],
  ['jar-oval-3x2in', '3 × 2 in oval jar label', 'in', 'ellipse', '3', '2', '0', '0.0625', '0.125'],
  ['shipping-4x6in', '4 × 6 in shipping label', 'in', 'rect', '4', '6', '0', '0', '0.125'],
];

export const PRESETS: readonly Preset[] = TABLE.map(([id, label, unit, shape, width, height, radius, bleed, safeMargin]) => ({
  id,
  label,
  form: { unit, shape, width, height, radius, bleed, safeMargin },
}));

export const DEFAULT_PRESET: Preset = PRESETS[1]!;

export function formFromPreset(preset: Preset, name = 'Untitled'): NewDesignForm {
  return { name, ...preset.form };
}
