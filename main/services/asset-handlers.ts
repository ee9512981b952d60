import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ASSET_CHANNELS } from '../../shared/ipc/channels';
import { HandlerError } from '../../shared/ipc/errors';
import { IMAGE_LIMITS, type ImageInfo, type ImportedImage } from '../../shared/ipc/features/assets.contract';
import type { Handlers } from '../../shared/ipc/router';
import type { FileServices } from './file-services';
import { fileError } from './fs-errors';
import { checkImage } from './image-validation';
import type { MainPorts } from './ports';

const IMAGE_FILTERS = [{ name: 'Images (PNG, JPEG, SVG)', extensions: ['png', 'jpg', 'jpeg', 'svg'] }];

/**
 * Image channels. An image comes from the Open dialog (main reads the path it chose) or as bytes the page
 * read from a dropped file; either way main checks the content and keeps the bytes in the session's asset
 * cache under their sha256, where saving and export find them. The page gets the id, never a path.
 */
export function createAssetHandlers(ports: Pick<MainPorts, 'dialogs'>, services: Pick<FileServices, 'assets'>): Pick<Handlers, (typeof ASSET_CHANNELS)[number]> {
  const { assets } = services;
  /** What each checked asset is, so drawing it again does not check it again. */
  const checked = new Map<string, ImageInfo>();

  async function add(bytes: Buffer, name: string): Promise<ImportedImage> {
    const { info } = await checkImage(bytes, name);
    const id = assets.add(bytes);
    checked.set(id, info);
    return { cancelled: false, asset: { id, name: name.slice(0, 255), mime: info.mime, size: bytes.length }, image: info };
  }

  return {
    'assets:import': async () => {
      const path = await ports.dialogs.showOpen({ title: 'Add image', filters: IMAGE_FILTERS });
      if (path === null) return { cancelled: true as const };
      const name = basename(path);
      return add(await readImageFile(path, name), name);
    },

    'assets:add': async ({ name, data }) => add(Buffer.from(data, 'base64'), basename(name)),

    'assets:get': async ({ id }) => {
      const bytes = assets.get(id);
      if (bytes === undefined) throw new HandlerError('not-found', 'An image of this design is missing: it was not in the file it came from. Replace it to print it.');
      const info = checked.get(id) ?? (await checkImage(bytes, 'The image')).info;
      checked.set(id, info);
      return { image: info, data: bytes.toString('base64') };
    },
  };
}

/** Reads a chosen file, refusing before reading one too large to be an image Namesake places. */
async function readImageFile(path: string, name: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new HandlerError('not-found', `“${name}” is not a file.`);
    if (info.size > IMAGE_LIMITS.maxBytes) {
      throw new HandlerError('bad-request', `“${name}” is larger than ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB; Namesake places images up to that size.`);
    }
    return await readFile(path);
  } catch (e) {
    throw fileError(e, name, 'open');
  }
}
