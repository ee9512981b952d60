/** Imposition: labels on sheets (N-up) with bleed clipped to the gaps and crop marks in the margins. */
export { SheetImposer, type SheetOptions } from './sheet-imposer';
export { planBleed, type BleedPlan, type CellBleed } from './cell-geometry';
