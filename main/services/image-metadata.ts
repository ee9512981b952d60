import type { ImageInfo } from '../../shared/ipc/features/assets.contract';
import type { ImageContent, Orientation } from '../../shared/render/images';
import { parseSvg } from '../../shared/render/svg';

/** Image kinds told apart by their first bytes; the file's name is never trusted. */
export type ImageKind = 'png' | 'jpeg' | 'svg' | 'gif' | 'webp' | 'heic' | 'tiff' | 'bmp' | 'pdf';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const METRES_PER_INCH = 0.0254;
const CM_PER_INCH = 2.54;

export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(ascii(8, 12))) return 'heic';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  if (ascii(0, 2) === 'BM') return 'bmp';
  if (ascii(0, 5) === '%PDF-') return 'pdf';
  // An SVG is text: an <svg> root after an optional BOM, XML declaration, comments and DOCTYPE.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (/^\uFEFF?\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(svg:)?svg[\s>]/.test(head)) return 'svg';
  return undefined;
}

/** The header facts of a raster image: stored pixel size, orientation and declared density. */
export type RasterMetadata = Pick<ImageInfo, 'width' | 'height' | 'orientation' | 'density'>;

/** IHDR and pHYs; undefined without a readable IHDR. pHYs in pixels per metre is a density, unit 0 only an aspect. */
export function readPngMetadata(bytes: Uint8Array): RasterMetadata | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  const meta: RasterMetadata = { width: view.getUint32(16), height: view.getUint32(20), orientation: 1, density: null };
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'pHYs' && length === 9 && at + 17 <= bytes.length && bytes[at + 16] === 1) {
      meta.density = positiveDensity(view.getUint32(at + 8) * METRES_PER_INCH, view.getUint32(at + 12) * METRES_PER_INCH);
    }
    at += 12 + length;
  }
  return meta;
}

/** A JPEG segment before the first scan. */
interface JpegSegment {
  marker: number;
  /** Offset of the marker's 0xFF. */
  at: number;
  body: Uint8Array;
}

/** The segments up to and including the first start-of-scan (whose body is only its header); [] when malformed. */
export function jpegSegments(bytes: Uint8Array): JpegSegment[] {
  const segments: JpegSegment[] = [];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return [];
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (length < 2 || at + 2 + length > bytes.length) return [];
    segments.push({ marker, at, body: bytes.subarray(at + 4, at + 2 + length) });
    if (marker === 0xda) break;
    at += 2 + length;
  }
  return segments;
}

/** Baseline, extended and progressive Huffman frames: what Chromium decodes and PDF's DCTDecode reads. */
export const JPEG_FRAMES = new Set([0xc0, 0xc1, 0xc2]);
/** Every start-of-frame marker, including lossless and arithmetic-coded ones. */
export const JPEG_ANY_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** Frame size, JFIF density (units 1 = per inch, 2 = per cm; 0 is only an aspect) or else EXIF's, and EXIF orientation. */
export function readJpegMetadata(segments: readonly JpegSegment[]): RasterMetadata | undefined {
  const frame = segments.find((s) => JPEG_ANY_FRAME.has(s.marker));
  if (!frame || frame.body.length < 6) return undefined;
  const b = frame.body;
  const meta: RasterMetadata = { width: (b[3]! << 8) | b[4]!, height: (b[1]! << 8) | b[2]!, orientation: 1, density: null };
  const jfif = segments.find((s) => s.marker === 0xe0 && ascii(s.body, 0, 5) === 'JFIF\0' && s.body.length >= 12);
  if (jfif && (jfif.body[7] === 1 || jfif.body[7] === 2)) {
    const perInch = jfif.body[7] === 2 ? CM_PER_INCH : 1;
    const j = jfif.body;
    meta.density = positiveDensity(((j[8]! << 8) | j[9]!) * perInch, ((j[10]! << 8) | j[11]!) * perInch);
  }
  const exif = segments.find((s) => s.marker === 0xe1 && ascii(s.body, 0, 6) === 'Exif\0\0');
  if (exif) {
    const tags = readExif(exif.body.subarray(6));
    meta.orientation = tags.orientation;
    meta.density ??= tags.density;
  }
  return meta;
}

/** Orientation and resolution from IFD0 of an EXIF block (a TIFF structure); defaults when unreadable. */
function readExif(tiff: Uint8Array): { orientation: Orientation; density: RasterMetadata['density'] } {
  const out: { orientation: Orientation; density: RasterMetadata['density'] } = { orientation: 1, density: null };
  if (tiff.length < 8) return out;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = ascii(tiff, 0, 2) === 'II';
  if (!little && ascii(tiff, 0, 2) !== 'MM') return out;
  const u16 = (at: number) => (at + 2 <= tiff.length ? view.getUint16(at, little) : 0);
  const u32 = (at: number) => (at + 4 <= tiff.length ? view.getUint32(at, little) : 0);
  const rational = (at: number) => {
    const offset = u32(at);
    const [num, den] = [u32(offset), u32(offset + 4)];
    return den > 0 ? num / den : 0;
  };
  const ifd = u32(4);
  const count = u16(ifd);
  let [x, y, unit] = [0, 0, 2];
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    const tag = u16(entry);
    if (tag === 0x0112) {
      const o = u16(entry + 8);
      if (o >= 1 && o <= 8) out.orientation = o as Orientation;
    } else if (tag === 0x011a) x = rational(entry + 8);
    else if (tag === 0x011b) y = rational(entry + 8);
    else if (tag === 0x0128) unit = u16(entry + 8);
  }
  if (unit === 2 || unit === 3) out.density = positiveDensity(x * (unit === 3 ? CM_PER_INCH : 1), y * (unit === 3 ? CM_PER_INCH : 1));
  return out;
}

function positiveDensity(x: number, y: number): RasterMetadata['density'] {
  return x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The printed size a raster file asks for, upright, in points; null when it declares no density. */
export function rasterPhysicalSize(meta: RasterMetadata): ImageInfo['physical'] {
  if (!meta.density) return null;
  const swapped = meta.orientation >= 5;
  const [w, h] = swapped ? [meta.height, meta.width] : [meta.width, meta.height];
  const [dx, dy] = swapped ? [meta.density.y, meta.density.x] : [meta.density.x, meta.density.y];
  return { width: (w / dx) * 72, height: (h / dy) * 72 };
}

/**
 * What placing an asset needs, read from its bytes as the export reads them (the bytes were checked when they
 * came in); undefined for anything that cannot be placed.
 */
export function imageContent(bytes: Uint8Array): ImageContent | undefined {
  switch (sniffImage(bytes)) {
    case 'png':
      return readPngMetadata(bytes);
    case 'jpeg':
      return readJpegMetadata(jpegSegments(bytes));
    case 'svg': {
      const art = parseSvg(new TextDecoder('utf-8').decode(bytes));
      return art.ok ? { width: art.value.width, height: art.value.height, vector: art.value } : undefined;
    }
    default:
      return undefined;
  }
}
