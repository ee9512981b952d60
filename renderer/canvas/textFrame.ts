import { colorToCss, type TextObject } from '../../shared/model';
import { textLayouts } from '../text';
import { needsAttention } from '../text/reports';
import { paintGlyphs } from './glyphPainter';

/** The warning badge's diameter in CSS pixels, whatever the zoom. */
const BADGE_PX = 16;
const BADGE_COLOR = '#d93a3a';

/**
 * Paints a text record's layout in its box, centred on the origin (where Fabric puts the context). Nothing
 * is drawn while its fonts load; the canvas repaints when they arrive. A frame whose text does not print as
 * typed (missing glyphs, overflow, a missing font) carries a badge at its top-right corner; the status bar
 * says why (renderer/ui/TextReports.tsx).
 */
export function paintTextFrame(ctx: CanvasRenderingContext2D, t: TextObject): void {
  const layout = textLayouts.layout(t);
  if (!layout) return;
  ctx.save();
  ctx.translate(-t.width / 2, -t.height / 2);
  paintGlyphs(ctx, layout, (id) => textLayouts.font(id), colorToCss(t.fill));
  ctx.restore();
  if (needsAttention(layout)) paintBadge(ctx, t.width / 2, -t.height / 2);
}

/** A red disc with an exclamation mark, drawn as shapes: the canvas never draws text with the browser's fonts. */
function paintBadge(ctx: CanvasRenderingContext2D, x: number, y: number): void {
  const m = ctx.getTransform();
  const r = (BADGE_PX * window.devicePixelRatio) / Math.hypot(m.a, m.b) / 2;
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(r, r);
  ctx.beginPath();
  ctx.arc(0, 0, 1, 0, 2 * Math.PI);
  ctx.fillStyle = BADGE_COLOR;
  ctx.fill();
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.roundRect(-0.14, -0.62, 0.28, 0.78, 0.14);
  ctx.moveTo(0.15, 0.42);
  ctx.arc(0, 0.42, 0.15, 0, 2 * Math.PI);
  ctx.fill();
  ctx.restore();
}
