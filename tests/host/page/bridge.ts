/**
 * Runs in the page, before the app: gives it the same `window.namesake` as main/preload, but over the
 * test host's WebSocket instead of Electron IPC. Type imports only, so it transpiles to a plain script.
 */
import type { MenuCommand, NamesakeBridge } from '../../../shared/ipc/channels';
import type { HostMessage, InvokeMessage } from '../protocol';

// A literal, not an import: this file is served on its own, so it may import nothing at run time.
const socket = new WebSocket(`ws://${location.host}/__host/ws`);
const opened = new Promise<void>((resolve, reject) => {
  socket.addEventListener('open', () => resolve());
  socket.addEventListener('close', () => reject(new Error('The test host closed the bridge.')));
});
const pending = new Map<number, { resolve: (value: unknown) => void; reject: (e: Error) => void }>();
const listeners = new Set<(command: MenuCommand) => void>();
// Like the preload: menu commands sent before the app subscribed wait for the first listener.
const early: MenuCommand[] = [];
let nextId = 1;

socket.addEventListener('message', (event) => {
  const message = JSON.parse(String(event.data)) as HostMessage;
  if (message.type === 'result') {
    pending.get(message.id)?.resolve(message.envelope);
    pending.delete(message.id);
  } else if (listeners.size === 0) {
    early.push(message.command);
  } else {
    listeners.forEach((listener) => listener(message.command));
  }
});
socket.addEventListener('close', () => {
  pending.forEach(({ reject }) => reject(new Error('The test host closed the bridge.')));
  pending.clear();
});

const bridge: NamesakeBridge = {
  async invoke(channel, payload) {
    await opened;
    const id = nextId++;
    const message: InvokeMessage = { type: 'invoke', id, channel, payload };
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify(message));
    });
  },
  onMenu(listener) {
    listeners.add(listener);
    early.splice(0).forEach((command) => listener(command));
    return () => {
      listeners.delete(listener);
    };
  },
};

// Read-only, as contextBridge.exposeInMainWorld makes it; the flag turns on the app's test hook.
Object.defineProperty(window, 'namesake', { value: Object.freeze(bridge) });
Object.defineProperty(window, '__NAMESAKE_TEST__', { value: true });
