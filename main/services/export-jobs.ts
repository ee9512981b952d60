import { Worker } from 'node:worker_threads';
import { err, type Result } from '../../shared/result';
import type { FromExportWorker, ToExportWorker } from '../workers/export-protocol';
import type { ExportOutcome, ExportRequest } from './export-request';

export interface ExportJob {
  /** Settles once: the summary, an input error, `cancelled`, or `internal` when the worker failed. */
  readonly result: Promise<Result<ExportOutcome>>;
  /** Stops the export at the next progress point; the output file is left as it was. */
  cancel(): void;
}

/**
 * Runs an export in a worker thread so the caller (the Electron main process, behind IPC) stays responsive.
 * `workerScript` is the built main/workers/export-worker.ts (out/cli/export-worker.mjs from `npm run build:cli`).
 */
export function startExportJob(request: ExportRequest, workerScript: URL, onProgress?: (done: number, total: number | undefined) => void): ExportJob {
  const worker = new Worker(workerScript);
  const send = (message: ToExportWorker) => worker.postMessage(message);
  const result = new Promise<Result<ExportOutcome>>((resolve) => {
    worker.on('message', (message: FromExportWorker) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else resolve(message.type === 'done' ? message.result : err({ code: 'internal', message: message.message }));
    });
    worker.on('error', (e) => resolve(err({ code: 'internal', message: e.message })));
    worker.on('exit', (code) => resolve(err({ code: 'internal', message: `the export worker stopped (exit code ${code})` })));
  });
  send({ type: 'start', request });
  return { result, cancel: () => send({ type: 'cancel' }) };
}
