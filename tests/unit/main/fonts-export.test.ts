import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssetCache } from '../../../main/services/asset-cache';
import { runExportRequest } from '../../../main/services/export-request';
import { FontCatalog } from '../../../main/services/fonts/font-catalog';
import { saveProjectFile } from '../../../main/services/project-file';
import { BLACK, createDesign, createText, type Design, type TextObject } from '../../../shared/model';
import { bundledBytes, withFsType } from './font-files';

/** One label with a text frame per font, each frame's text in capitals (Cinzel and Pacifico have them). */
function design(frames: { id: string; font: string; text: string }[]): Design {
  const base = createDesign({ name: 'Imported fonts', unit: 'in', width: 288, height: 144, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const surface = base.surfaces[0]!;
  const objects = frames.map(({ id, font, text }, i): TextObject => ({
    ...(createText(surface.id, { x: 10, y: 10 + i * 40 }, text) as TextObject),
    id,
    font,
    width: 268,
    fill: BLACK,
  }));
  return { ...base, surfaces: [{ ...surface, objectIds: objects.map((o) => o.id) }], objects };
}

const pdffonts = (path: string) => execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);

let folder: string;
let cinzel: string;
let restricted: string;

// One folder for the file: the export engine, with its font catalogue, is built once per process.
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'namesake-fonts-export-'));
  const userData = join(folder, 'userData');
  // What the export worker and the CLI read: the app's user-data folder, and no installed fonts (hermetic).
  process.env.NAMESAKE_USER_DATA = userData;
  process.env.NAMESAKE_FONT_FOLDERS = '';
  const catalog = FontCatalog.forUserData(userData, []);
  await writeFile(join(folder, 'Cinzel.ttf'), await bundledBytes('cinzel-regular'));
  await writeFile(join(folder, 'NoEmbed.ttf'), withFsType(await bundledBytes('pacifico-regular'), 0x0002));
  const imported = await Promise.all(['Cinzel.ttf', 'NoEmbed.ttf'].map((name) => catalog.import(join(folder, name))));
  [cinzel = '', restricted = ''] = imported.map((result) => (result.ok ? result.value[0]!.id : ''));
});

afterAll(() => rm(folder, { recursive: true, force: true }));

async function exportDesign(d: Design, name: string) {
  const path = join(folder, `${name}.namesake`);
  await saveProjectFile(path, d, new AssetCache());
  const out = join(folder, `${name}.pdf`);
  const done = await runExportRequest({ design: path, out, maps: [], marks: 'none', pdfx: false });
  if (!done.ok) throw new Error(done.error.message);
  return { out, warnings: done.value.warnings.map((w) => w.message) };
}

describe('print with imported fonts', () => {
  it('embeds an imported font, subset, by the id the canvas uses', async () => {
    expect(cinzel).toMatch(/^user:[0-9a-f]{16}$/);
    const { out, warnings } = await exportDesign(design([{ id: 'name', font: cinzel, text: 'EMMA ROSE' }]), 'embedded');
    expect(warnings).toEqual([]);
    const fonts = pdffonts(out);
    expect(fonts).toHaveLength(1);
    // name, type, encoding, emb, sub, uni
    expect(fonts[0]).toMatch(/^[A-Z]{6}\+Cinzel-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('EMMA ROSE');
  });

  it('outlines a font whose licence forbids embedding, and says so', async () => {
    const { out, warnings } = await exportDesign(
      design([
        { id: 'ok', font: cinzel, text: 'EMMA' },
        { id: 'no', font: restricted, text: 'ZOE' },
      ]),
      'restricted',
    );
    expect(warnings).toEqual(['Pacifico Regular: the font licence forbids embedding; its text is drawn as outlines.']);
    expect(pdffonts(out).join('\n')).not.toMatch(/Pacifico/);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).not.toContain('ZOE');
  });

  it('refuses, saying which, a font this computer does not have', async () => {
    const path = join(folder, 'missing.namesake');
    await saveProjectFile(path, design([{ id: 'gone', font: 'user:0000000000000000', text: 'EMMA' }]), new AssetCache());
    const done = await runExportRequest({ design: path, out: join(folder, 'missing.pdf'), maps: [], marks: 'none', pdfx: false });
    expect(!done.ok && done.error.message).toMatch(/uses font user:0000000000000000, which is not installed/);
  });
});
