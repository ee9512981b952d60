import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fillNamePattern, groupInOrder, parseNamePattern, uniqueFileNames, type NamePattern, type NameRef } from '../../shared/merge/file-names';
import type { Design } from '../../shared/model';
import { fieldValues } from '../../shared/render/fields';
import { err, ok, type AppError, type Result } from '../../shared/result';
import { exportPdf, type ExportJob, type ExportSummary } from './export';
import type { ExportRecord, SourceTable } from './export-data';
import type { ExportEngine } from './export-engine';
import { cellReader } from './job-inputs';

/** One file of a per-record export: its sanitized, distinct name and the records printed in it. */
export interface PlannedFile {
  name: string;
  records: ExportRecord[];
}

export interface FilesSummary extends ExportSummary {
  /** The files written, by name, in the order of their first record. */
  files: string[];
}

/** Conflicting names listed in a refusal; the rest are counted. */
const LISTED_CONFLICTS = 3;

/** Parses a `--name` pattern against the design's fields and the data's columns. */
export function namePattern(pattern: string, design: Design, table: SourceTable | undefined): Result<NamePattern> {
  return parseNamePattern(pattern, { fields: design.fields.map((f) => f.name), columns: table?.columns ?? [] });
}

/** A record's value for a pattern's reference: a field as it prints (merged, defaults filled), a column as the data has it. */
export function nameValues(design: Design, table: SourceTable | undefined): (record: ExportRecord, ref: NameRef) => string {
  const cell = cellReader(table);
  return (record, ref) => (ref.kind === 'column' ? cell(record, ref.name) : (fieldValues(design.fields, record.values ?? undefined).get(ref.name) ?? ''));
}

/**
 * Per-record files: each record's name from the pattern; records whose names come out the same (an
 * order's items under `{Order ID}.pdf`) share one file. Names are made safe for every OS and distinct.
 */
export function planRecordFiles(records: readonly ExportRecord[], pattern: NamePattern, valueOf: (record: ExportRecord, ref: NameRef) => string): PlannedFile[] {
  const groups = groupInOrder(records, (r) => fillNamePattern(pattern, (ref) => valueOf(r, ref)));
  const names = uniqueFileNames(groups.map((g) => g.key));
  return groups.map((g, i) => ({ name: names[i]!, records: g.items }));
}

/** Files are never replaced unless asked: the first few that exist are named, with how to go ahead. */
export function refuseOverwrites(folder: string, names: readonly string[], overwrite: boolean): Result<void> {
  if (overwrite) return ok(undefined);
  const existing = names.filter((n) => existsSync(join(folder, n)));
  if (!existing.length) return ok(undefined);
  const listed = existing.slice(0, LISTED_CONFLICTS).map((n) => `“${n}”`).join(', ');
  const more = existing.length > LISTED_CONFLICTS ? ` and ${existing.length - LISTED_CONFLICTS} more` : '';
  const verb = existing.length === 1 ? 'exists' : 'exist';
  return err({ code: 'file-exists', message: `--out: ${listed}${more} already ${verb} in “${basename(folder)}”; nothing was written (use --overwrite to replace them)` });
}

/** Creates the output folder (and its parents) when it does not exist yet. */
export async function ensureFolder(folder: string): Promise<Result<void>> {
  try {
    await mkdir(folder, { recursive: true });
    return ok(undefined);
  } catch (e) {
    return err({ code: 'bad-out', message: `--out: the folder “${basename(folder)}” cannot be created (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
  }
}

/**
 * Writes each planned file through the one export path (exportPdf), into `folder`, after checking that
 * none would replace a file (unless `overwrite`). Progress counts labels across all files.
 */
export async function exportFiles(
  job: Omit<ExportJob, 'records' | 'out' | 'total'>,
  files: readonly PlannedFile[],
  folder: string,
  overwrite: boolean,
  engine: ExportEngine,
): Promise<Result<FilesSummary>> {
  const started = performance.now();
  const refused = refuseOverwrites(folder, files.map((f) => f.name), overwrite);
  if (!refused.ok) return refused;
  const made = await ensureFolder(folder);
  if (!made.ok) return made;
  const total = files.reduce((n, f) => n + f.records.reduce((m, r) => m + r.copies, 0), 0);
  const summary: FilesSummary = { records: 0, labels: 0, pages: 0, bytes: 0, seconds: 0, warnings: [], files: [] };
  const warnings = new Map<string, AppError>();
  for (const file of files) {
    if (job.signal?.aborted) return err({ code: 'cancelled', message: `export cancelled after ${summary.files.length} of ${files.length} files` });
    const offset = summary.labels;
    const done = await exportPdf({ ...job, records: file.records, out: join(folder, file.name), onProgress: (n) => job.onProgress?.(offset + n, total) }, engine);
    if (!done.ok) return done;
    summary.records += done.value.records;
    summary.labels += done.value.labels;
    summary.pages += done.value.pages;
    summary.bytes += done.value.bytes;
    summary.files.push(file.name);
    for (const w of done.value.warnings) warnings.set(w.message, w);
  }
  return ok({ ...summary, seconds: (performance.now() - started) / 1000, warnings: [...warnings.values()] });
}
