import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { WorkerScripts } from '../../main/services/ports';

/** Tests and benches run from the repository root (npm scripts do); bundled benches have no __dirname of this folder. */
const REPO = process.cwd();

/**
 * The export worker, built for one host on first use (most tests never export) with the CLI's build
 * script. Built inside the repository so the bundle's dependencies resolve from node_modules, and in a
 * folder of its own so parallel runs never share one; removed when the host closes.
 */
export class HostWorkers implements WorkerScripts {
  private folder: Promise<string> | undefined;

  exportWorker(): Promise<URL> {
    this.folder ??= build();
    return this.folder.then((dir) => pathToFileURL(join(dir, 'export-worker.mjs')));
  }

  async remove(): Promise<void> {
    const dir = await this.folder?.catch(() => undefined);
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  }
}

async function build(): Promise<string> {
  const cache = join(REPO, 'node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, 'namesake-host-worker-'));
  await promisify(execFile)(process.execPath, ['scripts/build-cli.mjs', '--out-dir', dir], { cwd: REPO });
  return dir;
}
