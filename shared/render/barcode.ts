// The browser build of bwip-js is plain JavaScript (only its toCanvas touches the DOM) and, unlike the
// `generic` build, has a CommonJS entry too, so the same import works in the renderer, main and the CLI.
import { render, type DrawingContext } from 'bwip-js/browser';
import type { BarcodeObject } from '../model';
import { err, ok, type AppError, type Result } from '../result';
import type { DisplayItem, PathCommand } from './display-list';
import { rectPath } from './shapes';

export type Symbology = BarcodeObject['symbology'];

/** What the user reads in menus and messages. */
export const SYMBOLOGY_NAMES: Record<Symbology, string> = { qrcode: 'QR code', code128: 'Code 128', ean13: 'EAN-13', upca: 'UPC-A', datamatrix: 'Data Matrix' };

/**
 * Clear space each side, in modules, that scanners need (ISO/IEC 18004, 16022, 15417; GS1 for EAN/UPC). The
 * object's box holds the code and its quiet zone, so nothing placed beside the box can crowd the code.
 */
const QUIET: Record<Symbology, { left: number; right: number; top: number; bottom: number }> = {
  qrcode: { left: 4, right: 4, top: 4, bottom: 4 },
  datamatrix: { left: 1, right: 1, top: 1, bottom: 1 },
  code128: { left: 10, right: 10, top: 0, bottom: 0 },
  ean13: { left: 11, right: 7, top: 0, bottom: 0 },
  upca: { left: 9, right: 9, top: 0, bottom: 0 },
};

/** bwip-js draws in pixels of this many per module (2D codes: twice that); even, so bar centres fall on whole pixels. */
const SCALE = 2;

type Point = [number, number];

/** A code as bwip-js drew it: outlines (bars as rectangles, 2D codes as traced module regions) in its pixels, y down. */
interface Encoded {
  matrix: boolean;
  /** One module's size in those pixels. */
  module: number;
  outlines: Point[][];
  min: Point;
  max: Point;
}

export interface BarcodeError extends AppError {
  code: 'invalid-barcode';
}

const rectangle = (x: number, y: number, w: number, h: number): Point[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/** Encodes with bwip-js through its drawing interface, collecting the geometry instead of pixels. */
function encode(symbology: Symbology, content: string): Result<Encoded, BarcodeError> {
  if (content === '') return err({ code: 'invalid-barcode', message: `The ${SYMBOLOGY_NAMES[symbology]} is empty: type what it should hold.` });
  const outlines: Point[][] = [];
  let matrix = false;
  const drawing: DrawingContext<void> = {
    scale: () => null,
    measure: () => ({ width: 0, ascent: 0, descent: 0 }),
    init: () => undefined,
    // Bars: a stroke `width` wide centred on the line; bwip-js draws them unconnected and orthogonal.
    line(x0, y0, x1, y1, width) {
      if (x0 === x1) outlines.push(rectangle(x0 - width / 2, Math.min(y0, y1), width, Math.abs(y1 - y0)));
      else outlines.push(rectangle(Math.min(x0, x1), y0 - width / 2, Math.abs(x1 - x0), width));
    },
    polygon(points) {
      matrix = true;
      outlines.push(points.map(([x, y]) => [x, y]));
    },
    hexagon(points) {
      outlines.push(points.map(([x, y]) => [x, y]));
    },
    ellipse: () => {
      throw new Error('round modules are not supported');
    },
    fill: () => undefined,
    text: () => undefined,
    end: () => undefined,
  };
  try {
    render({ bcid: symbology, text: content, scale: SCALE }, drawing);
  } catch (e) {
    return err({ code: 'invalid-barcode', message: `The ${SYMBOLOGY_NAMES[symbology]} cannot hold “${shorten(content)}”: ${reason(e)}.` });
  }
  const points = outlines.flat();
  const min: Point = [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1]))];
  const max: Point = [Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
  return ok({ matrix, module: matrix ? smallestEdge(outlines) : smallestBar(outlines), outlines, min, max });
}

/** A traced 2D code's outlines run along module edges, and every code has a one-module edge somewhere. */
function smallestEdge(outlines: Point[][]): number {
  let smallest = Infinity;
  for (const outline of outlines) {
    outline.forEach(([x, y], i) => {
      const [nx, ny] = outline[(i + 1) % outline.length]!;
      const length = Math.abs(nx - x) + Math.abs(ny - y);
      if (length > 0) smallest = Math.min(smallest, length);
    });
  }
  return smallest;
}

/** Every linear code here has a one-module bar (in its start, stop or guard patterns). */
function smallestBar(outlines: Point[][]): number {
  return Math.min(...outlines.map((o) => o[1]![0] - o[0]![0]));
}

/** bwip-js errors read "bwipp.ean13badCharacter#6882: EAN-13 must contain only digits": keep the sentence. */
function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/^[\w.-]+#\d+:\s*/, '').replace(/^bwip-js:\s*/, '').replace(/\.$/, '');
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

/** Encodings are cached by symbology and content: the canvas repaints often, and a batch repeats values. */
const CACHE_LIMIT = 512;
const cache = new Map<string, Result<Encoded, BarcodeError>>();

function encoded(symbology: Symbology, content: string): Result<Encoded, BarcodeError> {
  const key = `${symbology}\n${content}`;
  let result = cache.get(key);
  if (!result) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, (result = encode(symbology, content)));
  }
  return result;
}

const r4 = (v: number) => Math.round(v * 10_000) / 10_000;

/**
 * A barcode object's drawing in its own box (origin at the top-left): an optional background, then the bars or
 * modules as one vector path, scaled into the box with the quiet zone kept clear. 2D codes keep square modules
 * and are centred; bar codes fill the box's height. `content` is the object's content with any tokens filled.
 * Content the symbology cannot encode is an error with a sentence saying why.
 */
export function barcodeItems(b: Pick<BarcodeObject, 'symbology' | 'width' | 'height' | 'color' | 'background'>, content: string): Result<DisplayItem[], BarcodeError> {
  const result = encoded(b.symbology, content);
  if (!result.ok) return result;
  const { matrix, module, outlines, min, max } = result.value;
  const quiet = QUIET[b.symbology];
  const [cols, rows] = [(max[0] - min[0]) / module, (max[1] - min[1]) / module];
  const across = b.width / (cols + quiet.left + quiet.right);
  const size = matrix ? Math.min(across, b.height / (rows + quiet.top + quiet.bottom)) : across;
  const scaleX = size / module;
  const scaleY = matrix ? scaleX : b.height / (max[1] - min[1]);
  const x0 = matrix ? (b.width - cols * size) / 2 : quiet.left * size;
  const y0 = matrix ? (b.height - rows * size) / 2 : 0;
  const path: PathCommand[] = [];
  for (const outline of outlines) {
    outline.forEach(([x, y], i) => path.push([i === 0 ? 'M' : 'L', r4(x0 + (x - min[0]) * scaleX), r4(y0 + (y - min[1]) * scaleY)]));
    path.push(['Z']);
  }
  const items: DisplayItem[] = [];
  if (b.background) items.push({ kind: 'path', path: rectPath(0, 0, b.width, b.height), fill: b.background });
  items.push({ kind: 'path', path, fill: b.color, fillRule: 'evenodd' });
  return ok(items);
}
