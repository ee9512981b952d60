import harfBuzzWasmUrl from 'harfbuzzjs/dist/harfbuzz.wasm?url';
import { BUNDLED_FONTS, bundledFallbackChain, bundledFontFileName, FontLibrary, initHarfBuzz, type BundledFont } from '../../shared/text';
import type { FontChoices } from './fontChoices';

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The build puts bundled fonts next to the page (electron.vite.config.ts): one relative URL for app://, the test host and dev. */
const fontBytes = (font: BundledFont) => fetchBytes(`fonts/${bundledFontFileName(font)}`);

/**
 * Starts the page's text engine: HarfBuzz, then a library of the bundled fonts. The fallback chain's faces
 * load now, so every script draws as soon as the engine is up; the other families load when a frame first
 * uses one (an empty coverage: only a frame naming the font asks for it), and the large CJK faces when text
 * needs them (their declared coverage tells layout so). The imported and installed fonts main lists are
 * registered the same way, so a design naming one finds it (and loads it from main) once the engine is up.
 */
export async function loadTextEngine(choices: FontChoices): Promise<FontLibrary> {
  const listed = choices.load();
  const hb = await initHarfBuzz(await WebAssembly.compileStreaming(fetch(harfBuzzWasmUrl)));
  const chain = bundledFallbackChain();
  const library = new FontLibrary(hb, chain);
  const eager = BUNDLED_FONTS.filter((font) => !font.lazyCoverage && chain.includes(font.id));
  const files = await Promise.all(eager.map(fontBytes));
  eager.forEach((font, i) => {
    const added = library.add(font.id, files[i]!);
    if (!added.ok) throw new Error(`${font.id}: ${added.error.message}`);
  });
  for (const font of BUNDLED_FONTS) {
    if (!library.get(font.id)) library.addLazy({ id: font.id, coverage: font.lazyCoverage ?? [], load: () => fontBytes(font) });
  }
  for (const font of await listed) library.addLazy(font);
  return library;
}
