import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT_FILES, RECENT_FILES_NAME, RecentFiles } from '../../../main/services/recent-files';
import { tempDir } from './temp-dir';

async function files(dir: string, count: number): Promise<string[]> {
  const paths = Array.from({ length: count }, (_, i) => join(dir, `f${i}.namesake`));
  await Promise.all(paths.map((p) => writeFile(p, 'x')));
  return paths;
}

describe('RecentFiles', () => {
  it('keeps the most recent first, without duplicates, capped, across restarts', async () => {
    const dir = await tempDir();
    const paths = await files(dir, MAX_RECENT_FILES + 2);
    const recent = new RecentFiles(join(dir, 'userData'));
    for (const p of paths) await recent.add(p);
    await recent.add(paths[3]!);

    const expected = [paths[3]!, ...[...paths].reverse().filter((p) => p !== paths[3])].slice(0, MAX_RECENT_FILES);
    expect(await new RecentFiles(join(dir, 'userData')).list()).toEqual(expected);
  });

  it('leaves out files that no longer exist', async () => {
    const dir = await tempDir();
    const [a, b] = await files(dir, 2);
    const recent = new RecentFiles(dir);
    await recent.add(a!);
    await recent.add(b!);
    await rm(a!);
    expect(await recent.list()).toEqual([b]);
    expect(await recent.includes(a!)).toBe(false);
  });

  it.each([
    ['not JSON', '{"files": ["/a'],
    ['the wrong shape', '{"files": "everything"}'],
    ['relative paths', '{"files": ["../../etc/passwd"]}'],
  ])('survives a corrupt list (%s) and replaces it on the next add', async (_label, content) => {
    const dir = await tempDir();
    const [a] = await files(dir, 1);
    await writeFile(join(dir, RECENT_FILES_NAME), content);
    const recent = new RecentFiles(dir);
    expect(await recent.list()).toEqual([]);
    await recent.add(a!);
    expect(await recent.list()).toEqual([a]);
    expect(JSON.parse(await readFile(join(dir, RECENT_FILES_NAME), 'utf8'))).toEqual({ files: [a] });
  });

  it('does not lose entries added at the same time', async () => {
    const dir = await tempDir();
    const paths = await files(dir, 5);
    const recent = new RecentFiles(dir);
    await Promise.all(paths.map((p) => recent.add(p)));
    expect((await recent.list()).sort()).toEqual([...paths].sort());
  });

  it('never fails the caller when the list cannot be written', async () => {
    const dir = await tempDir();
    const [a] = await files(dir, 1);
    await writeFile(join(dir, 'blocker'), 'a file where the folder should be');
    await expect(new RecentFiles(join(dir, 'blocker', 'userData')).add(a!)).resolves.toBeUndefined();
  });
});
