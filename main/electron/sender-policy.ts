import { originOf } from './origin';

/** What main can tell about the sender of an IPC call (read from the Electron event by ipc.ts). */
export interface SenderFacts {
  webContentsId: number;
  /** URL of the sending frame; null when the frame is gone. */
  frameUrl: string | null;
  isMainFrame: boolean;
}

/** Who may call: the main frame of our one window, showing a page from our origin. */
export interface TrustedSender {
  webContentsId: number;
  origin: string;
}

/**
 * The gate in front of the router. A subframe, another window (DevTools included), a page that
 * navigated elsewhere or a file:// page are refused even though they share the preload's channel.
 */
export function isTrustedSender(sender: SenderFacts, trusted: TrustedSender | null): boolean {
  return (
    trusted !== null &&
    sender.webContentsId === trusted.webContentsId &&
    sender.isMainFrame &&
    sender.frameUrl !== null &&
    originOf(sender.frameUrl) === trusted.origin
  );
}
