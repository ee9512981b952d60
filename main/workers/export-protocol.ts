import type { Result } from '../../shared/result';
import type { ExportOutcome, ExportRequest } from '../services/export-request';

/** Messages to the export worker: one start, then perhaps a cancel. */
export type ToExportWorker = { type: 'start'; request: ExportRequest } | { type: 'cancel' };

/** Messages from it: progress while it runs, then exactly one of done (incl. bad input and cancel) or failed. */
export type FromExportWorker =
  | { type: 'progress'; done: number; total: number | undefined }
  | { type: 'done'; result: Result<ExportOutcome> }
  | { type: 'failed'; message: string };
