import type { DocumentMeta } from '../../shared/model';
import type { Editor } from './editor';
import { applyEdit, applyLayoutEdit } from './transact';

/**
 * Template mode ↔ personalize mode. The lock is part of the design (a maker saves a locked template
 * for shop staff), so switching is an undoable edit like any other.
 */
export function setLayoutLocked(editor: Editor, layoutLocked: boolean): void {
  if (editor.store.design.document.layoutLocked === layoutLocked) return;
  applyEdit(editor, layoutLocked ? 'Lock layout' : 'Unlock layout', (tx) => tx.setDocument({ layoutLocked }));
}

export function setUnit(editor: Editor, unit: DocumentMeta['unit']): void {
  if (editor.store.design.document.unit === unit) return;
  applyLayoutEdit(editor, 'Change unit', (tx) => tx.setDocument({ unit }));
}
