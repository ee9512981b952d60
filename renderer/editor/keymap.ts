import type { EditorCommand } from './commands';

export interface KeyChord {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The studio's keyboard shortcuts. Ctrl and Cmd are treated alike so the same bindings work on every
 * platform; the native menu shows the platform's own accelerators.
 */
export function commandForKey(chord: KeyChord): EditorCommand | null {
  const key = chord.key.toLowerCase();
  const mod = chord.ctrlKey || chord.metaKey;
  if (chord.altKey) return null;
  if (!mod) return plainKey(key, chord.shiftKey);
  if (key === 'z') return chord.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !chord.shiftKey) return 'redo';
  if (key === 's') return chord.shiftKey ? 'saveAs' : 'save';
  if (key === 'g') return chord.shiftKey ? 'ungroup' : 'group';
  if (chord.shiftKey) return key === '+' ? 'zoomIn' : null;
  return shortcuts[key] ?? null;
}

const ARROWS: Record<string, string> = { arrowleft: 'Left', arrowright: 'Right', arrowup: 'Up', arrowdown: 'Down' };

/** Keys without Ctrl/Cmd: arrows nudge (Shift: ten times as far), letters add or duplicate. */
function plainKey(key: string, shift: boolean): EditorCommand | null {
  const arrow = ARROWS[key];
  if (arrow) return `nudge${arrow}${shift ? 'Far' : ''}` as EditorCommand;
  if (shift) return null;
  return letters[key] ?? null;
}

const letters: Record<string, EditorCommand> = {
  delete: 'delete',
  backspace: 'delete',
  escape: 'selectNone',
  d: 'duplicate',
  t: 'addText',
  r: 'addRect',
  e: 'addEllipse',
};

const shortcuts: Record<string, EditorCommand> = {
  o: 'open',
  e: 'export',
  n: 'new',
  c: 'copy',
  x: 'cut',
  v: 'paste',
  d: 'duplicate',
  '=': 'zoomIn',
  '+': 'zoomIn',
  '-': 'zoomOut',
  '0': 'zoomFit',
};
