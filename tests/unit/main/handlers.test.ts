import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../../shared/ipc/router';
import type { FileHandle } from '../../../shared/ipc/contract';
import { createHandlers } from '../../../main/services/handlers';
import {
  cleanOrphanedTempFiles,
  createFileServices,
  registerExternalFile,
  type FileServices,
} from '../../../main/services/file-services';
import type { MainPorts } from '../../../main/services/ports';
import { tempPathFor } from '../../../main/services/temp-files';
import { assetOf, designJson, sampleDesign, zipOf } from './fixtures';
import { tempDir } from './temp-dir';

/** Real services in a temp folder; dialogs answer from scripts, like the test host's. */
async function setup(existingDir?: string) {
  const dir = existingDir ?? (await tempDir());
  const answers = { open: [] as Array<string | null>, save: [] as Array<string | null> };
  const saveDefaults: string[] = [];
  const ports: MainPorts = {
    dialogs: {
      showOpen: async () => answers.open.shift() ?? null,
      showOpenFiles: async () => [],
      showOpenFolder: async () => null,
      showSave: async ({ defaultName }) => {
        saveDefaults.push(defaultName);
        return answers.save.shift() ?? null;
      },
    },
    paths: { userData: join(dir, 'userData') },
    app: { name: 'Namesake', version: '0.1.0', platform: 'linux' },
    // Export's ports; tests/unit/main/export-handlers.test.ts exercises them.
    shell: { showItemInFolder: () => {} },
    workers: { exportWorker: () => Promise.reject(new Error('no export worker in this test')) },
  };
  const services: FileServices = createFileServices(ports.paths);
  const router: Router = createRouter(createHandlers(ports, services));
  const call = async (channel: string, payload: unknown = {}) => router.dispatch(channel, payload);
  const value = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const env = await call(channel, payload);
    if (!env.ok) throw new Error(`${channel} failed: ${env.error.code} ${env.error.message}`);
    return env.value as T;
  };
  return { dir, answers, saveDefaults, services, call, value };
}

type Saved = { cancelled: false; file: FileHandle };
type Opened = { cancelled: false; file: FileHandle; design: unknown; repairs: string[] };

describe('file handlers', () => {
  it('answers app:info', async () => {
    const { value } = await setup();
    expect(await value('app:info')).toEqual({ name: 'Namesake', version: '0.1.0', platform: 'linux' });
  });

  it('save as → save → open round-trips through ids, never paths', async () => {
    const { dir, answers, saveDefaults, services, value } = await setup();
    const asset = assetOf(randomBytes(1000));
    services.assets.add(asset.bytes);
    const design = sampleDesign('Candle', asset);
    answers.save.push(join(dir, 'candle.namesake'));

    const saved = await value<Saved>('file:saveAs', { design, suggestedName: 'Candle/../x' });
    expect(saveDefaults).toEqual(['Candle_.._x.namesake']);
    expect(saved.file).toMatchObject({ name: 'candle.namesake', folder: dir });
    expect(saved.file.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);

    const edited = { ...design, document: { ...design.document, name: 'Candle 2' } };
    expect((await value<Saved>('file:save', { fileId: saved.file.id, design: edited })).file).toEqual(saved.file);

    answers.open.push(join(dir, 'candle.namesake'));
    const opened = await value<Opened>('file:open');
    expect(opened).toEqual({ cancelled: false, file: saved.file, design: edited, repairs: [] });
    expect(await value('file:recent')).toEqual({ files: [saved.file] });
  });

  it('reports cancelled dialogs', async () => {
    const { value } = await setup();
    expect(await value('file:open')).toEqual({ cancelled: true });
    expect(await value('file:saveAs', { design: sampleDesign('A'), suggestedName: 'A' })).toEqual({ cancelled: true });
  });

  it('refuses file ids main never issued', async () => {
    const { call } = await setup();
    for (const env of [
      await call('file:save', { fileId: 'madeUpId', design: sampleDesign('A') }),
      await call('file:openRecent', { fileId: 'madeUpId' }),
    ]) {
      expect(env).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
    }
  });

  it('refuses paths from the renderer at the contract', async () => {
    const { call } = await setup();
    const env = await call('file:save', { fileId: '../../etc/passwd', design: sampleDesign('A') });
    expect(env).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('opens a recent file by id after a restart, and only while it is on the list', async () => {
    const first = await setup();
    const design = sampleDesign('A');
    first.answers.save.push(join(first.dir, 'a.namesake'));
    await first.value<Saved>('file:saveAs', { design, suggestedName: 'A' });

    const { dir, value, call } = await setup(first.dir);
    const { files } = await value<{ files: FileHandle[] }>('file:recent');
    expect(files).toMatchObject([{ name: 'a.namesake', folder: dir }]);
    expect((await value<Opened>('file:openRecent', { fileId: files[0]!.id })).design).toEqual(design);

    await rm(join(dir, 'a.namesake'));
    const env = await call('file:openRecent', { fileId: files[0]!.id });
    expect(env).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('adds the extension a dialog left off, but never replaces a file nobody chose', async () => {
    const { dir, answers, value, call } = await setup();
    answers.save.push(join(dir, 'typed'));
    expect((await value<Saved>('file:saveAs', { design: sampleDesign('A'), suggestedName: 'A' })).file.name).toBe('typed.namesake');

    answers.save.push(join(dir, 'typed'));
    const env = await call('file:saveAs', { design: sampleDesign('B'), suggestedName: 'B' });
    expect(env).toMatchObject({ ok: false, error: { code: 'not-permitted' } });
    expect((await readdir(dir)).sort()).toEqual(['typed.namesake', 'userData']);
  });

  it('passes on clear errors: a newer-version file is neither opened nor overwritten', async () => {
    const { dir, answers, call } = await setup();
    const path = join(dir, 'future.namesake');
    const future = await zipOf([{ name: 'design.json', data: designJson({ schemaVersion: 9 }) }]);
    await writeFile(path, future);

    answers.open.push(path);
    const opened = await call('file:open');
    expect(opened).toMatchObject({ ok: false, error: { code: 'newer-version' } });

    answers.save.push(path);
    const saved = await call('file:saveAs', { design: sampleDesign('A'), suggestedName: 'A' });
    expect(saved).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    expect((await readFile(path)).equals(future)).toBe(true);
  });

  it('lets the glue register a dropped file, which the renderer then opens by id', async () => {
    const { dir, answers, services, value } = await setup();
    const design = sampleDesign('Dropped');
    answers.save.push(join(dir, 'dropped.namesake'));
    await value('file:saveAs', { design, suggestedName: 'x' });

    const fresh = await setup();
    const handle = await registerExternalFile(fresh.services, join(dir, 'dropped.namesake'));
    expect(handle).toMatchObject({ name: 'dropped.namesake', folder: dir });
    expect((await fresh.value<Opened>('file:openRecent', { fileId: handle.id })).design).toEqual(design);
    // Ids are per session: the first app never issued this one.
    expect(services.grants.resolve(handle.id)).toBeUndefined();

    await expect(registerExternalFile(fresh.services, join(dir, 'photo.png'))).rejects.toMatchObject({ code: 'bad-request' });
    await expect(registerExternalFile(fresh.services, join(dir, 'gone.namesake'))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('cleans orphaned temp files next to recent files at start', async () => {
    const { dir, answers, services, value } = await setup();
    answers.save.push(join(dir, 'a.namesake'));
    await value('file:saveAs', { design: sampleDesign('A'), suggestedName: 'A' });
    const orphans = [tempPathFor(join(dir, 'a.namesake')), tempPathFor(join(services.recent.folder, 'recent-files.json'))];
    for (const o of orphans) await writeFile(o, 'half');

    expect((await cleanOrphanedTempFiles(services)).sort()).toEqual(orphans.sort());
    expect((await readdir(dir)).sort()).toEqual(['a.namesake', 'userData']);
  });
});
