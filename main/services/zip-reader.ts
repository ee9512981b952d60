import { buffer as readAll } from 'node:stream/consumers';
import yauzl from 'yauzl';

export interface ZipLimits {
  maxEntries: number;
  maxEntryBytes: number;
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio allowed for an entry bigger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/**
 * Reads a zip held in memory into a map of name → bytes, never touching the disk. Entries outside
 * `wanted` are checked but not inflated. Throws an Error whose message says, in words a user can read,
 * why the archive is unsafe or damaged. yauzl refuses `..`, absolute and backslash names
 * (strictFileNames) and checks that each entry inflates to its declared size (validateEntrySizes), so
 * the declared sizes the limits are checked against can be trusted. Nothing here checks CRC-32:
 * callers verify content hashes.
 */
export async function readZip(
  bytes: Buffer,
  limits: ZipLimits,
  wanted: (name: string) => boolean = () => true,
): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(bytes, {
    lazyEntries: true,
    strictFileNames: true,
    validateEntrySizes: true,
    decodeStrings: true,
  });
  if (zip.entryCount > limits.maxEntries) {
    throw new Error(`it holds ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`);
  }
  const seen = new Set<string>();
  const contents = new Map<string, Buffer>();
  let totalBytes = 0;
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    // A second entry with the same name could show one program different content than another.
    if (seen.has(name)) throw new Error(`it holds two entries named “${name}”`);
    seen.add(name);
    if (name.endsWith('/')) continue;
    checkSize(entry, limits);
    totalBytes += entry.uncompressedSize;
    if (totalBytes > limits.maxTotalBytes) throw new Error('its contents are larger than Namesake allows');
    if (!wanted(name)) continue;
    if (!entry.canDecodeFileData()) throw new Error(`“${name}” is encrypted or uses an unknown compression`);
    contents.set(name, await readAll(await zip.openReadStreamPromise(entry)));
  }
  return contents;
}

function checkSize(entry: yauzl.Entry, limits: ZipLimits): void {
  const { fileName, uncompressedSize, compressedSize } = entry;
  if (uncompressedSize > limits.maxEntryBytes) throw new Error(`“${fileName}” is larger than Namesake allows`);
  if (uncompressedSize > limits.ratioFloorBytes && uncompressedSize > compressedSize * limits.maxRatio) {
    throw new Error(`“${fileName}” expands suspiciously far (a zip bomb?)`);
  }
}
