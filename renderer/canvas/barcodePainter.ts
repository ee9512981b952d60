import type { BarcodeObject } from '../../shared/model';
import { barcodeItems } from '../../shared/render/barcode';
import { hasTokens } from '../../shared/render/fields';
import { paintItems } from './displayPainter';

/** Content the symbology cannot hold: red. Content with field tokens that only records make valid: grey. */
const PROBLEM = { fill: 'rgba(217, 58, 58, 0.12)', line: '#d93a3a' };
const WAITING = { fill: 'rgba(120, 128, 140, 0.12)', line: '#8a929c' };

/** Drawings per record: records are immutable, so an unchanged barcode is never encoded again. */
const drawings = new WeakMap<BarcodeObject, ReturnType<typeof barcodeItems>>();

/**
 * Paints a barcode record centred on the origin (where Fabric puts the context), from the same vector items
 * the PDF writes. Content its symbology cannot hold shows as a red crossed box (the Properties panel says why);
 * content that holds field tokens and needs a record's values to be valid, as a grey one until Preview fills them.
 */
export function paintBarcode(ctx: CanvasRenderingContext2D, b: BarcodeObject): void {
  let drawn = drawings.get(b);
  if (!drawn) drawings.set(b, (drawn = barcodeItems(b, b.content)));
  ctx.save();
  ctx.translate(-b.width / 2, -b.height / 2);
  if (drawn.ok) paintItems(ctx, drawn.value, () => true);
  else paintCrossedBox(ctx, b.width, b.height, hasTokens(b.content) ? WAITING : PROBLEM);
  ctx.restore();
}

function paintCrossedBox(ctx: CanvasRenderingContext2D, w: number, h: number, look: { fill: string; line: string }): void {
  ctx.fillStyle = look.fill;
  ctx.fillRect(0, 0, w, h);
  ctx.beginPath();
  ctx.rect(0, 0, w, h);
  ctx.moveTo(0, 0);
  ctx.lineTo(w, h);
  ctx.moveTo(w, 0);
  ctx.lineTo(0, h);
  const m = ctx.getTransform();
  ctx.lineWidth = 1.5 / Math.hypot(m.a, m.b);
  ctx.strokeStyle = look.line;
  ctx.stroke();
}
