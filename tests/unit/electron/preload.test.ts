import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { IPC_INVOKE, IPC_MENU, type MenuCommand, type NamesakeBridge } from '../../../shared/ipc/channels';

const repo = resolve(__dirname, '../../..');

/** CommonJS text of a TypeScript source, as the sandboxed preload bundle would run it. */
function commonJs(path: string): string {
  return ts.transpileModule(readFileSync(resolve(repo, path), 'utf8'), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
}

function run(code: string, require: (name: string) => unknown): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  runInNewContext(code, { module, exports: module.exports, require, Promise });
  return module.exports;
}

/**
 * Loads main/preload/index.ts against a fake electron (the real one cannot load under Node) and
 * returns what it put on the page, the calls it made to main, and a way to play main's menu messages.
 */
function loadPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const menuHandlers: Array<(event: unknown, command: unknown) => void> = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => {
        invoked.push(args);
        return { ok: true, value: 'answer' };
      },
      on: (channel: string, handler: (event: unknown, command: unknown) => void) => {
        expect(channel).toBe(IPC_MENU);
        menuHandlers.push(handler);
      },
    },
  };
  const channels = run(commonJs('shared/ipc/channels.ts'), () => {
    throw new Error('channels.ts must not import anything');
  });
  run(commonJs('main/preload/index.ts'), (name) => {
    required.push(name);
    if (name === 'electron') return electron;
    if (name === '../../shared/ipc/channels') return channels;
    throw new Error(`preload may not require ${name}`);
  });
  const fromMain = (command: unknown) => menuHandlers.forEach((h) => h({ sender: 'main' }, command));
  return { exposed, invoked, fromMain, required };
}

describe('preload bridge', () => {
  it('exposes window.namesake with two named functions and nothing else', () => {
    const { exposed, required } = loadPreload();
    expect(Object.keys(exposed)).toEqual(['namesake']);
    const bridge = exposed.namesake as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenu']);
    expect(Object.values(bridge).every((v) => typeof v === 'function')).toBe(true);
    expect(required.sort()).toEqual(['../../shared/ipc/channels', 'electron']);
  });

  it('sends known channels over the one IPC channel and answers unknown ones itself', async () => {
    const { exposed, invoked } = loadPreload();
    const bridge = exposed.namesake as NamesakeBridge;
    await expect(bridge.invoke('file:open', {})).resolves.toEqual({ ok: true, value: 'answer' });
    await expect(bridge.invoke('fs:readFile' as never, { path: '/etc/passwd' })).resolves.toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    expect(invoked).toEqual([[IPC_INVOKE, 'file:open', {}]]);
  });

  it('passes on menu commands only, keeps early ones for the first listener, and unsubscribes', () => {
    const { exposed, fromMain } = loadPreload();
    const bridge = exposed.namesake as NamesakeBridge;
    const got: MenuCommand[] = [];
    fromMain('openRecent:abc_1');
    fromMain('rm -rf /');
    fromMain({ command: 'save' });
    const stop = bridge.onMenu((c) => got.push(c));
    expect(got).toEqual(['openRecent:abc_1']);
    fromMain('save');
    fromMain('openRecent:../../etc');
    stop();
    fromMain('undo');
    expect(got).toEqual(['openRecent:abc_1', 'save']);
  });
});
