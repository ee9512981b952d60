import { promisify } from 'node:util';
import { inflate } from 'node:zlib';
import { HandlerError } from '../../shared/ipc/errors';
import { IMAGE_LIMITS, type ImageInfo } from '../../shared/ipc/features/assets.contract';
import type { ImageContent } from '../../shared/render/images';
import { parseSvg, type VectorArt } from '../../shared/render/svg';
import { JPEG_ANY_FRAME, JPEG_FRAMES, jpegSegments, rasterPhysicalSize, readJpegMetadata, readPngMetadata, sniffImage, type ImageKind, type RasterMetadata } from './image-metadata';

const inflateAsync = promisify(inflate);

/** An image file that passed every check: what it is, and what placing and drawing it need. */
interface CheckedImage {
  info: ImageInfo;
  content: ImageContent;
}

const OTHER_KINDS: Partial<Record<ImageKind, string>> = {
  heic: 'is a HEIC/AVIF photo, which Namesake cannot read (no free decoder is available). Convert it to JPEG first, for example with your photo app’s Export',
  gif: 'is a GIF; Namesake places PNG, JPEG and SVG. Convert it to PNG first',
  webp: 'is a WebP image; Namesake places PNG, JPEG and SVG. Convert it to PNG or JPEG first',
  tiff: 'is a TIFF image; Namesake places PNG, JPEG and SVG. Convert it to PNG or JPEG first',
  bmp: 'is a BMP image; Namesake places PNG, JPEG and SVG. Convert it to PNG first',
  pdf: 'is a PDF; Namesake places PNG, JPEG and SVG images. Export the artwork as SVG or PNG first',
};

/**
 * Checks an image by its content (SAFETY.md, "importing user files"): the kind from its first bytes, size
 * caps, the header's pixel count before any decoding (a 50,000 × 50,000 header in 300 KB is refused here),
 * and that the data is complete — a PNG's pixel data inflates (off the main thread, its output capped at the
 * size the header promises) and a JPEG's scan runs to its end marker. Pixels are decoded for display only by
 * the sandboxed page. Fails with a HandlerError whose message names the file.
 */
export async function checkImage(bytes: Uint8Array, name: string): Promise<CheckedImage> {
  const refuse = (why: string) => new HandlerError('bad-request', `“${name}” ${why}.`);
  if (bytes.length === 0) throw refuse('is empty');
  if (bytes.length > IMAGE_LIMITS.maxBytes) throw refuse(`is larger than ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB; Namesake places images up to that size`);
  const kind = sniffImage(bytes);
  if (kind === undefined) throw refuse('is not a PNG, JPEG or SVG image (its content is something else, whatever its name says)');
  const other = OTHER_KINDS[kind];
  if (other !== undefined) throw refuse(other);
  if (kind === 'svg') return checkSvg(bytes, refuse);
  const meta = kind === 'png' ? await checkPng(bytes, refuse) : checkJpeg(bytes, refuse);
  const info: ImageInfo = { mime: kind === 'png' ? 'image/png' : 'image/jpeg', ...meta, physical: rasterPhysicalSize(meta), warnings: [] };
  return { info, content: { width: meta.width, height: meta.height, orientation: meta.orientation } };
}

type Refuse = (why: string) => HandlerError;

function checkPixels(meta: RasterMetadata | undefined, refuse: Refuse): RasterMetadata {
  if (!meta || meta.width <= 0 || meta.height <= 0) throw refuse('is damaged: its header gives no image size');
  if (meta.width * meta.height > IMAGE_LIMITS.maxPixels) {
    throw refuse(`is ${meta.width.toLocaleString('en')} × ${meta.height.toLocaleString('en')} pixels; Namesake places images up to ${IMAGE_LIMITS.maxPixels / 1e6} megapixels. Scale it down first`);
  }
  return meta;
}

/** Channels per PNG colour type, and the bit depths each allows. */
const PNG_TYPES: Readonly<Record<number, { channels: number; depths: number[] }>> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

async function checkPng(bytes: Uint8Array, refuse: Refuse): Promise<RasterMetadata> {
  const meta = checkPixels(readPngMetadata(bytes), refuse);
  const [depth, colorType, interlace] = [bytes[24]!, bytes[25]!, bytes[28]!];
  const type = PNG_TYPES[colorType];
  if (!type || !type.depths.includes(depth) || interlace > 1) throw refuse('is damaged: its header describes no valid PNG');
  const expected = pngDataSize(meta.width, meta.height, type.channels * depth, interlace === 1);
  let inflated: Buffer;
  try {
    inflated = await inflateAsync(pngImageData(bytes), { maxOutputLength: expected });
  } catch {
    throw refuse('is damaged or incomplete: its pixel data cannot be read');
  }
  if (inflated.length < expected) throw refuse('is incomplete: it ends before its last row of pixels (was the download or copy cut short?)');
  return meta;
}

/** The IDAT chunks joined: the zlib stream of the pixel rows. */
function pngImageData(bytes: Uint8Array): Buffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: Uint8Array[] = [];
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') parts.push(bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length)));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

/** Bytes of the filtered rows a PNG's header promises: one filter byte per row, for each Adam7 pass if interlaced. */
export function pngDataSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w > 0 && h > 0 ? h * (1 + Math.ceil((w * bitsPerPixel) / 8)) : 0);
  if (!interlaced) return rows(width, height);
  // Adam7: each pass's first column and row, and its steps.
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  return passes.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)), 0);
}

function checkJpeg(bytes: Uint8Array, refuse: Refuse): RasterMetadata {
  const segments = jpegSegments(bytes);
  const meta = checkPixels(readJpegMetadata(segments), refuse);
  const frame = segments.find((s) => JPEG_ANY_FRAME.has(s.marker))!;
  if (!JPEG_FRAMES.has(frame.marker)) throw refuse('is a lossless or arithmetic-coded JPEG, which print files cannot carry. Save it again as a standard JPEG');
  const [precision, components] = [frame.body[0], frame.body[5]];
  if (precision !== 8) throw refuse(`is a ${precision}-bit JPEG; PDF carries 8-bit JPEGs only. Save it again as a standard 8-bit JPEG`);
  if (components !== 1 && components !== 3 && components !== 4) throw refuse('is damaged: its header gives no valid colour channels');
  const scan = segments.at(-1);
  if (scan?.marker !== 0xda) throw refuse('is damaged: it has no image data');
  // Entropy-coded data never holds FF D9 (FF is stuffed with 00), so the end marker after the scan means the data is whole.
  if (!hasEndMarker(bytes, scan.at)) throw refuse('is incomplete: it ends in the middle of its image data (was the download or copy cut short?)');
  return meta;
}

function hasEndMarker(bytes: Uint8Array, from: number): boolean {
  for (let at = bytes.length - 2; at > from; at--) if (bytes[at] === 0xff && bytes[at + 1] === 0xd9) return true;
  return false;
}

function checkSvg(bytes: Uint8Array, refuse: Refuse): CheckedImage {
  if (bytes.length > IMAGE_LIMITS.maxSvgBytes) throw refuse(`is an SVG over ${IMAGE_LIMITS.maxSvgBytes / 1024 / 1024} MB; simplify it (fewer points) before placing it`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw refuse('is an SVG that is not valid UTF-8 text; save it again as UTF-8');
  }
  const parsed = parseSvg(text);
  if (!parsed.ok) throw refuse(`cannot be placed. ${parsed.error.message.replace(/\.$/, '')}`);
  return svgResult(parsed.value);
}

function svgResult(art: VectorArt): CheckedImage {
  const info: ImageInfo = { mime: 'image/svg+xml', width: art.width, height: art.height, orientation: 1, density: null, physical: art.physical, warnings: art.warnings };
  return { info, content: { width: art.width, height: art.height, vector: art } };
}
