import { buffer as readAll } from 'node:stream/consumers';
import yazl from 'yazl';
import { HandlerError } from '../../shared/ipc/errors';
import type { AssetRef, Design } from '../../shared/model';
import type { AssetCache } from './asset-cache';
import { assetEntryName, DESIGN_ENTRY, FORMAT_MARKER } from './project-format';

/** PNG and JPEG are compressed already; deflating them again costs time and saves nothing. */
const STORED_MIMES = new Set<AssetRef['mime']>(['image/png', 'image/jpeg']);

/**
 * Design + the asset bytes it references → the bytes of a `.namesake` file. Fails, before anything
 * touches the disk, when the cache lacks an asset the design lists: a file saved without it would
 * lose that image for good.
 */
export async function encodeProject(design: Design, assets: AssetCache, fileName: string): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify({ format: FORMAT_MARKER, ...design })), DESIGN_ENTRY);
  const written = new Set<string>();
  for (const ref of design.assets) {
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
