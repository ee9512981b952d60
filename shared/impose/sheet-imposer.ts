import { err, ok, type AppError, type Result } from '../result';
import type { DisplayItem, Path, SharedItem, SurfaceDisplayList } from '../render/display-list';
import { labelSize, sheetCells, type SheetCell, type SheetTemplate } from '../templates';
import { cellClip, planBleed, type CellBleed } from './cell-geometry';
import { sheetMarks } from './sheet-marks';

export interface SheetOptions {
  /** The first cell to fill on the first sheet, 0-based in fill order (a partly used sheet). */
  startCell?: number;
  /** Requested bleed in points, before it is clipped to the room between labels. */
  bleed: number;
  marks: 'crop' | 'none';
}

/** A label size that differs from the template's by more than this is reported. */
const SIZE_SLIP = 0.5;

/**
 * N-up imposition: labels fill a sheet template's cells in reading order (`sheetCells`), sheet after sheet.
 * A finished sheet is itself a display list the size of the paper (bleed 0), each label a group moved to its
 * cell and clipped to the label's outline plus the bleed that fits; its shared artwork stays shared, so the
 * PDF painter still writes it once per document. Crop marks (in the paper margins) are shared too.
 */
export class SheetImposer {
  readonly warnings: AppError[] = [];
  private readonly cells: SheetCell[];
  private readonly bleeds: CellBleed[];
  /** Per layout: the label outline plus bleed, in the coordinates of a label placed on one of its cells. */
  private readonly clips: Path[];
  private readonly marks: SharedItem | undefined;
  private readonly offset: { x: number; y: number };
  private placed: DisplayItem[] = [];
  private next: number;

  private constructor(
    private readonly template: SheetTemplate,
    label: { width: number; height: number },
    options: SheetOptions,
  ) {
    this.cells = sheetCells(template);
    this.next = options.startCell ?? 0;
    const plan = planBleed(template, options.bleed);
    this.bleeds = plan.bleeds;
    if (plan.warning) this.warnings.push({ code: 'bleed-clipped', message: plan.warning });
    const cell = labelSize(template.shape);
    // A design made for another label size is centred on each cell, and said so.
    this.offset = { x: (cell.width - label.width) / 2, y: (cell.height - label.height) / 2 };
    if (Math.abs(cell.width - label.width) > SIZE_SLIP || Math.abs(cell.height - label.height) > SIZE_SLIP) {
      const size = (s: { width: number; height: number }) => `${+(s.width / 72).toFixed(3)} × ${+(s.height / 72).toFixed(3)} in`;
      this.warnings.push({ code: 'size-mismatch', message: `the design is ${size(label)} but ${template.id} labels are ${size(cell)}; each label is centred on its cell` });
    }
    this.clips = this.bleeds.map((b) => cellClip(template.shape, b, { x: -this.offset.x, y: -this.offset.y }));
    const boxes = this.cells.map((c) => ({ x: c.x, y: c.y, ...cell }));
    const bleed = { x: Math.max(...this.bleeds.map((b) => b.x)), y: Math.max(...this.bleeds.map((b) => b.y)) };
    const marks = options.marks === 'crop' ? sheetMarks(boxes, template.paper, bleed) : undefined;
    if (options.marks === 'crop' && !marks) this.warnings.push({ code: 'no-room-for-marks', message: `the margins of ${template.id} leave no room for crop marks` });
    this.marks = marks && { kind: 'shared', artwork: { id: `sheet-marks ${template.id}`, items: [marks] } };
  }

  /** `startCell` must name a cell of the sheet. */
  static create(template: SheetTemplate, label: { width: number; height: number }, options: SheetOptions): Result<SheetImposer> {
    const count = sheetCells(template).length;
    const start = options.startCell ?? 0;
    if (!Number.isInteger(start) || start < 0 || start >= count) {
      return err({ code: 'bad-start-cell', message: `start cell ${start + 1} is not on ${template.id}, which has cells 1 to ${count}` });
    }
    return ok(new SheetImposer(template, label, options));
  }

  /** Puts one label in the next free cell; returns the sheet when this label filled it. */
  place(label: SurfaceDisplayList): SurfaceDisplayList | undefined {
    const cell = this.cells[this.next]!;
    const { x, y } = this.offset;
    this.placed.push({ kind: 'group', matrix: [1, 0, 0, 1, cell.x + x, cell.y + y], clip: this.clips[cell.layout]!, items: label.items });
    this.next++;
    return this.next === this.cells.length ? this.sheet() : undefined;
  }

  /** The last, partly filled sheet; undefined when the last label filled its sheet. */
  finish(): SurfaceDisplayList | undefined {
    return this.placed.length ? this.sheet() : undefined;
  }

  private sheet(): SurfaceDisplayList {
    const items = this.marks ? [...this.placed, this.marks] : this.placed;
    const { paper } = this.template;
    this.placed = [];
    this.next = 0;
    return { surfaceId: `sheet ${this.template.id}`, width: paper.width, height: paper.height, bleed: 0, items };
  }
}
