import { describe, expect, it } from 'vitest';
import { createDesign } from '../../../shared/model';
import { CHANNELS, createClient, createRouter, HandlerError, type Handlers, type NamesakeBridge } from '../../../shared/ipc';

const design = createDesign({ name: 'D', unit: 'mm', width: 100, height: 50, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
const file = { id: 'f1', name: 'd.namesake', folder: '/tmp' };

/** The file channels answer; every other feature's channel is not part of these tests. */
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const others = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async () => {
        throw new HandlerError('not-found', `${channel} is not part of this test.`);
      },
    ]),
  ) as unknown as Handlers;
  return {
    ...others,
    'app:info': async () => ({ name: 'Namesake', version: '0.1.0', platform: 'linux' }),
    'file:open': async () => ({ cancelled: true }),
    'file:openRecent': async () => ({ cancelled: false, file, design, repairs: [] }),
    'file:save': async () => ({ cancelled: false, file }),
    'file:saveAs': async () => ({ cancelled: true }),
    'file:recent': async () => ({ files: [file] }),
    ...overrides,
  };
}

describe('router', () => {
  it('answers a valid call with an ok envelope', async () => {
    const r = await createRouter(handlers()).dispatch('file:recent', {});
    expect(r).toEqual({ ok: true, value: { files: [file] } });
  });

  it('refuses unknown channels and malformed payloads without calling a handler', async () => {
    let called = false;
    const router = createRouter(handlers({ 'file:save': async () => ((called = true), { cancelled: false, file }) }));
    expect(await router.dispatch('fs:readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(await router.dispatch('file:save', { fileId: '../../etc/passwd', design })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await router.dispatch('file:save', { fileId: 'f1', design: { ...design, schemaVersion: 9 } })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await router.dispatch('file:recent', { extra: true })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(called).toBe(false);
  });

  it('turns handler errors into envelopes and hides internals', async () => {
    const router = createRouter(
      handlers({
        'file:open': async () => {
          throw new HandlerError('newer-version', 'Saved by a newer Namesake.');
        },
        'file:recent': async () => {
          throw new TypeError("Cannot read properties of undefined (reading 'x')");
        },
        'app:info': async () => ({ name: 'Namesake' }) as never,
      }),
    );
    expect(await router.dispatch('file:open', {})).toEqual({ ok: false, error: { code: 'newer-version', message: 'Saved by a newer Namesake.' } });
    const internal = await router.dispatch('file:recent', {});
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(internal)).not.toMatch(/TypeError|reading/);
    expect(await router.dispatch('app:info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('client', () => {
  const bridgeFor = (invoke: NamesakeBridge['invoke']): NamesakeBridge => ({ invoke, onMenu: () => () => {} });

  it('round-trips through a bridge to the router', async () => {
    const router = createRouter(handlers());
    const client = createClient(bridgeFor((c, p) => router.dispatch(c, p)));
    const r = await client.call('file:openRecent', { fileId: 'f1' });
    expect(r.ok && r.value.cancelled === false && r.value.design).toEqual(design);
  });

  it('reports a broken bridge or a garbled answer as a value', async () => {
    const dead = createClient(bridgeFor(async () => Promise.reject(new Error('socket closed'))));
    expect(await dead.call('file:recent', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    const garbled = createClient(bridgeFor(async () => ({ ok: true, value: { files: 'nope' } })));
    expect(await garbled.call('file:recent', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
