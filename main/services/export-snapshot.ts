import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HandlerError } from '../../shared/ipc/errors';
import type { Design } from '../../shared/model';
import { fieldValues } from '../../shared/render/fields';
import type { AssetCache } from './asset-cache';
import type { ExportRequest } from './export-request';
import { encodeProject } from './project-writer';

/** The request's inputs as files in a temp folder the worker reads, and how to remove them. */
export interface ExportSnapshot {
  inputs: Pick<ExportRequest, 'design' | 'data' | 'maps'>;
  remove(): Promise<void>;
}

/**
 * The export worker opens files, as the CLI does: the design the renderer sent is written to a temp
 * `.namesake` with its asset bytes from the session's cache (as Save writes it). Copies of the sample
 * values become a one-record data file, since an export request takes copies only from data.
 */
export async function writeExportSnapshot(design: Design, assets: AssetCache, sampleCopies: number): Promise<ExportSnapshot> {
  const folder = await mkdtemp(join(tmpdir(), 'namesake-export-'));
  const remove = () => rm(folder, { recursive: true, force: true });
  try {
    const designPath = join(folder, 'design.namesake');
    await writeFile(designPath, await encodeProject(design, assets, 'design.namesake'));
    const inputs: ExportSnapshot['inputs'] = { design: designPath, maps: [] };
    if (sampleCopies > 1) {
      inputs.data = join(folder, 'sample values.json');
      await writeFile(inputs.data, JSON.stringify([{ [COPIES_COLUMN]: String(sampleCopies), ...Object.fromEntries(fieldValues(design.fields)) }]));
      // Each field takes its own column by exact name, so no field can pick up the copies column instead.
      inputs.maps = design.fields.map((f) => `${f.name}=${f.name}`);
    }
    return { inputs, remove };
  } catch (e) {
    await remove();
    throw e;
  }
}

/** Checked before the Save dialog asks anything: an image the session no longer has cannot be exported. */
export function checkAssets(design: Design, assets: AssetCache): void {
  const missing = design.assets.find((ref) => assets.get(ref.id) === undefined);
  if (missing) {
    throw new HandlerError('not-found', `The PDF was not exported: “${missing.name}”, used in the design, is missing. Replace or remove it, then export again.`);
  }
}

/**
 * Found by the automatic quantity mapping (its name key is "quantity"); first in the record, so it wins
 * over a field that happens to be called quantity, and the full stop keeps it from being a field name.
 */
const COPIES_COLUMN = 'Quantity.';
