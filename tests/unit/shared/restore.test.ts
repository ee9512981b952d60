import { describe, expect, it } from 'vitest';
import { createDesign, createShape, restore, SCHEMA_VERSION } from '../../../shared/model';
import { toPt } from '../../../shared/units/length';

const business = () =>
  createDesign({ name: 'Card', unit: 'mm', width: toPt(90, 'mm'), height: toPt(50, 'mm'), shape: { kind: 'rect' }, bleed: toPt(3, 'mm'), safeMargin: toPt(3, 'mm') });

describe('restore() on every load', () => {
  it('accepts a valid design unchanged', () => {
    const d = business();
    const r = restore(JSON.parse(JSON.stringify(d)));
    expect(r.ok && r.value.design).toEqual(d);
    expect(r.ok && r.value.repairs).toEqual([]);
  });

  it('refuses a newer format with a message that says what to do', () => {
    const r = restore({ ...business(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('newer-version');
      expect(r.error.message).toMatch(/newer Namesake.*Update Namesake.*not changed/);
    }
  });

  it.each([null, 42, 'text', [], {}, { schemaVersion: 'one' }])('refuses %j as not a design', (input) => {
    const r = restore(input);
    expect(!r.ok && r.error.code).toBe('not-a-design');
  });

  it('names where a damaged design is broken', () => {
    const d = business();
    const r = restore({ ...d, surfaces: [{ ...d.surfaces[0], width: 'wide' }] });
    expect(!r.ok && r.error.code).toBe('invalid-design');
    expect(!r.ok && r.error.message).toMatch(/surfaces\.0\.width/);
  });

  it('repairs dangling layer order and orphaned objects, and says so', () => {
    const d = business();
    const sid = d.surfaces[0]!.id;
    const a = createShape(sid, 'rect', { x: 0, y: 0, width: 1, height: 1 });
    const b = createShape(sid, 'ellipse', { x: 0, y: 0, width: 1, height: 1 });
    const orphan = { ...createShape('gone', 'rect', { x: 0, y: 0, width: 1, height: 1 }) };
    const broken = { ...d, objects: [a, b, orphan], surfaces: [{ ...d.surfaces[0]!, objectIds: ['ghost', b.id, b.id] }] };
    const r = restore(JSON.parse(JSON.stringify(broken)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.design.objects.map((o) => o.id)).toEqual([a.id, b.id]);
      expect(r.value.design.surfaces[0]!.objectIds).toEqual([b.id, a.id]);
      expect(r.value.repairs.length).toBe(2);
    }
  });

  it('fills flags missing from older saves with defaults', () => {
    const d = business();
    const a = createShape(d.surfaces[0]!.id, 'rect', { x: 0, y: 0, width: 1, height: 1 });
    const { locked: _l, hidden: _h, ...partial } = a;
    const r = restore({ ...d, objects: [partial], surfaces: [{ ...d.surfaces[0]!, objectIds: [a.id] }] });
    expect(r.ok && r.value.design.objects[0]).toEqual(a);
  });
});
