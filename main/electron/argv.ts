import { resolve } from 'node:path';
import { PROJECT_EXTENSION } from '../services/project-format';

/**
 * The design a command line asks us to open (a double-click on Windows/Linux starts `Namesake <file>`;
 * a second launch forwards its argv). Chromium may add switches around it, and in development argv
 * also holds the app folder, so only the last non-switch argument with our extension counts. Relative
 * paths are resolved against the launching shell's folder, not ours.
 */
export function designPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const arg = argv.findLast((a) => !a.startsWith('-') && a.toLowerCase().endsWith(PROJECT_EXTENSION));
  return arg === undefined ? null : resolve(workingDirectory, arg);
}
