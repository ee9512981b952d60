import { basename } from 'node:path';
import type { DataPreview } from '../../shared/ipc/features/export.contract';
import { HandlerError } from '../../shared/ipc/errors';
import { autoMap, buildRecords } from '../../shared/merge';
import type { Field } from '../../shared/model';
import { importDataFile } from './data-import';
import { exportSentence, firstOf } from './export-messages';

/** Problems listed in full; the rest are counted. */
const SHOWN = 12;

/**
 * An order file read and mapped exactly as the export worker will (data-import, then shared/merge's
 * automatic mapping by field name), so the dialog shows the record count and every problem before the
 * export starts. Errors here are the ones that would stop the export.
 */
export async function previewDataFile(path: string, fields: readonly Field[], dataId: string): Promise<DataPreview> {
  const name = basename(path);
  const table = await importDataFile(path);
  if (!table.ok) throw new HandlerError('corrupt-file', exportSentence(`“${name}” can't be used as order data: ${table.error.message}`));
  const { columns, rows, problems, rowCount } = table.value;
  const mapping = autoMap(fields, columns);
  const records = buildRecords({ columns, rows }, fields, mapping);
  const errors: string[] = [];
  const warnings = problems.map((p) => exportSentence(`${name}: ${p.message}`));
  for (const problem of records.flatMap((r) => r.problems)) {
    (problem.severity === 'error' ? errors : warnings).push(exportSentence(`${name}: ${problem.message}`));
  }
  if (records.length === 0) errors.push(`“${name}” has no rows to print.`);
  return {
    dataId,
    name,
    rows: rowCount,
    records: records.length,
    labels: records.reduce((n, r) => n + r.copies, 0),
    mapping: fields.map((f) => ({ field: f.name, label: f.label, column: mapping.fields.find((m) => m.field === f.name)?.column ?? null })),
    copiesColumn: mapping.copiesColumn,
    errors: firstOf(errors, SHOWN),
    warnings: firstOf(warnings, SHOWN),
  };
}
