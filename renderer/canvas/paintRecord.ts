import type { DesignObject, ShapeObject } from '../../shared/model';
import { shapeArtItem } from '../../shared/render/shapes';
import { paintItems } from './displayPainter';
import { paintImage } from './imagePainter';
import { paintBarcode } from './barcodePainter';
import { paintTextFrame } from './textFrame';

/** Paints one model record in its own box, centred on the origin (where Fabric puts the context). */
export function paintRecord(ctx: CanvasRenderingContext2D, record: DesignObject): void {
  if (record.type === 'shape') paintShape(ctx, record);
  else if (record.type === 'text') paintTextFrame(ctx, record);
  else if (record.type === 'barcode') paintBarcode(ctx, record);
  else paintImage(ctx, record);
}

/** The shape's path from shared/render/shapes.ts, the one the PDF writes: same corners, same ellipse. */
function paintShape(ctx: CanvasRenderingContext2D, s: ShapeObject): void {
  ctx.save();
  ctx.translate(-s.width / 2, -s.height / 2);
  paintItems(ctx, [shapeArtItem(s)], () => true);
  ctx.restore();
}
