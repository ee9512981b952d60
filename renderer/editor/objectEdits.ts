import { newId, type BarcodeObject, type DesignObject, type ImageObject, type ShapeObject, type TextObject } from '../../shared/model';
import type { Editor } from './editor';
import { addObjects, round, unlocked } from './edits';
import { regroupCopies } from './groupEdits';
import { applyLayoutEdit } from './transact';

type Editable<T> = Partial<Omit<T, 'id' | 'type' | 'surfaceId'>>;
/** What the Properties and Layers panels may change on an object of one type. */
export type ObjectPatch = Editable<TextObject> | Editable<ShapeObject> | Editable<ImageObject> | Editable<BarcodeObject>;

/** One property change of one object, as one undo step. `mergeKey` merges a run of typing into one step. */
export function updateObject(editor: Editor, id: string, patch: ObjectPatch, label: string, mergeKey?: string): boolean {
  return applyLayoutEdit(editor, label, (tx) => tx.update('object', id, patch as Partial<DesignObject>), mergeKey);
}

/** How far copies land from their originals, so they are visibly new: 1/8 in. */
export const COPY_OFFSET = 9;

/** Moves the selection by (dx, dy) points. Held arrow keys merge into one step until the key is released. */
export function nudge(editor: Editor, dx: number, dy: number): void {
  const { selection, design } = editor.getState();
  if (selection.length === 0 || !unlocked(editor, selection)) return;
  applyLayoutEdit(
    editor,
    'Nudge',
    (tx) => {
      for (const o of design.objects) if (selection.includes(o.id)) tx.update('object', o.id, { x: round(o.x + dx), y: round(o.y + dy) });
    },
    `nudge:${selection.join(',')}`,
  );
}

/** Fresh copies of records for the current surface, offset so they do not hide their originals. */
export function copiesOf(records: readonly DesignObject[], surfaceId: string, offset: number): DesignObject[] {
  return regroupCopies(records.map((o) => ({ ...o, id: newId('o'), surfaceId, x: round(o.x + offset), y: round(o.y + offset) })));
}

/** The selected records in paint order, back to front, so copies stack as the originals do. */
export function selectedRecords(editor: Editor): DesignObject[] {
  const { selection, design, surface } = editor.getState();
  return surface.objectIds.filter((id) => selection.includes(id)).flatMap((id) => design.objects.filter((o) => o.id === id));
}

export function duplicate(editor: Editor): void {
  const records = selectedRecords(editor);
  if (records.length === 0) return;
  addObjects(editor, 'Duplicate', copiesOf(records, editor.getState().surface.id, COPY_OFFSET));
}
