import type { Channel, MenuCommand } from '../../shared/ipc/channels';
import type { Envelope } from '../../shared/ipc/errors';

/** The WebSocket the page's bridge talks over, on the host's own origin. */
export const BRIDGE_SOCKET_PATH = '/__host/ws';
/** The bridge script, served by the host and loaded by index.html before the app. */
export const BRIDGE_SCRIPT_PATH = '/__host/bridge.js';

/** Page → host: one `invoke` of the preload's API. */
export interface InvokeMessage {
  type: 'invoke';
  id: number;
  channel: Channel;
  payload: unknown;
}

/** Host → page: the router's envelope for an invoke, or a menu command (what Electron's menu sends). */
export type HostMessage = { type: 'result'; id: number; envelope: Envelope } | { type: 'menu'; command: MenuCommand };
