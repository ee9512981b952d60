import type { PlatformId } from '../merge';
import { candidateKeys } from '../merge/mapping/synonyms';
import { nameKey } from '../merge/names';
import type { Approval, Design } from '../model';

/** Platforms whose order id sits in a column no synonym would guess: Shopify's order number is `Name`. */
const PLATFORM_ORDER_COLUMN: Partial<Record<PlatformId, string>> = { shopify: 'Name' };

/**
 * The column holding each row's order id: the platform's own (Shopify `Name`), else one named like an
 * order id (`Order ID`, `order-id`, `Order Number`…). Null when the data has none.
 */
export function findOrderColumn(columns: readonly string[], platform?: PlatformId): string | null {
  const known = platform && PLATFORM_ORDER_COLUMN[platform];
  if (known && columns.includes(known)) return known;
  const byKey = new Map(columns.map((c) => [nameKey(c), c] as const));
  for (const key of candidateKeys(['order id', 'order-id'])) {
    const column = byKey.get(key);
    if (column !== undefined) return column;
  }
  return null;
}

export function approvalOf(design: Design, orderId: string): Approval | undefined {
  return design.approvals?.[orderId];
}

export function isApproved(design: Design, orderId: string): boolean {
  return approvalOf(design, orderId)?.status === 'approved';
}

/** The design with an order's answer recorded (or forgotten, given null); the design itself is not changed. */
export function withApproval(design: Design, orderId: string, approval: Approval | null): Design {
  const approvals = { ...design.approvals };
  if (approval) approvals[orderId] = approval;
  else delete approvals[orderId];
  return { ...design, approvals };
}
