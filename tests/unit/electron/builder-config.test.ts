import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema check, resolved from where electron-builder installed them.
const builderRequire = createRequire(createRequire(__filename).resolve('app-builder-lib/package.json'));
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = builderRequire('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, log: { isEnabled: boolean; add(): void }): Promise<void>;
};

const config = yaml.load(readFileSync(resolve(__dirname, '../../../electron-builder.yml'), 'utf8')) as Record<string, any>;
const silent = { isEnabled: false, add() {} };

describe('electron-builder.yml', () => {
  it('matches the electron-builder 26 schema', async () => {
    await expect(validateConfiguration(config, silent)).resolves.toBeUndefined();
    // The check can fail: a misspelt fuse is rejected.
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(misspelt, silent)).rejects.toThrow(/electronFuses/);
  });

  it('names the app and packs only the build output', () => {
    expect(config.productName).toBe('Namesake');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(['out/**', 'package.json']);
    expect(config.extraResources).toEqual([{ from: 'resources/icc', to: 'icc', filter: ['*.icc', 'README.md'] }]);
  });

  it('sets every fuse SAFETY.md asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds NSIS, dmg, AppImage and deb', () => {
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('opens .namesake files as their editor', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'namesake', name: 'Namesake design', role: 'Editor' })]);
  });
});
