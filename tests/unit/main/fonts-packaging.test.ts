import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledFontFile, bundledFontPath } from '../../../main/services/bundled-fonts';
import { BUNDLED_FONTS, type BundledFont } from '../../../shared/text';
import { tempDir } from './temp-dir';

const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../../package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('bundled fonts in the installers', () => {
  it('come only from the renderer’s build: the font packages are build-time dependencies', () => {
    const packages = [...new Set(BUNDLED_FONTS.map((f) => f.package))];
    expect(packages.filter((name) => name in manifest.dependencies)).toEqual([]);
    expect(packages.filter((name) => !(name in manifest.devDependencies))).toEqual([]);
    // Main unpacks imported WOFF2 fonts at run time, so its decoder ships.
    expect(manifest.dependencies).toHaveProperty('woff2-encoder');
  });

  it('are read from their package when it is installed, else from the build’s copy', async () => {
    const greatVibes = BUNDLED_FONTS.find((f) => f.id === 'great-vibes-regular')!;
    const built = await tempDir();
    expect(bundledFontFile(greatVibes, built)).toBe(bundledFontPath(greatVibes));

    // As in the packaged app, where no font package is installed.
    const notInstalled: BundledFont = { ...greatVibes, package: '@namesake-test/not-installed-font' };
    await writeFile(join(built, 'great-vibes-regular.ttf'), 'font bytes');
    expect(bundledFontFile(notInstalled, built)).toBe(join(built, 'great-vibes-regular.ttf'));
  });
});
