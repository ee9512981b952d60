import { z } from 'zod';
import { Design, Field } from '../../model';
import type { EXPORT_CHANNELS } from '../channels';
import { Cancelled, FileHandle, type ChannelSpec } from '../common';

/** Opaque ids main issues: for a running or finished export, and for the data file a dialog picked. */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const DataFileId = FileHandle.shape.id;
const Count = z.number().int().min(0);
/** Where a file went, without its id: the renderer opens nothing by it. */
const Place = FileHandle.pick({ name: true, folder: true });

/** One label per page, or N-up on a sheet from the template catalogue starting at a cell (1-based). */
export const ExportLayout = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single') }).strict(),
  z.object({ kind: z.literal('sheet'), templateId: z.string().min(1).max(200), startCell: z.number().int().min(1).max(10_000) }).strict(),
]);
export type ExportLayout = z.infer<typeof ExportLayout>;

/** The fields' sample values, N times; or one label per record of a data file picked with `export:chooseData`. */
export const ExportSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sample'), copies: z.number().int().min(1).max(100_000) }).strict(),
  z.object({ kind: z.literal('data'), dataId: DataFileId }).strict(),
]);
export type ExportSource = z.infer<typeof ExportSource>;

export const ExportOptions = z
  .object({
    /** Points; an inch is more than any printer asks for. */
    bleed: z.number().finite().min(0).max(72),
    marks: z.enum(['crop', 'none']),
    layout: ExportLayout,
    source: ExportSource,
    pdfx: z.boolean(),
  })
  .strict();
export type ExportOptions = z.infer<typeof ExportOptions>;

/** What a data file gives the design, shown before exporting: counts, the automatic mapping and its problems. */
export const DataPreview = z.object({
  dataId: DataFileId,
  name: z.string().max(255),
  rows: Count,
  /** Labels' worth of data (a row of numbered names is several). */
  records: Count,
  /** Labels to print: records × their copies. */
  labels: Count,
  /** Every field of the design, with the column that fills it or null (it prints its default value). */
  mapping: z.array(z.object({ field: z.string(), label: z.string(), column: z.string().nullable() })),
  /** The column giving each record's number of copies, if any. */
  copiesColumn: z.string().nullable(),
  /** Sentences; errors stop the export until the file is fixed. The first ones, then a count of the rest. */
  errors: z.array(z.string()),
  warnings: z.array(z.string()),
});
export type DataPreview = z.infer<typeof DataPreview>;

export const ExportSummary = z.object({
  records: Count,
  labels: Count,
  pages: Count,
  bytes: Count,
  seconds: z.number().min(0),
  warnings: z.array(z.string()),
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

export const exportContract = {
  /** Asks for an order file (CSV, TSV, XLSX, JSON) and previews it against the design's fields. */
  'export:chooseData': {
    input: z.object({ fields: z.array(Field) }).strict(),
    output: z.discriminatedUnion('cancelled', [Cancelled, z.object({ cancelled: z.literal(false), data: DataPreview })]),
  },
  /** Asks where to save the PDF, then exports in a worker; poll `export:status` with the job id. */
  'export:start': {
    input: z.object({ design: Design, options: ExportOptions }).strict(),
    output: z.discriminatedUnion('cancelled', [Cancelled, Started]),
  },
  'export:status': { input: ByJob, output: ExportStatus },
  /** Stops a running export; the PDF is not written. Finished exports are left as they are. */
  'export:cancel': { input: ByJob, output: z.object({}) },
  /** Shows a finished export's PDF in the system's file manager. */
  'export:reveal': { input: ByJob, output: z.object({}) },
} satisfies Record<(typeof EXPORT_CHANNELS)[number], ChannelSpec>;
