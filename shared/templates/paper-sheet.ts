import type { Surface } from '../model';
import { err, ok, type AppError, type Result } from '../result';
import { PT_PER_IN, PT_PER_MM } from '../units/length';
import { templateKey } from './catalogue';
import { labelSize } from './geometry';
import type { LabelShape, Paper, SheetTemplate } from './schema';

/**
 * Sheets that are not in the catalogue: a design's own label repeated on plain paper (Letter, A4, or any
 * size), in a grid of a given size or as many as fit. The result is an ordinary SheetTemplate, so imposition,
 * bleed planning and sheet marks treat it like a catalogue sheet.
 */

/** Paper by the names people use for it; ids as in the catalogue's paper table. */
export const PAPER_SIZES: Readonly<Record<string, Paper>> = {
  letter: { id: 'US-Letter', width: 8.5 * PT_PER_IN, height: 11 * PT_PER_IN },
  legal: { id: 'US-Legal', width: 8.5 * PT_PER_IN, height: 14 * PT_PER_IN },
  a3: { id: 'A3', width: 297 * PT_PER_MM, height: 420 * PT_PER_MM },
  a4: { id: 'A4', width: 210 * PT_PER_MM, height: 297 * PT_PER_MM },
  a5: { id: 'A5', width: 148 * PT_PER_MM, height: 210 * PT_PER_MM },
};

const UNITS: Record<string, number> = { mm: PT_PER_MM, cm: 10 * PT_PER_MM, in: PT_PER_IN, pt: 1 };
const CUSTOM = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)$/;

/** Why a paper, grid or layout cannot be used; `option` says which part of the request is at fault. */
export interface PaperSheetError extends AppError {
  code: 'bad-paper' | 'bad-grid' | 'label-too-big' | 'grid-too-big';
  option: 'paper' | 'grid';
}

const problem = (code: PaperSheetError['code'], option: PaperSheetError['option'], message: string) => err<PaperSheetError>({ code, option, message });

/** A paper by name (`letter`, `a4`, … in any case) or as width × height with a unit (`210x297mm`, `8.5x14in`). */
export function parsePaper(text: string): Result<Paper, PaperSheetError> {
  const key = text.trim().toLowerCase();
  const named = PAPER_SIZES[key];
  if (named) return ok(named);
  const match = CUSTOM.exec(key);
  const [width, height] = match ? [Number(match[1]) * UNITS[match[3]!]!, Number(match[2]) * UNITS[match[3]!]!] : [0, 0];
  if (!match || width <= 0 || height <= 0) {
    return problem('bad-paper', 'paper', `“${text}” is not a paper: use ${Object.keys(PAPER_SIZES).join(', ')}, or width x height with a unit, like 210x297mm or 8.5x14in`);
  }
  return ok({ id: 'other', width, height });
}

/** Columns × rows as people write them: `3x10`, `3×10`. */
export function parseGrid(text: string): Result<{ columns: number; rows: number }, PaperSheetError> {
  const match = /^(\d+)\s*[x×]\s*(\d+)$/.exec(text.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) return problem('bad-grid', 'grid', `“${text}” is not a grid: use columns x rows, like 3x10`);
  return ok({ columns: Number(match[1]), rows: Number(match[2]) });
}

/** The outline a surface is cut to, as a sheet template's label shape. */
export function surfaceLabelShape(surface: Pick<Surface, 'width' | 'height' | 'shape'>): LabelShape {
  const { width, height, shape } = surface;
  switch (shape.kind) {
    case 'rect':
      return { kind: 'rect', width, height, cornerRadius: 0 };
    case 'roundedRect':
      return { kind: 'rect', width, height, cornerRadius: Math.min(shape.radius, width / 2, height / 2) };
    case 'round':
      return width === height ? { kind: 'round', radius: width / 2 } : { kind: 'ellipse', width, height };
    case 'ellipse':
      return { kind: 'ellipse', width, height };
  }
}

export interface PaperLayout {
  paper: Paper;
  /** Columns × rows; absent: as many as fit. */
  grid?: { columns: number; rows: number };
  /** Room between neighbouring labels, in points. */
  gap: number;
  /** Room kept clear along every edge of the paper (printers cannot print to the edge), in points. */
  margin: number;
}

const inches = (pt: number) => `${+(pt / PT_PER_IN).toFixed(3)}`;
const size = (w: number, h: number) => `${inches(w)} × ${inches(h)} in`;

/**
 * `shape` repeated on plain paper: a grid of labels `gap` apart, centred on the paper, kept `margin` from its
 * edges. Without a grid, as many columns and rows as fit. An error when not one label, or not the grid asked
 * for, fits inside the margins.
 */
export function paperSheet(shape: LabelShape, layout: PaperLayout): Result<SheetTemplate, PaperSheetError> {
  const { paper, gap, margin } = layout;
  const label = labelSize(shape);
  const room = { width: paper.width - 2 * margin, height: paper.height - 2 * margin };
  const paperName = paper.id === 'other' ? `${size(paper.width, paper.height)} paper` : paper.id;
  const fitting = (space: number, length: number) => Math.max(0, Math.floor((space + gap) / (length + gap) + 1e-9));
  const grid = layout.grid ?? { columns: fitting(room.width, label.width), rows: fitting(room.height, label.height) };
  const used = { width: grid.columns * label.width + (grid.columns - 1) * gap, height: grid.rows * label.height + (grid.rows - 1) * gap };
  const within = `${paperName} inside ${inches(margin)} in margins (${size(room.width, room.height)})`;
  if (grid.columns === 0 || grid.rows === 0) {
    return problem('label-too-big', 'paper', `a ${size(label.width, label.height)} label does not fit on ${within}`);
  }
  if (used.width > room.width + 1e-6 || used.height > room.height + 1e-6) {
    return problem('grid-too-big', 'grid', `${grid.columns} × ${grid.rows} labels of ${size(label.width, label.height)}, ${inches(gap)} in apart, need ${size(used.width, used.height)}: more than ${within}`);
  }
  const paperKey = paper.id === 'other' ? `${Math.round(paper.width / PT_PER_MM)}x${Math.round(paper.height / PT_PER_MM)}mm` : templateKey(paper.id);
  return ok({
    id: `${paperKey}-${grid.columns}x${grid.rows}`,
    brand: 'Plain paper',
    part: `${grid.columns}x${grid.rows}`,
    description: `${grid.columns * grid.rows} labels of ${size(label.width, label.height)} on ${paperName}`,
    paper,
    shape,
    waste: { x: 0, y: 0 },
    layouts: [
      {
        nx: grid.columns,
        ny: grid.rows,
        x0: (paper.width - used.width) / 2,
        y0: (paper.height - used.height) / 2,
        dx: label.width + gap,
        dy: label.height + gap,
      },
    ],
    aliases: [],
    categories: [],
  });
}
