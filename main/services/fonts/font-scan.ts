import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readFaceSummaries, type FaceSummary } from './font-faces';
import type { ScanCache } from './scan-cache';

/** Bounds on one scan, so a huge or strange font folder (a network share, a link loop) cannot stall start-up. */
export interface ScanLimits {
  /** Font files read at most; the rest are left out (the scan reports itself truncated). */
  maxFiles: number;
  /** Larger files are skipped: no usable label font is this big. */
  maxFileBytes: number;
  /** Folders below a font folder that are still searched. */
  maxDepth: number;
  /** Folders visited at most. */
  maxFolders: number;
}

export const SCAN_LIMITS: ScanLimits = { maxFiles: 10_000, maxFileBytes: 128 * 1024 * 1024, maxDepth: 8, maxFolders: 5_000 };

const FONT_FILE = /\.(ttf|otf|ttc|otc|woff2?)$/i;

export interface ScannedFont {
  /** As found (under the folder scanned), not resolved through links. */
  path: string;
  faces: FaceSummary[];
}

export interface ScanResult {
  fonts: ScannedFont[];
  /** Font-named files that could not be read or are not fonts we can use. */
  skipped: number;
  /** A limit was reached and some fonts were left out. */
  truncated: boolean;
}

/**
 * Finds the font files under `folders` (in order; a file reached twice, through a link or a nested
 * folder, counts once) and summarizes each face, from `cache` when the file is unchanged. Unreadable
 * folders and files are passed over: a scan never fails.
 */
export async function scanFontFolders(folders: readonly string[], cache: ScanCache, limits: ScanLimits = SCAN_LIMITS): Promise<ScanResult> {
  const { files, truncated: tooManyFolders } = await findFontFiles(folders, limits);
  const result: ScanResult = { fonts: [], skipped: 0, truncated: tooManyFolders || files.length > limits.maxFiles };
  const readFiles = new Set<string>();
  for (const path of files.slice(0, limits.maxFiles)) {
    const faces = await facesOf(path, cache, limits, readFiles);
    if (faces === null) continue;
    if (faces.length) result.fonts.push({ path, faces });
    else result.skipped++;
  }
  return result;
}

/** The file's faces; [] when it is not a usable font; null when it was reached before under another name. */
async function facesOf(path: string, cache: ScanCache, limits: ScanLimits, readFiles: Set<string>): Promise<FaceSummary[] | null> {
  try {
    const real = await realpath(path);
    if (readFiles.has(real)) return null;
    readFiles.add(real);
    const { mtimeMs, size } = await stat(real);
    if (size > limits.maxFileBytes) return [];
    const known = cache.get(path, mtimeMs, size);
    if (known) return known.faces;
    const faces = await readFaceSummaries(real, size);
    // A damaged font stays damaged until the file changes: remember that too, so it is not read every start.
    cache.set(path, faces.ok ? { mtimeMs, size, faces: faces.value } : { mtimeMs, size, faces: [], error: faces.error.message });
    return faces.ok ? faces.value : [];
  } catch {
    // Unreadable (permissions, a file that vanished mid-scan): maybe readable next time, so not cached.
    return [];
  }
}

/** Font files under the folders, breadth first, each folder once however many links lead to it. */
async function findFontFiles(folders: readonly string[], limits: ScanLimits): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const visited = new Set<string>();
  const queue = folders.map((path) => ({ path, depth: 0 }));
  for (let next = queue.shift(); next; next = queue.shift()) {
    const real = await realpath(next.path).catch(() => undefined);
    if (real === undefined || visited.has(real)) continue;
    if (visited.size >= limits.maxFolders) return { files, truncated: true };
    visited.add(real);
    const entries: Dirent[] = await readdir(next.path, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(next.path, entry.name);
      const kind = entry.isSymbolicLink() ? await stat(path).catch(() => undefined) : entry;
      if (kind?.isDirectory() && next.depth < limits.maxDepth) queue.push({ path, depth: next.depth + 1 });
      else if (kind?.isFile() && FONT_FILE.test(entry.name)) files.push(path);
      if (files.length > limits.maxFiles) return { files, truncated: true };
    }
  }
  return { files, truncated: false };
}
