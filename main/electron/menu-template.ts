import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/channels';
import type { FileHandle } from '../../shared/ipc/contract';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Adds reload and DevTools, which the packaged app does not offer. */
  dev: boolean;
  recent: readonly FileHandle[];
  send(command: MenuCommand): void;
}

/**
 * The native menu as a plain template (type-only electron import, so it is unit-tested under Node).
 * App commands are not performed here: they are sent to the renderer, which owns the document and
 * history, exactly as the test host sends them.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => options.send(cmd),
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
    command('Export PDF…', 'export', 'CmdOrCtrl+E'),
    ...(mac ? [] : [sep, { role: 'quit' } as const]),
  ];
  const edit: MenuItemConstructorOptions[] = [
    command('Undo', 'undo', 'CmdOrCtrl+Z'),
    command('Redo', 'redo', mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y'),
    sep,
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
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
    { label: '&Edit', submenu: edit },
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
