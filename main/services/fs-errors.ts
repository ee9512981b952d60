import { HandlerError } from '../../shared/ipc/errors';

/**
 * Turns a file-system failure while opening or saving `fileName` into a sentence a user can act on.
 * HandlerErrors pass through unchanged; they already say what went wrong.
 */
export function fileError(e: unknown, fileName: string, action: 'open' | 'save'): HandlerError {
  if (e instanceof HandlerError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  // Every save writes a temp file and renames it, so a failed save never changed the file.
  const unchanged = action === 'save' ? ' The file was not changed.' : '';
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new HandlerError(
        'not-found',
        action === 'open'
          ? `“${fileName}” can't be found. It may have been moved, renamed or deleted.`
          : `“${fileName}” was not saved: its folder can't be found. Use Save As to choose another folder.`,
      );
    case 'EACCES':
    case 'EPERM':
      return new HandlerError('io-error', `Namesake isn't allowed to ${action} “${fileName}”. Check the permissions of the file and its folder.${unchanged}`);
    case 'EBUSY':
      return new HandlerError('io-error', `“${fileName}” is in use by another program. Close it there and try again.${unchanged}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new HandlerError('io-error', `“${fileName}” was not saved: the disk is full. Free some space and try again.${unchanged}`);
    case 'EROFS':
      return new HandlerError('io-error', `“${fileName}” was not saved: its disk is read-only. Use Save As to choose another place.${unchanged}`);
    default:
      return new HandlerError(
        'io-error',
        `Namesake couldn't ${action} “${fileName}”${code ? ` (${code})` : ''}. Try again.${unchanged}`,
      );
  }
}
