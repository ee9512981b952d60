import type { FormUnit, NewDesignForm, SurfaceKind } from './newDesignForm';

/** Where a single-label product sits in the start screen's gallery. */
type PresetGroup = 'Round' | 'Rectangle' | 'Oval' | 'Wine & bottle' | 'Jar wrap';

export interface Preset {
  id: string;
  label: string;
  group: PresetGroup;
  form: Omit<NewDesignForm, 'name'>;
}

type Row = [id: string, label: string, group: PresetGroup, unit: FormUnit, shape: SurfaceKind, width: string, height: string, radius: string, bleed: string, safeMargin: string];

/**
 * Common single labels to start from; every field stays editable after picking one. Bleed 1/16 in and
 * a 1/8 in safe margin are what label printers commonly ask for; the shipping label prints to a
 * thermal roll, which has no bleed.
 */
const TABLE: Row[] = [
  ['round-1in', '1 in round label', 'Round', 'in', 'round', '1', '1', '0', '0.0625', '0.0625'],
  ['round-1.5in', '1.5 in round label', 'Round', 'in', 'round', '1.5', '1.5', '0', '0.0625', '0.125'],
  ['round-2in', '2 in round label', 'Round', 'in', 'round', '2', '2', '0', '0.0625', '0.125'],
  ['candle-round-2.5in', '2.5 in round candle label', 'Round', 'in', 'round', '2.5', '2.5', '0', '0.0625', '0.125'],
  ['round-3in', '3 in round label', 'Round', 'in', 'round', '3', '3', '0', '0.0625', '0.125'],
  ['round-3.5in', '3.5 in round label', 'Round', 'in', 'round', '3.5', '3.5', '0', '0.0625', '0.125'],
  ['rect-2x1in', '2 × 1 in rectangle label', 'Rectangle', 'in', 'rect', '2', '1', '0', '0.0625', '0.0625'],
  ['rect-3x2in', '3 × 2 in rectangle label', 'Rectangle', 'in', 'roundedRect', '3', '2', '0.125', '0.0625', '0.125'],
  ['rect-4x3in', '4 × 3 in rectangle label', 'Rectangle', 'in', 'rect', '4', '3', '0', '0.0625', '0.125'],
  ['business-90x50mm', '90 × 50 mm business label', 'Rectangle', 'mm', 'roundedRect', '90', '50', '3', '2', '3'],
  ['shipping-4x6in', '4 × 6 in shipping label', 'Rectangle', 'in', 'rect', '4', '6', '0', '0', '0.125'],
  ['jar-oval-3x2in', '3 × 2 in oval jar label', 'Oval', 'in', 'ellipse', '3', '2', '0', '0.0625', '0.125'],
  ['wine-3.5x4in', '3.5 × 4 in wine label', 'Wine & bottle', 'in', 'rect', '3.5', '4', '0', '0.0625', '0.125'],
  ['bottle-2x4in', '2 × 4 in bottle label', 'Wine & bottle', 'in', 'rect', '2', '4', '0', '0.0625', '0.125'],
  ['jar-wrap-8.5x2in', '8.5 × 2 in jar wrap', 'Jar wrap', 'in', 'rect', '8.5', '2', '0', '0.0625', '0.125'],
  ['jar-wrap-10x3in', '10 × 3 in jar wrap', 'Jar wrap', 'in', 'rect', '10', '3', '0', '0.0625', '0.125'],
];

export const PRESETS: readonly Preset[] = TABLE.map(([id, label, group, unit, shape, width, height, radius, bleed, safeMargin]) => ({
  id,
  label,
  group,
  form: { unit, shape, width, height, radius, bleed, safeMargin },
}));

export const DEFAULT_PRESET: Preset = PRESETS.find((p) => p.id === 'business-90x50mm')!;

export function formFromPreset(preset: Preset, name = 'Untitled'): NewDesignForm {
  return { name, ...preset.form };
}
