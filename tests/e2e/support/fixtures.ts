import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'vitest';
import { openStudio, type Studio } from './studio';

export { describe, expect } from 'vitest';

/**
 * The e2e test function. `studio` is one running studio per test file, shared by its tests in order;
 * `freshStudio` is the same studio reloaded before the test; `folder` is a temp folder per file.
 * Any error in the page or the host fails the test it happened in.
 */
export const it = test.extend<{ studio: Studio; freshStudio: Studio; folder: string; noErrors: void }>({
  studio: [
    // eslint-disable-next-line no-empty-pattern -- Vitest reads the fixtures a function needs from this pattern
    async ({}, use) => {
      const studio = await openStudio();
      await use(studio);
      await studio.close();
    },
    { scope: 'file' },
  ],
  freshStudio: async ({ studio }, use) => {
    await studio.restart();
    await use(studio);
  },
  /** Every test fails on an uncaught page error, a console error, or a handler crash in the host. */
  noErrors: [
    async ({ studio }, use) => {
      await use();
      const errors = [...studio.pageErrors.splice(0), ...studio.host.errors.splice(0).map(String)];
      if (errors.length > 0) throw new Error(`Errors during the test:\n${errors.join('\n')}`);
    },
    { auto: true },
  ],
  folder: [
    // eslint-disable-next-line no-empty-pattern -- as above
    async ({}, use) => {
      const folder = mkdtempSync(join(tmpdir(), 'namesake-e2e-'));
      await use(folder);
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'file' },
  ],
});
