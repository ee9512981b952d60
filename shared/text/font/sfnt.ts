import { err, ok, type AppError, type Result } from '../../result';

/**
 * Reads the table directory of an OpenType/TrueType file or collection, straight from the bytes, so font
 * metadata (names, metrics, embedding rights) is available without HarfBuzz — e.g. while main scans the
 * system font folders.
 */

export interface TableRecord {
  offset: number;
  length: number;
}

export type Tables = ReadonlyMap<string, TableRecord>;

export const fontError = (code: 'font-format' | 'font-face' | 'font-damaged', message: string): AppError => ({ code, message });

function tag(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offsets of each face's table directory: one for a plain font, several for a .ttc/.otc collection. */
export function faceOffsets(bytes: Uint8Array): Result<number[]> {
  if (bytes.byteLength < 12) return err(fontError('font-format', 'This file is too short to be a font.'));
  const view = viewOf(bytes);
  const signature = tag(view, 0);
  if (signature === 'wOFF' || signature === 'wOF2') {
    return err(fontError('font-format', 'This is a web font (WOFF). Convert it to TTF or OTF and import it again.'));
  }
  if (signature === 'ttcf') {
    const count = view.getUint32(8);
    if (12 + count * 4 > bytes.byteLength) return err(fontError('font-damaged', 'The font collection is damaged.'));
    return ok(Array.from({ length: count }, (_, i) => view.getUint32(12 + i * 4)));
  }
  if (view.getUint32(0) === 0x00010000 || signature === 'OTTO' || signature === 'true') return ok([0]);
  return err(fontError('font-format', 'This file is not a TrueType or OpenType font.'));
}

export function readTables(bytes: Uint8Array, faceOffset: number): Result<Tables> {
  const view = viewOf(bytes);
  if (faceOffset + 12 > bytes.byteLength) return err(fontError('font-damaged', "The font's table directory is damaged."));
  const count = view.getUint16(faceOffset + 4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < count; i++) {
    const record = faceOffset + 12 + i * 16;
    if (record + 16 > bytes.byteLength) return err(fontError('font-damaged', "The font's table directory is damaged."));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > bytes.byteLength) return err(fontError('font-damaged', `The font's ${tag(view, record)} table is cut short.`));
    tables.set(tag(view, record), { offset, length });
  }
  return ok(tables);
}
