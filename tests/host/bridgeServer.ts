import type { Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { Router } from '../../shared/ipc/router';
import { BRIDGE_SOCKET_PATH, type HostMessage, type InvokeMessage } from './protocol';

export interface BridgeServer {
  /** Sends a menu command to every connected page, as Electron's menu does; waits for a page if none yet. */
  sendMenu(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

const PAGE_WAIT_MS = 10_000;

/**
 * The main-process side of the bridge: each `invoke` goes through the same router as Electron's
 * ipcMain handler. Like main/electron's sender check, only pages of the host's own origin may connect.
 */
export function attachBridge(server: Server, origin: string, router: Router): BridgeServer {
  const wss = new WebSocketServer({
    server,
    path: BRIDGE_SOCKET_PATH,
    verifyClient: ({ origin: from }: { origin: string }) => from === origin,
  });
  const pages = new Set<WebSocket>();
  wss.on('connection', (socket) => {
    pages.add(socket);
    socket.on('close', () => pages.delete(socket));
    socket.on('message', async (data) => {
      const message = parseInvoke(String(data));
      if (!message) return socket.close(1003, 'not an invoke message');
      const envelope = await router.dispatch(message.channel, message.payload);
      const reply: HostMessage = { type: 'result', id: message.id, envelope };
      socket.send(JSON.stringify(reply));
    });
  });

  return {
    async sendMenu(command) {
      const deadline = Date.now() + PAGE_WAIT_MS;
      while (pages.size === 0) {
        if (Date.now() > deadline) throw new Error(`Test host: no page connected to receive “${command}”.`);
        await new Promise((r) => setTimeout(r, 20));
      }
      const message: HostMessage = { type: 'menu', command };
      pages.forEach((socket) => socket.send(JSON.stringify(message)));
    },
    close: () =>
      new Promise((resolve) => {
        pages.forEach((socket) => socket.terminate());
        wss.close(() => resolve());
      }),
  };
}

/** The router validates channel and payload; this only checks the frame around them. */
function parseInvoke(text: string): InvokeMessage | null {
  try {
    const message = JSON.parse(text) as Partial<InvokeMessage>;
    return message.type === 'invoke' && Number.isSafeInteger(message.id) ? (message as InvokeMessage) : null;
  } catch {
    return null;
  }
}
