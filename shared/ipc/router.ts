import { CHANNELS, isChannel, type Channel } from './channels';
import { contract, type Input, type Output } from './contract';
import { HandlerError, type Envelope } from './errors';

export type Handlers = { [C in Channel]: (input: Input<C>) => Promise<Output<C>> };

export interface Router {
  dispatch(channel: unknown, payload: unknown): Promise<Envelope>;
}

/**
 * The pure heart of the bridge: validates the channel and the payload, runs the handler, validates
 * what it returns, and never throws. Electron's ipcMain and the test host both call this.
 */
export function createRouter(handlers: Handlers, log: (e: unknown) => void = () => {}): Router {
  return {
    async dispatch(channel, payload) {
      if (!isChannel(channel)) {
        return fail('unknown-channel', `Unknown request "${String(channel).slice(0, 40)}".`);
      }
      const spec = contract[channel];
      const input = spec.input.safeParse(payload);
      if (!input.success) {
        const issue = input.error.issues[0];
        return fail('bad-request', `Invalid request to ${channel}: ${issue?.path.join('.') || 'payload'} ${issue?.message ?? ''}`.trim());
      }
      try {
        const handler = handlers[channel] as (i: unknown) => Promise<unknown>;
        const value = await handler(input.data);
        const output = spec.output.safeParse(value);
        if (!output.success) {
          log(output.error);
          return fail('internal', `Namesake produced an invalid answer for ${channel}.`);
        }
        return { ok: true, value: output.data };
      } catch (e) {
        if (e instanceof HandlerError) return fail(e.code, e.message);
        log(e);
        return fail('internal', `Something went wrong in ${channel}. Your work is unchanged.`);
      }
    },
  };
}

function fail(code: HandlerError['code'], message: string): Envelope {
  return { ok: false, error: { code, message } };
}

export { CHANNELS };
