import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/services/asset-cache';
import { createHandlers } from '../../../main/services/handlers';
import type { MainPorts } from '../../../main/services/ports';
import { PROJECT_ZIP_LIMITS } from '../../../main/services/project-format';
import { decodeProject } from '../../../main/services/project-reader';
import { readZip } from '../../../main/services/zip-reader';
import type { FileHandle } from '../../../shared/ipc/contract';
import type { CatalogFont } from '../../../shared/ipc/features/fonts.contract';
import { createRouter } from '../../../shared/ipc/router';
import { BLACK, createDesign, createText, type Design, type TextObject } from '../../../shared/model';
import { textInput } from '../../../shared/render/text-frame';
import { layoutTextWhenReady } from '../../../shared/text';
import { runCli } from '../cli/run-cli';
import { loadTextEngine } from '../text/node-engine';
import { bundledBytes, trueTypeCollection, withFsType } from './font-files';

/**
 * Fonts travel inside design files: saved on one computer (its own user-data folder and installed fonts),
 * opened on another with a fresh user-data folder and no fonts installed, and exported there by the CLI.
 */

let folder: string;
let fonts: Record<'cinzel' | 'editable' | 'restricted' | 'previewOnly' | 'lora' | 'caveat', Uint8Array>;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'namesake-font-travel-'));
  // What the CLI reads: a user-data folder that has never seen these fonts, and no installed fonts.
  process.env.NAMESAKE_USER_DATA = join(folder, 'cli-user-data');
  process.env.NAMESAKE_FONT_FOLDERS = '';
  fonts = {
    cinzel: await bundledBytes('cinzel-regular'),
    editable: withFsType(await bundledBytes('amatic-sc-regular'), 0x0008),
    restricted: withFsType(await bundledBytes('pacifico-regular'), 0x0002),
    previewOnly: withFsType(await bundledBytes('great-vibes-regular'), 0x0004),
    lora: trueTypeCollection([await bundledBytes('lora-regular'), await bundledBytes('lora-bold')]),
    caveat: withFsType(await bundledBytes('caveat-bold'), 0x0008),
  };
});

afterAll(() => rm(folder, { recursive: true, force: true }));

/** One computer: the real handlers over its own user-data folder, with `installed` as its installed fonts. */
async function computer(name: string, installed: Record<string, Uint8Array> = {}) {
  const userData = join(folder, name, 'userData');
  const fontFolder = join(folder, name, 'installed');
  await mkdir(fontFolder, { recursive: true });
  for (const [file, bytes] of Object.entries(installed)) await writeFile(join(fontFolder, file), bytes);
  const answers: string[] = [];
  const ports: MainPorts = {
    dialogs: {
      showOpen: async () => answers.shift() ?? null,
      showOpenFiles: async () => [],
      showSave: async () => answers.shift() ?? null,
      showOpenFolder: async () => null,
    },
    paths: { userData },
    app: { name: 'Namesake', version: '0.1.0', platform: 'linux' },
    shell: { showItemInFolder: () => {} },
    workers: { exportWorker: () => Promise.reject(new Error('no export worker in this test')) },
    fontFolders: [fontFolder],
  };
  const router = createRouter(createHandlers(ports));
  const call = async <T>(channel: string, payload: unknown = {}): Promise<T> => {
    const result = await router.dispatch(channel, payload);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  return {
    userData,
    async importFont(file: string, bytes: Uint8Array): Promise<CatalogFont[]> {
      await writeFile(join(folder, file), bytes);
      answers.push(join(folder, file));
      return (await call<{ fonts: CatalogFont[] }>('fonts:import')).fonts;
    },
    list: async () => (await call<{ fonts: CatalogFont[] }>('fonts:list')).fonts,
    read: async (id: string) => new Uint8Array(Buffer.from((await call<{ base64: string }>('fonts:read', { id })).base64, 'base64')),
    async saveAs(design: Design, file: string): Promise<FileHandle> {
      answers.push(join(folder, file));
      return (await call<{ file: FileHandle }>('file:saveAs', { design, suggestedName: design.document.name })).file;
    },
    save: async (fileId: string, design: Design) => call('file:save', { fileId, design }),
    async open(file: string): Promise<{ design: Design; repairs: string[] }> {
      answers.push(join(folder, file));
      return call('file:open');
    },
  };
}

/** A label with one text frame per font, in capitals (every font here has them). */
function labels(frames: Record<string, string>): Design {
  const base = createDesign({ name: 'Travelling fonts', unit: 'in', width: 288, height: 72 * Object.keys(frames).length, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const surface = base.surfaces[0]!;
  const objects = Object.entries(frames).map(([id, font], i): TextObject => ({
    ...(createText(surface.id, { x: 10, y: 10 + i * 72 }, 'EMMA ROSE') as TextObject),
    id,
    font,
    width: 268,
    height: 60,
    fill: BLACK,
  }));
  return { ...base, surfaces: [{ ...surface, objectIds: objects.map((o) => o.id) }], objects };
}

/** The frame's glyphs, font by font, as the page and print lay it out, with `fontBytes` under their ids. */
async function glyphs(design: Design, frame: string, fontBytes: Record<string, Uint8Array>): Promise<Array<[string, number[]]>> {
  const { library } = await loadTextEngine();
  for (const [id, bytes] of Object.entries(fontBytes)) {
    const faceIndex = Number(id.split('#')[1] ?? 0);
    const added = library.add(id, bytes, faceIndex);
    if (!added.ok) throw new Error(added.error.message);
  }
  const { text, frame: box } = textInput(design.objects.find((o) => o.id === frame) as TextObject);
  const layout = await layoutTextWhenReady(library, text, box);
  return layout.runs.map((run) => [run.font, run.glyphs.map((g) => g.glyph)]);
}

const fileAssets = async (file: string) => (await decodeProject(await readFile(join(folder, file)), file)).design.assets;

describe('fonts travel inside design files', () => {
  it('carries the imported and installed fonts a design uses whose licence allows it, and no others', async () => {
    const home = await computer('home', { 'Caveat-Bold.ttf': fonts.caveat, 'GreatVibes.ttf': fonts.previewOnly });
    const [cinzel, editable, restricted, previewOnly] = await Promise.all(
      (['cinzel', 'editable', 'restricted', 'previewOnly'] as const).map(async (name) => (await home.importFont(`${name}.ttf`, fonts[name]))[0]!.id),
    );
    const loraBold = (await home.importFont('Lora.ttc', fonts.lora))[1]!.id;
    expect(loraBold).toMatch(/^user:[0-9a-f]{16}#1$/);
    const design = labels({ cinzel: cinzel!, editable: editable!, restricted: restricted!, previewOnly: previewOnly!, lora: loraBold, caveat: 'system:Caveat-Bold', installedPreview: 'system:GreatVibes-Regular' });
    await home.saveAs(design, 'travel.namesake');

    const assets = await fileAssets('travel.namesake');
    expect(assets.map(({ name, mime }) => [name, mime])).toEqual([
      ['Cinzel Regular', 'font/ttf'],
      ['Amatic SC Regular', 'font/ttf'],
      ['Lora Bold', 'font/collection'],
      ['Caveat Bold', 'font/ttf'],
    ]);
    expect(assets.map((a) => a.id)).toEqual([fonts.cinzel, fonts.editable, fonts.lora, fonts.caveat].map(sha256Hex));
    expect(assets.map((a) => a.size)).toEqual([fonts.cinzel, fonts.editable, fonts.lora, fonts.caveat].map((f) => f.byteLength));

    // The picker says which fonts stay on this computer.
    const listed = await home.list();
    expect(listed.filter((f) => !f.travels).map((f) => f.id).sort()).toEqual([restricted, previewOnly, 'system:GreatVibes-Regular'].sort());
  });

  it('opens on a fresh computer with the fonts it carries, laid out glyph for glyph as at home, without installing them', async () => {
    const home = await computer('home2');
    const [cinzel] = await home.importFont('cinzel.ttf', fonts.cinzel);
    const design = labels({ name: cinzel!.id });
    await home.saveAs(design, 'emma.namesake');

    const away = await computer('away');
    expect((await away.list()).some((f) => f.id === cinzel!.id)).toBe(false);
    const opened = await away.open('emma.namesake');
    expect(opened.repairs).toEqual([]);
    const imported = (await away.list()).filter((f) => f.source === 'user');
    expect(imported).toEqual([{ ...cinzel, source: 'user' }]);
    const bytes = await away.read(cinzel!.id);
    expect(Buffer.from(bytes).equals(Buffer.from(fonts.cinzel))).toBe(true);

    const atHome = await glyphs(design, 'name', { [cinzel!.id]: fonts.cinzel });
    expect(atHome.map(([font]) => font)).toEqual([cinzel!.id]);
    expect(await glyphs(opened.design, 'name', { [cinzel!.id]: bytes })).toEqual(atHome);

    // Used from the design file for this session, not copied into this computer's font folder.
    await expect(readdir(join(away.userData, 'fonts'))).rejects.toThrow();

    // Saved again there, it still carries the font (from the opened file), and a font no longer used is dropped.
    const file = (await away.saveAs(opened.design, 'emma-away.namesake')).id;
    expect((await fileAssets('emma-away.namesake')).map((a) => a.id)).toEqual([sha256Hex(fonts.cinzel)]);
    const plain = { ...opened.design, objects: opened.design.objects.map((o) => (o.type === 'text' ? { ...o, font: 'noto-sans-regular' } : o)) };
    await away.save(file, plain);
    expect(await fileAssets('emma-away.namesake')).toEqual([]);
  });

  it('opens a face of a collection and an installed font elsewhere, by the ids the design uses', async () => {
    const home = await computer('home3', { 'Caveat-Bold.ttf': fonts.caveat });
    const loraBold = (await home.importFont('Lora.ttc', fonts.lora))[1]!.id;
    const design = labels({ lora: loraBold, caveat: 'system:Caveat-Bold' });
    await home.saveAs(design, 'faces.namesake');

    const away = await computer('away3');
    const opened = await away.open('faces.namesake');
    expect((await away.list()).filter((f) => f.source !== 'bundled').map(({ id, family, style, faceIndex }) => [id, family, style, faceIndex])).toEqual([
      ['system:Caveat-Bold', 'Caveat', 'Bold', 0],
      [loraBold, 'Lora', 'Bold', 1],
    ]);
    expect(await glyphs(opened.design, 'lora', { [loraBold]: await away.read(loraBold) })).toEqual(await glyphs(design, 'lora', { [loraBold]: fonts.lora }));
    expect(await glyphs(opened.design, 'caveat', { 'system:Caveat-Bold': await away.read('system:Caveat-Bold') })).toEqual(
      await glyphs(design, 'caveat', { 'system:Caveat-Bold': fonts.caveat }),
    );
  });

  it('a restricted font stays home: the file holds no copy, and another computer does not list it', async () => {
    const home = await computer('home4');
    const [restricted] = await home.importFont('restricted.ttf', fonts.restricted);
    await home.saveAs(labels({ name: restricted!.id }), 'restricted.namesake');
    expect(await fileAssets('restricted.namesake')).toEqual([]);
    const entries = await readZip(await readFile(join(folder, 'restricted.namesake')), PROJECT_ZIP_LIMITS, () => true);
    expect([...entries.keys()]).toEqual(['design.json']);

    const away = await computer('away4');
    await away.open('restricted.namesake');
    expect((await away.list()).some((f) => f.id === restricted!.id)).toBe(false);
  });

  it('exports on a computer that never saw the font: the CLI embeds it from the design file', async () => {
    const home = await computer('home5');
    const [cinzel] = await home.importFont('cinzel.ttf', fonts.cinzel);
    await home.saveAs(labels({ name: cinzel!.id }), 'print.namesake');

    const out = join(folder, 'print.pdf');
    const done = await runCli('export', join(folder, 'print.namesake'), '--out', out, '--json');
    expect(done.err).toEqual([]);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out[0]!)).toMatchObject({ records: 1, warnings: [] });
    const pdffonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    // name, type, encoding, emb, sub, uni
    expect(pdffonts).toEqual([expect.stringMatching(/^[A-Z]{6}\+Cinzel-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/)]);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('EMMA ROSE');
    // The CLI's user-data folder is left as it was: the font came from the file.
    await expect(readdir(join(process.env.NAMESAKE_USER_DATA!, 'fonts'))).rejects.toThrow();
  });
});
