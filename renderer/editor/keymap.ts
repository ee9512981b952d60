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
  if (!mod) return !chord.shiftKey && (key === 'delete' || key === 'backspace') ? 'delete' : null;
  if (key === 'z') return chord.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !chord.shiftKey) return 'redo';
  if (key === 's') return chord.shiftKey ? 'saveAs' : 'save';
  if (chord.shiftKey) return key === '+' ? 'zoomIn' : null;
  return shortcuts[key] ?? null;
}

const shortcuts: Record<string, EditorCommand> = {
  o: 'open',
  n: 'new',
  '=': 'zoomIn',
  '+': 'zoomIn',
  '-': 'zoomOut',
  '0': 'zoomFit',
};
