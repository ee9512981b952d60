import { describe, expect, it } from 'vitest';
import { builtinCatalogue, labelSize, parseCatalogue, templateKey, type SheetTemplate } from '../../../shared/templates';
import data from '../../../shared/templates/data/catalogue.json';

const IN = 72;
const MM = 72 / 25.4;
const catalogue = builtinCatalogue();
const sheet = (id: string): SheetTemplate => {
  const t = catalogue.get(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

// Expected numbers are the attribute values in ../shared/data/label-templates, converted to points.
describe('import fidelity', () => {
  it('Avery 5160: US Letter, 2.625 × 1 in, 3 × 10 (avery-us-templates.xml)', () => {
    const t = sheet('avery-5160');
    expect(t).toMatchObject({ brand: 'Avery', part: '5160', description: 'Address labels', categories: ['label', 'mail'] });
    expect(t.paper).toEqual({ id: 'US-Letter', width: 8.5 * IN, height: 11 * IN });
    expect(t.shape).toEqual({ kind: 'rect', width: 2.625 * IN, height: 1 * IN, cornerRadius: 0.0625 * IN });
    expect(t.safeMargin).toEqual({ x: 0.0625 * IN, y: 0.0625 * IN });
    expect(t.waste).toEqual({ x: 0, y: 0 });
    expect(t.layouts).toEqual([{ nx: 3, ny: 10, x0: 0.15625 * IN, y0: 0.5 * IN, dx: 2.78125 * IN, dy: 1 * IN }]);
    expect(t.aliases).toContainEqual({ id: 'avery-8160', brand: 'Avery', part: '8160' });
  });

  it('Avery L7160: an equiv of 7160 on A4, 3 × 7, unitless lengths read as points (avery-iso-templates.xml)', () => {
    const t = sheet('avery-l7160');
    expect(t.id).toBe('avery-7160');
    expect(t.aliases).toEqual([
      { id: 'avery-l7160', brand: 'Avery', part: 'L7160' },
      { id: 'avery-j8160', brand: 'Avery', part: 'J8160' },
    ]);
    expect(t.paper).toEqual({ id: 'A4', width: 595.276, height: 841.89 });
    expect(t.paper.width).toBeCloseTo(210 * MM, 3);
    // The XML says width="181.4" height="108.0" (pt): 38.1 mm high as sold, 64.0 mm rather than the
    // nominal 63.5 mm wide. The catalogue keeps the data as written.
    expect(t.shape).toEqual({ kind: 'rect', width: 181.4, height: 108, cornerRadius: 5 });
    expect(t.shape.kind === 'rect' && t.shape.height).toBeCloseTo(38.1 * MM, 2);
    expect(t.safeMargin).toEqual({ x: 5, y: 5 });
    expect(t.layouts).toEqual([{ nx: 3, ny: 7, x0: 21.2, y0: 43.9, dx: 187.2, dy: 108 }]);
  });

  it('Avery 3274.3: 2.5 in round labels, 3 × 3 (avery-us-templates.xml)', () => {
    const t = sheet('avery-3274-3');
    expect(t.shape).toEqual({ kind: 'round', radius: 1.25 * IN });
    expect(labelSize(t.shape)).toEqual({ width: 2.5 * IN, height: 2.5 * IN });
    expect(t.safeMargin).toEqual({ x: 5, y: 5 }); // size="5": points
    expect(t.layouts).toEqual([{ nx: 3, ny: 3, x0: 0.3125 * IN, y0: 1.25 * IN, dx: 2.6875 * IN, dy: 3 * IN }]);
    expect(t.categories).toEqual(['label', 'round-label']);
  });

  it('Begalabel V-200: 2 × 1 in ovals with waste, 3 × 9 (begalabel-templates.xml)', () => {
    const t = sheet('begalabel-v-200');
    expect(t.paper.id).toBe('US-Letter');
    expect(t.shape).toEqual({ kind: 'ellipse', width: 2 * IN, height: 1 * IN });
    expect(t.waste.x).toBeCloseTo(0.05 * IN, 3);
    expect(t.waste.y).toBeCloseTo(0.05 * IN, 3);
    expect(t.safeMargin).toBeUndefined();
    expect(t.layouts).toEqual([{ nx: 3, ny: 9, x0: 1 * IN, y0: 0.5 * IN, dx: 2.25 * IN, dy: 1.125 * IN }]);
  });

  it('CDs keep hole and business-card clipping; custom and roll papers keep their size', () => {
    expect(sheet('neato-handicd-r').shape).toEqual({ kind: 'cd', radius: 108, holeRadius: 58, width: 171 });
    expect(labelSize(sheet('neato-handicd-r').shape)).toEqual({ width: 171, height: 216 });
    expect(sheet('jac-f-32102').paper).toEqual({ id: 'other', width: 915.591, height: 630 });
    const roll = sheet('brother-dk-1201');
    expect(roll.paper.id).toBe('roll');
    expect(roll.paper.rollWidth).toBeCloseTo(32 * MM, 3);
    expect(roll.paper.width).toBeCloseTo(28.96 * MM, 3);
  });

  it('holds every rectangular, round, elliptical and CD sheet of the database', () => {
    const byKind: Record<string, number> = {};
    for (const t of catalogue.templates) byKind[t.shape.kind] = (byKind[t.shape.kind] ?? 0) + 1;
    // 1,127 non-equiv templates in the XML; the one Label-path and one Label-continuous are skipped.
    expect(byKind).toEqual({ rect: 929, round: 84, ellipse: 25, cd: 87 });
    expect(catalogue.templates.flatMap((t) => t.aliases)).toHaveLength(632);
  });
});

describe('ids and aliases', () => {
  it('derives every id and alias id from brand and part, uniquely', () => {
    const keys = catalogue.templates.flatMap((t) => [t, ...t.aliases].map((n) => [n.id, templateKey(`${n.brand} ${n.part}`)]));
    for (const [id, derived] of keys) expect(id).toBe(derived);
    expect(new Set(keys.map(([id]) => id)).size).toBe(keys.length);
  });

  it('looks templates up by id or alias, ignoring case and punctuation', () => {
    const t = sheet('avery-5160');
    for (const key of ['avery-5160', 'AVERY 5160', 'Avery 8160', ' avery_8160 ', 'avery-25160']) expect(catalogue.get(key)).toBe(t);
    expect(catalogue.get('Avery L7160')?.id).toBe('avery-7160');
    expect(catalogue.get('avery-99999')).toBeUndefined();
    expect(catalogue.get('')).toBeUndefined();
  });
});

describe('loading', () => {
  it('parses the shipped file and names where a damaged one breaks', () => {
    expect(parseCatalogue(data).ok).toBe(true);
    const broken = structuredClone(data) as { templates: { layouts: { nx: unknown }[] }[] };
    broken.templates[3]!.layouts[0]!.nx = 0;
    const r = parseCatalogue(broken);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-catalogue', message: expect.stringMatching(/templates\.3\.layouts\.0\.nx/) });
  });

  it('refuses an unknown paper id and an alias two templates claim', () => {
    const unknownPaper = structuredClone(data);
    unknownPaper.templates[0]!.paper = 'A11';
    expect(parseCatalogue(unknownPaper)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/paper "A11"/) } });
    const clash = structuredClone(data) as { templates: { id: string; aliases?: unknown[] }[] };
    clash.templates[0]!.aliases = [{ id: clash.templates[1]!.id, brand: 'X', part: 'Y' }];
    expect(parseCatalogue(clash)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/names two templates/) } });
  });
});
