import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { writePdf, type PdfOptions } from '../../../shared/pdf';
import type { SurfaceDisplayList } from '../../../shared/render/display-list';

export { circlePath, fixture, label, rectPath, textEngine, textItems } from './samples';

/**
 * This test file's own folder, so parallel files and concurrent runs never share output names. Removed after
 * the file's tests unless KEEP_PDF is set (to look at the PDFs and renderings).
 */
export const OUT = mkdtempSync(join(tmpdir(), 'namesake-pdf-'));
afterAll(() => {
  if (process.env.KEEP_PDF) console.log(`PDF test output kept in ${OUT}`);
  else rmSync(OUT, { recursive: true, force: true });
});

/** Runs a Debian tool; its stdout as text. */
export function tool(command: string, ...args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Writes the PDF under OUT and returns its path. */
export function save(name: string, bytes: Uint8Array): string {
  const path = join(OUT, name);
  writeFileSync(path, bytes);
  return path;
}

/** `qpdf --check` must pass without warnings (exit 3 means warnings). */
export function qpdfCheck(path: string): string {
  return tool('qpdf', '--check', path);
}

export function pdf(lists: SurfaceDisplayList[], options: PdfOptions = {}): Uint8Array {
  const result = writePdf(lists, { info: { title: 'Namesake test', createdAt: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) }, ...options });
  if (!result.ok) throw new Error(result.error.message);
  return result.value.bytes;
}

/** Words of a page with their boxes, from `pdftotext -bbox` (y down from the page top, like the sheet). */
export function words(path: string): { page: number; text: string; x: number; y: number }[] {
  const pages = tool('pdftotext', '-bbox', path, '-').split('<page ').slice(1);
  return pages.flatMap((html, page) =>
    [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({ page, text: m[3]!, x: Number(m[1]), y: Number(m[2]) })),
  );
}

/** Parses `pdfinfo -box` output into { MediaBox: [x0, y0, x1, y1], … } for page 1. */
export function boxes(path: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const line of tool('pdfinfo', '-box', '-f', '1', '-l', '1', path).split('\n')) {
    const match = /^Page\s+1\s+(\w+):\s+(.*)$/.exec(line);
    if (match) out[match[1]!] = match[2]!.trim().split(/\s+/).map(Number);
  }
  return out;
}

/** An 8-bit single-channel TIFF as Ghostscript's tiffsep writes each plate (uncompressed): 0 = no ink. */
export function readPlate(path: string): { width: number; height: number; ink: (x: number, y: number) => number } {
  const b = readFileSync(path);
  const ifd = b.readUInt32LE(4);
  const tags = new Map<number, number[]>();
  for (let i = 0, n = b.readUInt16LE(ifd); i < n; i++) {
    const at = ifd + 2 + i * 12;
    const [tag, type, count] = [b.readUInt16LE(at), b.readUInt16LE(at + 2), b.readUInt32LE(at + 4)];
    const size = type === 3 ? 2 : 4;
    const base = count * size > 4 ? b.readUInt32LE(at + 8) : at + 8;
    tags.set(tag, Array.from({ length: count }, (_, k) => (size === 2 ? b.readUInt16LE(base + k * 2) : b.readUInt32LE(base + k * 4))));
  }
  const width = tags.get(256)![0]!;
  const height = tags.get(257)![0]!;
  if (tags.get(258)?.[0] !== 8 || (tags.get(259)?.[0] ?? 1) !== 1) throw new Error('expected 8-bit uncompressed plate');
  const whiteIsZero = tags.get(262)?.[0] === 0;
  const data = Buffer.concat(tags.get(273)!.map((offset, i) => b.subarray(offset, offset + tags.get(279)![i]!)));
  return { width, height, ink: (x, y) => (whiteIsZero ? data[y * width + x]! : 255 - data[y * width + x]!) };
}

export type Plate = ReturnType<typeof readPlate>;

/**
 * Separates a PDF into one plate per colorant with Ghostscript's tiffsep at `dpi`; returns a reader of page
 * 1's plates (files `<prefix>1(<Colorant>).tif`) by colorant name, and their names. No -dFirstPage/-dLastPage:
 * with them Ghostscript 10.0 leaves a spot plate blank on a page with transparency (a PNG's soft mask).
 */
export function separate(pdfPath: string, prefix: string, dpi: number): { plate(name: string): Plate; names: string[] } {
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=tiffsep', `-r${dpi}`, '-sCompression=none', '-o', `${prefix}%d.tif`, pdfPath]);
  const base = basename(prefix);
  const names = readdirSync(dirname(prefix)).flatMap((f) => {
    const match = f.startsWith(`${base}1(`) ? /\((.*)\)\.tif$/.exec(f) : null;
    return match ? [match[1]!] : [];
  });
  return { plate: (name) => readPlate(`${prefix}1(${name}).tif`), names };
}

/**
 * Asserts that a plate is inked only along a circle (centre and radius in pixels) stroked `stroke` pixels
 * wide, give or take a pixel and a half of rasterization, and that the ink goes all the way round.
 */
export function expectInkOnlyOnCircle(plate: Plate, centre: { x: number; y: number }, radius: number, stroke: number): void {
  let inked = 0;
  let stray = 0;
  for (let y = 0; y < plate.height; y++) {
    for (let x = 0; x < plate.width; x++) {
      if (plate.ink(x, y) === 0) continue;
      inked++;
      if (Math.abs(Math.hypot(x + 0.5 - centre.x, y + 0.5 - centre.y) - radius) > stroke / 2 + 1.5) stray++;
    }
  }
  expect(stray, 'inked pixels off the circle').toBe(0);
  expect(inked).toBeGreaterThan(2 * Math.PI * radius * Math.min(1, stroke) * 0.9);
  for (let a = 0; a < 360; a += 5) {
    const x = Math.floor(centre.x + radius * Math.cos((a * Math.PI) / 180));
    const y = Math.floor(centre.y + radius * Math.sin((a * Math.PI) / 180));
    const near = [-1, 0, 1].some((dx) => [-1, 0, 1].some((dy) => plate.ink(x + dx, y + dy) > 0));
    expect(near, `ink at ${a}°`).toBe(true);
  }
}

/** A binary PPM (pdftoppm's default output) as RGB pixels. */
export function readPpm(path: string): { width: number; height: number; rgb: (x: number, y: number) => [number, number, number] } {
  const b = readFileSync(path);
  const header = /^P6\s+(?:#[^\n]*\n\s*)?(\d+)\s+(\d+)\s+255\s/.exec(b.subarray(0, 128).toString('latin1'))!;
  const [width, height, start] = [Number(header[1]), Number(header[2]), header[0].length];
  return { width, height, rgb: (x, y) => [b[start + (y * width + x) * 3]!, b[start + (y * width + x) * 3 + 1]!, b[start + (y * width + x) * 3 + 2]!] };
}

/** Dark pixels of a rendered page (the text tests draw black on white). */
export function inkMask(ppmPath: string): { width: number; height: number; ink: boolean[] } {
  const ppm = readPpm(ppmPath);
  const ink: boolean[] = [];
  for (let y = 0; y < ppm.height; y++) for (let x = 0; x < ppm.width; x++) ink.push(ppm.rgb(x, y)[1] < 128);
  return { width: ppm.width, height: ppm.height, ink };
}

/**
 * The share of ink pixels in either rendering with no ink within one pixel in the other: shapes and
 * positions must agree, while anti-aliasing and hinting may move an edge by a pixel.
 */
export function inkMismatch(a: ReturnType<typeof inkMask>, b: ReturnType<typeof inkMask>): number {
  if (a.width !== b.width || a.height !== b.height) return 1;
  const near = (m: typeof a, x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (m.ink[(y + dy) * m.width + x + dx]) return true;
    return false;
  };
  let ink = 0;
  let unmatched = 0;
  for (const [p, q] of [[a, b], [b, a]] as const) {
    for (let y = 1; y < p.height - 1; y++) {
      for (let x = 1; x < p.width - 1; x++) {
        if (!p.ink[y * p.width + x]) continue;
        ink++;
        if (!near(q, x, y)) unmatched++;
      }
    }
  }
  return unmatched / ink;
}
