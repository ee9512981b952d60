import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { HandlerError } from '../../shared/ipc/errors';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { builtinCatalogue } from '../../shared/templates';
import { AssetCache } from './asset-cache';
import { exportPdf, type ExportSummary } from './export';
import { loadRecords, SAMPLE_RECORD } from './export-data';
import { exportEngine, pdfxProfiles } from './export-engine';
import { openProjectFile } from './project-file';

/** An export as the CLI and the export worker describe it: files and options, plain data. */
export interface ExportRequest {
  design: string;
  out: string;
  /** Order data (CSV, JSON); absent: one label with the fields' sample values. */
  data?: string;
  /** `field=Column` overrides of the automatic mapping. */
  maps: string[];
  /** A sheet template id or alias; absent: one label per page. */
  sheet?: string;
  /** 1-based, as people count cells on a sheet. */
  startCell?: number;
  /** Points; default the design's own bleed. */
  bleed?: number;
  marks: 'crop' | 'none';
  pdfx: boolean;
}

export interface ExportHooks {
  onProgress?(done: number, total: number | undefined): void;
  signal?: AbortSignal;
}

/**
 * Opens the design and the data, checks every option, then exports. Bad input — a missing or damaged file,
 * an unknown sheet, field or column — is an error value whose message names the file, row or option.
 */
export async function runExportRequest(request: ExportRequest, hooks: ExportHooks = {}): Promise<Result<ExportSummary>> {
  const assets = new AssetCache();
  let project;
  try {
    project = await openProjectFile(request.design, assets);
  } catch (e) {
    if (e instanceof HandlerError) return err({ code: e.code, message: e.message });
    throw e;
  }
  const { design } = project;
  const sheet = request.sheet === undefined ? undefined : builtinCatalogue().get(request.sheet);
  if (request.sheet !== undefined && !sheet) {
    return err({ code: 'unknown-sheet', message: `--sheet: no sheet template “${request.sheet}” (list them with: namesake templates --search ${JSON.stringify(request.sheet)})` });
  }
  const loaded = request.data === undefined ? ok({ records: [SAMPLE_RECORD], warnings: [] as AppError[] }) : await loadRecords(request.data, design.fields, request.maps);
  if (!loaded.ok) return loaded;
  const pdfx = request.pdfx ? pdfxProfiles() : undefined;
  if (request.pdfx && !pdfx) return err({ code: 'no-icc', message: '--pdfx: the ICC profiles (coated-fogra39-generic.icc, sRGB.icc) were not found; set NAMESAKE_ICC_DIR to their folder' });
  const out = resolve(request.out);
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory()) return err({ code: 'bad-out', message: `--out: the folder of “${basename(out)}” does not exist` });

  const done = await exportPdf(
    {
      design,
      asset: (id) => assets.get(id),
      records: loaded.value.records,
      out,
      ...(sheet ? { sheet } : {}),
      ...(request.startCell !== undefined ? { startCell: request.startCell - 1 } : {}),
      ...(request.bleed !== undefined ? { bleed: request.bleed } : {}),
      marks: request.marks,
      ...(pdfx ? { pdfx } : {}),
      ...hooks,
    },
    await exportEngine(),
  );
  if (!done.ok) return done;
  const warnings = [...project.repairs.map((message) => ({ code: 'repaired', message })), ...loaded.value.warnings, ...done.value.warnings];
  return ok({ ...done.value, warnings });
}
