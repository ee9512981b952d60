import type { Editor } from './editor';
import { updateObject } from './objectEdits';
import { applyLayoutEdit } from './transact';

/**
 * Moves one object to `index` in its surface's paint order (0 = back). `label` names the step: the
 * Layers panel's buttons say "Bring forward" / "Send backward", a drag says "Move layer".
 */
export function moveLayer(editor: Editor, id: string, index: number, label: string): void {
  const { surface } = editor.getState();
  const from = surface.objectIds.indexOf(id);
  const to = Math.max(0, Math.min(surface.objectIds.length - 1, index));
  if (from < 0 || from === to) return;
  const objectIds = surface.objectIds.filter((o) => o !== id);
  objectIds.splice(to, 0, id);
  applyLayoutEdit(editor, label, (tx) => tx.update('surface', surface.id, { objectIds }));
}

/** One step towards the front (+1) or the back (−1). */
export function stepLayer(editor: Editor, id: string, direction: 1 | -1): void {
  const index = editor.getState().surface.objectIds.indexOf(id);
  moveLayer(editor, id, index + direction, direction > 0 ? 'Bring forward' : 'Send backward');
}

export function renameObject(editor: Editor, id: string, name: string): void {
  const trimmed = name.trim();
  const current = editor.getState().design.objects.find((o) => o.id === id);
  if (!current || trimmed === current.name) return;
  if (trimmed === '') return editor.report('error', 'A layer needs a name. The name was not changed.');
  updateObject(editor, id, { name: trimmed }, 'Rename layer');
}

export function setLocked(editor: Editor, id: string, locked: boolean): void {
  updateObject(editor, id, { locked }, locked ? 'Lock' : 'Unlock');
}

export function setHidden(editor: Editor, id: string, hidden: boolean): void {
  updateObject(editor, id, { hidden }, hidden ? 'Hide' : 'Show');
}
