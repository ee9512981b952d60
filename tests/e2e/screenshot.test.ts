import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from './support/fixtures';
import { decodePng, type Pixels } from './support/png';
import { VIEWPORT } from './support/studio';

const ARTIFACTS = resolve(__dirname, '../artifacts');

type Rgb = readonly number[];
const distance = (a: Rgb, b: Rgb) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** The guides are one pixel wide and anti-aliased, so they are recognised by hue, not exact colour. */
const looks = {
  trim: ([r, g, b]: Rgb) => Math.max(r!, g!, b!) < 170 && Math.max(r!, g!, b!) - Math.min(r!, g!, b!) < 25,
  bleed: ([r, g, b]: Rgb) => r! - g! > 45 && r! - b! > 35,
  safe: ([r, , b]: Rgb) => b! - r! > 45,
};

/** Whether a matching pixel lies within `slack` px of the circle's point at this angle. */
function onCircle(img: Pixels, c: { x: number; y: number }, r: number, angle: number, match: (px: Rgb) => boolean, slack = 2): boolean {
  const x = Math.round(c.x + r * Math.cos(angle));
  const y = Math.round(c.y + r * Math.sin(angle));
  for (let dy = -slack; dy <= slack; dy++) {
    for (let dx = -slack; dx <= slack; dx++) if (match(img.at(x + dx, y + dy))) return true;
  }
  return false;
}

describe('the studio at 1280 × 800', () => {
  it('draws the label, its guides and its content', async ({ studio }) => {
    await studio.newDesign('2.5 in round candle label', 'Candle');
    await studio.button('Add ellipse').click();
    await studio.button('Add text').click();
    const host = await studio.canvasBox();
    // Clicking the empty pasteboard deselects, so no selection handles cover the guides.
    await studio.page.mouse.click(host.x + 20, host.y + 20);
    await expect.poll(() => studio.selection()).toEqual([]);

    const png = await studio.page.screenshot();
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'studio.png'), png);
    const img = decodePng(png);
    expect([img.width, img.height]).toEqual([VIEWPORT.width, VIEWPORT.height]);

    // Where the model says the 2.5 in (180 pt) circle is, given the view's zoom and pan.
    const { zoom, x, y } = await studio.view();
    const centre = { x: host.x + x + 90 * zoom, y: host.y + y + 90 * zoom };
    const radius = 90 * zoom;
    expect(radius).toBeGreaterThan(200); // fitted: the label fills most of the canvas height

    const angles = Array.from({ length: 36 }, (_, i) => (i * Math.PI) / 18);
    const misses = (r: number, match: (px: Rgb) => boolean) => angles.filter((a) => !onCircle(img, centre, r, a, match)).length;
    expect(misses(radius, looks.trim)).toBe(0); // trim: solid
    // Dashed guides: most angles hit a dash.
    expect(misses(radius + 4.5 * zoom, looks.bleed)).toBeLessThan(12); // bleed, 1/16 in outside
    expect(misses(radius - 9 * zoom, looks.safe)).toBeLessThan(18); // safe area, 1/8 in inside
    // And nothing guide-like where there is no guide: halfway between trim and safe area.
    expect(misses(radius - 4.5 * zoom, (px) => looks.trim(px) || looks.safe(px))).toBe(angles.length);

    // Not blank: paper inside, pasteboard outside, and the ellipse's fill in the middle.
    expect(distance(img.at(centre.x - radius * 0.85, centre.y), [255, 255, 255])).toBeLessThan(8);
    expect(distance(img.at(host.x + 8, host.y + host.height - 8), [0xe4, 0xe6, 0xea])).toBeLessThan(8);
    expect(distance(img.at(centre.x - radius * 0.4, centre.y), [217, 140, 89])).toBeLessThan(12);
  });
});
