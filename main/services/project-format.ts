import type { ZipLimits } from './zip-reader';

/**
 * Layout of a `.namesake` project: a zip holding `design.json` (the Design plus a format marker, so a
 * stray JSON-in-a-zip is not taken for a design) and one `assets/<sha256>` entry per asset.
 */
export const PROJECT_EXTENSION = '.namesake';
export const PROJECT_FILTERS = [{ name: 'Namesake designs', extensions: ['namesake'] }];
export const FORMAT_MARKER = 'namesake';
export const DESIGN_ENTRY = 'design.json';

const ASSET_ENTRY = /^assets\/([0-9a-f]{64})$/;

export function assetEntryName(assetId: string): string {
  return `assets/${assetId}`;
}

export function isProjectEntry(name: string): boolean {
  return name === DESIGN_ENTRY || ASSET_ENTRY.test(name);
}

/** Largest project file Namesake reads into memory. */
export const MAX_PROJECT_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Generous for real designs (a few hundred images and fonts), tight enough that a hostile file cannot
 * exhaust memory. Photos barely compress, JSON about 10:1, so 200:1 on anything over 1 MiB is a bomb.
 */
export const PROJECT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};
