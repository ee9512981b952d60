import { colorToCss, type TextObject } from '../../shared/model';

/**
 * TEMPORARY: the one place that paints text with the browser's fillText, until shared/text (HarfBuzz)
 * shapes text into glyph runs for the display list. Nothing may measure or fit text from here, and
 * print output never depends on it: lines are drawn as typed, unwrapped, clipped to the object's box.
 */
export function paintTextPlaceholder(ctx: CanvasRenderingContext2D, t: TextObject): void {
  const w = t.width;
  const h = t.height;
  ctx.save();
  ctx.beginPath();
  ctx.rect(-w / 2, -h / 2, w, h);
  ctx.clip();
  ctx.font = `${t.fontSize}px sans-serif`;
  ctx.fillStyle = colorToCss(t.fill);
  ctx.textBaseline = 'middle';
  ctx.textAlign = t.align === 'justify' ? 'left' : t.align;
  const x = t.align === 'center' ? 0 : t.align === 'right' ? w / 2 : -w / 2;
  const lines = t.text.split('\n');
  const lineHeight = t.fontSize * 1.2;
  lines.forEach((line, i) => ctx.fillText(line, x, (i - (lines.length - 1) / 2) * lineHeight));
  ctx.restore();
}
