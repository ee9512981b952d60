import { z } from 'zod';

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

export const Empty = z.object({}).strict();
export const Cancelled = z.object({ cancelled: z.literal(true) });

/** One channel's request and answer schemas; every feature's contract is a record of these. */
export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
}
