import { SYSTEM_FONT_PREFIX, USER_FONT_PREFIX } from '../../../shared/ipc/features/fonts.contract';
import type { AssetRef, Design } from '../../../shared/model';
import { readFontInfo, type FontId } from '../../../shared/text';
import type { AssetCache } from '../asset-cache';
import { fontFileExtension, MAX_IMPORT_BYTES, type CarriedFont, type FontCatalog } from './font-catalog';
import { summarizeFaces, travelsInDesigns } from './font-faces';
import { systemFontId, userFontId } from './font-ids';

/**
 * Fonts travel inside `.namesake` files as assets, like images: content-addressed, one entry per font file.
 * The model names a font by id only (`user:<sha-256 prefix>`, `system:<PostScript name>`), so which font
 * assets a design has is derived from its text when it is written, never kept by hand: a font chosen,
 * pasted or dropped in any way travels, one no longer used is left out, and no undo step is spent on it.
 */

const MIMES = { ttf: 'font/ttf', otf: 'font/otf', ttc: 'font/collection' } as const satisfies Record<string, AssetRef['mime']>;
const FONT_MIMES: ReadonlySet<AssetRef['mime']> = new Set(Object.values(MIMES));

export const isFontAsset = (ref: AssetRef): boolean => FONT_MIMES.has(ref.mime);

/** What Import font… takes is what a file may carry, either way: a larger "font" in a file is not read. */
const fitsInDesigns = (bytes: Uint8Array): boolean => bytes.byteLength <= MAX_IMPORT_BYTES;

/** The fonts a design names that are not bundled (those are everywhere): its text's and its fields' allowed fonts. */
export function fontsNamedBy(design: Design): Set<FontId> {
  const named = [...design.objects.flatMap((o) => (o.type === 'text' ? [o.font] : [])), ...design.fields.flatMap((f) => f.allowedFonts)];
  return new Set(named.filter((id) => id.startsWith(USER_FONT_PREFIX) || id.startsWith(SYSTEM_FONT_PREFIX)));
}

/**
 * The faces the design's font assets provide under the ids it names (an imported face by its file's
 * hash, an installed one by its PostScript name), for fonts whose licence lets them travel. Assets whose
 * bytes are absent or are not a font provide none: the text falls back, and says so.
 */
export function carriedFonts(design: Design, assets: AssetCache): CarriedFont[] {
  const named = fontsNamedBy(design);
  const carried: CarriedFont[] = [];
  for (const ref of design.assets.filter(isFontAsset)) {
    const bytes = assets.get(ref.id);
    const faces = bytes && fitsInDesigns(bytes) && summarizeFaces(bytes);
    if (!bytes || !faces || !faces.ok) continue;
    for (const face of faces.value.filter((f) => f.travels)) {
      for (const id of new Set([userFontId(ref.id, face.faceIndex), systemFontId(face)])) {
        if (named.has(id)) carried.push({ id, bytes, faceIndex: face.faceIndex, face });
      }
    }
  }
  return carried;
}

/**
 * The design as it is written to a file: its font assets are exactly the files of the fonts it names whose
 * licence lets them travel (travelsInDesigns), their bytes put in `assets` for the writer. A font comes
 * from this computer's library (which includes the fonts opened designs carried), else from the design's
 * own assets; a font neither has is left out, as is a restricted one, which stays on this computer.
 */
export async function withFontAssets(design: Design, catalog: FontCatalog, assets: AssetCache): Promise<Design> {
  const named = fontsNamedBy(design);
  if (named.size === 0 && !design.assets.some(isFontAsset)) return design;
  let onFile: Map<FontId, CarriedFont> | undefined;
  const fromFile = (id: FontId) => (onFile ??= new Map(carriedFonts(design, assets).map((font) => [font.id, font]))).get(id);
  const refs = new Map<string, AssetRef>();
  for (const id of named) {
    // A damaged font file in the library must not stop a save: its text draws in the fallback anyway.
    const font = (await catalog.read(id).catch(() => undefined)) ?? fromFile(id);
    const info = font && readFontInfo(font.bytes, font.faceIndex);
    if (!font || !fitsInDesigns(font.bytes) || !info?.ok || !travelsInDesigns(info.value.embedding)) continue;
    const bytes = Buffer.from(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength);
    const assetId = assets.add(bytes);
    const name = `${info.value.family} ${info.value.style}`.trim() || id;
    if (!refs.has(assetId)) refs.set(assetId, { id: assetId, name, mime: MIMES[fontFileExtension(bytes)], size: bytes.byteLength });
  }
  return { ...design, assets: [...design.assets.filter((ref) => !isFontAsset(ref)), ...refs.values()] };
}
