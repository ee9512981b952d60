import { mkdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { createSerialQueue } from './serial-queue';

export const MAX_RECENT_FILES = 10;
export const RECENT_FILES_NAME = 'recent-files.json';

// A hand-edited or half-written list must not inject relative paths or grow without bound.
const StoredList = z.object({
  files: z.array(z.string().min(1).max(4096).refine((p) => isAbsolute(p))).max(100),
});

/**
 * The recent-files list, most recent first, persisted as JSON in the user-data folder. A corrupt list
 * reads as empty (and is replaced on the next add); files that no longer exist are left out.
 */
export class RecentFiles {
  private readonly queue = createSerialQueue();
  private readonly storePath: string;

  constructor(readonly folder: string) {
    this.storePath = join(folder, RECENT_FILES_NAME);
  }

  list(): Promise<string[]> {
    return this.queue.run(() => this.readExisting());
  }

  async includes(path: string): Promise<boolean> {
    return (await this.list()).includes(resolve(path));
  }

  /**
   * Puts `path` first. Never rejects: the list is a convenience, and failing to record a file must not
   * turn the open or save that succeeded into an error.
   */
  add(path: string): Promise<void> {
    return this.queue.run(async () => {
      const absolute = resolve(path);
      const others = (await this.readExisting()).filter((p) => p !== absolute);
      const files = [absolute, ...others].slice(0, MAX_RECENT_FILES);
      try {
        await mkdir(this.folder, { recursive: true });
        await writeFileAtomic(this.storePath, Buffer.from(JSON.stringify({ files }, null, 2)));
      } catch {
        // See above.
      }
    });
  }

  private async readExisting(): Promise<string[]> {
    const stored = await this.readStored();
    const exists = await Promise.all(stored.map((p) => stat(p).then((s) => s.isFile(), () => false)));
    return stored.filter((_, i) => exists[i]);
  }

  private async readStored(): Promise<string[]> {
    try {
      const parsed = StoredList.safeParse(JSON.parse(await readFile(this.storePath, 'utf8')));
      return parsed.success ? [...new Set(parsed.data.files.map((p) => resolve(p)))] : [];
    } catch {
      return [];
    }
  }
}
