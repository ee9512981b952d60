import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/channels';
import { buildMenuTemplate, type MenuOptions, type TextEdit } from '../../../main/electron/menu-template';

// Electron's item type, taken from the template so the test itself never imports electron.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const edits: TextEdit[] = [];
  const template = buildMenuTemplate({ platform: 'linux', dev: false, recent: [], send: (c) => sent.push(c), editText: (a) => edits.push(a), ...overrides });
  return { template, sent, edits };
}

function submenu(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = items.find((i) => i.label?.replace('&', '') === label)?.submenu;
  if (!Array.isArray(found)) throw new Error(`no submenu ${label}`);
  return found;
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = items.find((i) => i.label === label);
  if (!item?.click) throw new Error(`no item ${label}`);
  // The handlers ignore Electron's arguments; fakes stand in for them.
  item.click(...([{}, undefined, {}] as unknown as Parameters<NonNullable<MenuItemConstructorOptions['click']>>));
}

describe('native menu', () => {
  it('sends every app command to the renderer instead of acting in main', () => {
    const { template, sent, edits } = build();
    const clicks: Array<[string, string[], MenuCommand[]]> = [
      ['File', ['New', 'Open…', 'Save', 'Save As…', 'Import Data…', 'Export PDF…'], ['new', 'open', 'save', 'saveAs', 'importData', 'export']],
      ['Edit', ['Undo', 'Redo', 'Duplicate'], ['undo', 'redo', 'duplicate']],
      ['Object', ['Group', 'Ungroup'], ['group', 'ungroup']],
      ['Insert', ['Text', 'Rectangle', 'Ellipse', 'Rounded Rectangle', 'Line', 'Image…', 'Barcode'], ['addText', 'addRect', 'addEllipse', 'addRoundedRect', 'addLine', 'addImage', 'addBarcode']],
      ['View', ['Zoom In', 'Zoom Out', 'Zoom to Fit'], ['zoomIn', 'zoomOut', 'zoomFit']],
    ];
    for (const [menu, labels, commands] of clicks) {
      sent.length = 0;
      for (const label of labels) click(submenu(template, menu), label);
      expect(sent, menu).toEqual(commands);
    }
    expect(edits).toEqual([]);
    const file = submenu(template, 'File');
    expect(file.find((i) => i.label === 'Export PDF…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(file.at(-1)).toEqual({ role: 'quit' });
    expect(submenu(template, 'Object').map((i) => i.accelerator)).toEqual(['CmdOrCtrl+G', 'Shift+CmdOrCtrl+G']);
  });

  it('edits a focused field’s text and sends the app command for Cut, Copy, Paste, Delete and Select None', () => {
    const { template, sent, edits } = build();
    const edit = submenu(template, 'Edit');
    for (const label of ['Cut', 'Copy', 'Paste', 'Delete', 'Select None']) click(edit, label);
    expect(edits).toEqual(['cut', 'copy', 'paste', 'delete', 'unselect']);
    expect(sent).toEqual(['cut', 'copy', 'paste', 'delete', 'selectNone']);
    // Not Electron's roles, which act on the page's DOM and never reach the studio's clipboard.
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['selectAll']);
    expect(edit.filter((i) => ['Cut', 'Copy', 'Paste', 'Duplicate'].includes(i.label ?? '')).map((i) => i.accelerator)).toEqual([
      'CmdOrCtrl+X',
      'CmdOrCtrl+C',
      'CmdOrCtrl+V',
      'CmdOrCtrl+D',
    ]);
    // Plain keys stay with the page: on macOS a menu accelerator would take Delete or Escape from a text field.
    expect(edit.find((i) => i.label === 'Delete')?.accelerator).toBeUndefined();
    expect(edit.find((i) => i.label === 'Select None')?.accelerator).toBeUndefined();
  });

  it('has an item for every command the renderer takes from the menu', () => {
    const { template, sent } = build();
    const items = (list: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => list.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? items(i.submenu) : [])]);
    for (const item of items(template)) if (item.click) click([item], item.label!);
    expect(new Set(sent)).toEqual(new Set(MENU_COMMANDS));
  });

  it('lists recent files by id, escaping & and telling same-named files apart', () => {
    const recent = [
      { id: 'a1', name: 'Smith & Co.namesake', folder: '/orders' },
      { id: 'b2', name: 'Jo.namesake', folder: '/2024' },
      { id: 'c3', name: 'Jo.namesake', folder: '/2025' },
    ];
    const { template, sent } = build({ recent });
    const items = submenu(submenu(template, 'File'), 'Open Recent');
    expect(items.map((i) => i.label)).toEqual(['Smith && Co.namesake', 'Jo.namesake — /2024', 'Jo.namesake — /2025']);
    click(items, 'Jo.namesake — /2025');
    expect(sent).toEqual(['openRecent:c3']);
  });

  it('shows a disabled placeholder when there are no recent files', () => {
    const items = submenu(submenu(build().template, 'File'), 'Open Recent');
    expect(items).toEqual([{ label: 'No Recent Files', enabled: false }]);
  });

  it('follows macOS conventions there, and offers DevTools only in development', () => {
    const mac = build({ platform: 'darwin' }).template;
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(submenu(mac, 'File').some((i) => i.role === 'quit')).toBe(false);
    expect(submenu(mac, 'Edit').find((i) => i.label === 'Redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    const roles = (dev: boolean) => submenu(build({ dev }).template, 'View').map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
});
