import type { Editor } from './editor';
import { unlocked } from './edits';
import { updateObject } from './objectEdits';

/** The step typing makes; the Properties panel's Text field uses the same label and key, so both read alike. */
export const EDIT_TEXT_LABEL = 'Edit text';
export const editTextKey = (id: string) => `text:${id}`;

const LAYOUT_LOCKED =
  'The layout is locked: change field values in the Values panel, or switch to Template mode to edit the text itself.';

/**
 * Opens the overlay editor on a text object, with `range` selected (default: all of it, so typing replaces
 * it). Refused, with a message, for a locked object or a locked layout. Returns whether it opened.
 */
export function beginTextEdit(editor: Editor, id: string, range?: { start: number; end: number }): boolean {
  const { design } = editor.getState();
  const record = design.objects.find((o) => o.id === id);
  if (record?.type !== 'text') return false;
  if (design.document.layoutLocked) {
    editor.report('error', LAYOUT_LOCKED);
    return false;
  }
  if (!unlocked(editor, [id])) return false;
  // Whatever was typed before (in the panel, an earlier session) stays its own undo step.
  editor.store.closeGesture();
  editor.select([id]);
  editor.setTextEditing({ id, ...(range ?? { start: 0, end: record.text.length }) });
  return true;
}

/** One keystroke (or IME composition update): the model takes the whole text; a session's typing merges into one step. */
export function typeText(editor: Editor, text: string, selection: { start: number; end: number }): void {
  const session = editor.getState().editing;
  if (!session) return;
  updateObject(editor, session.id, { text }, EDIT_TEXT_LABEL, editTextKey(session.id));
  moveTextSelection(editor, selection);
}

export function moveTextSelection(editor: Editor, { start, end }: { start: number; end: number }): void {
  const session = editor.getState().editing;
  if (!session || (session.start === start && session.end === end)) return;
  editor.setTextEditing({ id: session.id, start, end });
}

/** Esc or a click elsewhere: the typing step is complete. */
export function endTextEdit(editor: Editor): void {
  if (!editor.getState().editing) return;
  editor.store.closeGesture();
  editor.setTextEditing(null);
}
