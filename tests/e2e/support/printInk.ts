import type { Pixels } from './png';

/** The acceptance bar of issue 4: two renderings differ on at most 0.1 % of their ink pixels. */
export const MAX_DIFFERING = 0.001;
/** Darkness (0 white – 255 black) from which a pixel is ink. */
export const INK_AT = 32;
/** The darkness levels whose outlines must agree: every 32 steps, so every pair of tones 56 apart is told apart. */
const LEVEL_STEP = 32;
/**
 * How clearly a pixel must lie on one side of a level to count, and how far the other rendering may stray
 * past it. Renderers convert CMYK and spot colours to screen RGB by different formulas: the examples' colours
 * differ by up to 16 steps of darkness between poppler, pdf.js and the canvas, under 2 × LEVEL_MARGIN.
 */
const LEVEL_MARGIN = 24;

/** How dark a pixel is, by Rec. 709 luma: 0 white, 255 black. */
export const darkness = ([r, g, b]: readonly number[]) => 255 - (0.2126 * r! + 0.7152 * g! + 0.0722 * b!);

export interface InkComparison {
  /** Pixels that are ink (darkness ≥ INK_AT) in either rendering. */
  ink: number;
  /** Ink pixels where the renderings disagree by more than anti-aliasing and a pixel of placement. */
  differing: number;
  /** The differing pixels, for a picture of them. */
  where: { x: number; y: number }[];
}

/**
 * Compares two renderings of the same page, at the same size and scale, as outlines of ink.
 *
 * Take the darkness levels L = 32, 64, …, 224 and the outline of each level: where a rendering turns darker
 * than L. At a pixel where rendering A is clearly darker than some level (darkness ≥ L + 12), rendering B
 * must be darker than L − 12 at that pixel or one of its 8 neighbours; where A is clearly lighter (≤ L − 12),
 * B must be lighter than L + 12 at the pixel or a neighbour; and the same with A and B swapped. An ink pixel
 * that fails this for some level **differs**. So an edge anti-aliased differently or placed up to a pixel
 * apart, and a colour converted a little differently, is the same ink; a missing, extra, misplaced or
 * differently shaped glyph, line or image is not, at any tone (pale gold on cream as much as black on white).
 *
 * Pixels for which `skip` says true (areas one rendering cannot draw) and the outermost ring are not compared.
 */
export function compareInk(a: Pixels, b: Pixels, skip: (x: number, y: number) => boolean = () => false): InkComparison {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`renderings differ in size: ${a.width}×${a.height} and ${b.width}×${b.height}`);
  const [da, db] = [darknessMap(a), darknessMap(b)];
  const [nearA, nearB] = [neighbourhood(da, a.width, a.height), neighbourhood(db, b.width, b.height)];
  const { width, height } = a;
  let ink = 0;
  const where: { x: number; y: number }[] = [];
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      if ((da[i]! < INK_AT && db[i]! < INK_AT) || skip(x, y)) continue;
      ink++;
      if (!followed(da[i]!, nearB, i) || !followed(db[i]!, nearA, i)) where.push({ x, y });
    }
  }
  return { ink, differing: where.length, where };
}

/** Whether the other rendering, around pixel `i`, is on the same side of every level this `value` clearly is. */
function followed(value: number, other: { min: Float32Array; max: Float32Array }, i: number): boolean {
  // The highest level the value is clearly darker than, and the lowest it is clearly lighter than, are the strictest.
  const below = Math.floor((value - LEVEL_MARGIN) / LEVEL_STEP) * LEVEL_STEP;
  const above = Math.ceil((value + LEVEL_MARGIN) / LEVEL_STEP) * LEVEL_STEP;
  if (below >= LEVEL_STEP && other.max[i]! < below - LEVEL_MARGIN) return false;
  if (above <= 256 - LEVEL_STEP && other.min[i]! > above + LEVEL_MARGIN) return false;
  return true;
}

function darknessMap(p: Pixels): Float32Array {
  const map = new Float32Array(p.width * p.height);
  for (let y = 0; y < p.height; y++) for (let x = 0; x < p.width; x++) map[y * p.width + x] = darkness(p.at(x, y));
  return map;
}

/** The darkest and lightest value of each pixel's 3 × 3 neighbourhood (inner pixels only). */
function neighbourhood(map: Float32Array, width: number, height: number): { min: Float32Array; max: Float32Array } {
  const min = new Float32Array(map.length);
  const max = new Float32Array(map.length);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      let lo = 255;
      let hi = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const v = map[(y + dy) * width + x + dx]!;
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
      min[y * width + x] = lo;
      max[y * width + x] = hi;
    }
  }
  return { min, max };
}

/** `p` moved `dx` pixels to the right (the left edge repeated): a rendering that is off by that much. */
export function shifted(p: Pixels, dx: number): Pixels {
  return { width: p.width, height: p.height, at: (x, y) => p.at(Math.max(0, x - dx), y) };
}
