import { BrowserWindow, dialog } from 'electron';

/**
 * The editor window. Every web preference that could hand the page more than a browser tab has is off
 * (SAFETY.md); the preload is the page's only way out, and it offers named calls only.
 */
export function createMainWindow(options: { preload: string; url: string; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Namesake',
    webPreferences: {
      preload: options.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      devTools: options.devTools,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The renderer refuses to unload while the design has unsaved changes; the user decides here.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Close Without Saving', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: 'This design has unsaved changes.',
      detail: 'Closing now loses them. Cancel, then choose File › Save to keep them.',
    });
    if (choice === 0) event.preventDefault();
  });
  void win.loadURL(options.url).catch((e: unknown) => console.error('Namesake could not load its window:', e));
  return win;
}
