import type { MenuCommand } from '../../shared/ipc/channels';
import type { Commands } from '../editor/commands';
import type { Editor } from '../editor/editor';
import { isTextEntry } from './textEntry';

/** Edit commands main has already performed on a focused field's text (menu-template.ts): there, that is all. */
const DONE_BY_MAIN: ReadonlySet<MenuCommand> = new Set(['cut', 'copy', 'paste', 'delete', 'selectNone']);

/**
 * Menu commands from main. The Edit menu fires even while the user types in a field (the page lets the
 * keys through there), so it must edit the typing, not the design.
 */
export function routeMenuCommand(commands: Commands, command: MenuCommand): void {
  if (isTextEntry(document.activeElement)) {
    if (DONE_BY_MAIN.has(command)) return;
    if (command === 'undo' || command === 'redo') {
      // execCommand is the only way to reach a field's native undo stack.
      document.execCommand(command);
      return;
    }
  }
  commands.run(command);
}

/**
 * Closing the window (or quitting) with unsaved changes must ask first. The page can only raise the
 * question; Electron's main answers it with a native dialog ('will-prevent-unload').
 */
export function guardUnsavedChanges(editor: Editor): void {
  window.addEventListener('beforeunload', (event) => {
    if (!editor.store.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });
}
