/**
 * The export worker thread: runs one export off the main thread (ARCHITECTURE.md, "Export at scale"),
 * posting progress and honouring cancel. Started by main/services/export-jobs.ts; built next to the CLI.
 */
import { parentPort } from 'node:worker_threads';
import { runExportRequest } from '../services/export-request';
import type { FromExportWorker, ToExportWorker } from './export-protocol';

const port = parentPort;
if (!port) throw new Error('export-worker must run in a worker thread');
const cancel = new AbortController();
const post = (message: FromExportWorker) => port.postMessage(message);

port.on('message', (message: ToExportWorker) => {
  if (message.type === 'cancel') cancel.abort();
  else {
    runExportRequest(message.request, { signal: cancel.signal, onProgress: (done, total) => post({ type: 'progress', done, total }) })
      .then((result) => post({ type: 'done', result }))
      .catch((e: unknown) => post({ type: 'failed', message: e instanceof Error ? e.message : String(e) }))
      .finally(() => port.close());
  }
});
