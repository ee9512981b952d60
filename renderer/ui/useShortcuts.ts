import { useEffect } from 'react';
import type { Commands } from '../editor/commands';
import type { Editor } from '../editor/editor';
import { commandForKey } from '../editor/keymap';
import { beginTextEdit } from '../editor/textEditing';
import { CANVAS_ID } from './CanvasHost';
import { isTextEntry } from './textEntry';

/** Keys that move the keyboard's focus between the canvas and the panels, outside any dialog. */
function focusKey(e: KeyboardEvent, editor: Editor): boolean {
  const target = e.target as HTMLElement | null;
  if (target?.closest('dialog')) return false;
  // Escape in a panel field returns to the canvas (a second Escape there clears the selection).
  if (e.key === 'Escape' && isTextEntry(target)) {
    document.getElementById(CANVAS_ID)?.focus();
    return true;
  }
  // Enter on the canvas (or with nothing focused) and one text selected edits it in place.
  if (e.key === 'Enter' && (target === document.body || target?.id === CANVAS_ID)) {
    const { selection } = editor.getState();
    return selection.length === 1 && beginTextEdit(editor, selection[0]!);
  }
  return false;
}

export function useShortcuts(editor: Editor, commands: Commands, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      if (focusKey(e, editor)) return e.preventDefault();
      if (isTextEntry(e.target)) return;
      const command = commandForKey(e);
      if (command && commands.run(command)) e.preventDefault();
    };
    // Releasing a key ends a run of merged steps: a held arrow is one "Nudge", two presses are two.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key.startsWith('Arrow') && !isTextEntry(e.target)) commands.endGesture();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [editor, commands, enabled]);
}
