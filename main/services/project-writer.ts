import { buffer as readAll } from 'node:stream/consumers';
import yazl from 'yazl';
import { HandlerError } from '../../shared/ipc/errors';
import type { AssetRef, Design } from '../../shared/model';
import type { AssetCache } from './asset-cache';
import { isFontAsset } from './fonts/project-fonts';
import { assetEntryName, DESIGN_ENTRY, FORMAT_MARKER } from './project-format';

/** PNG and JPEG are compressed already; deflating them again costs time and saves nothing. */
const STORED_MIMES = new Set<AssetRef['mime']>(['image/png', 'image/jpeg']);

/**
 * Design + the asset bytes it uses → the bytes of a `.namesake` file. Assets no object uses (the image was
 * deleted, or replaced) are left out, list entry and bytes. Fails, before anything touches the disk, when
 * the cache lacks an asset the design uses: a file saved without it would lose that image for good.
 */
export async function encodeProject(design: Design, assets: AssetCache, fileName: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const used = usedAssets(design);
  zip.addBuffer(Buffer.from(JSON.stringify({ format: FORMAT_MARKER, ...design, assets: used })), DESIGN_ENTRY);
  const written = new Set<string>();
  for (const ref of used) {
    // Two refs to the same content share one entry; a duplicate entry name would make the file unreadable.
    if (written.has(ref.id)) continue;
    const bytes = assets.get(ref.id);
    if (bytes === undefined) {
      throw new HandlerError(
        'not-found',
        `“${fileName}” was not saved: “${ref.name}”, used in the design, is missing. Replace or remove it, then save again. The file was not changed.`,
      );
    }
    zip.addBuffer(bytes, assetEntryName(ref.id), { compress: !STORED_MIMES.has(ref.mime) });
    written.add(ref.id);
  }
  zip.end();
  return readAll(zip.outputStream);
}

/**
 * The design's asset list without the entries no object refers to. Font assets are kept as listed: text
 * names fonts by id, and saving lists exactly the fonts it uses (withFontAssets, fonts/project-fonts.ts).
 */
function usedAssets(design: Design): AssetRef[] {
  const ids = new Set(design.objects.flatMap((o) => (o.type === 'image' ? [o.assetId] : [])));
  return design.assets.filter((ref) => ids.has(ref.id) || isFontAsset(ref));
}
