import { useEffect } from 'react';
import type { Commands } from '../editor/commands';
import { commandForKey } from '../editor/keymap';

/** Keys typed into a field belong to the field (its own undo, its own Backspace). */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useShortcuts(commands: Commands, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTyping(e.target)) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      commands.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands, enabled]);
}
