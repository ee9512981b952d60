import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(__dirname, '../../..');
const depcruise = join(repo, 'node_modules/.bin/depcruise');

/** Runs the real lint config over a throwaway tree inside the repo (so node_modules resolves). */
function cruise(files: Record<string, string>): { code: number; out: string } {
  mkdirSync(join(repo, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(repo, '.tmp', 'layers-'));
  created.push(dir);
  cpSync(join(repo, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  cpSync(join(repo, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const roots = [...new Set(Object.keys(files).map((p) => p.split('/')[0]!))];
  try {
    const out = execFileSync(depcruise, ['--config', '.dependency-cruiser.cjs', ...roots], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return { code: 0, out };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout + x.stderr };
  }
}
const created: string[] = [];
afterAll(() => created.forEach((d) => rmSync(d, { recursive: true, force: true })));

const ok = { 'shared/units.ts': 'export const one = 1;\n' };

describe('layer rules (the lint config of ARCHITECTURE.md)', () => {
  it('passes a clean tree', () => {
    const r = cruise({ ...ok, 'main/services/a.ts': "import { one } from '../../shared/units';\nexport const a = one;\n" });
    expect(r.out).toContain('no dependency violations');
    expect(r.code).toBe(0);
  });

  it.each([
    ['shared-no-node-core', { 'shared/bad.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n" }],
    ['shared-is-pure', { 'shared/bad.ts': "import { Canvas } from 'fabric';\nexport const c = Canvas;\n" }],
    ['shared-is-pure', { 'shared/bad.ts': "import { useState } from 'react';\nexport const s = useState;\n" }],
    ['shared-is-pure', { 'shared/bad.ts': "import { x } from '../main/x';\nexport const y = x;\n", 'main/x.ts': 'export const x = 1;\n' }],
    ['electron-only-in-glue', { 'main/services/bad.ts': "import { app } from 'electron';\nexport const a = app;\n" }],
    ['electron-only-in-glue', { 'shared/bad.ts': "import { app } from 'electron';\nexport const a = app;\n" }],
    ['main-not-renderer', { 'main/services/bad.ts': "import { v } from '../../renderer/v';\nexport const w = v;\n", 'renderer/v.ts': 'export const v = 1;\n' }],
    ['renderer-is-browser', { 'renderer/bad.ts': "import { x } from '../main/x';\nexport const y = x;\n", 'main/x.ts': 'export const x = 1;\n' }],
    ['renderer-no-node-core', { 'renderer/bad.ts': "import { join } from 'node:path';\nexport const j = join;\n" }],
    ['fabric-only-in-canvas', { 'renderer/ui/bad.ts': "import { Canvas } from 'fabric';\nexport const c = Canvas;\n" }],
    ['editor-is-framework-free', { 'renderer/editor/bad.ts': "import { useState } from 'react';\nexport const s = useState;\n" }],
    ['preload-is-tiny', { 'main/preload/index.ts': "import { z } from 'zod';\nexport const s = z;\n" }],
    ['no-circular', { 'shared/a.ts': "import { b } from './b';\nexport const a = () => b;\n", 'shared/b.ts': "import { a } from './a';\nexport const b = () => a;\n" }],
  ])('fails on a planted %s violation', (rule, files) => {
    const r = cruise(files as Record<string, string>);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(rule);
  });
});
