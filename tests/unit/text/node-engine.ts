import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUNDLED_FONTS, bundledFallbackChain, FontLibrary, initHarfBuzz, type BundledFont, type HarfBuzz } from '../../../shared/text';

const require = createRequire(import.meta.url);

/** The package folder, found from its entry point: some font packages' `exports` hide their files. */
function packageFolder(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  throw new Error(`package folder of ${name} not found`);
}

export const bundledFontBytes = (font: BundledFont) => readFileSync(join(packageFolder(font.package), font.path));

export const harfBuzzWasm = () => readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz.wasm'));

/** HarfBuzz and a library of every bundled font, CJK faces registered lazily as the app does. */
export async function loadTextEngine(): Promise<{ hb: HarfBuzz; library: FontLibrary }> {
  const hb = await initHarfBuzz(harfBuzzWasm());
  const library = new FontLibrary(hb, bundledFallbackChain());
  for (const font of BUNDLED_FONTS) {
    if (font.lazyCoverage) library.addLazy({ id: font.id, coverage: font.lazyCoverage, load: async () => bundledFontBytes(font) });
    else {
      const added = library.add(font.id, bundledFontBytes(font));
      if (!added.ok) throw new Error(`${font.id}: ${added.error.message}`);
    }
  }
  return { hb, library };
}
