/**
 * Channel names, dependency-free: the preload imports only this file, so it stays tiny and has no zod.
 * All calls go over one Electron channel (IPC_INVOKE) carrying (channel, payload). Each feature lists
 * its channels here; its schemas live in features/<feature>.contract.ts.
 */
export const FILE_CHANNELS = ['app:info', 'file:open', 'file:openRecent', 'file:save', 'file:saveAs', 'file:recent'] as const;

export const DATA_CHANNELS = ['data:import', 'data:reimport', 'data:rows'] as const;

export const EXPORT_CHANNELS = ['export:start', 'export:replace', 'export:status', 'export:cancel', 'export:reveal'] as const;

export const FONT_CHANNELS = ['fonts:list', 'fonts:import', 'fonts:read'] as const;

export const ASSET_CHANNELS = ['assets:import', 'assets:add', 'assets:get'] as const;

export const PROOF_CHANNELS = ['proofs:start', 'proofs:status', 'proofs:cancel', 'proofs:reveal'] as const;

export const CHANNELS = [...FILE_CHANNELS, ...ASSET_CHANNELS, ...DATA_CHANNELS, ...EXPORT_CHANNELS, ...FONT_CHANNELS, ...PROOF_CHANNELS] as const;
export type Channel = (typeof CHANNELS)[number];

export const IPC_INVOKE = 'namesake:invoke';
export const IPC_MENU = 'namesake:menu';

/** Commands the native menu (or the test host) sends to the renderer. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'export',
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  'selectNone',
  'group',
  'ungroup',
  'addText',
  'addRect',
  'addEllipse',
  'addRoundedRect',
  'addLine',
  'addImage',
  'addBarcode',
  'importData',
  'zoomIn',
  'zoomOut',
  'zoomFit',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number] | `openRecent:${string}`;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return (
    typeof value === 'string' &&
    ((MENU_COMMANDS as readonly string[]).includes(value) || /^openRecent:[A-Za-z0-9_-]{1,64}$/.test(value))
  );
}

/** What the preload (and the test host's bridge) put on `window.namesake`. Named functions only. */
export interface NamesakeBridge {
  invoke(channel: Channel, payload: unknown): Promise<unknown>;
  onMenu(listener: (command: MenuCommand) => void): () => void;
}
