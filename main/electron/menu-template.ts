import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { FileHandle } from '../../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Adds reload and DevTools, which the packaged app does not offer. */
  dev: boolean;
  recent: readonly FileHandle[];
  send(command: MenuCommand): void;
  /** The window's own text editing (webContents.cut() …), for a text field that has the focus. */
  editText(action: TextEdit): void;
}

/** What Edit › Cut, Copy, Paste, Delete and Select None do to the text of a focused field. */
export type TextEdit = 'cut' | 'copy' | 'paste' | 'delete' | 'unselect';

/**
 * The native menu as a plain template (type-only electron import, so it is unit-tested under Node).
 * App commands are not performed here: they are sent to the renderer, which owns the document and
 * history, exactly as the test host sends them. Cut, Copy, Paste, Delete and Select None act twice: on the
 * text of a focused field (only main can paste there: the page may not read the clipboard) and as the app's
 * command, which the renderer drops while a text field has the focus (windowGuards.ts).
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.send(cmd),
  });
  const edit = (label: string, cmd: MenuCommand, action: TextEdit, accelerator?: string): MenuItemConstructorOptions => ({
    ...command(label, cmd, accelerator),
    click: () => {
      options.editText(action);
      options.send(cmd);
    },
  });
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const file: MenuItemConstructorOptions[] = [
    command('New', 'new', 'CmdOrCtrl+N'),
    command('Open…', 'open', 'CmdOrCtrl+O'),
    { label: 'Open Recent', submenu: recentItems(options.recent, options.send) },
    sep,
    command('Save', 'save', 'CmdOrCtrl+S'),
    command('Save As…', 'saveAs', 'Shift+CmdOrCtrl+S'),
    sep,
    command('Import Data…', 'importData'),
    command('Export PDF…', 'export', 'CmdOrCtrl+E'),
    ...(mac ? [] : [sep, { role: 'quit' } as const]),
  ];
  // Keys without a modifier (Delete, Escape, T…) get no accelerator: on macOS the menu would take them from
  // text fields and dialogs. The page handles them itself (keymap.ts).
  const editing: MenuItemConstructorOptions[] = [
    command('Undo', 'undo', 'CmdOrCtrl+Z'),
    command('Redo', 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
    sep,
    edit('Cut', 'cut', 'cut', 'CmdOrCtrl+X'),
    edit('Copy', 'copy', 'copy', 'CmdOrCtrl+C'),
    edit('Paste', 'paste', 'paste', 'CmdOrCtrl+V'),
    command('Duplicate', 'duplicate', 'CmdOrCtrl+D'),
    edit('Delete', 'delete', 'delete'),
    sep,
    // Select All stays the text fields' own: the studio has no select-all of objects.
    { role: 'selectAll' },
    edit('Select None', 'selectNone', 'unselect'),
  ];
  const object: MenuItemConstructorOptions[] = [
    command('Group', 'group', 'CmdOrCtrl+G'),
    command('Ungroup', 'ungroup', 'Shift+CmdOrCtrl+G'),
  ];
  const insert: MenuItemConstructorOptions[] = [
    command('Text', 'addText'),
    command('Rectangle', 'addRect'),
    command('Ellipse', 'addEllipse'),
    command('Rounded Rectangle', 'addRoundedRect'),
    command('Line', 'addLine'),
    command('Image…', 'addImage'),
    command('Barcode', 'addBarcode'),
  ];
  const view: MenuItemConstructorOptions[] = [
    command('Zoom In', 'zoomIn', 'CmdOrCtrl+='),
    command('Zoom Out', 'zoomOut', 'CmdOrCtrl+-'),
    command('Zoom to Fit', 'zoomFit', 'CmdOrCtrl+0'),
    sep,
    { role: 'togglefullscreen' },
    ...(options.dev ? [sep, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
  ];

  return [
    ...(mac ? [{ role: 'appMenu' } as const] : []),
    { label: '&File', submenu: file },
    { label: '&Edit', submenu: editing },
    { label: '&Object', submenu: object },
    { label: '&Insert', submenu: insert },
    { label: '&View', submenu: view },
    { role: 'windowMenu' },
  ];
}

/** One item per recent file, labelled by name (with its folder when two names clash). */
function recentItems(recent: readonly FileHandle[], send: (c: MenuCommand) => void): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Files', enabled: false }];
  const names = recent.map((f) => f.name);
  return recent.map((f) => {
    const clash = names.indexOf(f.name) !== names.lastIndexOf(f.name);
    // Windows reads "&" as a mnemonic marker; "Smith & Co" must show its ampersand.
    const label = (clash ? `${f.name} — ${f.folder}` : f.name).replaceAll('&', '&&');
    return { label, click: () => send(`openRecent:${f.id}`) };
  });
}
