import type { Surface } from '../../../shared/model';
import type { Studio } from './studio';

export interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

const frames = (studio: Studio) => studio.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
const whole = (v: number) => Math.abs(v - Math.round(v)) < 1e-6;

/**
 * Sizes the window so that the studio's zoom-to-fit shows `surface` (with its bleed) at exactly `zoom` CSS
 * pixels per point, its bleed box starting on a whole pixel: then a screenshot of the returned clip is the
 * canvas painter's picture at `zoom × 72` dpi, pixel for pixel where a PDF renderer puts the same page.
 * The fit is width-limited: the window is made tall enough, and as wide as the fit needs.
 */
export async function showBleedBoxAt(studio: Studio, surface: Surface, zoom: number): Promise<Clip> {
  const box = { width: surface.width + 2 * surface.bleed, height: surface.height + 2 * surface.bleed };
  let size = { width: Math.round(box.width * zoom) + 800, height: Math.round(box.height * zoom) + 400 };
  for (let tries = 0; tries < 6; tries++) {
    await studio.page.setViewportSize(size);
    await frames(studio);
    const view = await studio.view();
    const host = await studio.canvasBox();
    const clip = { x: host.x + view.x - surface.bleed * view.zoom, y: host.y + view.y - surface.bleed * view.zoom, width: box.width * zoom, height: box.height * zoom };
    if (Math.abs(view.zoom - zoom) > 1e-9) {
      // Fit zoom grows by 1/box.width per pixel of width; the sidebars keep their width.
      size = { ...size, width: Math.round(size.width + (zoom - view.zoom) * box.width) };
    } else if (!whole(clip.y)) {
      // Centring put the box on a half pixel: a pixel more of height moves it half a pixel (the height does not limit the fit).
      size = { ...size, height: size.height + 1 };
    } else {
      if (!whole(clip.x)) break;
      return { x: Math.round(clip.x), y: Math.round(clip.y), width: Math.round(clip.width), height: Math.round(clip.height) };
    }
  }
  throw new Error(`could not size the window for a zoom of exactly ${zoom} on a whole pixel`);
}
