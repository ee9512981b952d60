import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../../..');
const GLUE = /^main\/(electron|preload)\//;

/** Module names a source file imports, requires or dynamically imports (comments and strings ignored). */
function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

const importsElectron = (source: string): boolean => importsOf(source).some((m) => m === 'electron' || m.startsWith('electron/'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(c|m)?[jt]sx?$/.test(e.name))
    .map((e) => relative(repo, join(e.parentPath, e.name)).split('\\').join('/'));
}

describe('only the Electron glue imports electron', () => {
  it('detects every form of import (the check can fail)', () => {
    expect(importsElectron("import { app } from 'electron';")).toBe(true);
    expect(importsElectron("import type { App } from 'electron';")).toBe(true);
    expect(importsElectron("export { ipcMain } from 'electron/main';")).toBe(true);
    expect(importsElectron("const { app } = require('electron');")).toBe(true);
    expect(importsElectron("const e = await import('electron');")).toBe(true);
    expect(importsElectron("// import 'electron'\nconst s = \"from 'electron'\";")).toBe(false);
    expect(importsElectron("import x from 'electron-builder';")).toBe(false);
  });

  it('holds for main/, shared/ and renderer/', () => {
    const offenders = ['main', 'shared', 'renderer']
      .flatMap((dir) => sources(join(repo, dir)))
      .filter((file) => !GLUE.test(file) && importsElectron(readFileSync(join(repo, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
