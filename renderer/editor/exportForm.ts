import type { ExportOptions, ExportSource } from '../../shared/ipc/features/export.contract';
import type { PlatformId } from '../../shared/merge';
import type { Design, Field, Surface } from '../../shared/model';
import { findOrderColumn } from '../../shared/preflight';
import { builtinCatalogue, labelSize, sheetCells, type SheetTemplate } from '../../shared/templates';
import { formatLength, toPt } from '../../shared/units/length';

export type ExportUnit = 'mm' | 'in';

/** The Export dialog's choices as the user left them: numbers as typed, checked on Export. */
export interface ExportForm {
  layout: 'single' | 'sheet';
  templateId: string | null;
  startCell: string;
  /** In the document's unit. */
  bleed: string;
  cropMarks: boolean;
  copies: string;
  pdfx: boolean;
  /** Text as filled shapes: no fonts in the PDF. */
  outlineText: boolean;
  /** The records panel's records, or the fields' sample values. */
  source: 'records' | 'sample';
  /** One PDF, or one PDF per record (records named alike share one: per order). */
  output: 'pdf' | 'files';
  /** File names of a per-record export: `{Order ID}-{name}.pdf`. */
  pattern: string;
  /** Export despite preflight errors… */
  overrideErrors: boolean;
  /** …for this reason, recorded in the PDF. */
  reason: string;
}

export type ExportFormErrors = Partial<Record<'template' | 'startCell' | 'bleed' | 'copies' | 'pattern' | 'override', string>>;

/** The records panel's records, ready to send: the table main holds, and the records to print. */
export type RecordsSource = Omit<Extract<ExportSource, { kind: 'records' }>, 'kind'>;


/** More bleed than this is a mistake (the contract's limit too). */
const MAX_BLEED_PT = 72;
const MAX_COPIES = 100_000;

/**
 * Starts from the design: its own bleed, and its sheet when it was made for one (a design from a sheet
 * product is named after the template, "Avery 5160", which the catalogue resolves).
 */
export function initialExportForm(design: Design, data: { columns: readonly string[]; platform: { id: PlatformId } } | null): ExportForm {
  const sheet = builtinCatalogue().get(design.document.name);
  return {
    layout: sheet ? 'sheet' : 'single',
    templateId: sheet?.id ?? null,
    startCell: '1',
    // Digits enough that the design's own bleed (1/16 in, 3 mm) goes back unchanged.
    bleed: formatLength(design.surfaces[0]!.bleed, design.document.unit, design.document.unit === 'in' ? 4 : 3),
    cropMarks: false,
    copies: '1',
    pdfx: false,
    outlineText: false,
    source: data ? 'records' : 'sample',
    output: 'pdf',
    pattern: defaultPattern(design.fields, data),
    overrideErrors: false,
    reason: '',
  };
}

/** `{Order ID}-{name}.pdf` when the data has an order column, else the first field's value, else the order alone. */
export function defaultPattern(fields: readonly Field[], data: { columns: readonly string[]; platform: { id: PlatformId } } | null): string {
  const order = data ? findOrderColumn(data.columns, data.platform.id) : null;
  const field = fields[0]?.name;
  const parts = [order, field].filter((p): p is string => p !== null && p !== undefined).map((p) => `{${p}}`);
  return `${parts.join('-') || 'label'}.pdf`;
}

export function sheetTemplate(id: string | null): SheetTemplate | undefined {
  return id === null ? undefined : builtinCatalogue().get(id);
}

/** "Avery 5160", as people name a sheet. */
export const sheetTitle = (t: SheetTemplate): string => `${t.brand} ${t.part}`;

/** Label size, labels per sheet and paper: "2.625 × 1 in · 30 per US-Letter". */
export function sheetDetail(t: SheetTemplate, unit: ExportUnit): string {
  const { width, height } = labelSize(t.shape);
  const size = t.shape.kind === 'round' ? `⌀ ${length(width, unit)}` : `${length(width, unit)} × ${length(height, unit)}`;
  const paper = t.paper.id === 'other' ? 'sheet' : t.paper.id;
  return `${size} ${unit} · ${sheetCells(t).length} per ${paper}`;
}

/** Said before exporting, as the imposer will say it after: a design that is not the sheet's label size. */
export function sizeMismatch(t: SheetTemplate, surface: Surface, unit: ExportUnit): string | null {
  const cell = labelSize(t.shape);
  const close = (a: number, b: number) => Math.abs(a - b) <= 0.5;
  if (close(cell.width, surface.width) && close(cell.height, surface.height)) return null;
  return `The design is ${length(surface.width, unit)} × ${length(surface.height, unit)} ${unit}, these labels ${length(cell.width, unit)} × ${length(cell.height, unit)} ${unit}: each label is centred on its cell.`;
}

/** Sheets matching a search (brand, part, size, shape), every sheet for an empty one. */
export function searchSheets(query: string): readonly SheetTemplate[] {
  const catalogue = builtinCatalogue();
  return query.trim() === '' ? catalogue.templates : catalogue.search(query);
}

/**
 * The form as the contract's options, or what to fix, per field. Labels come from `records` when the form
 * says so and there are any; preflight errors stop the export unless overridden with a reason.
 */
export function exportOptions(
  form: ExportForm,
  unit: ExportUnit,
  records: RecordsSource | null,
  /** Errors the preflight found in what will print. */
  preflightErrors: number,
): { ok: true; options: ExportOptions } | { ok: false; errors: ExportFormErrors } {
  const errors: ExportFormErrors = {};
  const bleed = number(form.bleed);
  if (bleed === null) errors.bleed = 'Enter a number.';
  else if (bleed < 0) errors.bleed = 'Use 0 or more.';
  else if (toPt(bleed, unit) > MAX_BLEED_PT) errors.bleed = `Use ${formatLength(MAX_BLEED_PT, unit)} ${unit} or less.`;

  const template = form.layout === 'sheet' ? sheetTemplate(form.templateId) : undefined;
  const cells = template ? sheetCells(template).length : 0;
  const startCell = number(form.startCell);
  if (form.layout === 'sheet' && !template) errors.template = 'Pick a sheet from the list.';
  else if (template && (startCell === null || !Number.isInteger(startCell) || startCell < 1 || startCell > cells)) {
    errors.startCell = `Use a cell from 1 to ${cells}.`;
  }

  const fromRecords = form.source === 'records' && records !== null ? records : null;
  const copies = number(form.copies);
  if (!fromRecords && (copies === null || !Number.isInteger(copies) || copies < 1 || copies > MAX_COPIES)) errors.copies = `Use a whole number from 1 to ${MAX_COPIES}.`;
  const pattern = form.pattern.trim();
  if (form.output === 'files' && pattern === '') errors.pattern = 'Enter a file name, such as {Order ID}.pdf.';
  const reason = form.reason.trim();
  if (preflightErrors > 0 && !form.overrideErrors) errors.override = 'Fix the errors first, or tick “Export anyway” and give a reason.';
  else if (preflightErrors > 0 && reason === '') errors.override = 'Say why the errors may go to print: the reason is recorded in the PDF.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    options: {
      bleed: toPt(bleed!, unit),
      marks: form.cropMarks ? 'crop' : 'none',
      layout: template ? { kind: 'sheet', templateId: template.id, startCell: startCell! } : { kind: 'single' },
      source: fromRecords ? { kind: 'records', ...fromRecords } : { kind: 'sample', copies: copies! },
      output: form.output === 'files' ? { kind: 'files', pattern } : { kind: 'pdf' },
      pdfx: form.pdfx,
      text: form.outlineText ? 'outlines' : 'glyphs',
      ...(preflightErrors > 0 ? { override: reason } : {}),
    },
  };
}

/** Bytes as people read a file size: "840 KB", "12.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const plural = (n: number, word: string): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

function length(pt: number, unit: ExportUnit): string {
  // Catalogue sizes are exact to 0.001 pt; a tenth of a millimetre is what a label maker quotes.
  return formatLength(pt, unit, unit === 'mm' ? 1 : 3);
}

function number(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  const n = trimmed === '' ? NaN : Number(trimmed);
  return Number.isFinite(n) ? n : null;
}
