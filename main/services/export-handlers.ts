import { basename, dirname } from 'node:path';
import type { EXPORT_CHANNELS } from '../../shared/ipc/channels';
import { HandlerError } from '../../shared/ipc/errors';
import type { ExportLayout } from '../../shared/ipc/features/export.contract';
import type { Handlers } from '../../shared/ipc/router';
import { builtinCatalogue, sheetCells } from '../../shared/templates';
import { previewDataFile } from './export-data-preview';
import { ExportJobTable } from './export-job-table';
import { PDF_FILTERS, suggestedPdfName, withPdfExtension } from './export-out-path';
import type { ExportRequest } from './export-request';
import { checkAssets, writeExportSnapshot } from './export-snapshot';
import type { FileServices } from './file-services';
import { FileGrants } from './grants';
import type { MainPorts } from './ports';

const CANCELLED = { cancelled: true as const };
const DATA_FILTERS = [
  { name: 'Order data', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * The studio's Export dialog: a data file to preview, then an export of the design the renderer sends,
 * to a PDF path only the Save dialog gives, run in the export worker (as the CLI's) and polled by id.
 */
export function createExportHandlers(ports: MainPorts, services: FileServices): Pick<Handlers, (typeof EXPORT_CHANNELS)[number]> {
  const jobs = new ExportJobTable();
  // Data files get ids of their own: an id for an order file must never reach file:save.
  const dataFiles = new FileGrants();

  function dataPath(dataId: string): string {
    const path = dataFiles.resolve(dataId);
    if (path === undefined) throw new HandlerError('not-permitted', 'Namesake no longer has access to that data file. Choose it again.');
    return path;
  }

  return {
    'export:chooseData': async ({ fields }) => {
      const path = await ports.dialogs.showOpen({ title: 'Choose order data', filters: DATA_FILTERS });
      if (path === null) return CANCELLED;
      return { cancelled: false as const, data: await previewDataFile(path, fields, dataFiles.grant(path).id) };
    },

    'export:start': async ({ design, options }) => {
      const { layout, source } = options;
      const sheet = sheetOptions(layout);
      const data = source.kind === 'data' ? dataPath(source.dataId) : undefined;
      checkAssets(design, services.assets);
      const chosen = await ports.dialogs.showSave({ title: 'Export PDF', defaultName: suggestedPdfName(design.document.name), filters: PDF_FILTERS });
      if (chosen === null) return CANCELLED;
      const out = await withPdfExtension(chosen);
      const worker = await ports.workers.exportWorker();
      const snapshot = await writeExportSnapshot(design, services.assets, source.kind === 'sample' ? source.copies : 1);
      const request: ExportRequest = {
        ...snapshot.inputs,
        ...(data === undefined ? {} : { data }),
        ...sheet,
        out,
        bleed: options.bleed,
        marks: options.marks,
        pdfx: options.pdfx,
      };
      const jobId = jobs.start(request, worker, snapshot.remove);
      return { cancelled: false as const, jobId, file: { name: basename(out), folder: dirname(out) } };
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
