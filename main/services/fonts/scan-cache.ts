import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-write';
import type { FaceSummary } from './font-faces';

const Face = z.object({
  faceIndex: z.number().int().nonnegative(),
  family: z.string(),
  style: z.string(),
  postScriptName: z.string(),
  embeddable: z.boolean(),
  travels: z.boolean(),
  scripts: z.array(z.string()),
}) satisfies z.ZodType<FaceSummary>;

/** A file's faces, or why it is not a usable font; valid while the file's mtime and size are unchanged. */
const Entry = z.object({
  mtimeMs: z.number(),
  size: z.number(),
  faces: z.array(Face),
  error: z.string().optional(),
});
export type CacheEntry = z.infer<typeof Entry>;

/** 2: faces say whether they travel in design files; a version-1 cache reads as empty, and every font is read again once. */
const CACHE_VERSION = 2;
const Stored = z.object({ version: z.literal(CACHE_VERSION), files: z.record(z.string(), Entry) });

/**
 * The font scan's memory between starts, a JSON file in the user-data folder keyed by path: a file whose
 * mtime and size are unchanged is not read again. A missing or damaged cache reads as empty; saving keeps
 * only the files scanned this session, so fonts that were removed drop out.
 */
export class ScanCache {
  private readonly seen = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(
    private readonly file: string | undefined,
    private stored: Readonly<Record<string, CacheEntry>>,
  ) {}

  /** `file` undefined: a cache for this process only (a CLI run with no user-data folder). */
  static async load(file: string | undefined): Promise<ScanCache> {
    if (file === undefined) return new ScanCache(undefined, {});
    const parsed = Stored.safeParse(await readFile(file, 'utf8').then(parseJson, () => undefined));
    return new ScanCache(file, parsed.success ? parsed.data.files : {});
  }

  /** The entry for `path` if it was made for this very file (same mtime and size). */
  get(path: string, mtimeMs: number, size: number): CacheEntry | undefined {
    const entry = this.seen.get(path) ?? this.stored[path];
    if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size) return undefined;
    this.seen.set(path, entry);
    return entry;
  }

  set(path: string, entry: CacheEntry): void {
    this.seen.set(path, entry);
    this.changed = true;
  }

  /** Writes the cache when this session read a file it did not know or no longer has one it knew. */
  async save(): Promise<void> {
    const dropped = Object.keys(this.stored).some((path) => !this.seen.has(path));
    if (this.file === undefined || (!this.changed && !dropped)) return;
    await mkdir(dirname(this.file), { recursive: true });
    const files = Object.fromEntries(this.seen);
    await writeFileAtomic(this.file, Buffer.from(JSON.stringify({ version: CACHE_VERSION, files })));
    this.stored = files;
    this.changed = false;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
