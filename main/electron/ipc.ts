import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { IPC_INVOKE, type Channel } from '../../shared/ipc/channels';
import type { Envelope } from '../../shared/ipc/errors';
import type { Router } from '../../shared/ipc/router';
import { isTrustedSender, type SenderFacts, type TrustedSender } from './sender-policy';

const REFUSED: Envelope = { ok: false, error: { code: 'not-permitted', message: 'This window may not use Namesake files.' } };

/**
 * The one IPC entry point: check who is calling, then hand (channel, payload) to the router, which
 * validates both and never throws. `onSuccess` lets the app react (e.g. refresh Open Recent).
 */
export function serveIpc(router: Router, trusted: () => TrustedSender | null, onSuccess: (channel: Channel) => void): void {
  ipcMain.handle(IPC_INVOKE, async (event, channel: unknown, payload: unknown) => {
    const sender = senderFacts(event);
    if (sender === null || !isTrustedSender(sender, trusted())) return REFUSED;
    const result = await router.dispatch(channel, payload);
    if (result.ok) onSuccess(channel as Channel);
    return result;
  });
}

function senderFacts(event: IpcMainInvokeEvent): SenderFacts | null {
  try {
    const frame = event.senderFrame;
    return { webContentsId: event.sender.id, frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame.parent === null };
  } catch {
    // Reading a frame that was disposed mid-call throws; such a sender is not trusted.
    return null;
  }
}
