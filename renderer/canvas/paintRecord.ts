import { colorToCss, type DesignObject, type ImageObject, type ShapeObject } from '../../shared/model';
import { paintTextFrame } from './textFrame';

/** Paints one model record in its own box, centred on the origin (where Fabric puts the context). */
export function paintRecord(ctx: CanvasRenderingContext2D, record: DesignObject): void {
  if (record.type === 'shape') paintShape(ctx, record);
  else if (record.type === 'text') paintTextFrame(ctx, record);
  else paintMissingImage(ctx, record);
}

function paintShape(ctx: CanvasRenderingContext2D, s: ShapeObject): void {
  const { width: w, height: h } = s;
  ctx.beginPath();
  if (s.shape === 'ellipse') ctx.ellipse(0, 0, w / 2, h / 2, 0, 0, 2 * Math.PI);
  else if (s.shape === 'line') {
    // A line runs corner to corner across its box.
    ctx.moveTo(-w / 2, -h / 2);
    ctx.lineTo(w / 2, h / 2);
  } else ctx.roundRect(-w / 2, -h / 2, w, h, s.shape === 'roundedRect' ? Math.min(s.cornerRadius, w / 2, h / 2) : 0);
  if (s.fill && s.shape !== 'line') {
    ctx.fillStyle = colorToCss(s.fill);
    ctx.fill();
  }
  if (s.stroke && s.strokeWidth > 0) {
    ctx.lineWidth = s.strokeWidth;
    ctx.strokeStyle = colorToCss(s.stroke);
    ctx.stroke();
  }
}

/** Images arrive with the asset store; until then an image shows as a crossed box of its size. */
function paintMissingImage(ctx: CanvasRenderingContext2D, i: ImageObject): void {
  const { width: w, height: h } = i;
  ctx.beginPath();
  ctx.rect(-w / 2, -h / 2, w, h);
  ctx.moveTo(-w / 2, -h / 2);
  ctx.lineTo(w / 2, h / 2);
  ctx.moveTo(w / 2, -h / 2);
  ctx.lineTo(-w / 2, h / 2);
  ctx.fillStyle = '#eeeeee';
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#999999';
  ctx.stroke();
}
