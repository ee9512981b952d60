import { randomBytes } from 'node:crypto';
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** `.candle.namesake.0123456789abcdef.tmp`: hidden, next to its target, recognisable after a crash. */
const TEMP_NAME = /^\..+\.[0-9a-f]{16}\.tmp$/;

/** A fresh temp path in the target's own folder, so the final rename never crosses file systems. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Deletes temp files a killed save left behind in these folders; returns what it removed. Only call it
 * when no save can be running: at start, under the single-instance lock. Missing or unreadable folders
 * are skipped, since a recent file's folder may be gone or offline.
 */
export async function removeOrphanedTempFiles(folders: Iterable<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of new Set(folders)) {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // isFile() is false for symlinks: never follow a link out of the folder.
      if (!entry.isFile() || !TEMP_NAME.test(entry.name)) continue;
      const path = join(folder, entry.name);
      try {
        await unlink(path);
        removed.push(path);
      } catch {
        // Vanished or locked; the next start tries again.
      }
    }
  }
  return removed;
}
