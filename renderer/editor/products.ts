import type { NewDesignSpec } from '../../shared/model';
import { builtinCatalogue, labelSize, type SheetTemplate } from '../../shared/templates';
import { matches, parseQuery, type SearchEntry } from '../../shared/templates/search';
import { formatLength } from '../../shared/units/length';
import { formToSpec, type SurfaceKind } from './newDesignForm';
import { formFromPreset, PRESETS, type Preset } from './presets';
import { sheetLabelSpec } from './sheetProduct';

/** One card of the start screen's gallery: a single label or one label of a sheet. */
export interface Product {
  id: string;
  title: string;
  /** Size, and for sheets what the sheet holds. */
  detail: string;
  kind: 'single' | 'sheet';
  brand: string | null;
  shape: SurfaceKind;
  /** Trim size in points, for the thumbnail's proportions. */
  width: number;
  height: number;
  spec: NewDesignSpec;
}

export type ShapeFilter = 'any' | 'rectangle' | 'round' | 'oval';

const SHAPE_FILTER: Record<SurfaceKind, ShapeFilter> = { rect: 'rectangle', roundedRect: 'rectangle', round: 'round', ellipse: 'oval' };

function sizeText(p: { shape: SurfaceKind; width: number; height: number }, unit: 'mm' | 'in'): string {
  // Catalogue sizes are exact to 0.001 pt; a tenth of a millimetre is what a label maker quotes.
  const len = (pt: number) => formatLength(pt, unit, unit === 'mm' ? 1 : 3);
  return p.shape === 'round' ? `⌀ ${len(p.width)} ${unit}` : `${len(p.width)} × ${len(p.height)} ${unit}`;
}

function presetProduct(preset: Preset): Product {
  const result = formToSpec(formFromPreset(preset, preset.label));
  if (!result.ok) throw new Error(`Preset ${preset.id} is invalid.`);
  const { spec } = result;
  const size = { shape: spec.shape.kind, width: spec.width, height: spec.height };
  return { id: preset.id, title: preset.label, detail: `${preset.group} · ${sizeText(size, spec.unit)}`, kind: 'single', brand: null, ...size, spec };
}

function sheetProduct(template: SheetTemplate): Product {
  const spec = sheetLabelSpec(template);
  const perSheet = template.layouts.reduce((n, l) => n + l.nx * l.ny, 0);
  const paper = template.paper.id === 'roll' ? 'roll' : template.paper.id === 'other' ? 'sheet' : `${template.paper.id} sheet`;
  const { width, height } = labelSize(template.shape);
  return {
    id: `sheet:${template.id}`,
    title: spec.name,
    detail: `${template.description} · ${sizeText({ shape: spec.shape.kind, width, height }, spec.unit)} · ${perSheet} per ${paper}`,
    kind: 'sheet',
    brand: template.brand,
    shape: spec.shape.kind,
    width,
    height,
    spec,
  };
}

export interface ProductQuery {
  text: string;
  shape: ShapeFilter;
  /** A brand name, or null for every brand (single labels have none). */
  brand: string | null;
}

/**
 * The gallery's search: single labels first, then sheet templates, both matched with the template
 * catalogue's own query rules (words by prefix, sizes with units, bare numbers either way).
 */
export class ProductCatalogue {
  private readonly singles = PRESETS.map((preset) => {
    const product = presetProduct(preset);
    return { product, entry: presetEntry(preset, product) };
  });
  private readonly sheets = new Map<SheetTemplate, Product>();

  readonly brands: readonly string[] = [...new Set(builtinCatalogue().templates.map((t) => t.brand))].sort((a, b) => a.localeCompare(b));

  get size(): number {
    return this.singles.length + builtinCatalogue().templates.length;
  }

  search({ text, shape, brand }: ProductQuery): Product[] {
    const catalogue = builtinCatalogue();
    const terms = parseQuery(text);
    const singles = brand === null ? this.singles.filter((s) => matches(s.entry, terms)).map((s) => s.product) : [];
    const templates = text.trim() === '' ? catalogue.templates : catalogue.search(text);
    const sheets = templates.filter((t) => brand === null || t.brand === brand).map((t) => this.sheet(t));
    return [...singles, ...sheets].filter((p) => shape === 'any' || SHAPE_FILTER[p.shape] === shape);
  }

  /** Sheet products are built on first display: most of the 1,100 templates are never shown. */
  private sheet(template: SheetTemplate): Product {
    let product = this.sheets.get(template);
    if (!product) this.sheets.set(template, (product = sheetProduct(template)));
    return product;
  }
}

function presetEntry(preset: Preset, { spec }: Product): SearchEntry {
  const shapeWords = { rect: 'rectangle', roundedRect: 'rectangle rounded', round: 'round circle', ellipse: 'oval ellipse' }[spec.shape.kind];
  const words = `${preset.label} ${preset.group} single label ${shapeWords}`.toLowerCase().match(/[\p{L}\p{N}]+(?:\.\p{N}+)*/gu) ?? [];
  return { words: [...new Set(words)], dims: [spec.width, spec.height] };
}
