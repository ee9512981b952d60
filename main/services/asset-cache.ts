import { createHash } from 'node:crypto';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Asset bytes by content hash, for this session. Opening a project fills it, importing an image would
 * too; saving reads from it. Keys are always computed here, so an id can never name the wrong bytes.
 */
export class AssetCache {
  private readonly bytesById = new Map<string, Buffer>();

  /** Stores bytes and returns their id (sha256 hex). */
  add(bytes: Buffer): string {
    const id = sha256Hex(bytes);
    this.bytesById.set(id, bytes);
    return id;
  }

  get(id: string): Buffer | undefined {
    return this.bytesById.get(id);
  }
}
