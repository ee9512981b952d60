import { faceOffsets, readTables, type Tables } from '../text-engine';

/** The table directory of one face of a font file (or collection). */
export function fontTables(bytes: Uint8Array, faceIndex: number): Tables | undefined {
  const offsets = faceOffsets(bytes);
  const faceOffset = offsets.ok ? offsets.value[faceIndex] : undefined;
  const tables = faceOffset === undefined ? undefined : readTables(bytes, faceOffset);
  return tables?.ok ? tables.value : undefined;
}

export function tableBytes(bytes: Uint8Array, faceIndex: number, tag: string): Uint8Array | undefined {
  const table = fontTables(bytes, faceIndex)?.get(tag);
  return table && bytes.subarray(table.offset, table.offset + table.length);
}
