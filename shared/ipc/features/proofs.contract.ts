import { z } from 'zod';
import { Design } from '../../model';
import type { PROOF_CHANNELS } from '../channels';
import { Cancelled, type ChannelSpec } from '../common';

/** Opaque id main issues for a running or finished proof job. */
const JobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Count = z.number().int().min(0);

/** Most records one request proofs: more than the studio loads (10,000 rows, some split into several names). */
const MAX_PROOF_RECORDS = 100_000;

/**
 * One label of an order as the records panel has it: the values as they print (mapping and the user's
 * edits applied), the copies, and the order id from the order column ('' when the row has none).
 */
export const ProofRecord = z
  .object({
    /** Only grouped and put in file names (made safe and short there), so any cell of the order column will do. */
    orderId: z.string().max(10_000),
    /** Spreadsheet row (header = 1). */
    row: z.number().int().min(1),
    part: z.object({ index: z.number().int().min(1), of: z.number().int().min(1) }).strict().nullable(),
    values: z.record(z.string().max(200), z.string().max(100_000)),
    copies: z.number().int().min(1),
  })
  .strict();
export type ProofRecord = z.infer<typeof ProofRecord>;

export const ProofStatus = z.discriminatedUnion('state', [
  /** `done` of `total` orders have their proof. */
  z.object({ state: z.literal('running'), done: Count, total: Count }),
  /** `folder` is for showing only (the renderer opens nothing by it); `files` are the proofs' names in it. */
  z.object({ state: z.literal('done'), folder: z.string().max(4096), files: z.array(z.string()), pages: Count }),
  z.object({ state: z.literal('failed'), error: z.string() }),
  /** The proofs written before the cancel stay: each file is complete. */
  z.object({ state: z.literal('cancelled'), files: z.array(z.string()) }),
]);
export type ProofStatus = z.infer<typeof ProofStatus>;

const ByJob = z.object({ jobId: JobId }).strict();
const Started = z.object({ cancelled: z.literal(false), jobId: JobId, folder: z.string().max(4096), orders: Count });

export const proofContract = {
  /**
   * Asks for a folder, then writes one watermarked proof PDF per order of `records` into it (an existing
   * file is never replaced: the new proof gets a free name). Poll `proofs:status` with the job id.
   */
  'proofs:start': {
    input: z.object({ design: Design, records: z.array(ProofRecord).min(1).max(MAX_PROOF_RECORDS) }).strict(),
    output: z.discriminatedUnion('cancelled', [Cancelled, Started]),
  },
  'proofs:status': { input: ByJob, output: ProofStatus },
  /** Stops after the proof being written. */
  'proofs:cancel': { input: ByJob, output: z.object({}) },
  /** Shows the proofs' folder in the system's file manager, the first proof selected. */
  'proofs:reveal': { input: ByJob, output: z.object({}) },
} satisfies Record<(typeof PROOF_CHANNELS)[number], ChannelSpec>;
