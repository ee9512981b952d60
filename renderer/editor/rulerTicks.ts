import { PT_PER_IN, PT_PER_MM } from '../../shared/units/length';

interface Tick {
  /** Screen position along the ruler, in CSS pixels from its start. */
  px: number;
  /** Major ticks are long and carry a label in the design's unit. */
  label: string | null;
}

/** Steps between labelled ticks, in the unit; the first that leaves room for a label is used. */
const MAJOR_STEPS = { mm: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000], in: [0.125, 0.25, 0.5, 1, 2, 5, 10, 20, 50, 100] };
/** How many parts a major step is cut into, preferred first; inches halve, millimetres go decimal. */
const DIVISIONS = { mm: [10, 5, 2, 1], in: [8, 4, 2, 1] };
const MIN_LABEL_PX = 56;
const MIN_TICK_PX = 5;

/**
 * Ticks for a ruler along one axis. Scene position s (points) is at screen px = offset + s × zoom, the
 * same mapping the canvas uses, so the ruler's 0 sits on the trim box's edge.
 */
export function rulerTicks(unit: 'mm' | 'in', zoom: number, offset: number, lengthPx: number): Tick[] {
  const pxPerUnit = zoom * (unit === 'mm' ? PT_PER_MM : PT_PER_IN);
  const steps = MAJOR_STEPS[unit];
  const major = steps.find((s) => s * pxPerUnit >= MIN_LABEL_PX) ?? steps[steps.length - 1]!;
  const parts = DIVISIONS[unit].find((n) => (major / n) * pxPerUnit >= MIN_TICK_PX) ?? 1;
  const minor = major / parts;
  const first = Math.floor(-offset / pxPerUnit / minor);
  const last = Math.ceil((lengthPx - offset) / pxPerUnit / minor);
  const ticks: Tick[] = [];
  for (let i = first; i <= last; i++) {
    const value = i * minor;
    ticks.push({ px: offset + value * pxPerUnit, label: i % parts === 0 ? String(Number(value.toFixed(3))) : null });
  }
  return ticks;
}
