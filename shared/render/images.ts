import type { ImageObject } from '../model';
import type { ImageItem } from './display-list';
import { rectPath } from './shapes';

/** An image's size in pixels: only its aspect ratio matters for placement. */
export interface PixelSize {
  width: number;
  height: number;
}

/**
 * Places an image in its object's box (origin at the box's top-left), as the model's fit says:
 * 'fit' shows the whole image centred and letterboxed, 'fill' covers the box centred and is clipped to
 * it, 'stretch' maps the image onto the box whatever its aspect.
 */
export function imageItem(image: Pick<ImageObject, 'assetId' | 'fit' | 'width' | 'height'>, pixels: PixelSize): ImageItem {
  const { width: w, height: h } = image;
  if (image.fit === 'stretch' || pixels.width <= 0 || pixels.height <= 0) return { kind: 'image', asset: image.assetId, matrix: [w, 0, 0, h, 0, 0] };
  const scaleToWidth = w / pixels.width;
  const scaleToHeight = h / pixels.height;
  const scale = image.fit === 'fit' ? Math.min(scaleToWidth, scaleToHeight) : Math.max(scaleToWidth, scaleToHeight);
  const [iw, ih] = [pixels.width * scale, pixels.height * scale];
  const item: ImageItem = { kind: 'image', asset: image.assetId, matrix: [iw, 0, 0, ih, (w - iw) / 2, (h - ih) / 2] };
  return image.fit === 'fill' ? { ...item, clip: rectPath(0, 0, w, h) } : item;
}
