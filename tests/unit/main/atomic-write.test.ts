import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renameWithRetry, writeFileAtomic } from '../../../main/services/atomic-write';
import { removeOrphanedTempFiles, tempPathFor } from '../../../main/services/temp-files';
import { tempDir } from './temp-dir';

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temp file', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.namesake');
    await writeFile(target, 'old');
    await writeFileAtomic(target, Buffer.from('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['a.namesake']);
  });

  it('verifies the temp file before the rename, and a failed check leaves the target untouched', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.namesake');
    await writeFile(target, 'old');
    let seen = '';
    const failing = writeFileAtomic(target, Buffer.from('new'), async (temp) => {
      seen = await readFile(temp, 'utf8');
      throw new Error('bad copy');
    });
    await expect(failing).rejects.toThrow('bad copy');
    expect(seen).toBe('new');
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.namesake']);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const dir = await tempDir();
    const target = join(dir, 'a.namesake');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, Buffer.from('new'));
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });
});

describe('renameWithRetry', () => {
  it('retries EBUSY/EPERM a bounded number of times', async () => {
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) throw errno(calls === 1 ? 'EBUSY' : 'EPERM');
    };
    await renameWithRetry('a', 'b', 8, flaky);
    expect(calls).toBe(3);

    calls = 0;
    const locked = async () => {
      calls++;
      throw errno('EBUSY');
    };
    await expect(renameWithRetry('a', 'b', 4, locked)).rejects.toMatchObject({ code: 'EBUSY' });
    expect(calls).toBe(4);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    const missing = async () => {
      calls++;
      throw errno('ENOENT');
    };
    await expect(renameWithRetry('a', 'b', 8, missing)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(calls).toBe(1);
  });
});

describe('removeOrphanedTempFiles', () => {
  it('removes only our temp files, and skips folders that are gone', async () => {
    const dir = await tempDir();
    const orphan = tempPathFor(join(dir, 'candle.namesake'));
    const keep = ['candle.namesake', '.candle.namesake.tmp', 'notes.0123456789abcdef.tmp', '.hidden'];
    for (const name of keep) await writeFile(join(dir, name), 'x');
    await writeFile(orphan, 'half a file');

    const removed = await removeOrphanedTempFiles([dir, dir, join(dir, 'missing')]);
    expect(removed).toEqual([orphan]);
    expect((await readdir(dir)).sort()).toEqual([...keep].sort());
  });
});
