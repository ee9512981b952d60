import { runExportRequest, type ExportOutcome } from '../services/export-request';
import type { ExportArgs } from './args';
import type { Io } from './io';
import { UsageError } from './usage-error';

/** `namesake export`: bad input becomes a UsageError (one `error:` line, exit code 2); else a summary. */
export async function runExport(args: ExportArgs, io: Io): Promise<void> {
  const done = await runExportRequest(args);
  if (!done.ok) throw new UsageError(done.error.message);
  report(args, done.value, io);
}

function report(args: ExportArgs, summary: ExportOutcome, io: Io): void {
  const { files, override } = summary;
  if (args.json) {
    const { records, pages, bytes, seconds, warnings } = summary;
    io.out(JSON.stringify({ records, pages, bytes, seconds: +seconds.toFixed(3), warnings, ...(files ? { files } : {}), ...(override ? { override } : {}) }));
    return;
  }
  for (const w of summary.warnings) io.err(`warning: ${w.message}`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (override) io.err(`warning: exported despite ${plural(override.errors, 'preflight error')}: “${override.reason}” (recorded in the PDF's keywords)`);
  const where = files ? `${plural(files.length, 'file')} in ${args.out}` : args.out;
  io.out(`wrote ${where}: ${plural(summary.records, 'record')}, ${plural(summary.pages, 'page')}, ${(summary.bytes / 1024).toFixed(1)} KB in ${summary.seconds.toFixed(2)} s`);
}
