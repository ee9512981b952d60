import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ExportedRecord } from '../../shared/ipc/features/export.contract';
import { HandlerError } from '../../shared/ipc/errors';
import type { Design } from '../../shared/model';
import type { AssetCache } from './asset-cache';
import type { InlineRecords } from './export-data';
import type { StoredData } from './data-store';
import { encodeProject } from './project-writer';

/** The design as a file in a temp folder the worker reads, and how to remove it. */
export interface ExportSnapshot {
  design: string;
  remove(): Promise<void>;
}

/**
 * The export worker opens the design from a file, as the CLI does: the design the renderer sent is
 * written to a temp `.namesake` with its asset bytes from the session's cache (as Save writes it).
 */
export async function writeExportSnapshot(design: Design, assets: AssetCache): Promise<ExportSnapshot> {
  const folder = await mkdtemp(join(tmpdir(), 'namesake-export-'));
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    const path = join(folder, 'design.namesake');
    await writeFile(path, await encodeProject(design, assets, 'design.namesake'));
    return { design: path, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}

/**
 * The records panel's records with the part of the imported table they came from: the worker reads
 * file names and order ids from those rows' cells, so only the rows the records name travel with them.
 */
export function studioRecords({ source, table }: StoredData, records: readonly ExportedRecord[]): InlineRecords {
  const rows = new Set(records.map((r) => r.row));
  return {
    name: basename(source.path),
    records: [...records],
    table: { columns: table.columns, rows: table.rows.filter((r) => rows.has(r.row)), platform: table.platform.id },
  };
}

/** Checked before the Save dialog asks anything: an image the session no longer has cannot be exported. */
export function checkAssets(design: Design, assets: AssetCache): void {
  const missing = design.assets.find((ref) => assets.get(ref.id) === undefined);
  if (missing) {
    throw new HandlerError('not-found', `The PDF was not exported: “${missing.name}”, used in the design, is missing. Replace or remove it, then export again.`);
  }
}
