import type { Font, FontId, TextLayout } from '../../shared/text';
import { paintGlyphs } from './glyphPainter';

/** Room left around the sample, in CSS pixels. */
const PADDING = 3;

/**
 * Paints a one-line layout into a small canvas, scaled so its first line fits the canvas's CSS box (never
 * enlarged past the layout's own size in CSS pixels per point): the font picker's sample of the actual text,
 * drawn with the same glyphs the canvas and the PDF draw.
 */
export function paintFontSample(canvas: HTMLCanvasElement, layout: TextLayout, fontOf: (id: FontId) => Font | undefined, fill: string): void {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const line = layout.lines[0];
  if (!line || line.width <= 0 || line.height <= 0) return;
  const scale = Math.min((width - 2 * PADDING) / line.width, (height - 2 * PADDING) / line.height, 1);
  const top = (height - line.height * scale) / 2;
  ctx.setTransform(scale * ratio, 0, 0, scale * ratio, (PADDING - line.x * scale) * ratio, (top - line.top * scale) * ratio);
  paintGlyphs(ctx, layout, fontOf, fill);
}
