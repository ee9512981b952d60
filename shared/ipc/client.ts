import type { Channel, NamesakeBridge } from './channels';
import { contract, type Input, type Output } from './contract';
import { Envelope, type IpcError } from './errors';

export type CallResult<C extends Channel> = { ok: true; value: Output<C> } | { ok: false; error: IpcError };

/** The renderer's typed view of the bridge: results are values, never exceptions. */
export interface Client {
  call<C extends Channel>(channel: C, input: Input<C>): Promise<CallResult<C>>;
}

export function createClient(bridge: NamesakeBridge): Client {
  return {
    async call(channel, input) {
      let raw: unknown;
      try {
        raw = await bridge.invoke(channel, input);
      } catch {
        return { ok: false, error: { code: 'internal', message: 'Namesake lost contact with its file service. Try again.' } };
      }
      const env = Envelope.safeParse(raw);
      if (!env.success) return { ok: false, error: { code: 'internal', message: `Unreadable answer from ${channel}.` } };
      if (!env.data.ok) return env.data;
      const value = contract[channel].output.safeParse(env.data.value);
      if (!value.success) return { ok: false, error: { code: 'internal', message: `Unexpected answer from ${channel}.` } };
      return { ok: true, value: value.data as Output<typeof channel> };
    },
  };
}
