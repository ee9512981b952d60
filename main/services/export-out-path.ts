import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import { HandlerError } from '../../shared/ipc/errors';

export const PDF_EXTENSION = '.pdf';
export const PDF_FILTERS = [{ name: 'PDF documents', extensions: ['pdf'] }];

/** The Save dialog's suggestion, from the design's name; separators in it must not steer the folder. */
export function suggestedPdfName(designName: string): string {
  return `${designName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').trim() || 'Labels'}${PDF_EXTENSION}`;
}

/**
 * Some dialogs (GTK) return the name as typed, without the extension. Adding it changes the path the
 * user confirmed, so a file already at the new path is never replaced without them choosing it.
 */
export async function withPdfExtension(chosen: string): Promise<string> {
  if (chosen.toLowerCase().endsWith(PDF_EXTENSION)) return chosen;
  const path = chosen + PDF_EXTENSION;
  const taken = await lstat(path).then(
    () => true,
    () => false,
  );
  if (taken) throw new HandlerError('not-permitted', `“${basename(path)}” already exists. To replace it, choose it in the Save dialog; or pick another name.`);
  return path;
}
