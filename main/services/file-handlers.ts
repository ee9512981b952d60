import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Design } from '../../shared/model';
import { HandlerError } from '../../shared/ipc/errors';
import type { Handlers } from '../../shared/ipc/router';
import type { FILE_CHANNELS } from '../../shared/ipc/channels';
import { createFileServices, type FileServices } from './file-services';
import { carriedFonts, withFontAssets } from './fonts/project-fonts';
import type { MainPorts } from './ports';
import { PROJECT_EXTENSION, PROJECT_FILTERS } from './project-format';
import { openProjectFile, saveProjectFile } from './project-file';
import { createSerialQueue } from './serial-queue';

const CANCELLED = { cancelled: true as const };

/**
 * Design-file channels. Paths come only from the dialogs, the recent list or the glue's registrations
 * (all through `services.grants`); the renderer sends ids, never paths.
 */
export function createFileHandlers(ports: MainPorts, services: FileServices): Pick<Handlers, (typeof FILE_CHANNELS)[number]> {
  const { grants, recent, assets, fonts } = services;
  // One save at a time: two overlapping saves of one file could otherwise land older-last.
  const saves = createSerialQueue();

  function grantedPath(fileId: string): string {
    const path = grants.resolve(fileId);
    if (path === undefined) {
      throw new HandlerError('not-permitted', 'Namesake no longer has access to that file. Open it again from the File menu.');
    }
    return path;
  }

  async function open(path: string) {
    const { design, repairs } = await openProjectFile(path, assets);
    await fonts.carry(carriedFonts(design, assets));
    await recent.add(path);
    return { cancelled: false as const, file: grants.grant(path), design, repairs };
  }

  async function save(path: string, design: Design) {
    await saves.run(async () => saveProjectFile(path, await withFontAssets(design, fonts, assets), assets));
    await recent.add(path);
    return { cancelled: false as const, file: grants.grant(path) };
  }

  return {
    'app:info': async () => ({ ...ports.app }),

    'file:open': async () => {
      const path = await ports.dialogs.showOpen({ title: 'Open design', filters: PROJECT_FILTERS });
      return path === null ? CANCELLED : open(path);
    },

    'file:openRecent': async ({ fileId }) => {
      const path = grantedPath(fileId);
      if (!(await recent.includes(path))) {
        throw new HandlerError(
          'not-found',
          `“${basename(path)}” is no longer in your recent files; it may have been moved or deleted. Use Open… to find it.`,
        );
      }
      return open(path);
    },

    'file:save': async ({ fileId, design }) => save(grantedPath(fileId), design),

    'file:saveAs': async ({ design, suggestedName }) => {
      const chosen = await ports.dialogs.showSave({
        title: 'Save design',
        defaultName: `${safeFileName(suggestedName)}${PROJECT_EXTENSION}`,
        filters: PROJECT_FILTERS,
      });
      return chosen === null ? CANCELLED : save(await withProjectExtension(chosen), design);
    },

    'file:recent': async () => ({ files: (await recent.list()).map((path) => grants.grant(path)) }),
  };
}

/** The renderer's suggestion only pre-fills the dialog, but must not smuggle in separators. */
function safeFileName(suggested: string): string {
  return suggested.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'Untitled';
}

/**
 * Some dialogs (GTK) return the name as typed, without the extension. Adding it changes the path the
 * user confirmed, so a file already at the new path is never replaced without them choosing it.
 */
async function withProjectExtension(chosen: string): Promise<string> {
  if (chosen.toLowerCase().endsWith(PROJECT_EXTENSION)) return chosen;
  const path = chosen + PROJECT_EXTENSION;
  const taken = await lstat(path).then(
    () => true,
    () => false,
  );
  if (taken) {
    throw new HandlerError(
      'not-permitted',
      `“${basename(path)}” already exists. To replace it, choose it in Save As; or pick another name.`,
    );
  }
  return path;
}
