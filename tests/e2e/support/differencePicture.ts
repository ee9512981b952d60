import { crc32, deflateSync } from 'node:zlib';
import type { Pixels } from './png';

/**
 * A PNG to look at where two renderings differ: `base` faded to a light grey, the differing pixels in red.
 * (Written by hand, like png.ts reads: the tests need no image library.)
 */
export function differencePicture(base: Pixels, where: readonly { x: number; y: number }[]): Buffer {
  const { width, height } = base;
  const stride = width * 3 + 1;
  const raw = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = base.at(x, y);
      const grey = 255 - (255 - (0.2126 * r + 0.7152 * g + 0.0722 * b)) / 3;
      raw.fill(Math.round(grey), y * stride + 1 + x * 3, y * stride + 4 + x * 3);
    }
  }
  for (const { x, y } of where) raw.set([255, 0, 0], y * stride + 1 + x * 3);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}
