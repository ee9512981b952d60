import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_FONTS, bundledFontFileName, type BundledFont, type FontId } from '../../shared/text';

const require = createRequire(import.meta.url);

/** The folder of the package.json named `name`, found upwards from `start`. */
function manifestFolder(start: string, name: string): string | undefined {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
  }
  return undefined;
}

/** Namesake's own folder, from this module wherever it runs: sources, the built main or CLI, app.asar. */
export const packageRoot = (): string => manifestFolder(dirname(fileURLToPath(import.meta.url)), 'namesake') ?? process.cwd();

/**
 * Where a bundled font's file is in node_modules, which the renderer's build copies (electron.vite.config.ts).
 * The package folder is found from its entry point: some font packages' `exports` hide their font files
 * from `require.resolve`, but never the entry point.
 */
export function bundledFontPath(font: BundledFont): string {
  const folder = manifestFolder(dirname(require.resolve(font.package)), font.package);
  if (!folder) throw new Error(`package folder of ${font.package} not found`);
  return join(folder, font.path);
}

/**
 * A bundled font's file for main (export, the CLI, the font catalogue): from its npm package when it is
 * installed (development, tests, a checkout after `npm install`), else the copy in the renderer's build.
 * The packaged app has only the latter: the font packages are devDependencies, so installers carry each
 * font once, in out/renderer/fonts.
 */
export function bundledFontFile(font: BundledFont, builtFonts = join(packageRoot(), 'out/renderer/fonts')): string {
  try {
    return bundledFontPath(font);
  } catch {
    return join(builtFonts, bundledFontFileName(font));
  }
}

/** A bundled font's bytes by its id. */
export async function readBundledFont(id: FontId): Promise<Uint8Array> {
  const font = BUNDLED_FONTS.find((f) => f.id === id);
  if (!font) throw new Error(`"${id}" is not a bundled font`);
  return readFile(bundledFontFile(font));
}
