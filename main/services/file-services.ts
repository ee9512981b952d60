import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { FileHandle } from '../../shared/ipc/contract';
import { HandlerError } from '../../shared/ipc/errors';
import { AssetCache } from './asset-cache';
import { FontCatalog } from './fonts/font-catalog';
import { fileError } from './fs-errors';
import { FileGrants } from './grants';
import type { AppPaths } from './ports';
import { PROJECT_EXTENSION } from './project-format';
import { RecentFiles } from './recent-files';
import { removeOrphanedTempFiles } from './temp-files';

/** The state behind the file handlers, shared with the Electron glue (drops, argv, startup). */
export interface FileServices {
  grants: FileGrants;
  recent: RecentFiles;
  assets: AssetCache;
  /** The font library: the font channels list and read it, saving and opening carry fonts in and out of files. */
  fonts: FontCatalog;
}

/** `fontFolders`: where installed fonts are looked for (MainPorts.fontFolders); default the OS's. */
export function createFileServices(paths: AppPaths, fontFolders?: readonly string[]): FileServices {
  return { grants: new FileGrants(), recent: new RecentFiles(paths.userData), assets: new AssetCache(), fonts: FontCatalog.forUserData(paths.userData, fontFolders) };
}

/**
 * For a file the user dropped on the app or passed on the command line (an absolute path): grants it
 * and puts it on the recent list, so the renderer can open it with `file:openRecent` (the glue sends
 * the menu command `openRecent:<id>`).
 */
export async function registerExternalFile(services: FileServices, path: string): Promise<FileHandle> {
  const name = basename(path);
  if (!name.toLowerCase().endsWith(PROJECT_EXTENSION)) {
    throw new HandlerError('bad-request', `“${name}” is not a Namesake design (a ${PROJECT_EXTENSION} file).`);
  }
  try {
    if (!(await stat(path)).isFile()) throw new HandlerError('not-found', `“${name}” is not a file.`);
  } catch (e) {
    throw fileError(e, name, 'open');
  }
  await services.recent.add(path);
  return services.grants.grant(path);
}

/**
 * Call once at start, before any save can run: removes temp files that a killed save left next to
 * recent files and in the user-data folder. Returns the removed paths (for the log).
 */
export async function cleanOrphanedTempFiles(services: FileServices): Promise<string[]> {
  const folders = (await services.recent.list()).map((p) => dirname(p));
  return removeOrphanedTempFiles([services.recent.folder, ...folders]);
}
