import { BrowserWindow } from 'electron';

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
  void win.loadURL(options.url).catch((e: unknown) => console.error('Namesake could not load its window:', e));
  return win;
}
