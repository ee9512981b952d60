import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compress } from 'woff2-encoder';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../main/services/asset-cache';
import { createFontHandlers } from '../../../main/services/font-handlers';
import { FontCatalog } from '../../../main/services/fonts/font-catalog';
import type { MainPorts } from '../../../main/services/ports';
import { readFontInfo } from '../../../shared/text';
import { bundledBytes, trueTypeCollection, withFsType } from './font-files';
import { tempDir } from './temp-dir';

async function setup() {
  const root = await tempDir();
  const userData = join(root, 'userData');
  const system = join(root, 'system');
  await mkdir(system);
  return { root, userData, system, catalog: FontCatalog.forUserData(userData, [system]) };
}

const ofSource = async (catalog: FontCatalog, source: string) =>
  (await catalog.list()).filter((f) => f.source === source).map(({ id, family, style, embeddable, faceIndex }) => ({ id, family, style, embeddable, faceIndex }));

describe('the font catalogue', () => {
  it('lists the bundled fonts under their existing ids', async () => {
    const { catalog } = await setup();
    const bundled = await ofSource(catalog, 'bundled');
    expect(bundled).toContainEqual({ id: 'noto-sans-regular', family: 'Noto Sans', style: 'Regular', embeddable: true, faceIndex: 0 });
    expect(bundled).toContainEqual(expect.objectContaining({ id: 'great-vibes-regular' }));
    expect(await ofSource(catalog, 'user')).toEqual([]);
  });

  it('names installed faces by PostScript name; the first copy of a face wins', async () => {
    const { catalog, system, root } = await setup();
    const lora = trueTypeCollection([await bundledBytes('lora-regular'), await bundledBytes('lora-bold')]);
    await writeFile(join(system, 'Lora.ttc'), lora);
    await writeFile(join(system, 'Caveat.ttf'), await bundledBytes('caveat-regular'));
    const other = join(root, 'other');
    await mkdir(other);
    await writeFile(join(other, 'Caveat-copy.ttf'), await bundledBytes('caveat-bold')); // same id, another file
    const twoFolders = FontCatalog.forUserData(join(root, 'userData'), [system, other]);
    expect(await ofSource(catalog, 'system')).toEqual([
      { id: 'system:Caveat-Regular', family: 'Caveat', style: 'Regular', embeddable: true, faceIndex: 0 },
      { id: 'system:Lora-Bold', family: 'Lora', style: 'Bold', embeddable: true, faceIndex: 1 },
      { id: 'system:Lora-Regular', family: 'Lora', style: 'Regular', embeddable: true, faceIndex: 0 },
    ]);
    expect((await ofSource(twoFolders, 'system')).map((f) => f.id)).toContain('system:Caveat-Bold');

    const bold = await catalog.read('system:Lora-Bold');
    expect(bold?.faceIndex).toBe(1);
    expect(sha256Hex(bold!.bytes)).toBe(sha256Hex(lora));
    expect(await catalog.read('system:Nope')).toBeUndefined();
  });

  it('imports a font into the user-data folder, named by content, once', async () => {
    const { catalog, userData, root } = await setup();
    const bytes = await bundledBytes('cinzel-regular');
    await writeFile(join(root, 'Cinzel.ttf'), bytes);
    const sha = sha256Hex(bytes);
    const id = `user:${sha.slice(0, 16)}`;

    const imported = await catalog.import(join(root, 'Cinzel.ttf'));
    expect(imported).toEqual({ ok: true, value: [{ id, family: 'Cinzel', style: 'Regular', source: 'user', embeddable: true, travels: true, scripts: ['Latin'], faceIndex: 0 }] });
    expect(await readdir(join(userData, 'fonts'))).toEqual([`${sha}.ttf`]);
    expect(await catalog.import(join(root, 'Cinzel.ttf'))).toEqual(imported);
    expect(await ofSource(catalog, 'user')).toHaveLength(1);
    expect(sha256Hex((await catalog.read(id))!.bytes)).toBe(sha);

    // The next start finds it in the folder.
    expect(await ofSource(FontCatalog.forUserData(userData, []), 'user')).toEqual([{ id, family: 'Cinzel', style: 'Regular', embeddable: true, faceIndex: 0 }]);
  });

  it('stores a WOFF2 import unpacked, and every face of a collection', async () => {
    const { catalog, userData, root } = await setup();
    await writeFile(join(root, 'Bebas.woff2'), await compress(await bundledBytes('bebas-neue-regular')));
    await writeFile(join(root, 'Lora.ttc'), trueTypeCollection([await bundledBytes('lora-regular'), await bundledBytes('lora-bold')]));

    const bebas = await catalog.import(join(root, 'Bebas.woff2'));
    if (!bebas.ok) throw new Error(bebas.error.message);
    const stored = (await readdir(join(userData, 'fonts')))[0]!;
    expect(stored).toMatch(/^[0-9a-f]{64}\.ttf$/);
    expect(readFontInfo(await readFile(join(userData, 'fonts', stored))).ok).toBe(true);

    const lora = await catalog.import(join(root, 'Lora.ttc'));
    if (!lora.ok) throw new Error(lora.error.message);
    expect(lora.value.map((f) => [f.style, f.faceIndex, f.id.endsWith('#1')])).toEqual([
      ['Regular', 0, false],
      ['Bold', 1, true],
    ]);
    expect((await catalog.read(lora.value[1]!.id))?.faceIndex).toBe(1);
  });

  it('imports a font whose licence forbids embedding, marked so', async () => {
    const { catalog, root } = await setup();
    await writeFile(join(root, 'Restricted.ttf'), withFsType(await bundledBytes('pacifico-regular'), 0x0002));
    const imported = await catalog.import(join(root, 'Restricted.ttf'));
    expect(imported.ok && imported.value[0]).toMatchObject({ family: 'Pacifico', embeddable: false });
  });

  it('refuses what is not a font, saying why', async () => {
    const { catalog, root, userData } = await setup();
    await writeFile(join(root, 'photo.ttf'), new Uint8Array(5000).fill(7));
    expect(await catalog.import(join(root, 'photo.ttf'))).toEqual({
      ok: false,
      error: { code: 'font-import', message: '“photo.ttf” was not imported: This file is not a TrueType or OpenType font.' },
    });
    await expect(readdir(join(userData, 'fonts'))).rejects.toThrow();
  });
});

describe('font channels', () => {
  async function handlers(answer: string | null) {
    const { root, userData, system } = await setup();
    const ports = {
      dialogs: { showOpen: async () => answer?.replace('$ROOT', root) ?? null },
      paths: { userData },
      fontFolders: [system],
    } as unknown as MainPorts;
    return { root, fonts: createFontHandlers(ports) };
  }

  it('imports the font the Open dialog picks, lists it and serves its bytes', async () => {
    const { root, fonts } = await handlers('$ROOT/Amatic.ttf');
    const bytes = await bundledBytes('amatic-sc-regular');
    await writeFile(join(root, 'Amatic.ttf'), bytes);
    const imported = await fonts['fonts:import']({});
    if (imported.cancelled) throw new Error('cancelled');
    const id = imported.fonts[0]!.id;
    expect((await fonts['fonts:list']({})).fonts.map((f) => f.id)).toContain(id);
    const read = await fonts['fonts:read']({ id });
    expect(Buffer.from(read.base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
  });

  it('answers a cancelled dialog, an unknown id and a file that is not a font', async () => {
    expect(await (await handlers(null)).fonts['fonts:import']({})).toEqual({ cancelled: true });
    const { fonts, root } = await handlers('$ROOT/notes.otf');
    await expect(fonts['fonts:read']({ id: 'user:0000000000000000' })).rejects.toMatchObject({ code: 'not-found', message: 'The font “user:0000000000000000” is not installed on this computer.' });
    await expect(fonts['fonts:import']({})).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('“notes.otf” can\'t be found') });
    await writeFile(join(root, 'notes.otf'), 'agenda');
    await expect(fonts['fonts:import']({})).rejects.toMatchObject({ code: 'bad-request', message: '“notes.otf” was not imported: This file is too short to be a font.' });
  });
});
