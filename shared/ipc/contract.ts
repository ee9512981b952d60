import { z } from 'zod';
import { Design } from '../model';
import type { Channel } from './channels';

/**
 * A file the user picked. `id` is an opaque token main issued for a path that came from a dialog,
 * a drop or the recent list; the renderer never sees or sends a path.
 */
export const FileHandle = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  name: z.string().max(255),
  folder: z.string().max(4096),
});
export type FileHandle = z.infer<typeof FileHandle>;

const Empty = z.object({}).strict();
const Cancelled = z.object({ cancelled: z.literal(true) });
const Opened = z.object({
  cancelled: z.literal(false),
  file: FileHandle,
  design: Design,
  /** What restore() repaired while loading, to tell the user. */
  repairs: z.array(z.string()),
});
const OpenResult = z.discriminatedUnion('cancelled', [Cancelled, Opened]);
const Saved = z.object({ cancelled: z.literal(false), file: FileHandle });

export const contract = {
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
} satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
