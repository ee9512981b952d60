#!/usr/bin/env node
/**
 * `node scripts/run-ts.mjs <file.ts> [args…]`: builds a TypeScript script with Vite (an SSR build, as
 * scripts/bench.mjs does, since Node 20 cannot run TypeScript) and runs its `main(args)`.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const outDir = join(root, 'node_modules/.cache/namesake-run-ts');
await build({
  configFile: false,
  root,
  logLevel: 'error',
  build: {
    ssr: resolve(script),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: 'script.mjs' } },
  },
});
const { main } = await import(pathToFileURL(join(outDir, 'script.mjs')).href);
await main(args);
