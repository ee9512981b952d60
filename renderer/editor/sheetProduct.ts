import type { NewDesignSpec, SurfaceShape } from '../../shared/model';
import { labelSize, layoutGaps, type SheetTemplate } from '../../shared/templates';

/** What a sheet label gets when its maker gives no bleed or safe-margin hint: 1/16 in each. */
const DEFAULT_BLEED = 4.5;
const DEFAULT_SAFE = 4.5;

/** Papers measured in inches; designs for them work in inches, all others in millimetres. */
const INCH_PAPERS = new Set(['US-Letter', 'US-Legal']);

/**
 * A design for one label of a sheet. The sheet itself is for imposition at export; the design's name
 * is the template's brand and part ("Avery 5160"), which `Catalogue.get` resolves back to the template.
 */
export function sheetLabelSpec(template: SheetTemplate): NewDesignSpec {
  const { width, height } = labelSize(template.shape);
  // Bleed may not reach a neighbouring label: at most half the narrowest gap on the sheet.
  const halfGap = Math.min(...layoutGaps(template).flatMap((g) => [g.x, g.y])) / 2;
  const hint = Math.min(template.waste.x, template.waste.y);
  const bleed = Math.max(0, Math.min(hint > 0 ? hint : DEFAULT_BLEED, halfGap));
  const margin = template.safeMargin ? Math.min(template.safeMargin.x, template.safeMargin.y) : DEFAULT_SAFE;
  return {
    name: `${template.brand} ${template.part}`,
    unit: INCH_PAPERS.has(template.paper.id) ? 'in' : 'mm',
    width,
    height,
    shape: surfaceShape(template.shape),
    bleed,
    // Always leaves room for content, also on the narrowest labels.
    safeMargin: Math.min(margin, Math.min(width, height) / 4),
  };
}

/** A CD's hole is not part of a surface yet; the disc (or a business-card CD's clipped box) stands in. */
function surfaceShape(shape: SheetTemplate['shape']): SurfaceShape {
  switch (shape.kind) {
    case 'rect':
      return shape.cornerRadius > 0 ? { kind: 'roundedRect', radius: shape.cornerRadius } : { kind: 'rect' };
    case 'round':
      return { kind: 'round' };
    case 'ellipse':
      return { kind: 'ellipse' };
    case 'cd':
      return shape.width === undefined && shape.height === undefined ? { kind: 'round' } : { kind: 'rect' };
  }
}
