import { err, ok, type Result } from '../../result';
import { faceOffsets, fontError, readTables, viewOf, type TableRecord, type Tables } from './sfnt';

/** What the OS/2 `fsType` field lets us do with a font; the PDF writer refuses to embed `restricted` fonts. */
export interface EmbeddingRights {
  fsType: number;
  level: 'installable' | 'editable' | 'preview-print' | 'restricted';
  subsetting: boolean;
  bitmapOnly: boolean;
}

/** Font metadata read from the file's tables. Metrics are in font units, y up (descender negative). */
export interface FontInfo {
  faceIndex: number;
  faceCount: number;
  /** Glyph outline format: TrueType `glyf` or CFF; the PDF writer embeds them as CIDFontType2 or CIDFontType0. */
  outlines: 'truetype' | 'cff';
  family: string;
  style: string;
  fullName: string;
  postScriptName: string;
  unitsPerEm: number;
  ascender: number;
  descender: number;
  lineGap: number;
  capHeight: number;
  xHeight: number;
  glyphCount: number;
  embedding: EmbeddingRights;
}

const NAME = { family: 1, style: 2, fullName: 4, postScriptName: 6, typographicFamily: 16, typographicStyle: 17 } as const;
const USE_TYPO_METRICS = 1 << 7;

/** Number of faces in a font file (several in a .ttc collection); 0 when the bytes are not a font we read. */
export function countFaces(bytes: Uint8Array): number {
  const offsets = faceOffsets(bytes);
  return offsets.ok ? offsets.value.length : 0;
}

export function readFontInfo(bytes: Uint8Array, faceIndex = 0): Result<FontInfo> {
  const offsets = faceOffsets(bytes);
  if (!offsets.ok) return offsets;
  const faceOffset = offsets.value[faceIndex];
  if (faceOffset === undefined) {
    return err(fontError('font-face', `The collection has ${offsets.value.length} faces; face ${faceIndex + 1} does not exist.`));
  }
  const tables = readTables(bytes, faceOffset);
  if (!tables.ok) return tables;
  const table = (name: string): TableRecord | undefined => tables.value.get(name);
  const head = table('head');
  const hhea = table('hhea');
  const maxp = table('maxp');
  const outlines = table('glyf') ? 'truetype' : table('CFF ') || table('CFF2') ? 'cff' : undefined;
  if (!head || !hhea || !maxp || !table('cmap') || !outlines) {
    return err(fontError('font-damaged', 'The font lacks tables every usable font has (head, hhea, maxp, cmap, outlines).'));
  }
  const view = viewOf(bytes);
  const unitsPerEm = view.getUint16(head.offset + 18) || 1000;
  const os2 = readOs2(view, table('OS/2'));
  const useTypo = os2 !== undefined && (os2.fsSelection & USE_TYPO_METRICS) !== 0;
  let ascender = useTypo ? os2.typoAscender : view.getInt16(hhea.offset + 4);
  let descender = useTypo ? os2.typoDescender : view.getInt16(hhea.offset + 6);
  const lineGap = useTypo ? os2.typoLineGap : view.getInt16(hhea.offset + 8);
  if (ascender - descender <= 0) [ascender, descender] = [0.8 * unitsPerEm, -0.2 * unitsPerEm];
  const names = readNames(bytes, view, tables.value);
  const family = names.get(NAME.typographicFamily) ?? names.get(NAME.family) ?? '';
  const style = names.get(NAME.typographicStyle) ?? names.get(NAME.style) ?? 'Regular';
  return ok({
    faceIndex,
    faceCount: offsets.value.length,
    outlines,
    family,
    style,
    fullName: names.get(NAME.fullName) ?? `${family} ${style}`.trim(),
    postScriptName: names.get(NAME.postScriptName) ?? '',
    unitsPerEm,
    ascender,
    descender,
    lineGap,
    capHeight: os2?.capHeight || 0.7 * unitsPerEm,
    xHeight: os2?.xHeight || 0.5 * unitsPerEm,
    glyphCount: view.getUint16(maxp.offset + 4),
    embedding: embeddingRights(os2?.fsType ?? 0),
  });
}

function readOs2(view: DataView, os2: TableRecord | undefined) {
  if (!os2 || os2.length < 78) return undefined;
  const at = (offset: number) => view.getInt16(os2.offset + offset);
  const version = view.getUint16(os2.offset);
  const hasHeights = version >= 2 && os2.length >= 90;
  return {
    fsType: view.getUint16(os2.offset + 8),
    fsSelection: view.getUint16(os2.offset + 62),
    typoAscender: at(68),
    typoDescender: at(70),
    typoLineGap: at(72),
    xHeight: hasHeights ? at(86) : 0,
    capHeight: hasHeights ? at(88) : 0,
  };
}

/** OpenType: when several permission bits are set, the least restrictive one applies. */
export function embeddingRights(fsType: number): EmbeddingRights {
  const level = (fsType & 0xf) === 0 ? 'installable' : fsType & 0x8 ? 'editable' : fsType & 0x4 ? 'preview-print' : 'restricted';
  return { fsType, level, subsetting: (fsType & 0x100) === 0, bitmapOnly: (fsType & 0x200) !== 0 };
}

/**
 * The `name` table's strings by name id, preferring Windows English (UTF-16), then any Unicode-platform
 * string, then Macintosh Roman (read as Latin-1, which agrees for the ASCII names fonts use).
 */
function readNames(bytes: Uint8Array, view: DataView, tables: Tables): Map<number, string> {
  const names = new Map<number, string>();
  const name = tables.get('name');
  if (!name || name.length < 6) return names;
  const count = view.getUint16(name.offset + 2);
  const storage = name.offset + view.getUint16(name.offset + 4);
  const rank = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const record = name.offset + 6 + i * 12;
    if (record + 12 > name.offset + name.length) break;
    const platform = view.getUint16(record);
    const language = view.getUint16(record + 4);
    const id = view.getUint16(record + 6);
    const score = platform === 3 ? (language === 0x409 ? 4 : 3) : platform === 0 ? 2 : platform === 1 && language === 0 ? 1 : 0;
    if (score <= (rank.get(id) ?? 0)) continue;
    const start = storage + view.getUint16(record + 10);
    const length = view.getUint16(record + 8);
    if (start + length > bytes.byteLength) continue;
    names.set(id, platform === 1 ? latin1(bytes, start, length) : utf16be(view, start, length));
    rank.set(id, score);
  }
  return names;
}

function utf16be(view: DataView, start: number, length: number): string {
  let s = '';
  for (let i = 0; i + 1 < length; i += 2) s += String.fromCharCode(view.getUint16(start + i));
  return s;
}

function latin1(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}
