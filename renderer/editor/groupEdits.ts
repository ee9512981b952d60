import { newId, type Design, type DesignObject, type Surface } from '../../shared/model';
import type { Editor } from './editor';
import { unlocked } from './edits';
import { applyLayoutEdit } from './transact';

/**
 * Groups are objects sharing a `groupId` (no nesting): picking one member on the canvas picks the group,
 * so it moves, copies and deletes as one, while the Layers panel can still pick a single member to edit it.
 */

/** `ids` plus every other member of their groups, in paint order (back to front). */
export function withGroupMates(design: Design, surface: Surface, ids: readonly string[]): string[] {
  const groups = new Set(design.objects.flatMap((o) => (ids.includes(o.id) && o.groupId ? [o.groupId] : [])));
  if (groups.size === 0) return [...ids];
  const members = new Set(design.objects.flatMap((o) => (o.groupId && groups.has(o.groupId) ? [o.id] : [])));
  const wanted = new Set([...ids, ...members]);
  return surface.objectIds.filter((id) => wanted.has(id));
}

/**
 * Groups the selection (and the groups it touches) into one new group. The members come together in the
 * paint order just under the front-most of them, keeping their order, so the group stacks as one layer.
 */
export function groupSelection(editor: Editor): void {
  const { design, surface, selection } = editor.getState();
  const ids = withGroupMates(design, surface, selection);
  if (ids.length < 2) return editor.report('info', 'Select two or more objects to group them.');
  if (!unlocked(editor, ids)) return;
  const members = new Set(ids);
  const front = Math.max(...ids.map((id) => surface.objectIds.indexOf(id)));
  const others = surface.objectIds.filter((id) => !members.has(id));
  const behind = surface.objectIds.slice(0, front + 1).filter((id) => !members.has(id)).length;
  const objectIds = [...others.slice(0, behind), ...ids, ...others.slice(behind)];
  const groupId = newId('g');
  const applied = applyLayoutEdit(editor, 'Group', (tx) => {
    for (const id of ids) tx.update('object', id, { groupId });
    if (objectIds.some((id, i) => id !== surface.objectIds[i])) tx.update('surface', surface.id, { objectIds });
  });
  if (applied) editor.select(ids);
}

/** Dissolves every group the selection touches; the objects stay where they are, selected. */
export function ungroupSelection(editor: Editor): void {
  const { design, selection } = editor.getState();
  const groups = new Set(design.objects.flatMap((o) => (selection.includes(o.id) && o.groupId ? [o.groupId] : [])));
  if (groups.size === 0) return editor.report('info', 'Nothing to ungroup: select a group first.');
  const members = design.objects.filter((o) => o.groupId && groups.has(o.groupId));
  if (!unlocked(editor, members.map((o) => o.id))) return;
  const applied = applyLayoutEdit(editor, 'Ungroup', (tx) => members.forEach((o) => tx.update('object', o.id, { groupId: undefined })));
  if (applied) editor.select(members.map((o) => o.id));
}

/**
 * Copies of grouped objects form new groups of their own, never joining the originals'. A member copied
 * without any of its mates is no group at all.
 */
export function regroupCopies(copies: readonly DesignObject[]): DesignObject[] {
  const count = new Map<string, number>();
  for (const o of copies) if (o.groupId) count.set(o.groupId, (count.get(o.groupId) ?? 0) + 1);
  const fresh = new Map([...count].filter(([, n]) => n > 1).map(([id]) => [id, newId('g')]));
  return copies.map((o) => (o.groupId === undefined ? o : { ...o, groupId: fresh.get(o.groupId) }));
}
