import { viewOf } from '../text-engine';
import { fontTables } from './sfnt-table';

/** Font-wide numbers and glyph advances the PDF font dictionaries need, in font units. */
export interface FontMetrics {
  unitsPerEm: number;
  bbox: readonly [number, number, number, number];
  italicAngle: number;
  fixedPitch: boolean;
  advance(glyph: number): number;
}

export function readMetrics(bytes: Uint8Array, faceIndex: number): FontMetrics | undefined {
  const tables = fontTables(bytes, faceIndex);
  const head = tables?.get('head');
  const hhea = tables?.get('hhea');
  const hmtx = tables?.get('hmtx');
  const post = tables?.get('post');
  if (!head || !hhea || !hmtx) return undefined;
  const view = viewOf(bytes);
  // hmtx holds numberOfHMetrics advances; glyphs past them repeat the last one (monospaced tails).
  const metrics = Math.max(1, Math.min(view.getUint16(hhea.offset + 34), Math.floor(hmtx.length / 4)));
  return {
    unitsPerEm: view.getUint16(head.offset + 18) || 1000,
    bbox: [view.getInt16(head.offset + 36), view.getInt16(head.offset + 38), view.getInt16(head.offset + 40), view.getInt16(head.offset + 42)],
    italicAngle: post ? view.getInt32(post.offset + 4) / 65536 : 0,
    fixedPitch: post ? view.getUint32(post.offset + 12) !== 0 : false,
    advance: (glyph) => view.getUint16(hmtx.offset + 4 * Math.min(glyph, metrics - 1)),
  };
}
