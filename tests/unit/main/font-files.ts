import { deflateSync } from 'node:zlib';
import { readBundledFont } from '../../../main/services/bundled-fonts';
import { readTables } from '../../../shared/text/font/sfnt';

/** Real font files for the font tests, made from the bundled fonts' bytes. */
export const bundledBytes = async (id: string): Promise<Uint8Array> => new Uint8Array(await readBundledFont(id));

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** A TrueType collection of `faces`: the fonts laid end to end behind a `ttcf` header, table offsets moved. */
export function trueTypeCollection(faces: readonly Uint8Array[]): Uint8Array {
  const header = 12 + 4 * faces.length;
  const starts = faces.map((_, i) => header + faces.slice(0, i).reduce((n, f) => n + Math.ceil(f.byteLength / 4) * 4, 0));
  const out = new Uint8Array(starts[faces.length - 1]! + faces[faces.length - 1]!.byteLength);
  const out32 = view(out);
  out.set(new TextEncoder().encode('ttcf'));
  out32.setUint32(4, 0x00010000);
  out32.setUint32(8, faces.length);
  faces.forEach((face, i) => {
    const start = starts[i]!;
    out32.setUint32(12 + 4 * i, start);
    out.set(face, start);
    for (let t = 0; t < out32.getUint16(start + 4); t++) out32.setUint32(start + 20 + 16 * t, out32.getUint32(start + 20 + 16 * t) + start);
  });
  return out;
}

/** A copy of the font with its OS/2 `fsType` (embedding permission) set, e.g. 2: restricted licence. */
export function withFsType(font: Uint8Array, fsType: number): Uint8Array {
  const copy = font.slice();
  const tables = readTables(copy, 0);
  if (!tables.ok) throw new Error(tables.error.message);
  view(copy).setUint16(tables.value.get('OS/2')!.offset + 8, fsType);
  return copy;
}

/** The font as a WOFF 1 file: its tables zlib-compressed behind the 44-byte WOFF header. */
export function woff(font: Uint8Array): Uint8Array {
  const source = view(font);
  const count = source.getUint16(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const record = 12 + 16 * i;
    const offset = source.getUint32(record + 8);
    const length = source.getUint32(record + 12);
    const original = font.subarray(offset, offset + length);
    const packed = deflateSync(original);
    return { record, length, data: packed.byteLength < length ? packed : original };
  });
  let size = 44 + 20 * count;
  const offsets = tables.map((t) => {
    const at = size;
    size += Math.ceil(t.data.byteLength / 4) * 4;
    return at;
  });
  const out = new Uint8Array(size);
  const w = view(out);
  out.set(new TextEncoder().encode('wOFF'));
  w.setUint32(4, source.getUint32(0));
  w.setUint32(8, size);
  w.setUint16(12, count);
  w.setUint32(16, 12 + 16 * count + tables.reduce((n, t) => n + Math.ceil(t.length / 4) * 4, 0));
  tables.forEach((t, i) => {
    const entry = 44 + 20 * i;
    out.set(font.subarray(t.record, t.record + 4), entry);
    w.setUint32(entry + 4, offsets[i]!);
    w.setUint32(entry + 8, t.data.byteLength);
    w.setUint32(entry + 12, t.length);
    w.setUint32(entry + 16, source.getUint32(t.record + 4));
    out.set(t.data, offsets[i]!);
  });
  return out;
}
