import { createReadStream, readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { bundledFontPath } from './main/services/bundled-fonts';
import { BUNDLED_FONTS, bundledFontFileName } from './shared/text';

/**
 * Exactly the font files BUNDLED_FONTS names, at fonts/<id>.<ext> next to the page: copied into the build, so
 * app:// (and the test host) serve them like any other built file and only these are packed, and served by
 * the dev server. The renderer fetches them by the same names (renderer/text/engine.ts).
 */
function bundledFonts(): Plugin {
  const files = new Map(BUNDLED_FONTS.map((font) => [bundledFontFileName(font), bundledFontPath(font)]));
  return {
    name: 'namesake-bundled-fonts',
    configureServer(server) {
      server.middlewares.use('/fonts', (req, res, next) => {
        const file = files.get(new URL(req.url ?? '/', 'http://dev').pathname.slice(1));
        if (!file) return next();
        res.setHeader('Content-Type', extname(file) === '.otf' ? 'font/otf' : 'font/ttf');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const [name, path] of files) this.emitFile({ type: 'asset', fileName: `fonts/${name}`, source: readFileSync(path) });
    },
  };
}

/** The test host may build into its own folder (NAMESAKE_RENDERER_OUT) so parallel test runs never share one. */
const rendererOut = process.env.NAMESAKE_RENDERER_OUT ?? resolve(__dirname, 'out/renderer');

// Roots sit at the design's top-level folders: main/ (Node), main/preload (sandboxed, so CommonJS),
// renderer/ (browser). Only built output under out/ is packed by electron-builder.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'main/electron/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), bundledFonts()],
    build: {
      outDir: rendererOut,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
