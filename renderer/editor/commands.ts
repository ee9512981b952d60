import type { MenuCommand } from '../../shared/ipc/channels';
import type { Client } from '../../shared/ipc/client';
import type { NewDesignSpec } from '../../shared/model';
import type { Editor } from './editor';
import { addShape, addText, deleteSelection, redo, undo } from './edits';
import { fileActions } from './files';

/** Everything a button, a shortcut or the native menu can ask for. */
export type EditorCommand = MenuCommand | 'addRect' | 'addEllipse' | 'addText' | 'delete';

export interface Commands {
  run(command: EditorCommand): void;
  /** The New-design dialog's answer. */
  create(spec: NewDesignSpec): void;
}

const ZOOM_STEP = 1.25;

/** One path for every source of commands, so the toolbar, the keyboard and the menu cannot drift apart. */
export function createCommands(editor: Editor, client: Client): Commands {
  const files = fileActions(editor, client);
  const table: Record<Exclude<EditorCommand, `openRecent:${string}`>, () => void> = {
    new: () => void files.requestNew(),
    open: () => void files.open(),
    save: () => void files.save(),
    saveAs: () => void files.saveAs(),
    undo: () => undo(editor),
    redo: () => redo(editor),
    zoomIn: () => editor.zoomBy(ZOOM_STEP),
    zoomOut: () => editor.zoomBy(1 / ZOOM_STEP),
    zoomFit: () => editor.zoomToFit(),
    addRect: () => addShape(editor, 'rect'),
    addEllipse: () => addShape(editor, 'ellipse'),
    addText: () => addText(editor),
    delete: () => deleteSelection(editor),
  };
  return {
    run(command) {
      // A modal question or dialog owns the screen: a command arriving meanwhile (a menu click) is dropped.
      const { dialog, question } = editor.getState();
      if (dialog || question) return;
      if (command.startsWith('openRecent:')) void files.openRecent(command.slice('openRecent:'.length));
      else table[command as keyof typeof table]();
    },
    create: files.create,
  };
}
