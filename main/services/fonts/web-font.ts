import { inflateSync } from 'node:zlib';
import { err, ok, type Result } from '../../../shared/result';

/** No font a person uses for labels is anywhere near this; a larger claim is a damaged or hostile file. */
const MAX_SFNT_BYTES = 256 * 1024 * 1024;

const signature = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(0, 4));

export const isWebFont = (bytes: Uint8Array): boolean => ['wOFF', 'wOF2'].includes(signature(bytes));

const damaged = (what: string) => err({ code: 'font-damaged', message: `This web font (${what}) is damaged and cannot be read.` });

/**
 * A WOFF or WOFF2 file unpacked to the TrueType/OpenType font it wraps, so everything downstream (HarfBuzz,
 * the PDF writer's subsetter) sees a plain sfnt; any other bytes are returned as they are. Decoded in main
 * only: fonts reach the renderer and the PDF writer through main, already unpacked.
 */
export async function toSfnt(bytes: Uint8Array): Promise<Result<Uint8Array>> {
  const kind = signature(bytes);
  if (kind === 'wOFF') return unpackWoff(bytes);
  if (kind !== 'wOF2') return ok(bytes);
  // Loaded on first use: the decoder instantiates its WebAssembly when imported.
  const { default: decompress } = await import('woff2-encoder/decompress');
  try {
    return ok(await decompress(bytes));
  } catch {
    return damaged('WOFF2');
  }
}

/** WOFF 1: an sfnt whose tables are each zlib-compressed (or stored) behind a 44-byte header. */
function unpackWoff(bytes: Uint8Array): Result<Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 44) return damaged('WOFF');
  const count = view.getUint16(12);
  const sfntSize = view.getUint32(16);
  if (sfntSize > MAX_SFNT_BYTES || 44 + count * 20 > bytes.byteLength) return damaged('WOFF');
  const out = new Uint8Array(sfntSize);
  const outView = new DataView(out.buffer);
  outView.setUint32(0, view.getUint32(4)); // the wrapped font's own sfnt version
  const power = 2 ** Math.floor(Math.log2(Math.max(count, 1)));
  outView.setUint16(4, count);
  outView.setUint16(6, power * 16);
  outView.setUint16(8, Math.log2(power));
  outView.setUint16(10, count * 16 - power * 16);
  let at = 12 + count * 16;
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    if (offset + compressed > bytes.byteLength || at + length > sfntSize) return damaged('WOFF');
    const stored = bytes.subarray(offset, offset + compressed);
    let table: Uint8Array;
    try {
      table = compressed < length ? inflateSync(stored) : stored;
    } catch {
      return damaged('WOFF');
    }
    if (table.byteLength !== length) return damaged('WOFF');
    const record = 12 + i * 16;
    out.set(bytes.subarray(entry, entry + 4), record); // tag
    outView.setUint32(record + 4, view.getUint32(entry + 16)); // checksum
    outView.setUint32(record + 8, at);
    outView.setUint32(record + 12, length);
    out.set(table, at);
    at += Math.ceil(length / 4) * 4;
  }
  return ok(out);
}
