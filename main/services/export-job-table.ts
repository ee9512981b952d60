import { randomBytes } from 'node:crypto';
import { basename, dirname } from 'node:path';
import type { ExportStatus } from '../../shared/ipc/features/export.contract';
import { HandlerError } from '../../shared/ipc/errors';
import type { Result } from '../../shared/result';
import { startExportJob, type ExportJob } from './export-jobs';
import { exportSentence } from './export-messages';
import type { ExportOutcome, ExportRequest } from './export-request';

/** Finished exports remembered for `export:status` and Show in folder; older ones are forgotten. */
const KEPT = 20;

interface Entry {
  status: ExportStatus;
  out: string;
  job: ExportJob;
}

/**
 * The exports main runs for the studio, by opaque id. The renderer polls their status (the bridge has no
 * push from main besides menu commands) and may cancel one or show its PDF; it never learns a path.
 */
export class ExportJobTable {
  private readonly entries = new Map<string, Entry>();

  /** Starts the worker; `settled` runs once it has finished, whatever the outcome (temp files go). */
  start(request: ExportRequest, worker: URL, settled: () => Promise<void>): string {
    const id = randomBytes(12).toString('base64url');
    const job = startExportJob(request, worker, (done, total) => {
      if (entry.status.state === 'running') entry.status = { state: 'running', done, total: total ?? null };
    });
    const entry: Entry = { status: { state: 'running', done: 0, total: null }, out: request.out, job };
    this.entries.set(id, entry);
    void job.result
      .then((result) => {
        entry.status = finalStatus(result, request.out);
        return settled();
      })
      // Only temp files are left when cleaning up fails; the system's temp folder is emptied in time.
      .catch(() => undefined)
      .finally(() => this.forgetOld());
    return id;
  }

  status(id: string): ExportStatus {
    return this.entry(id).status;
  }

  /** Asks a running export to stop; it reports `cancelled` once the worker has let go of the file. */
  cancel(id: string): void {
    const entry = this.entry(id);
    if (entry.status.state === 'running') entry.job.cancel();
  }

  /** The PDF (or the folder of PDFs) a finished export wrote. */
  writtenFile(id: string): string {
    const entry = this.entry(id);
    if (entry.status.state !== 'done') throw new HandlerError('bad-request', 'The PDF has not been written yet: wait until the export has finished.');
    return entry.out;
  }

  private entry(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry) throw new HandlerError('not-found', 'Namesake no longer knows that export. Export the design again.');
    return entry;
  }

  private forgetOld(): void {
    for (const [id, entry] of this.entries) {
      if (this.entries.size <= KEPT) return;
      if (entry.status.state !== 'running') this.entries.delete(id);
    }
  }
}

function finalStatus(result: Result<ExportOutcome>, out: string): ExportStatus {
  if (result.ok) {
    const { records, labels, pages, bytes, seconds, warnings, files, override } = result.value;
    const summary = { records, labels, pages, bytes, seconds, warnings: warnings.map((w) => exportSentence(w.message)) };
    return { state: 'done', file: { name: basename(out), folder: dirname(out) }, summary: { ...summary, ...(files ? { files: files.length } : {}), ...(override ? { override } : {}) } };
  }
  const { code, message } = result.error;
  if (code === 'cancelled') return { state: 'cancelled' };
  // A crash in the worker: the details are for a bug report, the user needs to know nothing was written.
  if (code === 'internal') return { state: 'failed', error: `The export stopped unexpectedly (${message}), and no PDF was written. Try again.` };
  // The worker's own preflight found errors the dialog's did not (an image it could not measure): the CLI's hint does not apply.
  if (code === 'preflight-errors') return { state: 'failed', error: `${exportSentence(message.replace(/; fix them, or export anyway .*$/, ''))} Fix them, or tick “Export anyway” and give a reason.` };
  return { state: 'failed', error: exportSentence(message) };
}
