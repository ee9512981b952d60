import { randomBytes } from 'node:crypto';
import type { ImportedTable } from '../../shared/merge';

/** Where a table came from, so it can be read again with another encoding. Never sent to the renderer. */
export interface DataSource {
  /** The table file (the Amazon order report when zips came with it). */
  path: string;
  /** Amazon Custom customization zips joined to the report. */
  customizations: readonly string[];
}

export interface StoredData {
  id: string;
  source: DataSource;
  table: ImportedTable;
}

/** Tables a window works with at once: the current import and a few before it. */
const KEPT = 4;

/**
 * Imported order tables, kept in main under opaque ids: the renderer pages through the rows by id, and
 * export reads the whole table by the same id (`table(id)`), so a large import crosses IPC only as far
 * as the studio shows it. The oldest tables are dropped once more than a few are kept.
 */
export class DataStore {
  private readonly byId = new Map<string, StoredData>();

  add(source: DataSource, table: ImportedTable): StoredData {
    const stored = { id: randomBytes(16).toString('base64url'), source, table };
    this.byId.set(stored.id, stored);
    for (const id of this.byId.keys()) {
      if (this.byId.size <= KEPT) break;
      this.byId.delete(id);
    }
    return stored;
  }

  /** The same source read again (another encoding, repaired text): same id, new table. */
  replace(id: string, table: ImportedTable): StoredData | undefined {
    const stored = this.byId.get(id);
    if (!stored) return undefined;
    const next = { ...stored, table };
    this.byId.set(id, next);
    return next;
  }

  get(id: string): StoredData | undefined {
    return this.byId.get(id);
  }

  /** The imported table behind a data id, or undefined when main never issued it or has dropped it. */
  table(id: string): ImportedTable | undefined {
    return this.byId.get(id)?.table;
  }
}
