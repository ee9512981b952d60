import type { ImageObject } from '../../shared/model';
import { imageItem, ORIENTATION_MATRICES } from '../../shared/render/images';
import { imageAssets } from '../editor/imageAssets';
import { invert, paintItems, type ImageDrawer } from './displayPainter';

/** Decoded pixels per asset: a bitmap, or null while decoding (or after it failed). */
const bitmaps = new Map<string, ImageBitmap | null>();
const listeners = new Set<() => void>();

/** Calls `listener` when an image asset or its pixels arrive, so the canvas draws again. */
export function subscribeImages(listener: () => void): () => void {
  listeners.add(listener);
  const stopAssets = imageAssets.subscribe(listener);
  return () => {
    listeners.delete(listener);
    stopAssets();
  };
}

function bitmapOf(id: string, blob: Blob): ImageBitmap | null {
  if (bitmaps.has(id)) return bitmaps.get(id)!;
  bitmaps.set(id, null);
  createImageBitmap(blob).then(
    (bitmap) => {
      bitmaps.set(id, bitmap);
      listeners.forEach((l) => l());
    },
    (e: unknown) => console.error(`The image ${id.slice(0, 12)}… could not be decoded:`, e),
  );
  return null;
}

/**
 * The picture of an image item. Chromium always decodes a JPEG upright (it applies EXIF orientation), while
 * the item's matrix maps the stored pixels, as the PDF writes them: so the upright bitmap is first mapped
 * back through the inverse orientation.
 */
const drawBitmap: ImageDrawer = (ctx, item) => {
  const image = imageAssets.get(item.asset);
  const bitmap = image && bitmapOf(item.asset, image.blob);
  if (!image || !bitmap) return false;
  ctx.transform(...invert(ORIENTATION_MATRICES[image.content.orientation ?? 1]));
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, 1, 1);
  return true;
};

/**
 * Paints an image record in its own box, centred on the origin (where Fabric puts the context): the same
 * display item the PDF gets (raster placement or SVG paths). Until its asset arrives — or if it is missing —
 * it shows as a crossed box of its size.
 */
export function paintImage(ctx: CanvasRenderingContext2D, record: ImageObject): void {
  const image = imageAssets.get(record.assetId);
  ctx.save();
  ctx.translate(-record.width / 2, -record.height / 2);
  const painted = image !== null && paintItems(ctx, [imageItem(record, image.content)], drawBitmap);
  ctx.restore();
  if (!painted) paintPlaceholder(ctx, record);
}

function paintPlaceholder(ctx: CanvasRenderingContext2D, { width: w, height: h }: ImageObject): void {
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
