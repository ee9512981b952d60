import { crc32, deflateSync } from 'node:zlib';

/** Real image files made in the test, so every byte a test feeds the importer is known. */

export type Rgba = readonly [number, number, number, number];

export interface PngOptions {
  width: number;
  height: number;
  /** Colour at (x, y); default opaque red. */
  pixel?: (x: number, y: number) => Rgba;
  /** A pHYs chunk in pixels per metre (unit 1). */
  pixelsPerMetre?: number;
  /** Cut the file after this many bytes (a truncated download). */
  truncateAt?: number;
  /** IHDR size written in the header, whatever the pixel data holds (a decompression bomb's lie). */
  headerSize?: { width: number; height: number };
}

/** Pixels per metre for `ppi` pixels per inch, as PNG stores it (rounded, so 300 ppi reads back as 299.9994). */
export const ppm = (ppi: number) => Math.round(ppi / 0.0254);

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/** An 8-bit RGBA PNG. */
export function makePng(o: PngOptions): Buffer {
  const pixel = o.pixel ?? (() => [255, 0, 0, 255] as const);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(o.headerSize?.width ?? o.width, 0);
  ihdr.writeUInt32BE(o.headerSize?.height ?? o.height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(o.height * (1 + o.width * 4));
  for (let y = 0; y < o.height; y++) {
    for (let x = 0; x < o.width; x++) rows.set(pixel(x, y), y * (1 + o.width * 4) + 1 + x * 4);
  }
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (o.pixelsPerMetre !== undefined) {
    const phys = Buffer.alloc(9);
    phys.writeUInt32BE(o.pixelsPerMetre, 0);
    phys.writeUInt32BE(o.pixelsPerMetre, 4);
    phys[8] = 1;
    parts.push(chunk('pHYs', phys));
  }
  parts.push(chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0)));
  const png = Buffer.concat(parts);
  return o.truncateAt === undefined ? png : png.subarray(0, o.truncateAt);
}

export interface JpegOptions {
  width: number;
  height: number;
  /** The colour of each 8 × 8 block (flat blocks need only DC coefficients); default red. */
  block?: (bx: number, by: number) => readonly [number, number, number];
  /** JFIF density in dots per inch. */
  dpi?: number;
  /** An EXIF block with this orientation (and, with `exifDpi`, its resolution). */
  orientation?: number;
  exifDpi?: number;
  /** Drop the end-of-image marker and the last bytes of the scan. */
  truncated?: boolean;
}

/** The DC coefficients (Y, Cb, Cr) of a flat 8 × 8 block of one colour: 8 × (value − 128) with quantization 1. */
function flatBlock([r, g, b]: readonly [number, number, number]): number[] {
  const ycc = [0.299 * r + 0.587 * g + 0.114 * b, 128 - 0.168736 * r - 0.331264 * g + 0.5 * b, 128 + 0.5 * r - 0.418688 * g - 0.081312 * b];
  return ycc.map((v) => 8 * (Math.round(Math.min(255, Math.max(0, v))) - 128));
}

/**
 * A baseline JPEG of flat 8 × 8 blocks: YCbCr without subsampling, quantization all 1, each block holding only
 * its DC coefficient (as a difference from the block before) and an end-of-block. Real decoders (Chromium,
 * poppler) read it like any camera file.
 */
export function makeJpeg(o: JpegOptions): Buffer {
  const block = o.block ?? (() => [255, 0, 0] as const);
  const category = (v: number) => (v === 0 ? 0 : Math.floor(Math.log2(Math.abs(v))) + 1);
  // Every DC difference category 0–11, each with a 4-bit code (none all ones).
  const symbols = Array.from({ length: 12 }, (_, i) => i);
  const codeLength = 4;
  const segment = (marker: number, body: number[]) => Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 255, ...body]);

  const parts: Buffer[] = [Buffer.from([0xff, 0xd8])];
  // Without a density, JFIF says only the pixel aspect (unit 0, 1:1).
  const [units, density] = o.dpi ? [1, o.dpi] : [0, 1];
  parts.push(segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, units, density >> 8, density & 255, density >> 8, density & 255, 0, 0]));
  if (o.orientation !== undefined) parts.push(segment(0xe1, exif(o.orientation, o.exifDpi)));
  parts.push(segment(0xdb, [0, ...Array(64).fill(1)]));
  parts.push(segment(0xc0, [8, o.height >> 8, o.height & 255, o.width >> 8, o.width & 255, 3, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0]));
  const bits = Array(16).fill(0);
  bits[codeLength - 1] = symbols.length;
  parts.push(segment(0xc4, [0x00, ...bits, ...symbols]));
  parts.push(segment(0xc4, [0x10, 1, ...Array(15).fill(0), 0x00]));
  parts.push(segment(0xda, [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0]));

  const writer = new BitWriter();
  let previous = [0, 0, 0];
  for (let by = 0; by < Math.ceil(o.height / 8); by++) {
    for (let bx = 0; bx < Math.ceil(o.width / 8); bx++) {
      const dc = flatBlock(block(bx, by));
      dc.forEach((value, c) => {
        const diff = value - previous[c]!;
        const k = category(diff);
        writer.write(k, codeLength);
        if (k > 0) writer.write(diff > 0 ? diff : diff + (1 << k) - 1, k);
        writer.write(0, 1); // end of block
      });
      previous = dc;
    }
  }
  const scan = writer.finish();
  if (o.truncated) return Buffer.concat([...parts, scan.subarray(0, Math.max(1, scan.length - 2))]);
  return Buffer.concat([...parts, scan, Buffer.from([0xff, 0xd9])]);
}

/** A big-endian TIFF block with IFD0 holding Orientation and, optionally, X/YResolution in inches. */
function exif(orientation: number, dpi?: number): number[] {
  const entries = dpi === undefined ? 1 : 4;
  const ifdEnd = 8 + 2 + entries * 12 + 4;
  const tiff = Buffer.alloc(ifdEnd + (dpi === undefined ? 0 : 16));
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(entries, 8);
  const entry = (i: number, tag: number, type: number, value: number) => {
    const at = 10 + i * 12;
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(1, at + 4);
    if (type === 3) tiff.writeUInt16BE(value, at + 8);
    else tiff.writeUInt32BE(value, at + 8);
  };
  entry(0, 0x0112, 3, orientation);
  if (dpi !== undefined) {
    entry(1, 0x011a, 5, ifdEnd);
    entry(2, 0x011b, 5, ifdEnd + 8);
    entry(3, 0x0128, 3, 2);
    for (const at of [ifdEnd, ifdEnd + 8]) {
      tiff.writeUInt32BE(dpi, at);
      tiff.writeUInt32BE(1, at + 4);
    }
  }
  return [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
}

/** Entropy-coded bits, most significant first, with JPEG's 0xFF 0x00 stuffing and 1-bit padding. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      if (++this.used === 8) this.flush();
    }
  }

  finish(): Buffer {
    while (this.used !== 0) this.write(1, 1);
    return Buffer.from(this.bytes);
  }

  private flush(): void {
    this.bytes.push(this.current);
    if (this.current === 0xff) this.bytes.push(0);
    [this.current, this.used] = [0, 0];
  }
}
