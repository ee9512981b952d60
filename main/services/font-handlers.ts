import { basename } from 'node:path';
import type { FONT_CHANNELS } from '../../shared/ipc/channels';
import { HandlerError } from '../../shared/ipc/errors';
import type { Handlers } from '../../shared/ipc/router';
import { FontCatalog } from './fonts/font-catalog';
import { fileError } from './fs-errors';
import type { MainPorts } from './ports';

const FONT_FILTERS = [
  { name: 'Fonts', extensions: ['ttf', 'otf', 'ttc', 'otc', 'woff', 'woff2'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * The font library's channels: the list (bundled, imported, installed), importing a font the user picks
 * in the Open dialog, and one font's bytes by id for the page's text engine, which loads fonts on first use.
 */
export function createFontHandlers(ports: MainPorts, catalog = FontCatalog.forUserData(ports.paths.userData, ports.fontFolders)): Pick<Handlers, (typeof FONT_CHANNELS)[number]> {
  return {
    'fonts:list': async () => ({ fonts: await catalog.list() }),

    'fonts:import': async () => {
      const path = await ports.dialogs.showOpen({ title: 'Import font', filters: FONT_FILTERS });
      if (path === null) return { cancelled: true as const };
      const imported = await catalog.import(path).catch((e: unknown) => {
        throw fileError(e, basename(path), 'open');
      });
      if (!imported.ok) throw new HandlerError('bad-request', imported.error.message);
      return { cancelled: false as const, fonts: imported.value };
    },

    'fonts:read': async ({ id }) => {
      const font = await catalog.read(id);
      if (!font) throw new HandlerError('not-found', `The font “${id}” is not installed on this computer.`);
      return { base64: Buffer.from(font.bytes.buffer, font.bytes.byteOffset, font.bytes.byteLength).toString('base64'), faceIndex: font.faceIndex };
    },
  };
}
