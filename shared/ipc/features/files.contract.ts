import { z } from 'zod';
import { Design } from '../../model';
import { Cancelled, Empty, FileHandle, type ChannelSpec } from '../common';
import type { FILE_CHANNELS } from '../channels';

const Opened = z.object({
  cancelled: z.literal(false),
  file: FileHandle,
  design: Design,
  /** What restore() repaired while loading, to tell the user. */
  repairs: z.array(z.string()),
});
const OpenResult = z.discriminatedUnion('cancelled', [Cancelled, Opened]);
const Saved = z.object({ cancelled: z.literal(false), file: FileHandle });

export const fileContract = {
  'app:info': {
    input: Empty,
    output: z.object({ name: z.string(), version: z.string(), platform: z.string() }),
  },
  'file:open': { input: Empty, output: OpenResult },
  'file:openRecent': { input: z.object({ fileId: FileHandle.shape.id }).strict(), output: OpenResult },
  'file:save': {
    input: z.object({ fileId: FileHandle.shape.id, design: Design }).strict(),
    output: Saved,
  },
  'file:saveAs': {
    input: z.object({ design: Design, suggestedName: z.string().max(200) }).strict(),
    output: z.discriminatedUnion('cancelled', [Cancelled, Saved]),
  },
  'file:recent': { input: Empty, output: z.object({ files: z.array(FileHandle) }) },
} satisfies Record<(typeof FILE_CHANNELS)[number], ChannelSpec>;
