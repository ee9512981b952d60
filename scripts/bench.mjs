#!/usr/bin/env node
/**
 * `npm run bench -- <name>`: builds tests/bench/<name>.ts with Vite (an SSR build: dependencies stay external
 * and load natively), imports it and prints `{"bench":"<name>",...}` from its `run()` as one JSON line.
 * Node 20 cannot run TypeScript itself, and a build keeps the measured code free of any loader overhead.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benches = readdirSync(join(root, 'tests/bench'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
const name = process.argv[2];
if (!name || !benches.includes(name)) {
  console.error(`usage: npm run bench -- <${benches.join('|')}>`);
  process.exit(2);
}

const outDir = join(root, 'node_modules/.cache/namesake-bench', name);
await build({
  configFile: false,
  root,
  logLevel: 'error',
  build: {
    ssr: join(root, 'tests/bench', `${name}.ts`),
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    rollupOptions: { output: { format: 'es', entryFileNames: 'bench.mjs' } },
  },
});
const entry = join(outDir, 'bench.mjs');
if (!existsSync(entry)) throw new Error(`bench build wrote no ${entry}`);
const { run } = await import(pathToFileURL(entry).href);
console.log(JSON.stringify({ bench: name, ...(await run()) }));
