import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { EXPORT_CHANNELS } from '../../shared/ipc/channels';
import { HandlerError } from '../../shared/ipc/errors';
import type { ExportLayout, ExportOptions } from '../../shared/ipc/features/export.contract';
import type { Handlers } from '../../shared/ipc/router';
import type { Design } from '../../shared/model';
import { builtinCatalogue, sheetCells } from '../../shared/templates';
import type { DataStore } from './data-store';
import type { InlineRecords } from './export-data';
import { namePattern, nameValues, planRecordFiles } from './export-files';
import { ExportJobTable } from './export-job-table';
import { exportSentence } from './export-messages';
import { PDF_FILTERS, suggestedPdfName, withPdfExtension } from './export-out-path';
import type { ExportRequest } from './export-request';
import { checkAssets, studioRecords, writeExportSnapshot } from './export-snapshot';
import type { FileServices } from './file-services';
import { withFontAssets } from './fonts/project-fonts';
import type { MainPorts } from './ports';

const CANCELLED = { cancelled: true as const };
/** Per-record exports waiting for "Replace?": the latest few; an older answer must export again. */
const WAITING = 4;
/** Existing files named in the question; the rest are counted. */
const NAMED = 3;

/** An export checked and placed, all but the design's snapshot (written when it starts). */
type Prepared = { design: Design; request: Omit<ExportRequest, 'design'> };

/**
 * The studio's Export dialog: an export of the design the renderer sends, of the sample values or of the
 * records panel's records (main holds their table by data id), to a PDF path only the Save dialog gives
 * or a folder only the folder dialog gives, run in the export worker (as the CLI's) and polled by id.
 * A per-record export never replaces files unless the user said so after being asked.
 */
export function createExportHandlers(ports: MainPorts, services: FileServices, data: DataStore): Pick<Handlers, (typeof EXPORT_CHANNELS)[number]> {
  const jobs = new ExportJobTable();
  const waiting = new Map<string, Prepared>();

  async function launch({ design, request }: Prepared) {
    const worker = await ports.workers.exportWorker();
    // The worker opens the snapshot as the CLI opens a file, so the fonts a design carries print there too.
    const snapshot = await writeExportSnapshot(await withFontAssets(design, services.fonts, services.assets), services.assets);
    const jobId = jobs.start({ ...request, design: snapshot.design }, worker, snapshot.remove);
    return { cancelled: false as const, jobId, file: { name: basename(request.out), folder: dirname(request.out) } };
  }

  return {
    'export:start': async ({ design, options }) => {
      const records = sourceRecords(options, data);
      const sheet = sheetOptions(options.layout);
      const planned = options.output.kind === 'files' ? plannedNames(design, options.output.pattern, records) : undefined;
      checkAssets(design, services.assets);
      const out = planned ? await ports.dialogs.showOpenFolder({ title: 'Export PDFs into a folder' }) : await askPdfPath(ports, design);
      if (out === null) return CANCELLED;
      const prepared: Prepared = { design, request: exportRequest(options, out, records, sheet) };
      const existing = planned?.filter((name) => existsSync(join(out, name))) ?? [];
      if (existing.length === 0) return launch(prepared);
      const confirmId = randomBytes(12).toString('base64url');
      waiting.set(confirmId, prepared);
      for (const id of waiting.keys()) if (waiting.size > WAITING) waiting.delete(id);
      return { cancelled: false as const, replace: { confirmId, count: existing.length, names: existing.slice(0, NAMED), folder: { name: basename(out), folder: dirname(out) } } };
    },

    'export:replace': async ({ confirmId }) => {
      const prepared = waiting.get(confirmId);
      if (!prepared?.request.perRecord) throw new HandlerError('not-found', 'Namesake no longer knows that export. Export again.');
      waiting.delete(confirmId);
      return launch({ ...prepared, request: { ...prepared.request, perRecord: { ...prepared.request.perRecord, overwrite: true } } });
    },

    'export:status': async ({ jobId }) => jobs.status(jobId),

    'export:cancel': async ({ jobId }) => {
      jobs.cancel(jobId);
      return {};
    },

    'export:reveal': async ({ jobId }) => {
      ports.shell.showItemInFolder(jobs.writtenFile(jobId));
      return {};
    },
  };
}

async function askPdfPath(ports: MainPorts, design: Design): Promise<string | null> {
  const chosen = await ports.dialogs.showSave({ title: 'Export PDF', defaultName: suggestedPdfName(design.document.name), filters: PDF_FILTERS });
  return chosen === null ? null : withPdfExtension(chosen);
}

/** The records panel's records with their table rows, or undefined for the sample values. */
function sourceRecords({ source }: ExportOptions, data: DataStore): InlineRecords | undefined {
  if (source.kind === 'sample') return undefined;
  const stored = data.get(source.dataId);
  if (!stored) throw new HandlerError('not-found', 'That imported data is no longer open. Import the file again in the Records panel.');
  return studioRecords(stored, source.records);
}

/** The request the worker runs, as the CLI would say it; per record, files are not replaced unless asked. */
function exportRequest(options: ExportOptions, out: string, records: InlineRecords | undefined, sheet: Pick<ExportRequest, 'sheet' | 'startCell'>): Omit<ExportRequest, 'design'> {
  const { source, output } = options;
  return {
    out,
    maps: [],
    ...(records ? { records } : { copies: source.kind === 'sample' ? source.copies : 1 }),
    ...sheet,
    bleed: options.bleed,
    marks: options.marks,
    pdfx: options.pdfx,
    text: options.text,
    ...(options.override ? { override: options.override } : {}),
    ...(output.kind === 'files' ? { perRecord: { name: output.pattern, overwrite: false } } : {}),
  };
}

/** The files a per-record export will write, named as the worker will name them; a bad pattern is refused before any dialog. */
function plannedNames(design: Design, pattern: string, records: InlineRecords | undefined): string[] {
  const parsed = namePattern(pattern, design, records?.table);
  if (!parsed.ok) throw new HandlerError('bad-request', exportSentence(parsed.error.message));
  const list = records?.records ?? [{ values: null, copies: 1, row: null }];
  return planRecordFiles(list, parsed.value, nameValues(design, records?.table)).map((f) => f.name);
}

/** A sheet the catalogue has and a start cell on it, checked before the Save dialog asks anything. */
function sheetOptions(layout: ExportLayout): Pick<ExportRequest, 'sheet' | 'startCell'> {
  if (layout.kind === 'single') return {};
  const template = builtinCatalogue().get(layout.templateId);
  if (!template) throw new HandlerError('bad-request', `There is no sheet template “${layout.templateId}”. Pick a sheet from the list.`);
  const cells = sheetCells(template).length;
  if (layout.startCell > cells) {
    throw new HandlerError('bad-request', `Start cell ${layout.startCell} is not on ${template.brand} ${template.part}, which has cells 1 to ${cells}.`);
  }
  return { sheet: template.id, startCell: layout.startCell };
}
