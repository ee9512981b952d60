import { hex } from '../bytes';
import { PDFHexString, UPNG, type PDFContext, type PDFRawStream, type PDFRef } from '../lib';
import type { PdfOutput } from '../output';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const COLORS: Record<number, number> = { 0: 1, 2: 3, 3: 1 };

export function isPng(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

export interface PngInfo {
  width: number;
  height: number;
  depth: number;
  /** PNG colour type: 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType: number;
  interlaced: boolean;
  palette?: Uint8Array;
  transparency: boolean;
  /** The compressed image data: the IDAT chunks joined. */
  data: Uint8Array;
}

export function readPng(bytes: Uint8Array): PngInfo | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let header: Omit<PngInfo, 'data' | 'transparency' | 'palette'> | undefined;
  let palette: Uint8Array | undefined;
  let transparency = false;
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR' && length >= 13) {
      header = { width: view.getUint32(at + 8), height: view.getUint32(at + 12), depth: body[8]!, colorType: body[9]!, interlaced: body[12] === 1 };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = true;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (!header || idat.length === 0) return undefined;
  const data = new Uint8Array(idat.reduce((sum, chunk) => sum + chunk.length, 0));
  idat.reduce((offset, chunk) => (data.set(chunk, offset), offset + chunk.length), 0);
  return { ...header, palette, transparency, data };
}

/**
 * A PNG as an image XObject. Opaque, non-interlaced PNGs keep their compressed bytes: PDF's Flate filter with
 * the PNG predictors reads IDAT as it is. Anything with alpha (an alpha channel or tRNS) is decoded and split
 * into colour and an SMask, since PDF keeps transparency in a separate image.
 */
export function pngXObject(context: PDFContext, output: PdfOutput, png: PngInfo, bytes: Uint8Array, rgbSpace: PDFRef | 'DeviceRGB'): PDFRawStream {
  const { width, height } = png;
  const colors = COLORS[png.colorType];
  if (colors !== undefined && !png.interlaced && !png.transparency && (png.colorType !== 3 || png.palette)) {
    const colorSpace =
      png.colorType === 0 ? 'DeviceGray'
      : png.colorType === 2 ? rgbSpace
      : ['Indexed', rgbSpace, png.palette!.length / 3 - 1, PDFHexString.of(hex(png.palette!))];
    return context.stream(png.data, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width,
      Height: height,
      ColorSpace: colorSpace,
      BitsPerComponent: png.depth,
      Filter: 'FlateDecode',
      DecodeParms: { Predictor: 15, Colors: colors, BitsPerComponent: png.depth, Columns: width },
    });
  }
  const decoded = UPNG.decode(bytes.slice().buffer);
  const rgba = new Uint8Array(UPNG.toRGBA8(decoded)[0]!);
  const grey = png.colorType === 0 || png.colorType === 4;
  const pixels = width * height;
  const color = new Uint8Array(pixels * (grey ? 1 : 3));
  const alpha = new Uint8Array(pixels);
  let opaque = true;
  for (let p = 0, c = 0; p < pixels; p++) {
    const at = p * 4;
    color[c++] = rgba[at]!;
    if (!grey) {
      color[c++] = rgba[at + 1]!;
      color[c++] = rgba[at + 2]!;
    }
    alpha[p] = rgba[at + 3]!;
    if (alpha[p] !== 255) opaque = false;
  }
  const image = { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 8 };
  let smask = {};
  if (!opaque) {
    const ref = output.allocate();
    output.writeObject(ref, context.flateStream(alpha, { ...image, ColorSpace: 'DeviceGray' }));
    smask = { SMask: ref };
  }
  return context.flateStream(color, { ...image, ColorSpace: grey ? 'DeviceGray' : rgbSpace, ...smask });
}
