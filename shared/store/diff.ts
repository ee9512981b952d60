import type { Approval, AssetRef, Design, DesignObject, DocumentMeta, Field, Surface, Swatch } from '../model';

/** The collections of a design whose records are addressed by id. */
export interface Collections {
  surface: Surface;
  object: DesignObject;
  asset: AssetRef;
}
export type CollectionKind = keyof Collections;

const arrayOf = { surface: 'surfaces', object: 'objects', asset: 'assets' } as const;

/**
 * One reversible change to one record. `index` is the record's position in its array, so undoing a
 * removal puts it back where it was.
 */
export type RecordChange =
  | { kind: 'document'; before: DocumentMeta; after: DocumentMeta }
  /** Fields and swatches are short lists without ids: a change replaces the whole list. */
  | { kind: 'fields'; before: Field[]; after: Field[] }
  | { kind: 'swatches'; before: Swatch[]; after: Swatch[] }
  /** A customer's answer to an order's proof; null: none recorded. */
  | { kind: 'approval'; orderId: string; before: Approval | null; after: Approval | null }
  | {
      [K in CollectionKind]: { kind: K; id: string; index: number; before: Collections[K] | null; after: Collections[K] | null };
    }[CollectionKind];

export function invert(change: RecordChange): RecordChange {
  return { ...change, before: change.after, after: change.before } as RecordChange;
}

export function applyChange(design: Design, change: RecordChange): Design {
  if (change.kind === 'document') return { ...design, document: change.after };
  if (change.kind === 'fields') return { ...design, fields: change.after };
  if (change.kind === 'swatches') return { ...design, swatches: change.after };
  if (change.kind === 'approval') return withApproval(design, change.orderId, change.after);
  const key = arrayOf[change.kind];
  const list = [...(design[key] as Array<{ id: string }>)];
  if (change.before === null && change.after !== null) list.splice(change.index, 0, change.after);
  else if (change.after === null) list.splice(change.index, 1);
  else list[change.index] = change.after;
  return { ...design, [key]: list };
}

/** The design with one order's answer set or forgotten; the last one forgotten removes the key, as before the first. */
function withApproval(design: Design, orderId: string, approval: Approval | null): Design {
  const { [orderId]: _forgotten, ...others } = design.approvals ?? {};
  const approvals = approval ? { ...design.approvals, [orderId]: approval } : others;
  if (Object.keys(approvals).length > 0) return { ...design, approvals };
  const { approvals: _none, ...rest } = design;
  return rest;
}

export function applyAll(design: Design, changes: readonly RecordChange[]): Design {
  return changes.reduce(applyChange, design);
}

export function invertAll(changes: readonly RecordChange[]): RecordChange[] {
  return [...changes].reverse().map(invert);
}

export function findIndex(design: Design, kind: CollectionKind, id: string): number {
  return (design[arrayOf[kind]] as Array<{ id: string }>).findIndex((r) => r.id === id);
}

export function getRecord<K extends CollectionKind>(design: Design, kind: K, id: string): Collections[K] | undefined {
  return (design[arrayOf[kind]] as Array<Collections[K]>).find((r) => r.id === id);
}

export function collectionLength(design: Design, kind: CollectionKind): number {
  return design[arrayOf[kind]].length;
}
