import { useEffect } from 'react';
import type { Commands } from '../editor/commands';
import { commandForKey } from '../editor/keymap';
import { isTextEntry } from './textEntry';

export function useShortcuts(commands: Commands, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextEntry(e.target)) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      commands.run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands, enabled]);
}
