import { err, ok, type AppError, type Result } from '../result';
import { Approval, Design, OrderId, SCHEMA_VERSION } from './schema';

export interface RestoreError extends AppError {
  code: 'not-a-design' | 'newer-version' | 'invalid-design';
}

export interface Restored {
  design: Design;
  /** What restore() changed, in words a user can read ("removed 2 objects on a missing surface"). */
  repairs: string[];
}

/** One step per old version: migrations[n] turns a version-n document into version n+1. */
const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/** Every load goes through here: validate, migrate older versions, repair what is safe to repair. */
export function restore(input: unknown): Result<Restored, RestoreError> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err({ code: 'not-a-design', message: 'This file does not contain a Namesake design.' });
  }
  let doc = input as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err({ code: 'not-a-design', message: 'This file does not contain a Namesake design (no format version).' });
  }
  if (version > SCHEMA_VERSION) {
    return err({
      code: 'newer-version',
      message: `This design was saved by a newer Namesake (format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Namesake to open it; the file was not changed.`,
    });
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) return err({ code: 'invalid-design', message: `No migration from format ${v}.` });
    doc = step(doc);
  }
  const repairs: string[] = [];
  const parsed = Design.safeParse(repairShape(doc, repairs));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return err({
      code: 'invalid-design',
      message: `The design is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid data'}.`,
    });
  }
  return ok({ design: repairLinks(parsed.data, repairs), repairs });
}

/** Fills fields added with defaults so that a design missing an optional flag still loads. */
function repairShape(doc: Record<string, unknown>, repairs: string[]): Record<string, unknown> {
  for (const list of ['assets', 'fields', 'swatches'] as const) {
    if (Array.isArray(doc[list])) continue;
    if (doc[list] !== undefined) repairs.push(`reset an unreadable ${list === 'assets' ? 'asset' : list.slice(0, -1)} list`);
    doc = { ...doc, [list]: [] };
  }
  if (doc.approvals !== undefined) doc = { ...doc, approvals: readableApprovals(doc.approvals, repairs) };
  if (typeof doc.document === 'object' && doc.document !== null) {
    doc = { ...doc, document: { layoutLocked: false, ...(doc.document as object) } };
  }
  if (Array.isArray(doc.objects)) {
    const objects = doc.objects.map((o) =>
      typeof o === 'object' && o !== null
        ? { locked: false, hidden: false, opacity: 1, rotation: 0, ...(o as object) }
        : o,
    );
    doc = { ...doc, objects };
  }
  return doc;
}

/** A proof answer that cannot be read is dropped (its order shows as not answered yet) rather than refusing the design. */
function readableApprovals(value: unknown, repairs: string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    repairs.push('dropped an unreadable list of proof approvals');
    return {};
  }
  const kept = Object.entries(value).filter(([order, answer]) => OrderId.safeParse(order).success && Approval.safeParse(answer).success);
  const dropped = Object.keys(value).length - kept.length;
  if (dropped > 0) repairs.push(`dropped ${dropped} unreadable proof approval(s)`);
  return Object.fromEntries(kept);
}

/** Keeps surfaces' paint order and objects consistent: no dangling, duplicate or orphaned ids. */
function repairLinks(design: Design, repairs: string[]): Design {
  const surfaceIds = new Set(design.surfaces.map((s) => s.id));
  const seen = new Set<string>();
  const objects = design.objects.filter((o) => {
    if (seen.has(o.id) || !surfaceIds.has(o.surfaceId)) return false;
    seen.add(o.id);
    return true;
  });
  const dropped = design.objects.length - objects.length;
  if (dropped > 0) repairs.push(`removed ${dropped} object(s) with a duplicate id or a missing surface`);
  const bySurface = new Map<string, string[]>();
  for (const o of objects) bySurface.set(o.surfaceId, [...(bySurface.get(o.surfaceId) ?? []), o.id]);
  const surfaces = design.surfaces.map((s) => {
    const mine = new Set(bySurface.get(s.id) ?? []);
    const ordered = [...new Set(s.objectIds)].filter((id) => mine.has(id));
    const missing = [...mine].filter((id) => !ordered.includes(id));
    if (ordered.length !== s.objectIds.length || missing.length > 0) {
      repairs.push(`fixed the layer order of surface "${s.name}"`);
    }
    return { ...s, objectIds: [...ordered, ...missing] };
  });
  return { ...design, objects, surfaces };
}
