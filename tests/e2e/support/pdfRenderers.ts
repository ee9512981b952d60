import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { decodePng, type Pixels } from './png';

/** A rendering as pixels and as the PNG it came from (to look at). */
export interface Rendering {
  pixels: Pixels;
  png: Buffer;
}

/** Page 1 of a PDF rendered by poppler (`pdftoppm`, which writes PNG only to a file: `<pdf>-poppler.png`) at `dpi`. */
export function renderWithPoppler(pdfPath: string, dpi: number): Rendering {
  const root = `${pdfPath.replace(/\.pdf$/, '')}-poppler`;
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdfPath, root]);
  const png = readFileSync(`${root}.png`);
  return { pixels: decodePng(png), png };
}

/** A made-up origin the page loads pdf.js from; Playwright answers every request to it from node_modules. */
const ORIGIN = 'http://pdfjs.invalid';
const PDFJS = join(process.cwd(), 'node_modules/pdfjs-dist');
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

/** The page that loads pdf.js (and its worker) and renders the document at a scale, as a PNG data URL. */
const PAGE = `<!doctype html><meta charset="utf-8"><script type="module">
import * as pdfjs from '/pdfjs/build/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
window.renderPdf = async (scale) => {
  const task = pdfjs.getDocument({ url: '/document.pdf', isEvalSupported: false, disableFontFace: true });
  const doc = await task.promise;
  const page = await doc.getPage(1);
  const viewport = page.getViewport({ scale });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  await page.render({ canvas, viewport, background: '#ffffff' }).promise;
  await task.destroy();
  return canvas.toDataURL('image/png');
};
window.pdfjsReady = true;
</script>`;

/**
 * Renders page 1 with pdf.js at `dpi` onto a white canvas, with pdf.js's own font handling (it loads the
 * embedded subset fonts itself). Returns the canvas pixels exactly, not a screenshot.
 */
export async function renderWithPdfJs(browser: Browser, pdf: Uint8Array, dpi: number): Promise<Rendering> {
  const page = await browser.newPage();
  try {
    await page.route(`${ORIGIN}/**`, async (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: TYPES['.html']!, body: PAGE });
      if (path === '/document.pdf') return route.fulfill({ contentType: 'application/pdf', body: Buffer.from(pdf) });
      if (!path.startsWith('/pdfjs/') || path.includes('..')) return route.fulfill({ status: 404 });
      const file = join(PDFJS, path.slice('/pdfjs/'.length));
      return route.fulfill({ contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: await readFile(file) });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => (window as { pdfjsReady?: boolean }).pdfjsReady === true);
    const url = await page
      .evaluate((scale) => (window as unknown as { renderPdf(scale: number): Promise<string> }).renderPdf(scale), dpi / 72)
      // Without its stack: the page's frames name pdfjs.invalid, which the test runner would try to read as files.
      .catch((e: unknown) => {
        throw new Error(`pdf.js: ${(e instanceof Error ? e.message : String(e)).replace(/\n\s+at .*/g, '')}`);
      });
    const png = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
    return { pixels: decodePng(png), png };
  } finally {
    await page.close();
  }
}
