import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Tests and benches run from the repository root (npm scripts do), also when bundled where __dirname is not this folder. */
const REPO = process.cwd();
/** NAMESAKE_RENDERER_OUT lets parallel test runs (several worktrees of work) each build their own. */
export const RENDERER_OUT = process.env.NAMESAKE_RENDERER_OUT ?? join(REPO, 'out/renderer');

/** What the built renderer is made of (bundled-fonts.ts: where the fonts it copies are): a change to any of these makes out/renderer stale. */
const INPUTS = ['renderer', 'shared', 'electron.vite.config.ts', 'main/services/bundled-fonts.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs), stat.mtimeMs);
}

function rendererIsFresh(): boolean {
  const index = join(RENDERER_OUT, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return INPUTS.every((input) => newestMtime(join(REPO, input)) <= built);
}

/** Builds out/renderer unless it is newer than every source it is built from. */
export async function ensureRendererBuilt(): Promise<void> {
  if (rendererIsFresh()) return;
  try {
    await promisify(execFile)(process.execPath, [join(REPO, 'tests/host/build-renderer.mjs')], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(`Building the renderer failed:\n${stdout}\n${stderr}`);
  }
}
