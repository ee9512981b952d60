import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../shared/templates';

const SCRIPT = 'scripts/convert-templates.mjs';
const FIXTURE = join(__dirname, 'fixtures/label-templates');
const IN = 72;
const MM = 72 / 25.4;

describe('scripts/convert-templates.mjs', () => {
  it('committed catalogue and NOTICE are what the converter makes from ../shared/data/label-templates', () => {
    expect(execFileSync('node', [SCRIPT, '--check'], { encoding: 'utf8' })).toMatch(/up to date/);
  });

  const out = mkdtempSync(join(tmpdir(), 'namesake-templates-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const log = execFileSync('node', [SCRIPT, '--source', FIXTURE, '--out', out], { encoding: 'utf8' });
  const file = JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8'));
  const parsed = parseCatalogue(file);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const catalogue = parsed.value;
  const get = (id: string) => catalogue.get(id)!;

  it('reads every unit, unitless lengths as points, entities and multi-line tags', () => {
    const t = get('acme-co-r-1-big');
    expect(t).toMatchObject({ brand: 'Acme & Co', part: 'R-1 (big)', description: 'Units "test"' });
    expect(t.shape).toEqual({ kind: 'rect', width: 72, height: 72, cornerRadius: 2.835 }); // 2.54cm, 6pc, 1mm
    expect(t.waste).toEqual({ x: 2, y: 36 });
    expect(t.safeMargin).toEqual({ x: 2.835, y: 2 });
    // The repeated Layout is dropped; the "user-defined" category has no name and goes too.
    expect(t.layouts).toEqual([{ nx: 2, ny: 3, x0: 28.346, y0: 28.346, dx: 100, dy: 72 }]);
    expect(t.categories).toEqual(['label']);
    expect(t.aliases).toEqual([{ id: 'acme-co-r-1-b', brand: 'Acme & Co', part: 'R-1/B' }]);
    expect(get('Acme & Co R-1/B')).toBe(t);
  });

  it('follows gLabels: waste overrides x_waste/y_waste, Layout defaults, custom paper', () => {
    const t = get('acme-w');
    expect(t.waste).toEqual({ x: 2.835, y: 2.835 });
    expect(t.layouts).toEqual([{ nx: 1, ny: 1, x0: 14.173, y0: 14.173, dx: 0, dy: 0 }]);
    expect(t.paper).toEqual({ id: 'other', width: 283.465, height: 141.732 });
  });

  it('converts round, elliptical, CD and roll geometry', () => {
    expect(get('acme-o')).toMatchObject({ shape: { kind: 'round', radius: IN }, waste: { x: 3, y: 3 }, safeMargin: { x: 4, y: 4 } });
    expect(get('acme-e')).toMatchObject({ shape: { kind: 'ellipse', width: 141.732, height: 85.039 }, paper: { id: 'A5' } });
    expect(get('acme-cd').shape).toEqual({ kind: 'cd', radius: 2 * IN, holeRadius: 0.5 * IN, width: 3.5 * IN });
    expect(get('acme-roll').paper).toEqual({ id: 'roll', width: 70.866, height: 153.071, rollWidth: 85.039 });
    expect(get('acme-roll').paper.width).toBeCloseTo(25 * MM, 3);
  });

  it('stores only the paper sizes in use', () => {
    expect(Object.keys(file.papers)).toEqual(['A4', 'US-Letter', 'A5']);
  });

  it('skips what it cannot represent and reports it, with every data problem', () => {
    expect(catalogue.templates.map((t) => t.id)).toEqual(['acme-cd', 'acme-co-r-1-big', 'acme-e', 'acme-o', 'acme-roll', 'acme-w']);
    expect(log).toMatch(/templates 6 \(cd 1, ellipse 1, rect 3, round 1\), aliases 1/);
    expect(log).toMatch(/skipped: Label-continuous 1, Label-path 1, equiv without target 1/);
    expect(log).toMatch(/markups not represented: Markup-line 1/);
    expect(log).toMatch(/Acme Ghost: equiv "Nope" is not an earlier Acme template/);
    expect(log).toMatch(/duplicate id acme-o .*kept the first/);
    expect(log).toMatch(/duplicate Layout dropped/);
    expect(log).toMatch(/unknown category "user-defined" dropped/);
  });

  it('writes the licence notice beside the data', () => {
    const notice = readFileSync(join(out, 'NOTICE'), 'utf8');
    expect(notice).toMatch(/gLabels/);
    expect(notice).toContain(readFileSync(join(FIXTURE, 'LICENSE'), 'utf8').trim());
  });
});
