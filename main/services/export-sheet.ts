import type { Design } from '../../shared/model';
import { err, ok, type Result } from '../../shared/result';
import { builtinCatalogue, paperSheet, surfaceLabelShape, type Paper, type SheetTemplate } from '../../shared/templates';
import { PT_PER_IN } from '../../shared/units/length';

/** N-up on plain paper (`--paper`): grid, gap and margin as asked, else automatic. Lengths in points. */
export interface PaperRequest {
  paper: Paper;
  grid?: { columns: number; rows: number };
  gap?: number;
  margin?: number;
}

/** What most desktop printers leave unprinted along the paper's edges. */
export const DEFAULT_MARGIN = 0.25 * PT_PER_IN;

/**
 * The sheet an export imposes on: a catalogue template by id or alias, the design's label on plain paper,
 * or none (one label per page). Without a gap, labels on paper lie twice the bleed apart, so each keeps
 * its whole bleed. Errors name the option at fault.
 */
export function exportSheet(request: { sheet?: string; paper?: PaperRequest; bleed?: number }, design: Design): Result<SheetTemplate | undefined> {
  if (request.sheet !== undefined) {
    const sheet = builtinCatalogue().get(request.sheet);
    if (!sheet) return err({ code: 'unknown-sheet', message: `--sheet: no sheet template “${request.sheet}” (list them with: namesake templates --search ${JSON.stringify(request.sheet)})` });
    return ok(sheet);
  }
  if (!request.paper) return ok(undefined);
  const surface = design.surfaces[0]!;
  const { paper, grid, gap = 2 * (request.bleed ?? surface.bleed), margin = DEFAULT_MARGIN } = request.paper;
  const sheet = paperSheet(surfaceLabelShape(surface), { paper, gap, margin, ...(grid ? { grid } : {}) });
  return sheet.ok ? sheet : err({ code: sheet.error.code, message: `--${sheet.error.option}: ${sheet.error.message}` });
}
