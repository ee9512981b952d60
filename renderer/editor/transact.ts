import type { Transaction } from '../../shared/store';
import type { Editor } from './editor';

type EditFn = (tx: Transaction) => void;

const LAYOUT_LOCKED_MESSAGE =
  'The layout is locked: in personalize mode only field values can change. Unlock the layout to edit the design.';

/** Runs one labelled transaction; a refusal becomes a status message. Returns whether it applied. */
export function applyEdit(editor: Editor, label: string, fn: EditFn, mergeKey?: string): boolean {
  const result = editor.store.transact(label, fn, mergeKey === undefined ? {} : { mergeKey });
  if (!result.ok) editor.report('error', result.error.message);
  return result.ok;
}

/** Every change to objects, fields and swatches: refused while the layout is locked (personalize mode). */
export function applyLayoutEdit(editor: Editor, label: string, fn: EditFn, mergeKey?: string): boolean {
  if (editor.store.design.document.layoutLocked) {
    editor.report('error', LAYOUT_LOCKED_MESSAGE);
    return false;
  }
  return applyEdit(editor, label, fn, mergeKey);
}
