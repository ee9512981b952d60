import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh folder, removed after the test. */
export function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'namesake-test-')).then((dir) => {
    made.push(dir);
    return dir;
  });
}
