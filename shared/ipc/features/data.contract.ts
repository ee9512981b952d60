import { z } from 'zod';
import type { DATA_CHANNELS } from '../channels';
import { Cancelled, Empty, type ChannelSpec } from '../common';

/** An imported table main keeps; opaque like a file id, so the renderer never holds a path. */
export const DataId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const EncodingName = z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh']);
export type EncodingName = z.infer<typeof EncodingName>;

/** Most rows one `data:rows` answer carries; it may carry fewer when the cells are long (see `nextOffset`). */
export const MAX_ROWS_PER_PAGE = 2000;

const Count = z.number().int().min(0);
const Place = z.number().int().min(1).nullable();

const Problem = z.object({ code: z.string().max(64), row: Place, column: Place, message: z.string() });

/**
 * One candidate reading of a file whose encoding was a guess. `samples[i]` is the same stretch of bytes
 * in every candidate, so the dialog can show “Zoë” next to “ZoÃ«”.
 */
export const EncodingCandidate = z.object({ encoding: EncodingName, samples: z.array(z.string()), invalid: Count });
export type EncodingCandidate = z.infer<typeof EncodingCandidate>;

/** What an import found, without the rows (those come page by page through `data:rows`). */
export const DataSummary = z.object({
  dataId: DataId,
  /** The table file's name (the Amazon report's, when zips came with it). */
  fileName: z.string().max(255),
  format: z.enum(['csv', 'json', 'xlsx']),
  platform: z.object({
    id: z.enum(['etsy-order-items', 'etsy-orders', 'shopify', 'amazon-custom', 'woocommerce', 'generic']),
    quantityColumn: z.string().nullable(),
    notForAutoMap: z.array(z.string()),
  }),
  /** null for a spreadsheet, whose text is always Unicode. */
  encoding: z
    .object({
      encoding: EncodingName,
      source: z.enum(['bom', 'valid-utf-8', 'guess', 'chosen']),
      /** A guess, or bytes later in the file that the encoding could not read: ask the user. */
      needsConfirmation: z.boolean(),
    })
    .nullable(),
  delimiter: z.enum([',', ';', '\t', '|']).nullable(),
  delimiterCertain: z.boolean(),
  columns: z.array(z.string()),
  rowCount: Count,
  blankRows: Count,
  /** The first problems; `problemCount` counts them all. */
  problems: z.array(Problem),
  problemCount: Count,
  doubleEncoding: z.object({
    cells: Count,
    repaired: z.boolean(),
    samples: z.array(z.object({ row: Count, column: Count, before: z.string(), after: z.string() })),
  }),
  /** Readings to choose between, first the one used; empty when the encoding is a fact (a BOM, valid UTF-8). */
  encodingChoices: z.array(EncodingCandidate),
  /** Amazon Custom customization zips that came with the report. */
  customizationFiles: Count,
});
export type DataSummary = z.infer<typeof DataSummary>;

export const DataRow = z.object({ row: z.number().int().min(1), cells: z.array(z.string()) });
export type DataRow = z.infer<typeof DataRow>;

const Imported = z.object({ cancelled: z.literal(false), data: DataSummary });

export const dataContract = {
  /** Asks for an order file (and, for Amazon Custom, its customization zips) and imports it in main. */
  'data:import': { input: Empty, output: z.discriminatedUnion('cancelled', [Cancelled, Imported]) },
  /** The same file again, read with the encoding the user chose and/or double-encoding repaired. */
  'data:reimport': {
    input: z.object({ dataId: DataId, encoding: EncodingName.optional(), repairDoubleEncoding: z.boolean() }).strict(),
    output: z.object({ data: DataSummary }),
  },
  /** Rows from `offset`; `nextOffset` is null once the table is exhausted. */
  'data:rows': {
    input: z.object({ dataId: DataId, offset: Count, limit: z.number().int().min(1).max(MAX_ROWS_PER_PAGE) }).strict(),
    output: z.object({ rows: z.array(DataRow), nextOffset: Count.nullable() }),
  },
} satisfies Record<(typeof DATA_CHANNELS)[number], ChannelSpec>;
