import { basename, join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from '../services/ports';

/**
 * DialogPort on Electron's native dialogs, modal to the window when there is one. The path the user
 * confirms here is the only way a new path enters main (besides argv/open-file and the recent list).
 */
export function electronDialogs(parentWindow: () => BrowserWindow | null): DialogPort {
  const pick = async (options: Electron.OpenDialogOptions): Promise<string[]> => {
    const win = parentWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? [] : result.filePaths;
  };
  return {
    async showOpen({ title, filters }) {
      return (await pick({ title, filters, properties: ['openFile'] }))[0] ?? null;
    },
    showOpenFiles: ({ title, filters }) => pick({ title, filters, properties: ['openFile', 'multiSelections'] }),
    async showOpenFolder({ title }) {
      return (await pick({ title, properties: ['openDirectory', 'createDirectory', 'promptToCreate'] }))[0] ?? null;
    },
    async showSave({ title, defaultName, filters }) {
      // basename: the suggested name comes from the document, so it must not steer the folder.
      const defaultPath = join(app.getPath('documents'), basename(defaultName));
      const options: Electron.SaveDialogOptions = { title, filters, defaultPath, properties: ['showOverwriteConfirmation', 'createDirectory'] };
      const win = parentWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
