import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDesign, createShape, createText, type Design } from '../../../shared/model';
import { DesignStore } from '../../../shared/store';
import { toPt } from '../../../shared/units/length';

const candle = (): Design =>
  createDesign({ name: 'Candle', unit: 'in', width: toPt(2.5, 'in'), height: toPt(2.5, 'in'), shape: { kind: 'round' }, bleed: 9, safeMargin: 9 });

type Op =
  | { t: 'addShape'; x: number; y: number }
  | { t: 'addText'; text: string }
  | { t: 'move'; pick: number; dx: number; dy: number; drag: boolean }
  | { t: 'remove'; pick: number }
  | { t: 'raise'; pick: number }
  | { t: 'rename'; name: string }
  | { t: 'bleed'; bleed: number }
  | { t: 'field'; sample: string }
  | { t: 'swatch'; name: string }
  | { t: 'undo' }
  | { t: 'redo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('addShape' as const), x: fc.integer({ min: -50, max: 200 }), y: fc.integer({ min: -50, max: 200 }) }),
  fc.record({ t: fc.constant('addText' as const), text: fc.string({ maxLength: 20 }) }),
  fc.record({ t: fc.constant('move' as const), pick: fc.nat(), dx: fc.integer({ min: -20, max: 20 }), dy: fc.integer({ min: -20, max: 20 }), drag: fc.boolean() }),
  fc.record({ t: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('raise' as const), pick: fc.nat() }),
  fc.record({ t: fc.constant('rename' as const), name: fc.string({ maxLength: 30 }) }),
  fc.record({ t: fc.constant('bleed' as const), bleed: fc.integer({ min: 0, max: 36 }) }),
  fc.record({ t: fc.constant('field' as const), sample: fc.string({ maxLength: 10 }) }),
  fc.record({ t: fc.constant('swatch' as const), name: fc.string({ minLength: 1, maxLength: 10 }) }),
  fc.constant({ t: 'undo' as const }),
  fc.constant({ t: 'redo' as const }),
);

function run(store: DesignStore, o: Op): void {
  const d = store.design;
  const surface = d.surfaces[0]!;
  const ids = surface.objectIds;
  const picked = ids.length ? ids[('pick' in o ? o.pick : 0) % ids.length]! : undefined;
  switch (o.t) {
    case 'addShape':
      store.transact('Add Rectangle', (tx) => tx.addObject(createShape(surface.id, 'rect', { x: o.x, y: o.y, width: 20, height: 10 })));
      break;
    case 'addText':
      store.transact('Add Text', (tx) => tx.addObject(createText(surface.id, { x: 10, y: 10 }, o.text)));
      break;
    case 'move':
      if (!picked) return;
      // A drag is many small moves merged into one undo step.
      store.transact('Move', (tx) => {
        const obj = tx.get('object', picked)!;
        tx.update('object', picked, { x: obj.x + o.dx, y: obj.y + o.dy });
      }, o.drag ? { mergeKey: `move:${picked}` } : {});
      break;
    case 'remove':
      if (picked) store.transact('Delete', (tx) => tx.removeObject(picked));
      break;
    case 'raise':
      if (picked) store.transact('Bring to Front', (tx) => tx.update('surface', surface.id, { objectIds: [...ids.filter((i) => i !== picked), picked] }));
      break;
    case 'rename':
      store.transact('Rename', (tx) => tx.setDocument({ name: o.name }));
      break;
    case 'bleed':
      store.transact('Change Bleed', (tx) => tx.update('surface', surface.id, { bleed: o.bleed }));
      break;
    case 'field':
      // Fields and swatches are replaced as whole lists.
      store.transact('Edit Field', (tx) =>
        tx.setFields([{ name: 'name', label: 'Name', required: true, maxLength: null, defaultValue: '', sample: o.sample, allowedFonts: [], allowedColors: [] }]),
      );
      break;
    case 'swatch':
      store.transact('Add Swatch', (tx) => tx.setSwatches([...d.swatches, { name: o.name, color: { space: 'cmyk', c: 0, m: 1, y: 0, k: 0 } }]));
      break;
    case 'undo':
      store.undo();
      break;
    case 'redo':
      store.redo();
      break;
  }
}

describe('DesignStore history', () => {
  it('undo-all returns the initial design and redo-all the final one, for any operation sequence', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const start = candle();
        const store = new DesignStore(start);
        ops.forEach((o) => run(store, o));
        const end = store.design;
        let steps = 0;
        while (store.undo()) steps++;
        expect(store.design).toEqual(start);
        expect(store.dirty).toBe(false);
        // Redo exactly what was undone: a sequence ending in undos keeps more on the redo stack.
        for (let i = 0; i < steps; i++) expect(store.redo()).toBe(true);
        expect(store.design).toEqual(end);
      }),
      { numRuns: 300 },
    );
  });

  it('merges a drag into one undo step labelled for the Edit menu', () => {
    const store = new DesignStore(candle());
    const sid = store.design.surfaces[0]!.id;
    const rect = createShape(sid, 'rect', { x: 0, y: 0, width: 10, height: 10 });
    store.transact('Add Rectangle', (tx) => tx.addObject(rect));
    for (let i = 0; i < 5; i++) store.transact('Move', (tx) => tx.update('object', rect.id, { x: i + 1 }), { mergeKey: 'drag' });
    store.closeGesture();
    expect(store.undoLabel).toBe('Move');
    store.undo();
    expect(store.design.objects[0]!.x).toBe(0);
    expect(store.undoLabel).toBe('Add Rectangle');
    expect(store.redoLabel).toBe('Move');
  });

  it('rolls back an edit that would break the schema and reports it as a value', () => {
    const store = new DesignStore(candle());
    const before = store.design;
    const r = store.transact('Resize', (tx) => tx.update('surface', before.surfaces[0]!.id, { width: -5 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/Resize was not applied: surfaces\.0\.width/);
    expect(store.design).toBe(before);
    expect(store.undoLabel).toBeNull();
  });

  it('tracks unsaved changes across save, undo and redo', () => {
    const store = new DesignStore(candle());
    expect(store.dirty).toBe(false);
    store.transact('Rename', (tx) => tx.setDocument({ name: 'A' }));
    expect(store.dirty).toBe(true);
    store.markSaved();
    expect(store.dirty).toBe(false);
    store.undo();
    expect(store.dirty).toBe(true);
    store.redo();
    expect(store.dirty).toBe(false);
  });
});
