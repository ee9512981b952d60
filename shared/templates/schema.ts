import { z } from 'zod';

/**
 * Sheet templates: a label shape repeated on a sheet of paper by one or more grid layouts (gLabels'
 * frame + layout). All lengths are points; positions are on the sheet, y down, origin at the paper's
 * top-left corner.
 */

const Pt = z.number().finite();
const PositivePt = Pt.positive();
const NonNegPt = Pt.min(0);

/** Lower-case brand and part joined by '-' (`avery-5160`); see `templateKey`. */
export const TemplateId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters and digits joined by "-"');

export const LabelShape = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('rect'), width: PositivePt, height: PositivePt, cornerRadius: NonNegPt })
    .refine((s) => s.cornerRadius <= Math.min(s.width, s.height) / 2, 'corner radius larger than half the label'),
  z.object({ kind: z.literal('round'), radius: PositivePt }),
  z.object({ kind: z.literal('ellipse'), width: PositivePt, height: PositivePt }),
  z
    .object({
      kind: z.literal('cd'),
      radius: PositivePt,
      holeRadius: NonNegPt,
      /** Business-card CDs: the disc clipped to this width and/or height, centred. */
      width: PositivePt.optional(),
      height: PositivePt.optional(),
    })
    .refine((s) => s.holeRadius < s.radius, 'hole as large as the disc'),
]);
export type LabelShape = z.infer<typeof LabelShape>;

/** nx × ny labels; the top-left label's box at (x0, y0), the next ones dx to the right and dy down. */
export const SheetLayout = z.object({
  nx: z.number().int().min(1),
  ny: z.number().int().min(1),
  x0: Pt,
  y0: Pt,
  dx: NonNegPt,
  dy: NonNegPt,
});
export type SheetLayout = z.infer<typeof SheetLayout>;

export const Paper = z.object({
  /** A paper-size id (`A4`, `US-Letter`, …), `other` for a custom sheet, or `roll` (one label per page). */
  id: z.string().min(1),
  width: PositivePt,
  height: PositivePt,
  /** Roll labels only: the width of the roll the labels sit on. */
  rollWidth: PositivePt.optional(),
});
export type Paper = z.infer<typeof Paper>;

const XY = z.object({ x: NonNegPt, y: NonNegPt });

export const TemplateAlias = z.object({ id: TemplateId, brand: z.string().min(1), part: z.string().min(1) });
export type TemplateAlias = z.infer<typeof TemplateAlias>;

export const SheetTemplate = z.object({
  id: TemplateId,
  brand: z.string().min(1),
  part: z.string().min(1),
  description: z.string(),
  paper: Paper,
  shape: LabelShape,
  /**
   * How far art may print past the label's edge on each side (gLabels' "waste"): the maker's own bleed
   * hint, before the room between labels limits it (see `layoutGaps`).
   */
  waste: XY.default({ x: 0, y: 0 }),
  /** Inset from the label edge that content should keep clear of; absent when the maker gives none. */
  safeMargin: XY.optional(),
  layouts: z.array(SheetLayout).min(1),
  /** Other products with the same geometry (another part number of the same sheet). */
  aliases: z.array(TemplateAlias).default([]),
  /** Category ids (keys of the catalogue's `categories`), e.g. `label`, `round-label`, `media`. */
  categories: z.array(z.string().min(1)).default([]),
});
export type SheetTemplate = z.infer<typeof SheetTemplate>;
