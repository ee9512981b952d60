#!/usr/bin/env node
/**
 * `npm run build:cli`: bundles main/cli/namesake.ts into out/cli/namesake.mjs, and the export worker
 * (main/workers/export-worker.ts) beside it, with Vite (an SSR build, like scripts/bench.mjs: dependencies stay
 * external and load from node_modules at run time). bin/namesake runs the CLI. `--out-dir <dir>` builds
 * elsewhere (tests that must not race each other over out/cli).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out-dir');
const outDir = at > 0 ? resolve(process.argv[at + 1]) : join(root, 'out/cli');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: {
      input: { namesake: join(root, 'main/cli/namesake.ts'), 'export-worker': join(root, 'main/workers/export-worker.ts') },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
