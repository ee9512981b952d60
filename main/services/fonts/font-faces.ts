import { open, type FileHandle } from 'node:fs/promises';
import { err, ok, type Result } from '../../../shared/result';
import { readFontInfo, type EmbeddingRights } from '../../../shared/text';
import { faceOffsets, readTables, viewOf } from '../../../shared/text/font/sfnt';
import { cmapRanges, scriptsCovered } from './coverage';
import { isWebFont, toSfnt } from './web-font';

/** What the font picker and the catalogue need to know about one face, without loading it. */
export interface FaceSummary {
  faceIndex: number;
  family: string;
  style: string;
  postScriptName: string;
  /** The licence (OS/2 fsType) lets a PDF embed a subset; otherwise print draws its text as outlines. */
  embeddable: boolean;
  /** The licence lets a design file carry it, so the design opens with it on another computer (travelsInDesigns). */
  travels: boolean;
  /** Scripts it has the letters of (coverage.ts), e.g. ["Latin", "Greek"]. */
  scripts: string[];
}

/** Each face of a TrueType/OpenType file or collection, from its bytes. */
export function summarizeFaces(bytes: Uint8Array): Result<FaceSummary[]> {
  const offsets = faceOffsets(bytes);
  if (!offsets.ok) return offsets;
  const faces: FaceSummary[] = [];
  for (let faceIndex = 0; faceIndex < offsets.value.length; faceIndex++) {
    const info = readFontInfo(bytes, faceIndex);
    if (!info.ok) return info;
    const tables = readTables(bytes, offsets.value[faceIndex]!);
    const cmap = tables.ok ? tables.value.get('cmap') : undefined;
    const { family, style, postScriptName, embedding } = info.value;
    faces.push({
      faceIndex,
      family,
      style,
      postScriptName,
      // As the PDF writer decides (shared/pdf/fonts/document-fonts.ts): it embeds subsets or outlines.
      embeddable: embedding.level !== 'restricted' && embedding.subsetting,
      travels: travelsInDesigns(embedding),
      scripts: cmap ? scriptsCovered(cmapRanges(viewOf(bytes), cmap)) : [],
    });
  }
  return ok(faces);
}

/**
 * A `.namesake` file is a document the next person edits, so it may carry a font whose licence allows
 * installable or editable embedding; preview & print embedding is for read-only documents (a PDF), and a
 * restricted or bitmap-only font never leaves this computer.
 */
export function travelsInDesigns(embedding: EmbeddingRights): boolean {
  return (embedding.level === 'installable' || embedding.level === 'editable') && !embedding.bitmapOnly;
}

/** The tables a summary reads; the outline tables only need to be there. */
const SUMMARY_TABLES = new Set(['head', 'hhea', 'maxp', 'OS/2', 'name', 'cmap']);
const OUTLINE_TABLES = new Set(['glyf', 'CFF ', 'CFF2']);
/** More faces or tables than any real font has: the file is damaged, and we read no further. */
const MAX_FACES = 256;
const MAX_TABLES = 512;
const MAX_TABLE_BYTES = 16 * 1024 * 1024;

/**
 * The faces of a font file, reading only the few tables a summary needs, so scanning a system's fonts
 * (collections of tens of megabytes among them) reads kilobytes per file. Web fonts are read whole.
 */
export async function readFaceSummaries(path: string, size: number): Promise<Result<FaceSummary[]>> {
  const file = await open(path, 'r');
  try {
    const head = await readAt(file, 0, Math.min(size, 12));
    if (isWebFont(head)) {
      const sfnt = await toSfnt(await file.readFile());
      return sfnt.ok ? summarizeFaces(sfnt.value) : sfnt;
    }
    const collection = String.fromCharCode(...head.subarray(0, 4)) === 'ttcf' && head.byteLength === 12;
    const count = collection ? viewOf(head).getUint32(8) : 1;
    if (count > MAX_FACES) return err({ code: 'font-damaged', message: 'The font collection is damaged.' });
    const offsets = faceOffsets(collection ? await readAt(file, 0, Math.min(size, 12 + 4 * count)) : head);
    if (!offsets.ok) return offsets;
    const faces: FaceSummary[] = [];
    for (const [faceIndex, offset] of offsets.value.entries()) {
      const compact = await compactFace(file, offset, size);
      const summary = compact.ok ? summarizeFaces(compact.value) : compact;
      if (!summary.ok) return summary;
      faces.push({ ...summary.value[0]!, faceIndex });
    }
    return ok(faces);
  } finally {
    await file.close();
  }
}

/** A stand-alone sfnt of one face's summary tables, with empty outline tables standing in for the real ones. */
async function compactFace(file: FileHandle, offset: number, size: number): Promise<Result<Uint8Array>> {
  const damaged = err({ code: 'font-damaged', message: "The font's table directory is damaged." });
  if (offset + 12 > size) return damaged;
  const header = await readAt(file, offset, 12);
  const count = viewOf(header).getUint16(4);
  if (count > MAX_TABLES || offset + 12 + count * 16 > size) return damaged;
  const records = viewOf(await readAt(file, offset + 12, count * 16));
  const tables: { tag: Uint8Array; bytes: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const tag = new Uint8Array(records.buffer, records.byteOffset + i * 16, 4);
    const name = String.fromCharCode(...tag);
    if (OUTLINE_TABLES.has(name)) tables.push({ tag, bytes: new Uint8Array(0) });
    if (!SUMMARY_TABLES.has(name)) continue;
    const at = records.getUint32(i * 16 + 8);
    const length = records.getUint32(i * 16 + 12);
    if (length > MAX_TABLE_BYTES || at + length > size) return err({ code: 'font-damaged', message: `The font's ${name} table is cut short.` });
    tables.push({ tag, bytes: await readAt(file, at, length) });
  }
  const out = new Uint8Array(12 + tables.length * 16 + tables.reduce((n, t) => n + t.bytes.byteLength, 0));
  const view = viewOf(out);
  out.set(header.subarray(0, 4));
  view.setUint16(4, tables.length);
  let at = 12 + tables.length * 16;
  tables.forEach(({ tag, bytes }, i) => {
    out.set(tag, 12 + i * 16);
    view.setUint32(12 + i * 16 + 8, bytes.byteLength ? at : 0);
    view.setUint32(12 + i * 16 + 12, bytes.byteLength);
    out.set(bytes, at);
    at += bytes.byteLength;
  });
  return ok(out);
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(length);
  const { bytesRead } = await file.read(bytes, 0, length, position);
  return bytes.subarray(0, bytesRead);
}
