import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { HandlerError } from '../../shared/ipc/errors';
import { SCHEMA_VERSION, type Design } from '../../shared/model';
import type { AssetCache } from './asset-cache';
import { writeFileAtomic } from './atomic-write';
import { fileError } from './fs-errors';
import { MAX_PROJECT_FILE_BYTES } from './project-format';
import { decodeProject, readFormatVersion } from './project-reader';
import { encodeProject } from './project-writer';

export interface OpenedProject {
  design: Design;
  repairs: string[];
}

/** Reads a project file; its verified assets go into the cache so a later save can write them. */
export async function openProjectFile(path: string, assets: AssetCache): Promise<OpenedProject> {
  const name = basename(path);
  const bytes = await readProjectBytes(path, name);
  const { design, repairs, assets: found } = await decodeProject(bytes, name);
  for (const content of found.values()) assets.add(content);
  return { design, repairs };
}

/**
 * Saves atomically (see writeFileAtomic), verifying the written copy with the same reader that opens
 * files. Refuses to replace a file it cannot read as our format version or older.
 */
export async function saveProjectFile(path: string, design: Design, assets: AssetCache): Promise<void> {
  const name = basename(path);
  try {
    const bytes = await encodeProject(design, assets, name);
    await refuseToReplaceUnknown(path, name);
    await writeFileAtomic(path, bytes, (temp) => verifyWritten(temp, name));
  } catch (e) {
    throw fileError(e, name, 'save');
  }
}

async function readProjectBytes(path: string, name: string): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new HandlerError('not-found', `“${name}” is not a file.`);
    if (info.size > MAX_PROJECT_FILE_BYTES) {
      throw new HandlerError('corrupt-file', `“${name}” is too large to be a Namesake design. The file was not changed.`);
    }
    return await readFile(path);
  } catch (e) {
    throw fileError(e, name, 'open');
  }
}

/**
 * A newer Namesake's file must never be overwritten. A file we cannot read at all might be one (a
 * future layout), so it is left alone too; an absent file is simply created.
 */
async function refuseToReplaceUnknown(path: string, name: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readProjectBytes(path, name);
  } catch (e) {
    if (e instanceof HandlerError && e.code === 'not-found') return;
    throw e;
  }
  const version = await readFormatVersion(bytes, name).catch(() => undefined);
  const keep = ' Use Save As to keep your changes in another file. The file was not changed.';
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new HandlerError(
      'newer-version',
      `“${name}” was not saved: it was saved by a newer Namesake (format ${version}), and replacing it would lose what that version added.${keep}`,
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new HandlerError(
      'corrupt-file',
      `“${name}” was not saved: the file already there can't be read as a Namesake design, so Namesake won't replace it.${keep}`,
    );
  }
}

/** Reads the temp file back as a user would open it: zip structure, schema and every asset hash. */
async function verifyWritten(temp: string, name: string): Promise<void> {
  const readsBack = await decodeProject(await readFile(temp), name).then(
    (read) => read.missing.length === 0,
    () => false,
  );
  if (!readsBack) {
    throw new HandlerError(
      'io-error',
      `“${name}” was not saved: the copy written to disk did not read back correctly. The file was not changed.`,
    );
  }
}
