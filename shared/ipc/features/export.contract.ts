import { z } from 'zod';
import { Design } from '../../model';
import type { EXPORT_CHANNELS } from '../channels';
import { Cancelled, FileHandle, type ChannelSpec } from '../common';
import { DataId } from './data.contract';

/** Opaque ids main issues: for a running or finished export, and for an export waiting for "Replace?". */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Count = z.number().int().min(0);
/** Where a file (or a per-record export's folder) went, without its id: the renderer opens nothing by it. */
const Place = FileHandle.pick({ name: true, folder: true });

/** Records one export takes from the records panel: far more than a day's orders, few enough for one message. */
export const MAX_EXPORT_RECORDS = 100_000;
/** Longest value of one field: a personalization is a few lines; this leaves room for a pasted poem. */
const MAX_VALUE = 10_000;
const MAX_COPIES = 100_000;
/** All values of one export together (UTF-16 code units): one IPC message stays far below what it can carry. */
const MAX_TOTAL_CHARS = 64_000_000;

function totalChars(records: readonly { values: Record<string, string> }[]): number {
  let n = 0;
  for (const r of records) for (const v of Object.values(r.values)) n += v.length;
  return n;
}

/** One label per page, or N-up on a sheet from the template catalogue starting at a cell (1-based). */
export const ExportLayout = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single') }).strict(),
  z.object({ kind: z.literal('sheet'), templateId: z.string().min(1).max(200), startCell: z.number().int().min(1).max(10_000) }).strict(),
]);
export type ExportLayout = z.infer<typeof ExportLayout>;

/** What the mapping found about a record's row (shared/merge RecordProblem); preflight passes it on. */
const RecordProblem = z
  .object({
    code: z.enum(['required-empty', 'too-long', 'bad-quantity', 'numbered-names', 'uneven-split']),
    field: z.string().max(200).nullable(),
    severity: z.enum(['error', 'warning']),
    message: z.string().max(2_000),
  })
  .strict();

/** A record of the records panel as it prints: mapped values with the user's edits, copies, and its row. */
export const ExportedRecord = z
  .object({
    values: z.record(z.string().max(200), z.string().max(MAX_VALUE)),
    copies: z.number().int().min(0).max(MAX_COPIES),
    /** The source row (header = 1): file names and order ids are read from the table's cells there. */
    row: z.number().int().min(1),
    part: z.object({ index: z.number().int().min(1), of: z.number().int().min(1) }).strict().nullable(),
    problems: z.array(RecordProblem).max(50),
  })
  .strict();
export type ExportedRecord = z.infer<typeof ExportedRecord>;

/** The fields' sample values, N times; or the records panel's records of the table main holds as `dataId`. */
export const ExportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sample'), copies: z.number().int().min(1).max(MAX_COPIES) }).strict(),
  z
    .object({ kind: z.literal('records'), dataId: DataId, records: z.array(ExportedRecord).min(1).max(MAX_EXPORT_RECORDS) })
    .strict()
    .refine((s) => totalChars(s.records) <= MAX_TOTAL_CHARS, { message: 'the records are too large to export at once: export a selection' }),
]);
export type ExportSource = z.infer<typeof ExportSource>;

/** One PDF (asked for with a Save dialog), or one PDF per record into a folder, named by a pattern. */
export const ExportOutput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pdf') }).strict(),
  /** `{Order ID}-{name}.pdf`: records whose names agree (an order's items) share a file. */
  z.object({ kind: z.literal('files'), pattern: z.string().trim().min(1).max(500) }).strict(),
]);
export type ExportOutput = z.infer<typeof ExportOutput>;

export const ExportOptions = z
  .object({
    /** Points; an inch is more than any printer asks for. */
    bleed: z.number().finite().min(0).max(72),
    marks: z.enum(['crop', 'none']),
    layout: ExportLayout,
    source: ExportSource,
    output: ExportOutput,
    pdfx: z.boolean(),
    /** 'outlines': text as filled shapes, no fonts in the file (for cutters and shops that refuse fonts). */
    text: z.enum(['glyphs', 'outlines']),
    /** Export despite preflight errors, for this reason (recorded in the PDF's keywords). */
    override: z.string().trim().min(1).max(500).optional(),
  })
  .strict();
export type ExportOptions = z.infer<typeof ExportOptions>;

export const ExportSummary = z.object({
  records: Count,
  labels: Count,
  pages: Count,
  bytes: Count,
  seconds: z.number().min(0),
  warnings: z.array(z.string()),
  /** A per-record export's files, counted. */
  files: Count.optional(),
  /** Preflight found errors and the export went ahead for this reason. */
  override: z.object({ reason: z.string(), errors: Count }).optional(),
});
export type ExportSummary = z.infer<typeof ExportSummary>;

export const ExportStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), done: Count, total: Count.nullable() }),
  z.object({ state: z.literal('done'), file: Place, summary: ExportSummary }),
  z.object({ state: z.literal('failed'), error: z.string() }),
  z.object({ state: z.literal('cancelled') }),
]);
export type ExportStatus = z.infer<typeof ExportStatus>;

const ByJob = z.object({ jobId: JobId }).strict();
const Started = z.object({ cancelled: z.literal(false), jobId: JobId, file: Place });
/** A per-record export whose files exist already: nothing started until the user says to replace them. */
const AskReplace = z.object({
  cancelled: z.literal(false),
  replace: z.object({ confirmId: JobId, count: z.number().int().min(1), names: z.array(z.string()), folder: Place }),
});

export const exportContract = {
  /**
   * Asks where the PDF (or, per record, the folder) goes, then exports in a worker; poll `export:status`
   * with the job id. Files that would be replaced are asked about first (`export:replace`).
   */
  'export:start': {
    input: z.object({ design: Design, options: ExportOptions }).strict(),
    output: z.union([Cancelled, Started, AskReplace]),
  },
  /** The user said to replace the files `export:start` found: the export starts, overwriting them. */
  'export:replace': { input: z.object({ confirmId: JobId }).strict(), output: Started },
  'export:status': { input: ByJob, output: ExportStatus },
  /** Stops a running export; the PDF is not written. Finished exports are left as they are. */
  'export:cancel': { input: ByJob, output: z.object({}) },
  /** Shows a finished export's PDF (or folder) in the system's file manager. */
  'export:reveal': { input: ByJob, output: z.object({}) },
} satisfies Record<(typeof EXPORT_CHANNELS)[number], ChannelSpec>;
