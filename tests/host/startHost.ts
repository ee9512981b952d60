import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuCommand } from '../../shared/ipc/channels';
import { createRouter } from '../../shared/ipc/router';
import { createHandlers } from '../../main/services/handlers';
import { attachBridge } from './bridgeServer';
import { ensureRendererBuilt, RENDERER_OUT } from './buildRenderer';
import { ScriptedDialogs } from './dialogs';
import { HostWorkers } from './exportWorker';
import { RecordingShell } from './shell';
import { createStaticHandler } from './staticServer';

export interface Host {
  /** Open this in Chromium: the studio, with `window.namesake` talking to this host. */
  url: string;
  /** Queue answers for the app's Open and Save dialogs. */
  dialogs: ScriptedDialogs;
  /** What Show in folder asked the file manager to show. */
  shell: RecordingShell;
  /** The user-data folder main sees (recent files, recovery): fresh per host, removed on close. */
  userData: string;
  /** What the host's main takes for the computer's installed fonts: a folder in userData, empty at start. */
  installedFonts: string;
  /** Errors the router logged (handler crashes): a passing test expects none. */
  errors: unknown[];
  sendMenu(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

/**
 * The test stand-in for Electron's main process: the real handlers and router over real files, with
 * scripted dialogs, serving the real built renderer on 127.0.0.1 at a random port.
 */
export async function startHost(): Promise<Host> {
  await ensureRendererBuilt();
  const userData = await mkdtemp(join(tmpdir(), 'namesake-userdata-'));
  const installedFonts = join(userData, 'installed-fonts');
  const dialogs = new ScriptedDialogs();
  const errors: unknown[] = [];
  const shell = new RecordingShell();
  const workers = new HostWorkers();
  const router = createRouter(
    createHandlers({ dialogs, shell, workers, fontFolders: [installedFonts], paths: { userData }, app: { name: 'Namesake', version: '0.0.0-test', platform: process.platform } }),
    (e) => errors.push(e),
  );
  const serveStatic = createStaticHandler(RENDERER_OUT);
  const server = createServer((req, res) => void serveStatic(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const bridge = attachBridge(server, origin, router);

  return {
    url: `${origin}/`,
    dialogs,
    shell,
    userData,
    installedFonts,
    errors,
    sendMenu: bridge.sendMenu,
    async close() {
      await bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(userData, { recursive: true, force: true });
      await workers.remove();
    },
  };
}
