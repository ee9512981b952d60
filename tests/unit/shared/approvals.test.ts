import { describe, expect, it } from 'vitest';
import { createDesign, restore, type Approval, type Design } from '../../../shared/model';
import { DesignStore } from '../../../shared/store';

const candle = (): Design => createDesign({ name: 'Candle', unit: 'in', width: 180, height: 180, shape: { kind: 'round' }, bleed: 9, safeMargin: 9 });

const approved: Approval = { status: 'approved', note: '', at: '2026-03-15T09:30:00.000Z' };
const changes: Approval = { status: 'changes-requested', note: 'Bigger “Ann”, please', at: '2026-03-15T10:05:00.000Z' };

describe('approvals in the store', () => {
  it('records, replaces and clears answers, each one undo step with its name', () => {
    const store = new DesignStore(candle());
    const start = store.design;
    store.transact('Approve order', (tx) => tx.setApproval('1001', approved));
    store.transact('Request changes', (tx) => tx.setApproval('1002', changes));
    store.transact('Approve order', (tx) => tx.setApproval('1002', approved));
    store.transact('Clear approval', (tx) => tx.setApproval('1001', null));
    expect(store.design.approvals).toEqual({ '1002': approved });
    expect(store.undoLabel).toBe('Clear approval');

    expect(store.undo()).toBe(true);
    expect(store.design.approvals).toEqual({ '1001': approved, '1002': approved });
    expect(store.undoLabel).toBe('Approve order');
    store.undo();
    expect(store.design.approvals).toEqual({ '1001': approved, '1002': changes });
    store.undo();
    store.undo();
    // The first answer undone leaves the design as it was: no empty `approvals` key.
    expect(store.design).toEqual(start);
    expect('approvals' in store.design).toBe(false);
    expect(store.dirty).toBe(false);

    store.redo();
    store.redo();
    expect(store.design.approvals).toEqual({ '1001': approved, '1002': changes });
    expect(store.redoLabel).toBe('Approve order');
  });

  it('clearing the last answer removes the key; clearing an order without one is no step', () => {
    const store = new DesignStore(candle());
    store.transact('Approve order', (tx) => tx.setApproval('1001', approved));
    store.transact('Clear approval', (tx) => tx.setApproval('1001', null));
    expect('approvals' in store.design).toBe(false);
    store.transact('Clear approval', (tx) => tx.setApproval('1001', null));
    expect(store.undoLabel).toBe('Clear approval');
    store.undo();
    expect(store.design.approvals).toEqual({ '1001': approved });
    expect(store.undoLabel).toBe('Approve order');
  });

  it('refuses an answer the schema does not allow, and leaves the design as it was', () => {
    const store = new DesignStore(candle());
    const result = store.transact('Approve order', (tx) => tx.setApproval('1001', { ...approved, at: 'yesterday' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'edit-invalid', message: expect.stringContaining('Approve order was not applied: approvals.1001.at') } });
    const tooLong = store.transact('Request changes', (tx) => tx.setApproval('x'.repeat(201), changes));
    expect(tooLong.ok).toBe(false);
    expect('approvals' in store.design).toBe(false);
    expect(store.undoLabel).toBeNull();
  });

  it('answers made in the store survive the file round trip through restore()', () => {
    const store = new DesignStore(candle());
    store.transact('Approve order', (tx) => tx.setApproval('3000000001', approved));
    store.transact('Request changes', (tx) => tx.setApproval('3000000002', changes));
    const reopened = restore(JSON.parse(JSON.stringify(store.design)));
    expect(reopened.ok && reopened.value.repairs).toEqual([]);
    expect(reopened.ok && reopened.value.design.approvals).toEqual({ '3000000001': approved, '3000000002': changes });

    // Undo on the reopened design's store goes nowhere: history starts with the file.
    const again = new DesignStore(reopened.ok ? reopened.value.design : candle());
    expect(again.undo()).toBe(false);
    again.transact('Clear approval', (tx) => tx.setApproval('3000000002', null));
    again.undo();
    expect(again.design.approvals).toEqual({ '3000000001': approved, '3000000002': changes });
  });
});
