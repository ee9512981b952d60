import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AssetCache } from '../../../main/services/asset-cache';
import { openProjectFile, saveProjectFile } from '../../../main/services/project-file';
import { restore, type Approval } from '../../../shared/model';
import { approvalOf, findOrderColumn, isApproved, withApproval } from '../../../shared/preflight';
import { importFixture } from '../merge/fixtures';
import { nameLabel } from './designs';

const DIR = mkdtempSync(join(tmpdir(), 'namesake-approvals-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const approved: Approval = { status: 'approved', note: '', at: '2026-03-15T09:30:00.000Z' };
const changes: Approval = { status: 'changes-requested', note: 'Please make “Ann” bigger', at: '2026-03-15T10:05:00+01:00' };

describe('order ids in the data', () => {
  it.each([
    ['etsy-order-items-us.csv', 'Order ID'],
    ['etsy-order-items-uk.csv', 'Order ID'],
    ['shopify-orders.csv', 'Name'],
    ['amazon-orders.txt', 'order-id'],
  ])('%s: %s', (fixture, column) => {
    const table = importFixture(fixture);
    expect(findOrderColumn(table.columns, table.platform.id)).toBe(column);
  });

  it('finds a column named like an order id in a plain file, and none when there is none', () => {
    expect(findOrderColumn(['Customer', 'Order Number', 'Text'])).toBe('Order Number');
    expect(findOrderColumn(['Customer', 'Text'])).toBeNull();
  });
});

describe('approvals', () => {
  it('records, replaces and forgets an order’s answer without changing the design it was given', () => {
    const design = nameLabel();
    const one = withApproval(design, '1001', approved);
    const two = withApproval(one, '1002', changes);
    expect(design.approvals).toBeUndefined();
    expect(isApproved(two, '1001')).toBe(true);
    expect(isApproved(two, '1002')).toBe(false);
    expect(isApproved(two, '1003')).toBe(false);
    expect(approvalOf(two, '1002')).toEqual(changes);
    expect(withApproval(two, '1001', null).approvals).toEqual({ '1002': changes });
  });

  it('restore() reads designs without approvals and keeps readable ones', () => {
    const plain = restore(JSON.parse(JSON.stringify(nameLabel())));
    expect(plain.ok && plain.value.design.approvals).toBeUndefined();
    expect(plain.ok && plain.value.repairs).toEqual([]);
    const withSome = restore(JSON.parse(JSON.stringify(withApproval(nameLabel(), '1001', approved))));
    expect(withSome.ok && withSome.value.design.approvals).toEqual({ '1001': approved });
  });

  it('restore() drops unreadable answers, not the design, and says so', () => {
    const doc = { ...JSON.parse(JSON.stringify(nameLabel())), approvals: { '1001': approved, '1002': { status: 'maybe', note: '', at: 'yesterday' }, '': approved } };
    const restored = restore(doc);
    if (!restored.ok) expect.fail(restored.error.message);
    expect(restored.value.design.approvals).toEqual({ '1001': approved });
    expect(restored.value.repairs).toEqual(['dropped 2 unreadable proof approval(s)']);
    const garbage = restore({ ...doc, approvals: 'yes' });
    expect(garbage.ok && garbage.value.design.approvals).toEqual({});
  });

  it('survives saving and reopening the project file', async () => {
    const path = join(DIR, 'approved.namesake');
    const design = withApproval(withApproval(nameLabel(), '3000000001', approved), '3000000002', changes);
    await saveProjectFile(path, design, new AssetCache());
    const reopened = await openProjectFile(path, new AssetCache());
    expect(reopened.repairs).toEqual([]);
    expect(reopened.design.approvals).toEqual({ '3000000001': approved, '3000000002': changes });
    expect(reopened.design).toEqual(design);
  });
});
