import type { DataRow, DataSummary } from '../../shared/ipc/features/data.contract';
import type { ProofRecord } from '../../shared/ipc/features/proofs.contract';
import type { Approval, Design } from '../../shared/model';
import { findOrderColumn, isApproved } from '../../shared/preflight';
import type { Editor } from './editor';
import type { ShownRecord } from './recordsMapping';
import { applyEdit } from './transact';

/**
 * Customers' answers to proofs, per order id, as edits of the design: each is one undo step, and they are
 * saved with it. They are allowed in personalize mode, where shop staff work on a locked template.
 */

export function approveOrder(editor: Editor, orderId: string, now = new Date()): boolean {
  return answer(editor, 'Approve order', orderId, { status: 'approved', note: '', at: now.toISOString() });
}

/** What the customer asked for goes with the answer (“make the name bigger”). */
export function requestChanges(editor: Editor, orderId: string, note: string, now = new Date()): boolean {
  return answer(editor, 'Request changes', orderId, { status: 'changes-requested', note: note.trim(), at: now.toISOString() });
}

export function clearApproval(editor: Editor, orderId: string): boolean {
  if (!editor.store.design.approvals?.[orderId]) return false;
  return applyEdit(editor, 'Clear approval', (tx) => tx.setApproval(orderId, null));
}

/** The same answer again (a second click on Approve) is no new step. */
function answer(editor: Editor, label: string, orderId: string, approval: Approval): boolean {
  const before = editor.store.design.approvals?.[orderId];
  if (before?.status === approval.status && before.note === approval.note) return false;
  return applyEdit(editor, label, (tx) => tx.setApproval(orderId, approval));
}

/**
 * The order column for an import: the user's choice while the file has it, else the platform's own
 * (Etsy `Order ID`, Shopify `Name`, Amazon `order-id`) or one named like an order id; null when none is.
 */
export function chooseOrderColumn(chosen: string | null, data: Pick<DataSummary, 'columns' | 'platform'>): string | null {
  if (chosen !== null && data.columns.includes(chosen)) return chosen;
  return findOrderColumn(data.columns, data.platform.id);
}

/** Each record's order id from its row's cell in the order column ('' when there is none), index-aligned with `records`. */
export function orderIdsOf(records: readonly ShownRecord[], rows: readonly DataRow[], columns: readonly string[], column: string | null): string[] {
  const index = column === null ? -1 : columns.indexOf(column);
  if (index < 0) return records.map(() => '');
  const cells = new Map(rows.map((r) => [r.row, r.cells] as const));
  return records.map((r) => (cells.get(r.row)?.[index] ?? '').trim());
}

/** The ticked records, else all of them, as proofs take them: values as shown, with their order ids. */
export function proofRecords({ records, orders, checked }: { records: readonly ShownRecord[]; orders: readonly string[]; checked: ReadonlySet<string> }): ProofRecord[] {
  const out: ProofRecord[] = [];
  records.forEach((r, i) => {
    if (checked.size === 0 || checked.has(r.key)) out.push({ orderId: orders[i] ?? '', row: r.row, part: r.part, values: r.values, copies: r.copies });
  });
  return out;
}

/** What a Proofs request covers: orders (a record without an order id is one of its own, as main counts them) and records. */
export function proofCounts(records: readonly ProofRecord[]): { orders: number; records: number; withoutId: number } {
  const orders = new Set(records.map((r) => r.orderId || `row ${r.row}`));
  return { orders: orders.size, records: records.length, withoutId: records.filter((r) => r.orderId === '').length };
}

/**
 * An export's records (the panel's ticked or all) limited to orders whose proof was approved, with their
 * labels counted again; `orders` are the session's order ids, index-aligned with its `records`.
 */
export function approvedRecords<P extends { records: readonly ShownRecord[]; labels: number }>(
  panel: P,
  session: { records: readonly ShownRecord[]; orders: readonly string[] },
  design: Design,
): P & { orders: { approved: number; of: number } } {
  const orderOf = new Map(session.records.map((r, i) => [r, session.orders[i] ?? ''] as const));
  const order = (r: ShownRecord) => orderOf.get(r) || `row ${r.row}`;
  const records = panel.records.filter((r) => isApproved(design, orderOf.get(r) ?? ''));
  const orders = { approved: new Set(records.map(order)).size, of: new Set(panel.records.map(order)).size };
  return { ...panel, records, labels: records.reduce((n, r) => n + r.copies, 0), orders };
}

/** Designs that differ at most in their approvals print the same: records need no new checks. */
export function samePrint(a: Design, b: Design): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Design)[]);
  return [...keys].every((k) => k === 'approvals' || a[k] === b[k]);
}
