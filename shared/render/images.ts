import type { ImageObject } from '../model';
import type { DisplayItem, ImageItem, Matrix } from './display-list';
import { multiply } from '../pdf/flip';
import { rectPath } from './shapes';
import type { VectorArt } from './svg';

/** EXIF orientation 1–8: how a JPEG's stored pixels turn upright (1: as stored). */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * What placing an image needs to know about its asset. A raster image: its stored pixel size and EXIF
 * orientation. An SVG: its vector art (`width`, `height` are then the viewBox's size).
 */
export interface ImageContent {
  width: number;
  height: number;
  orientation?: Orientation;
  vector?: VectorArt;
}

/** Print resolution PRINT.md asks for: below it effective ppi warns, below `error` it is an error. */
export const PPI = { good: 300, error: 150 } as const;

/**
 * The unit-square map from stored pixels to the upright image (both y down, (0, 0) the top-left corner):
 * orientations 5–8 swap the axes, 2, 4, 5, 7 mirror.
 */
export const ORIENTATION_MATRICES: Readonly<Record<Orientation, Matrix>> = {
  1: [1, 0, 0, 1, 0, 0],
  2: [-1, 0, 0, 1, 1, 0],
  3: [-1, 0, 0, -1, 1, 1],
  4: [1, 0, 0, -1, 0, 1],
  5: [0, 1, 1, 0, 0, 0],
  6: [0, 1, -1, 0, 1, 0],
  7: [0, -1, -1, 0, 1, 1],
  8: [0, -1, 1, 0, 0, 1],
};

/** The image's size as it is seen: stored pixels with the axes swapped when EXIF turns it a quarter. */
export function uprightSize(content: ImageContent): { width: number; height: number } {
  const swapped = (content.orientation ?? 1) >= 5;
  return swapped ? { width: content.height, height: content.width } : { width: content.width, height: content.height };
}

type Placement = Pick<ImageObject, 'fit' | 'width' | 'height'>;

/**
 * Where the upright image lands in its object's box (origin at the box's top-left), as the model's fit says:
 * 'fit' shows the whole image centred and letterboxed, 'fill' covers the box centred (cropped to it),
 * 'stretch' maps the image onto the box whatever its aspect.
 */
function placement(image: Placement, content: ImageContent): { box: Matrix; crop: boolean } {
  const { width: w, height: h } = image;
  const { width: pw, height: ph } = uprightSize(content);
  if (image.fit === 'stretch' || pw <= 0 || ph <= 0) return { box: [w, 0, 0, h, 0, 0], crop: false };
  const scale = image.fit === 'fit' ? Math.min(w / pw, h / ph) : Math.max(w / pw, h / ph);
  const [iw, ih] = [pw * scale, ph * scale];
  return { box: [iw, 0, 0, ih, (w - iw) / 2, (h - ih) / 2], crop: image.fit === 'fill' };
}

/**
 * An image object's content in its own box: a raster image as one image item (its matrix maps the stored
 * pixels, so the PDF keeps the file's bytes and EXIF orientation is a matter of the matrix), an SVG as its
 * vector paths scaled into place and clipped to its viewBox, as a browser shows it.
 */
export function imageItem(image: Pick<ImageObject, 'assetId'> & Placement, content: ImageContent & { vector?: undefined }): ImageItem;
export function imageItem(image: Pick<ImageObject, 'assetId'> & Placement, content: ImageContent): DisplayItem;
export function imageItem(image: Pick<ImageObject, 'assetId'> & Placement, content: ImageContent): DisplayItem {
  const { box, crop } = placement(image, content);
  const clip = crop ? { clip: rectPath(0, 0, image.width, image.height) } : {};
  const art = content.vector;
  if (!art) {
    const item: ImageItem = { kind: 'image', asset: image.assetId, matrix: multiply(ORIENTATION_MATRICES[content.orientation ?? 1], box) };
    return { ...item, ...clip };
  }
  const toBox: Matrix = [box[0] / art.width, 0, 0, box[3] / art.height, box[4], box[5]];
  const drawing: DisplayItem = { kind: 'group', matrix: toBox, clip: rectPath(0, 0, art.width, art.height), items: art.items };
  return crop ? { kind: 'group', ...clip, items: [drawing] } : drawing;
}

/**
 * Pixels per printed inch at the placed size, the lower of the two axes (a stretched image is as sharp as its
 * most enlarged side); null for vector art, which prints sharp at any size.
 */
export function effectivePpi(image: Placement, content: ImageContent): number | null {
  if (content.vector) return null;
  const { box } = placement(image, content);
  const { width, height } = uprightSize(content);
  if (box[0] <= 0 || box[3] <= 0) return null;
  return Math.min((width * 72) / box[0], (height * 72) / box[3]);
}

/** Judged on the whole number people read: PNG stores density per metre, so its "300 ppi" reads back as 299.9994. */
export function ppiLevel(ppi: number): 'good' | 'warning' | 'error' {
  const shown = Math.round(ppi);
  return shown >= PPI.good ? 'good' : shown >= PPI.error ? 'warning' : 'error';
}
