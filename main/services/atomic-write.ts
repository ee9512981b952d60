import { open, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { tempPathFor } from './temp-files';

/**
 * Replaces `target` with `bytes` so that a crash or power cut at any moment leaves either the old file
 * or the new one, never a mix: temp file in the same folder → write → fsync → verify → rename over the
 * target → fsync the folder. `verify` reads the temp file back and throws if it is not right; the
 * target is then untouched. On failure the temp file is removed and the error rethrown.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  verify: (tempPath: string) => Promise<void> = async () => {},
): Promise<void> {
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, bytes, await existingMode(target));
    await verify(temp);
    await renameWithRetry(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
  await syncFolder(dirname(target));
}

async function writeAndSync(path: string, bytes: Uint8Array, mode: number | undefined): Promise<void> {
  // 'wx': fail rather than write through a file or link someone placed at our temp name.
  const file = await open(path, 'wx');
  try {
    // Keep the permissions of the file being replaced (a shared folder's group access, say).
    if (mode !== undefined) await file.chmod(mode);
    await file.writeFile(bytes);
    await file.sync();
  } finally {
    await file.close();
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o777;
  } catch {
    return undefined;
  }
}

const BUSY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/**
 * On Windows a virus scanner or indexer briefly holding the target makes rename fail with EPERM,
 * EBUSY or EACCES; waiting a moment and trying again is what fixes it. Bounded, so a truly locked
 * file still fails with a clear error.
 */
export async function renameWithRetry(
  from: string,
  to: string,
  attempts = 8,
  doRename: (from: string, to: string) => Promise<void> = rename,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await doRename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (attempt >= attempts || code === undefined || !BUSY_CODES.has(code)) throw e;
      await new Promise((done) => setTimeout(done, 20 * attempt));
    }
  }
}

/**
 * Makes the rename itself durable. Windows cannot open a folder for fsync (and needs no such step);
 * some network file systems refuse it too. The new file is already in place by then, so a refusal
 * here must not turn a completed save into a reported failure.
 */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // See above: best effort once the rename has happened.
  }
}
