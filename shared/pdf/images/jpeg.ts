import type { PDFContext, PDFRawStream, PDFRef } from '../lib';

export interface JpegInfo {
  width: number;
  height: number;
  components: number;
  bitsPerComponent: number;
  /** An Adobe APP14 marker: Adobe applications write CMYK JPEGs with inverted values. */
  adobe: boolean;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

export function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8;
}

/** Reads the frame header (size, components) and looks for the Adobe marker, stopping at the first scan. */
export function readJpeg(bytes: Uint8Array): JpegInfo | undefined {
  let adobe = false;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker === 0xee && String.fromCharCode(...bytes.subarray(at + 4, at + 9)) === 'Adobe') adobe = true;
    if (SOF_MARKERS.has(marker)) {
      if (at + 10 > bytes.length) return undefined;
      return {
        bitsPerComponent: bytes[at + 4]!,
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
        components: bytes[at + 9]!,
        adobe,
      };
    }
    if (marker === 0xda) return undefined; // a scan before any frame header
    at += 2 + length;
  }
  return undefined;
}

/**
 * The JPEG's own bytes as a DCTDecode image: never recompressed. A CMYK JPEG stays CMYK; when written by an
 * Adobe application (APP14 marker) its values are inverted, which /Decode [1 0 …] undoes.
 */
export function jpegXObject(context: PDFContext, bytes: Uint8Array, info: JpegInfo, rgbSpace: PDFRef | 'DeviceRGB'): PDFRawStream {
  const colorSpace = info.components === 1 ? 'DeviceGray' : info.components === 4 ? 'DeviceCMYK' : rgbSpace;
  const invert = info.components === 4 && info.adobe ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {};
  return context.stream(bytes, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: info.width,
    Height: info.height,
    ColorSpace: colorSpace,
    BitsPerComponent: info.bitsPerComponent,
    Filter: 'DCTDecode',
    ...invert,
  });
}
