import { HandlerError } from '../../shared/ipc/errors';
import { restore, SCHEMA_VERSION, type AssetRef, type Design } from '../../shared/model';
import { sha256Hex } from './asset-cache';
import { assetEntryName, DESIGN_ENTRY, FORMAT_MARKER, isProjectEntry, PROJECT_ZIP_LIMITS } from './project-format';
import { readZip } from './zip-reader';

export interface DecodedProject {
  design: Design;
  /** What restore() repaired, plus one line per missing asset, for the user to read. */
  repairs: string[];
  /** Asset bytes whose sha256 matched their id. */
  assets: Map<string, Buffer>;
  /** Assets the design lists whose bytes are absent or damaged. */
  missing: AssetRef[];
}

/**
 * Bytes of a `.namesake` file → design and verified assets, or a HandlerError naming `fileName`.
 * A missing or damaged asset does not refuse the whole design: the reference is kept and reported
 * (SAFETY.md), and saving refuses until it is replaced.
 */
export async function decodeProject(bytes: Buffer, fileName: string): Promise<DecodedProject> {
  const entries = await readEntries(bytes, fileName, isProjectEntry);
  const doc = parseDesignEntry(entries, fileName);
  // restore() checks for a newer version before validating anything else, so a future file gets
  // the "update Namesake" message rather than a list of schema errors.
  const restored = restore(doc);
  if (!restored.ok) {
    if (restored.error.code === 'newer-version') throw newerVersion(fileName, doc.schemaVersion);
    throw damaged(fileName, restored.error.message);
  }
  const { design, repairs } = restored.value;
  const assets = new Map<string, Buffer>();
  const missing: AssetRef[] = [];
  for (const ref of design.assets) {
    const content = entries.get(assetEntryName(ref.id));
    if (content !== undefined && sha256Hex(content) === ref.id) {
      assets.set(ref.id, content);
    } else {
      missing.push(ref);
      repairs.push(`“${ref.name}” is missing or damaged in this file; replace it before saving or exporting`);
    }
  }
  return { design, repairs, assets, missing };
}

/** The format version recorded in a project file, reading only its design entry. */
export async function readFormatVersion(bytes: Buffer, fileName: string): Promise<unknown> {
  const entries = await readEntries(bytes, fileName, (name) => name === DESIGN_ENTRY);
  return parseDesignEntry(entries, fileName).schemaVersion;
}

function newerVersion(fileName: string, version: unknown): HandlerError {
  return new HandlerError(
    'newer-version',
    `“${fileName}” was saved by a newer Namesake (format ${String(version)}; this version reads up to ${SCHEMA_VERSION}). Update Namesake to open it. The file was not changed.`,
  );
}

function damaged(fileName: string, detail: string): HandlerError {
  return new HandlerError(
    'corrupt-file',
    `“${fileName}” can't be opened: it is damaged or not a Namesake design (${detail.replace(/\.$/, '')}). The file was not changed.`,
  );
}

async function readEntries(
  bytes: Buffer,
  fileName: string,
  wanted: (name: string) => boolean,
): Promise<Map<string, Buffer>> {
  try {
    return await readZip(bytes, PROJECT_ZIP_LIMITS, wanted);
  } catch (e) {
    throw damaged(fileName, e instanceof Error ? e.message : String(e));
  }
}

/** design.json without its format marker, as restore() expects it. */
function parseDesignEntry(entries: Map<string, Buffer>, fileName: string): Record<string, unknown> {
  const json = entries.get(DESIGN_ENTRY);
  if (json === undefined) throw damaged(fileName, `it has no ${DESIGN_ENTRY}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw damaged(fileName, `its ${DESIGN_ENTRY} is not readable JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== FORMAT_MARKER) {
    throw damaged(fileName, `its ${DESIGN_ENTRY} is not marked as a Namesake design`);
  }
  const { format: _marker, ...doc } = parsed as Record<string, unknown>;
  return doc;
}
