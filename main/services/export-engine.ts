import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Design } from '../../shared/model';
import { Subsetter, type PdfXOptions } from '../../shared/pdf';
import { BUNDLED_FONTS, bundledFallbackChain, FontLibrary, initHarfBuzz, type LazyFont } from '../../shared/text';
import type { AssetCache } from './asset-cache';
import { packageRoot, readBundledFont } from './bundled-fonts';
import { FontCatalog } from './fonts/font-catalog';
import { carriedFonts } from './fonts/project-fonts';

const require = createRequire(import.meta.url);

/** What export needs in Node: the text engine with the bundled fonts, and hb-subset for the PDF's fonts. */
export interface ExportEngine {
  library: FontLibrary;
  subsetter: Subsetter;
}

let engine: Promise<ExportEngine & { catalog: FontCatalog }> | undefined;

/**
 * The engine, built once per process (a CLI run, a worker). The large CJK faces are registered lazily, as
 * in the app, so a Latin-only export never reads them; so are the imported and installed fonts of the
 * catalogue (FontCatalog.fromEnvironment), under the same ids the page uses. With a design, also the
 * fonts its file carries that this computer lacks (project-fonts.ts), as the app does when it opens one.
 */
export async function exportEngine(project?: { design: Design; assets: AssetCache }): Promise<ExportEngine> {
  const { library, subsetter, catalog } = await (engine ??= build());
  if (project) for (const font of await catalog.carry(carriedFonts(project.design, project.assets))) library.addLazy(lazyFont(catalog, font));
  return { library, subsetter };
}

async function build(): Promise<ExportEngine & { catalog: FontCatalog }> {
  const catalog = FontCatalog.fromEnvironment();
  const hb = await initHarfBuzz(await readFile(require.resolve('harfbuzzjs/dist/harfbuzz.wasm')));
  const library = new FontLibrary(hb, bundledFallbackChain());
  for (const font of BUNDLED_FONTS) {
    if (font.lazyCoverage) library.addLazy({ id: font.id, coverage: font.lazyCoverage, load: () => readBundledFont(font.id) });
    else {
      const added = library.add(font.id, await readBundledFont(font.id));
      if (!added.ok) throw new Error(`bundled font ${font.id}: ${added.error.message}`);
    }
  }
  for (const font of await catalog.list()) {
    if (font.source !== 'bundled') library.addLazy(lazyFont(catalog, font));
  }
  const subsetter = await Subsetter.create(await readFile(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
  return { library, subsetter, catalog };
}

function lazyFont(catalog: FontCatalog, { id, faceIndex }: { id: string; faceIndex: number }): LazyFont {
  return { id, faceIndex, coverage: [], load: () => loadFont(catalog, id) };
}

async function loadFont(catalog: FontCatalog, id: string): Promise<Uint8Array> {
  const font = await catalog.read(id);
  if (!font) throw new Error(`the font "${id}" is no longer installed`);
  return font.bytes;
}

const PROFILES = { cmyk: 'coated-fogra39-generic.icc', rgb: 'sRGB.icc' };

/**
 * The PDF/X-4 output intent: FOGRA39 and sRGB from `NAMESAKE_ICC_DIR`, else the profiles the package ships
 * in resources/icc. Undefined when neither holds them.
 */
export function pdfxProfiles(): PdfXOptions | undefined {
  // Packaged app: electron-builder puts them in resources/icc (process.resourcesPath is Electron-only).
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  const folders = [process.env.NAMESAKE_ICC_DIR, resources && join(resources, 'icc'), join(packageRoot(), 'resources/icc')];
  const folder = folders.find((f) => f !== undefined && existsSync(join(f, PROFILES.cmyk)) && existsSync(join(f, PROFILES.rgb)));
  if (!folder) return undefined;
  return {
    outputProfile: readFileSync(join(folder, PROFILES.cmyk)),
    outputConditionIdentifier: 'FOGRA39',
    outputCondition: 'Coated FOGRA39 (ISO 12647-2:2004)',
    rgbProfile: readFileSync(join(folder, PROFILES.rgb)),
  };
}
