import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUNDLED_FONTS, type BundledFont, type FontId } from '../../shared/text';

const require = createRequire(import.meta.url);

/**
 * The package's folder, found by walking up from its entry point: some font packages' `exports` hide their
 * font files from `require.resolve`, but never the entry point.
 */
function packageFolder(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  throw new Error(`package folder of ${name} not found`);
}

/** Where a bundled font's file is in node_modules: read by main, and copied into the renderer's build. */
export const bundledFontPath = (font: BundledFont): string => join(packageFolder(font.package), font.path);

/** A bundled font's bytes by its id, for main's own font library (export). */
export async function readBundledFont(id: FontId): Promise<Uint8Array> {
  const font = BUNDLED_FONTS.find((f) => f.id === id);
  if (!font) throw new Error(`"${id}" is not a bundled font`);
  return readFile(bundledFontPath(font));
}
