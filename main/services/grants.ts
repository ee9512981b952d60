import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import type { FileHandle } from '../../shared/ipc/contract';

/**
 * Opaque ids for the files main may touch. The renderer only ever holds ids; a path is granted only
 * when it came from a dialog, a drop or argv registration, or the recent list.
 */
export class FileGrants {
  private readonly pathById = new Map<string, string>();
  private readonly idByPath = new Map<string, string>();

  /** Grants an absolute path; the same path keeps the same id so recent-list entries stay stable. */
  grant(path: string): FileHandle {
    if (!isAbsolute(path)) throw new Error(`Only absolute paths can be granted: ${path}`);
    const absolute = resolve(path);
    let id = this.idByPath.get(absolute);
    if (id === undefined) {
      // 16 random bytes as base64url: 22 characters of [A-Za-z0-9_-], unguessable.
      id = randomBytes(16).toString('base64url');
      this.idByPath.set(absolute, id);
      this.pathById.set(id, absolute);
    }
    return { id, name: basename(absolute), folder: dirname(absolute) };
  }

  /** The path behind an id main issued, or undefined for an id it never issued. */
  resolve(id: string): string | undefined {
    return this.pathById.get(id);
  }
}
