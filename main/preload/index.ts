/**
 * The page's only door to main: `window.namesake`, two named functions, nothing else. Runs sandboxed,
 * so it imports only electron's renderer modules and the dependency-free channel list.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_INVOKE, IPC_MENU, isChannel, isMenuCommand, type MenuCommand, type NamesakeBridge } from '../../shared/ipc/channels';

const listeners = new Set<(command: MenuCommand) => void>();
// A design opened from the OS at launch is announced before the renderer has subscribed; keep such
// commands until the first listener arrives instead of dropping them.
const early: MenuCommand[] = [];

ipcRenderer.on(IPC_MENU, (_event, command: unknown) => {
  if (!isMenuCommand(command)) return;
  if (listeners.size === 0) early.push(command);
  else listeners.forEach((listener) => listener(command));
});

const bridge: NamesakeBridge = {
  invoke(channel, payload) {
    if (!isChannel(channel)) {
      // Same answer the router gives, without a round trip.
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: 'Unknown request.' } });
    }
    return ipcRenderer.invoke(IPC_INVOKE, channel, payload);
  },
  onMenu(listener) {
    listeners.add(listener);
    early.splice(0).forEach((command) => listener(command));
    return () => {
      listeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('namesake', bridge);
