import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Type-checks one planted file with the compiler options of a layer's tsconfig. */
function diagnosticsUnder(layer: 'shared' | 'renderer', source: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(repo, layer, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${layer}/tsconfig.json`);
  mkdirSync(join(repo, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(repo, '.tmp', 'runtime-'));
  dirs.push(dir);
  const file = join(dir, 'planted.ts');
  writeFileSync(file, source);
  const program = ts.createProgram([file], parsed.options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('each layer compiles only against its runtime', () => {
  it('shared/ sees neither the DOM nor Node', () => {
    const errors = diagnosticsUnder('shared', 'export const a = document.title;\nexport const b = Buffer.from("x");\nexport const c = process.env;\nexport const d = window;\n');
    for (const name of ['document', 'Buffer', 'process', 'window']) {
      expect(errors.some((m) => m.includes(`'${name}'`))).toBe(true);
    }
  });

  it('shared/ still compiles plain ES2023', () => {
    expect(diagnosticsUnder('shared', 'export const a = [3, 1, 2].toSorted().at(-1);\n')).toEqual([]);
  });

  it('renderer/ sees the DOM but not Node', () => {
    const errors = diagnosticsUnder('renderer', 'export const a = document.title;\nexport const b = Buffer.from("x");\n');
    expect(errors.some((m) => m.includes("'document'"))).toBe(false);
    expect(errors.some((m) => m.includes("'Buffer'"))).toBe(true);
  });
});
