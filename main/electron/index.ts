import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, Menu, session, shell, type BrowserWindow } from 'electron';
import { IPC_MENU, type MenuCommand } from '../../shared/ipc/channels';
import { createRouter, type Router } from '../../shared/ipc/router';
import { cleanOrphanedTempFiles, createFileServices, registerExternalFile } from '../services/file-services';
import { createHandlers } from '../services/handlers';
import type { MainPorts } from '../services/ports';
import { designPathFromArgv } from './argv';
import { electronDialogs } from './dialogs';
import { lockDownContents, lockDownSession } from './hardening';
import { serveIpc } from './ipc';
import { buildMenuTemplate, type TextEdit } from './menu-template';
import { APP_ORIGIN, APP_START_URL, devServer } from './origin';
import { registerAppScheme, serveApp } from './protocol';
import { createMainWindow } from './window';

// The dev server is honoured only in an unpackaged run (`npm start`); a packaged app ignores the env.
const dev = app.isPackaged ? null : devServer(process.env.ELECTRON_RENDERER_URL);
const pageOrigin = dev?.origin ?? APP_ORIGIN;

app.enableSandbox();
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another Namesake is running; it receives our argv through 'second-instance' and opens the file.
  app.quit();
}

function start(): void {
  let win: BrowserWindow | null = null;
  let pageLoaded = false;
  // Set once the protocol, session policy and IPC are in place; no window exists before that.
  let serving = false;
  // Designs asked for (argv, Finder) before the page can take commands. The preload in turn holds
  // commands that arrive before the renderer subscribes.
  const pendingDesigns: string[] = [];
  const initial = designPathFromArgv(process.argv, process.cwd());
  if (initial !== null) pendingDesigns.push(initial);

  const ports: MainPorts = {
    dialogs: electronDialogs(() => win),
    paths: { userData: app.getPath('userData') },
    app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
    shell: { showItemInFolder: (path) => shell.showItemInFolder(path) },
    // `npm run build` bundles the export worker beside the CLI (scripts/build-cli.mjs).
    workers: { exportWorker: async () => pathToFileURL(join(app.getAppPath(), 'out', 'cli', 'export-worker.mjs')) },
  };
  const services = createFileServices(ports.paths);
  const handlers = createHandlers(ports, services);
  // Temp files a killed save left behind go first: until then no request (so no save) is served.
  const cleaned = cleanOrphanedTempFiles(services).then(
    () => undefined,
    (e: unknown) => console.error('Namesake temp cleanup failed:', e),
  );
  const handlerRouter = createRouter(handlers, (e) => console.error('Namesake handler failed:', e));
  const router: Router = { dispatch: (channel, payload) => cleaned.then(() => handlerRouter.dispatch(channel, payload)) };

  const liveWindow = (): BrowserWindow | null => (win !== null && !win.isDestroyed() ? win : null);
  const send = (command: MenuCommand): void => liveWindow()?.webContents.send(IPC_MENU, command);

  async function refreshMenu(): Promise<void> {
    const { files } = await handlers['file:recent']({}).catch(() => ({ files: [] }));
    const editText = (action: TextEdit): void => liveWindow()?.webContents[action]();
    const template = buildMenuTemplate({ platform: process.platform, dev: dev !== null, recent: files, send, editText });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** Grants the path (it came from the OS, i.e. from the user) and lets the renderer open it by id. */
  async function openDesign(path: string): Promise<void> {
    try {
      await cleaned;
      const file = await registerExternalFile(services, path);
      send(`openRecent:${file.id}`);
      void refreshMenu();
    } catch (e) {
      console.error('Namesake could not open', path, e);
    }
  }

  /** Queues the design and makes sure a window is there to open it; its load flushes the queue. */
  function requestDesign(path: string): void {
    pendingDesigns.push(path);
    if (!serving) return;
    showWindow();
    if (pageLoaded) flushDesigns();
  }

  function flushDesigns(): void {
    pendingDesigns.splice(0).forEach((p) => void openDesign(p));
  }

  function showWindow(): void {
    const existing = liveWindow();
    if (existing !== null) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return;
    }
    const created = createMainWindow({
      preload: join(app.getAppPath(), 'out', 'preload', 'index.cjs'),
      url: dev?.url ?? APP_START_URL,
      devTools: dev !== null,
    });
    created.webContents.on('did-finish-load', () => {
      pageLoaded = true;
      flushDesigns();
    });
    created.on('closed', () => {
      win = null;
      pageLoaded = false;
    });
    win = created;
  }

  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  // macOS hands over double-clicked files through 'open-file', possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    requestDesign(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = designPathFromArgv(argv, workingDirectory);
    if (path !== null) requestDesign(path);
    else if (serving) showWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession, dev?.origin ?? null);
    serveApp(join(app.getAppPath(), 'out', 'renderer'));
    serveIpc(router, () => {
      const current = liveWindow();
      return current === null ? null : { webContentsId: current.webContents.id, origin: pageOrigin };
    }, (channel) => {
      if (channel !== 'file:recent' && channel.startsWith('file:')) void refreshMenu();
    });
    serving = true;
    // macOS: clicking the Dock icon with no window open brings one back.
    app.on('activate', () => showWindow());
    showWindow();
    void refreshMenu();
  });
}
