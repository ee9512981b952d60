import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Design } from '../../shared/model';
import type { TextMode } from '../../shared/pdf';
import { err, ok, type Result } from '../../shared/result';
import { exportPdf, type ExportSummary } from './export';
import { exportSheet, type PaperRequest } from './export-sheet';
import { recordWarnings, type ExportRecord, type SourceTable } from './export-data';
import { exportEngine, pdfxProfiles } from './export-engine';
import { exportFiles, namePattern, nameValues, planRecordFiles } from './export-files';
import { dataName, openJobInputs, type JobFiles } from './job-inputs';
import { preflightRecords, preflightRefusal } from './preflight-run';
import { approvedRecords, orderIds } from './proof-orders';

/** An export as the CLI and the export worker describe it: files and options, plain data. */
export interface ExportRequest extends JobFiles {
  out: string;
  /** A sheet template id or alias; absent: one label per page (or `paper`). */
  sheet?: string;
  /** N-up on plain paper instead of a catalogue sheet. */
  paper?: PaperRequest;
  /** 1-based, as people count cells on a sheet. */
  startCell?: number;
  /** Points; default the design's own bleed. */
  bleed?: number;
  marks: 'crop' | 'none';
  pdfx: boolean;
  /** Default 'glyphs' (searchable text with embedded fonts); 'outlines' paints text as shapes, no fonts. */
  text?: TextMode;
  /** Export despite preflight errors, for this reason (written into the PDF's /Keywords and the summary). */
  override?: string;
  /** Only the records of orders whose proof was approved (the design's approvals). */
  approvedOnly?: boolean;
  /** The column holding order ids; found by its name (`Order ID`, Shopify's `Name`…) when absent. */
  orderColumn?: string;
  /** One PDF per record into the folder `out`, named by the pattern; records whose names agree share a file. */
  perRecord?: { name: string; overwrite: boolean };
}

export interface ExportHooks {
  onProgress?(done: number, total: number | undefined): void;
  signal?: AbortSignal;
}

/** What an export did: the summary, the files of a per-record export, and an override when one was used. */
export interface ExportOutcome extends ExportSummary {
  files?: string[];
  /** Preflight found errors and the export went ahead for this reason (also in the PDF's /Keywords). */
  override?: { reason: string; errors: number };
}

/**
 * Opens the design and the data, checks every option, preflights every record, then exports. Bad input —
 * a missing or damaged file, an unknown sheet, field or column — is an error value whose message names the
 * file, row or option; so are preflight errors, unless the request overrides them with a reason.
 */
export async function runExportRequest(request: ExportRequest, hooks: ExportHooks = {}): Promise<Result<ExportOutcome>> {
  const opened = await openJobInputs(request);
  if (!opened.ok) return opened;
  const { design, assets, table } = opened.value;
  const imposed = exportSheet(request, design);
  if (!imposed.ok) return imposed;
  const sheet = imposed.value;
  const records = request.approvedOnly ? approved(design, opened.value.records, table, request.orderColumn) : ok(opened.value.records);
  if (!records.ok) return records;
  const pdfx = request.pdfx ? pdfxProfiles() : undefined;
  if (request.pdfx && !pdfx) return err({ code: 'no-icc', message: '--pdfx: the ICC profiles (coated-fogra39-generic.icc, sRGB.icc) were not found; set NAMESAKE_ICC_DIR to their folder' });
  const out = resolve(request.out);
  // A per-record export's `out` is a folder, made when missing; the folder holding it must exist, as for one PDF.
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) return err({ code: 'bad-out', message: `--out: the folder of “${basename(out)}” does not exist` });
  const pattern = request.perRecord ? namePattern(request.perRecord.name, design, table) : undefined;
  if (pattern && !pattern.ok) return pattern;

  const engine = await exportEngine({ design, assets });
  const checked = await preflightRecords({ design, assets, records: records.value }, engine, hooks.signal ? { signal: hooks.signal } : {});
  if (!checked.ok) return checked;
  const { errors } = checked.value;
  if (errors > 0 && request.override === undefined) return err(preflightRefusal(checked.value));
  const override = errors > 0 && request.override !== undefined ? { reason: request.override, errors } : undefined;

  const job = {
    design,
    asset: (id: string) => assets.get(id),
    ...(sheet ? { sheet } : {}),
    ...(request.startCell !== undefined ? { startCell: request.startCell - 1 } : {}),
    ...(request.bleed !== undefined ? { bleed: request.bleed } : {}),
    marks: request.marks,
    ...(request.text ? { text: request.text } : {}),
    ...(pdfx ? { pdfx } : {}),
    ...(override ? { keywords: `Namesake preflight override (${errors} ${errors === 1 ? 'error' : 'errors'}): ${override.reason}` } : {}),
    ...hooks,
  };
  const done =
    pattern && request.perRecord
      ? await exportFiles(job, planRecordFiles(records.value, pattern.value, nameValues(design, table)), out, request.perRecord.overwrite, engine)
      : await exportPdf({ ...job, records: records.value, out }, engine);
  if (!done.ok) return done;
  const source = dataName(request);
  const dataWarnings = source === undefined ? [] : recordWarnings(records.value, source);
  return ok({ ...done.value, warnings: [...opened.value.warnings, ...dataWarnings, ...done.value.warnings], ...(override ? { override } : {}) });
}

/** `--approved-only`: the records of orders whose proof was approved. */
function approved(design: Design, records: ExportRecord[], table: SourceTable | undefined, orderColumn: string | undefined): Result<ExportRecord[]> {
  const orders = orderIds(table, orderColumn, '--approved-only');
  return orders.ok ? approvedRecords(design, records, orders.value) : orders;
}
