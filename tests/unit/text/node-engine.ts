import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundledFontPath, readBundledFont } from '../../../main/services/bundled-fonts';
import { BUNDLED_FONTS, bundledFallbackChain, FontLibrary, initHarfBuzz, type BundledFont, type HarfBuzz } from '../../../shared/text';

const require = createRequire(import.meta.url);

export const bundledFontBytes = (font: BundledFont) => readFileSync(bundledFontPath(font));

export const harfBuzzWasm = () => readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz.wasm'));

/** HarfBuzz and a library of every bundled font, CJK faces registered lazily as the app does. */
export async function loadTextEngine(): Promise<{ hb: HarfBuzz; library: FontLibrary }> {
  const hb = await initHarfBuzz(harfBuzzWasm());
  const library = new FontLibrary(hb, bundledFallbackChain());
  for (const font of BUNDLED_FONTS) {
    if (font.lazyCoverage) library.addLazy({ id: font.id, coverage: font.lazyCoverage, load: () => readBundledFont(font.id) });
    else {
      const added = library.add(font.id, bundledFontBytes(font));
      if (!added.ok) throw new Error(`${font.id}: ${added.error.message}`);
    }
  }
  return { hb, library };
}
