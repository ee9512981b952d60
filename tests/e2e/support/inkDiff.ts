import type { Pixels } from './png';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How dark a pixel is, 0 (white) to 255 (black), by Rec. 709 luma. */
const darkness = ([r, g, b]: readonly number[]) => 255 - (0.2126 * r! + 0.7152 * g! + 0.0722 * b!);

/**
 * Compares two pictures of the same ink pixel by pixel inside `region` (the same region in both). A pixel is ink
 * when either picture has `inkAt` darkness there; it differs when the darkness of the two differs by `diffAt`
 * or more: anti-aliasing may shade an edge pixel a little differently, a misplaced or missing glyph may not.
 */
export function compareInk(a: Pixels, b: Pixels, region: Region, inkAt = 32, diffAt = 64): { ink: number; differing: number } {
  let ink = 0;
  let differing = 0;
  for (let y = region.y; y < region.y + region.height; y++) {
    for (let x = region.x; x < region.x + region.width; x++) {
      const da = darkness(a.at(x, y));
      const db = darkness(b.at(x, y));
      if (Math.max(da, db) < inkAt) continue;
      ink++;
      if (Math.abs(da - db) >= diffAt) differing++;
    }
  }
  return { ink, differing };
}
