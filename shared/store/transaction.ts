import type { Approval, Design, DesignObject, DocumentMeta, Field, Swatch } from '../model';
import {
  applyChange,
  collectionLength,
  findIndex,
  getRecord,
  type CollectionKind,
  type Collections,
  type RecordChange,
} from './diff';

/** The only way to change a design: every edit is recorded as a reversible RecordChange. */
export class Transaction {
  readonly changes: RecordChange[] = [];
  constructor(private current: Design) {}

  get design(): Design {
    return this.current;
  }

  get<K extends CollectionKind>(kind: K, id: string): Collections[K] | undefined {
    return getRecord(this.current, kind, id);
  }

  setDocument(patch: Partial<DocumentMeta>): void {
    this.record({ kind: 'document', before: this.current.document, after: { ...this.current.document, ...patch } });
  }

  setFields(fields: Field[]): void {
    this.record({ kind: 'fields', before: this.current.fields, after: fields });
  }

  setSwatches(swatches: Swatch[]): void {
    this.record({ kind: 'swatches', before: this.current.swatches, after: swatches });
  }

  /** Records an order's proof answer, or forgets it (null). */
  setApproval(orderId: string, approval: Approval | null): void {
    const before = this.current.approvals?.[orderId] ?? null;
    if (before === null && approval === null) return;
    this.record({ kind: 'approval', orderId, before, after: approval });
  }

  insert<K extends CollectionKind>(kind: K, rec: Collections[K], index = collectionLength(this.current, kind)): void {
    if (findIndex(this.current, kind, rec.id) >= 0) throw new Error(`${kind} ${rec.id} already exists`);
    this.record({ kind, id: rec.id, index, before: null, after: rec } as RecordChange);
  }

  update<K extends CollectionKind>(kind: K, id: string, patch: Partial<Collections[K]>): void {
    const index = findIndex(this.current, kind, id);
    const before = getRecord(this.current, kind, id);
    if (!before) throw new Error(`${kind} ${id} does not exist`);
    this.record({ kind, id, index, before, after: { ...before, ...patch, id } } as RecordChange);
  }

  remove(kind: CollectionKind, id: string): void {
    const index = findIndex(this.current, kind, id);
    const before = getRecord(this.current, kind, id);
    if (!before) throw new Error(`${kind} ${id} does not exist`);
    this.record({ kind, id, index, before, after: null } as RecordChange);
  }

  /** Adds an object on top of its surface's paint order (or at `order`). */
  addObject(obj: DesignObject, order?: number): void {
    const surface = this.get('surface', obj.surfaceId);
    if (!surface) throw new Error(`surface ${obj.surfaceId} does not exist`);
    this.insert('object', obj);
    const objectIds = [...surface.objectIds];
    objectIds.splice(order ?? objectIds.length, 0, obj.id);
    this.update('surface', surface.id, { objectIds });
  }

  removeObject(id: string): void {
    const obj = this.get('object', id);
    if (!obj) throw new Error(`object ${id} does not exist`);
    const surface = this.get('surface', obj.surfaceId);
    if (surface) this.update('surface', surface.id, { objectIds: surface.objectIds.filter((o) => o !== id) });
    this.remove('object', id);
  }

  private record(change: RecordChange): void {
    this.current = applyChange(this.current, change);
    this.changes.push(change);
  }
}
