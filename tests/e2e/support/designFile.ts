import { join } from 'node:path';
import { AssetCache } from '../../../main/services/asset-cache';
import { saveProjectFile } from '../../../main/services/project-file';
import type { Design } from '../../../shared/model';
import type { Studio } from './studio';

/** Opens `design` in the studio as a user would: written as a .namesake file, then File › Open on it. */
export async function openDesign(studio: Studio, design: Design, folder: string, fileName: string): Promise<void> {
  const path = join(folder, fileName);
  await saveProjectFile(path, design, new AssetCache());
  studio.host.dialogs.nextOpen(path);
  await studio.host.sendMenu('open');
  await studio.page.waitForFunction((name) => document.title.startsWith(name), fileName);
}
