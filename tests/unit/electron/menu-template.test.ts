import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/channels';
import { buildMenuTemplate, type MenuOptions } from '../../../main/electron/menu-template';

// Electron's item type, taken from the template so the test itself never imports electron.
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ platform: 'linux', dev: false, recent: [], send: (c) => sent.push(c), ...overrides });
  return { template, sent };
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
    const { template, sent } = build();
    const file = submenu(template, 'File');
    const edit = submenu(template, 'Edit');
    const view = submenu(template, 'View');
    for (const label of ['New', 'Open…', 'Save', 'Save As…', 'Export PDF…']) click(file, label);
    for (const label of ['Undo', 'Redo']) click(edit, label);
    for (const label of ['Zoom In', 'Zoom Out', 'Zoom to Fit']) click(view, label);
    expect(sent).toEqual(['new', 'open', 'save', 'saveAs', 'export', 'undo', 'redo', 'zoomIn', 'zoomOut', 'zoomFit']);
    expect(file.find((i) => i.label === 'Export PDF…')?.accelerator).toBe('CmdOrCtrl+E');
    expect(file.at(-1)).toEqual({ role: 'quit' });
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
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
