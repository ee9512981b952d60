import type { PreflightReport } from '../../shared/preflight';
import { exportEngine } from '../services/export-engine';
import { openJobInputs } from '../services/job-inputs';
import { preflightRecords } from '../services/preflight-run';
import type { PreflightArgs } from './args';
import type { Io } from './io';
import { UsageError } from './usage-error';

/** Exit code when preflight found errors (the records would not print as designed). */
export const EXIT_PREFLIGHT_ERRORS = 1;

/**
 * `namesake preflight`: every record checked as export would print it. One line per finding, or with
 * --json `{records, errors, warnings, findings}`; exit code 0 when clean (warnings allowed), 1 with errors.
 */
export async function runPreflight(args: PreflightArgs, io: Io): Promise<number> {
  const opened = await openJobInputs(args);
  if (!opened.ok) throw new UsageError(opened.error.message);
  for (const w of opened.value.warnings) io.err(`warning: ${w.message}`);
  const checked = await preflightRecords(opened.value, await exportEngine(opened.value));
  if (!checked.ok) throw new Error(checked.error.message);
  const report = checked.value;
  if (args.json) io.out(JSON.stringify(report));
  else {
    for (const f of report.findings) io.out(`${f.severity}: ${f.message}`);
    io.out(summaryLine(report));
  }
  return report.errors > 0 ? EXIT_PREFLIGHT_ERRORS : 0;
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summaryLine(report: PreflightReport): string {
  if (!report.findings.length) return `preflight: ${count(report.records, 'record')}, nothing to fix`;
  return `preflight: ${count(report.records, 'record')}, ${count(report.errors, 'error')}, ${count(report.warnings, 'warning')}`;
}
