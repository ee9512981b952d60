import type { MenuCommand } from '../../shared/ipc/channels';
import type { Commands } from '../editor/commands';
import type { Editor } from '../editor/editor';
import { isTextEntry } from './textEntry';

/**
 * Menu commands from main. Edit › Undo fires through the native menu even while the user types in a
 * field (the page lets the key through there), so it must undo the typing, not the design.
 */
export function routeMenuCommand(commands: Commands, command: MenuCommand): void {
  if ((command === 'undo' || command === 'redo') && isTextEntry(document.activeElement)) {
    // execCommand is the only way to reach a field's native undo stack.
    document.execCommand(command);
    return;
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
