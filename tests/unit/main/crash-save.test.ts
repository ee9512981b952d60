import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { AssetCache } from '../../../main/services/asset-cache';
import { cleanOrphanedTempFiles, createFileServices } from '../../../main/services/file-services';
import { openProjectFile, saveProjectFile } from '../../../main/services/project-file';
import { assetOf, sampleDesign } from './fixtures';
import { tempDir } from './temp-dir';

const KILLS = 100;
const ASSET_BYTES = 3 * 1024 * 1024;
/** Kill delays are drawn from [0, this × a recent save's duration], so they land mid-save even under load. */
const DELAY_IN_SAVES = 2.5;

let childScript = '';

/** Bundles the child (our real save code, zod, yazl, yauzl) into one plain .mjs that Node 20 runs. */
beforeAll(async () => {
  const outDir = await tempDir();
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve(import.meta.dirname, 'crash/save-loop.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'save-loop.mjs' } },
    },
    ssr: { noExternal: true },
  });
  childScript = join(outDir, 'save-loop.mjs');
}, 60_000);

interface Run {
  /** Generation of the last save the child finished, if any. */
  lastDone: number | undefined;
  lastStarted: number;
  /** How long each save it finished took, in ms, as seen from here. */
  saveMs: number[];
}

/**
 * Starts the child, which saves generations after `generation`, and kills it with SIGKILL at a random
 * moment up to `maxDelayMs` after it is ready.
 */
function saveAndKill(target: string, generation: number, maxDelayMs: number): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [childScript, target, String(generation), String(ASSET_BYTES)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { lastDone: undefined, lastStarted: generation, saveMs: [] };
    let startedAt = 0;
    let out = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        const [word, n] = line.split(' ');
        if (word === 'ready') setTimeout(() => child.kill('SIGKILL'), Math.random() * maxDelayMs);
        if (word === 'start') {
          run.lastStarted = Number(n);
          startedAt = performance.now();
        }
        if (word === 'done') {
          run.lastDone = Number(n);
          run.saveMs.push(performance.now() - startedAt);
        }
      }
    });
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') done(run);
      else fail(new Error(`save child exited by itself: ${errors}`));
    });
  });
}

describe('saving survives kill -9', () => {
  it(`${KILLS} kills mid-save: the file always opens as the old or the new version; orphans are cleaned at start`, async () => {
    const dir = await tempDir();
    const target = join(dir, 'order.namesake');
    const services = createFileServices({ userData: join(dir, 'userData') });
    await services.recent.add(target);
    const asset = assetOf(Buffer.from('first logo'));
    const cache = new AssetCache();
    cache.add(asset.bytes);
    await saveProjectFile(target, sampleDesign('gen-0', asset), cache);

    let onDisk = 0;
    let generation = 0;
    let killsLeavingTempFiles = 0;
    let killsAfterANewVersion = 0;
    let saveMs = [100];
    for (let kill = 0; kill < KILLS; kill++) {
      const run = await saveAndKill(target, generation, DELAY_IN_SAVES * median(saveMs));
      generation = run.lastStarted;
      saveMs = [...saveMs, ...run.saveMs].slice(-20);

      // Whatever the moment of the kill, the file reads back whole: the last finished save, or the one
      // in flight if its rename had happened.
      const opened = await openProjectFile(target, new AssetCache());
      expect(opened.repairs).toEqual([]);
      const before = onDisk;
      onDisk = Number(/^gen-(\d+)$/.exec(opened.design.document.name)?.[1]);
      expect([run.lastDone ?? before, run.lastStarted]).toContain(onDisk);
      if (onDisk !== before) killsAfterANewVersion++;

      // The next start cleans what the kill left behind, and nothing else.
      const removed = await cleanOrphanedTempFiles(services);
      if (removed.length > 0) killsLeavingTempFiles++;
      expect((await readdir(dir)).sort()).toEqual(['order.namesake', 'userData']);
    }
    // Proof the kills landed where they matter: some after a save replaced the file, some mid-write.
    console.info(
      `${KILLS} kills: ${killsAfterANewVersion} after a new version, ${killsLeavingTempFiles} left a temp file; a save took ~${Math.round(median(saveMs))} ms`,
    );
    expect(killsAfterANewVersion).toBeGreaterThanOrEqual(KILLS / 10);
    expect(killsLeavingTempFiles).toBeGreaterThanOrEqual(KILLS / 10);
  }, 120_000);
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
