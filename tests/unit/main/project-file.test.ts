import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandlerError } from '../../../shared/ipc/errors';
import { AssetCache } from '../../../main/services/asset-cache';
import { openProjectFile, saveProjectFile } from '../../../main/services/project-file';
import { assetOf, designJson, renameInZip, sampleDesign, zipOf } from './fixtures';
import { tempDir } from './temp-dir';

async function failure(promise: Promise<unknown>): Promise<HandlerError> {
  const e = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e,
  );
  expect(e).toBeInstanceOf(HandlerError);
  return e as HandlerError;
}

/** Puts `bytes` at dir/name and returns a check that the file is still byte-identical. */
async function plant(dir: string, name: string, bytes: Buffer) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { path, unchanged: async () => expect((await readFile(path)).equals(bytes)).toBe(true) };
}

describe('project files', () => {
  it('round-trips a design with an asset', async () => {
    const dir = await tempDir();
    const asset = assetOf(randomBytes(300_000));
    const design = sampleDesign('Candle', asset);
    const cache = new AssetCache();
    cache.add(asset.bytes);
    const path = join(dir, 'candle.namesake');

    await saveProjectFile(path, design, cache);
    const fresh = new AssetCache();
    const opened = await openProjectFile(path, fresh);

    expect(opened.design).toEqual(design);
    expect(opened.repairs).toEqual([]);
    expect(fresh.get(asset.id)?.equals(asset.bytes)).toBe(true);
    expect(await readdir(dir)).toEqual(['candle.namesake']);
  });

  it('writes the format marker and content-addressed assets', async () => {
    const dir = await tempDir();
    const asset = assetOf(Buffer.from('svg bytes'));
    const cache = new AssetCache();
    cache.add(asset.bytes);
    const path = join(dir, 'a.namesake');
    await saveProjectFile(path, sampleDesign('A', asset), cache);

    const { readZip } = await import('../../../main/services/zip-reader');
    const entries = await readZip(await readFile(path), {
      maxEntries: 10,
      maxEntryBytes: 1e6,
      maxTotalBytes: 1e6,
      maxRatio: 1e3,
      ratioFloorBytes: 1e6,
    });
    expect([...entries.keys()].sort()).toEqual([`assets/${asset.id}`, 'design.json']);
    expect(JSON.parse(entries.get('design.json')!.toString())).toMatchObject({ format: 'namesake', schemaVersion: 1 });
  });

  it('refuses a newer-version file with a clear message and leaves it untouched', async () => {
    const dir = await tempDir();
    const future = await zipOf([{ name: 'design.json', data: designJson({ schemaVersion: 3, surfaces: 'new shape' }) }]);
    const file = await plant(dir, 'candle.namesake', future);

    const e = await failure(openProjectFile(file.path, new AssetCache()));
    expect(e.code).toBe('newer-version');
    expect(e.message).toMatch(/^“candle\.namesake” was saved by a newer Namesake \(format 3.*The file was not changed\.$/);
    await file.unchanged();
  });

  it('refuses to save over a newer-version file and leaves it untouched', async () => {
    const dir = await tempDir();
    const future = await zipOf([{ name: 'design.json', data: designJson({ schemaVersion: 2 }) }]);
    const file = await plant(dir, 'candle.namesake', future);

    const e = await failure(saveProjectFile(file.path, sampleDesign('Mine'), new AssetCache()));
    expect(e.code).toBe('newer-version');
    expect(e.message).toContain('newer Namesake (format 2)');
    await file.unchanged();
    expect(await readdir(dir)).toEqual(['candle.namesake']);
  });

  it('refuses to save over a file it cannot read', async () => {
    const dir = await tempDir();
    const file = await plant(dir, 'odd.namesake', randomBytes(2_000));
    const e = await failure(saveProjectFile(file.path, sampleDesign('Mine'), new AssetCache()));
    expect(e.code).toBe('corrupt-file');
    await file.unchanged();
  });

  it('refuses to save a design whose asset is not in the cache, before touching the file', async () => {
    const dir = await tempDir();
    const cache = new AssetCache();
    const path = join(dir, 'candle.namesake');
    await saveProjectFile(path, sampleDesign('Old'), cache);
    const before = await readFile(path);

    const e = await failure(saveProjectFile(path, sampleDesign('New', assetOf(Buffer.from('gone'))), cache));
    expect(e.code).toBe('not-found');
    expect(e.message).toContain('“logo.png”, used in the design, is missing');
    expect((await readFile(path)).equals(before)).toBe(true);
  });

  it('opens a file whose asset is missing, keeps the reference and reports it', async () => {
    const dir = await tempDir();
    const asset = assetOf(Buffer.from('logo'));
    const design = sampleDesign('Candle', asset);
    const file = await plant(dir, 'candle.namesake', await zipOf([{ name: 'design.json', data: designJson(design) }]));

    const opened = await openProjectFile(file.path, new AssetCache());
    expect(opened.design).toEqual(design);
    expect(opened.repairs).toEqual([expect.stringContaining('“logo.png” is missing or damaged')]);
  });

  it('treats an asset whose bytes do not match their hash as missing', async () => {
    const dir = await tempDir();
    const asset = assetOf(Buffer.from('logo'));
    const zip = await zipOf([
      { name: 'design.json', data: designJson(sampleDesign('Candle', asset)) },
      { name: `assets/${asset.id}`, data: 'not the logo' },
    ]);
    const cache = new AssetCache();
    const opened = await openProjectFile((await plant(dir, 'c.namesake', zip)).path, cache);
    expect(opened.repairs).toHaveLength(1);
    expect(cache.get(asset.id)).toBeUndefined();
  });

  describe('refuses damaged or hostile files, leaving them byte-identical', async () => {
    const valid = await zipOf([{ name: 'design.json', data: designJson(sampleDesign('V')) }]);
    const cases: Array<[string, () => Promise<Buffer>, RegExp]> = [
      ['truncated bytes', async () => valid.subarray(0, valid.length >> 1), /truncated/],
      ['random bytes', async () => randomBytes(4096), /damaged/],
      ['an empty file', async () => Buffer.alloc(0), /damaged/],
      [
        'a ../ entry name',
        async () => renameInZip(await zipOf([{ name: 'design.json', data: '{}' }, { name: 'aa/evil', data: 'x' }]), 'aa/evil', '../evil'),
        /invalid relative path/,
      ],
      [
        'an absolute entry name',
        async () => renameInZip(await zipOf([{ name: 'design.json', data: '{}' }, { name: 'xetc/passwd', data: 'x' }]), 'xetc/passwd', '/etc/passwd'),
        /absolute path/,
      ],
      [
        'duplicate entry names',
        async () =>
          renameInZip(
            await zipOf([
              { name: 'design.json', data: designJson(sampleDesign('A')) },
              { name: 'design.jsoX', data: designJson(sampleDesign('B')) },
            ]),
            'design.jsoX',
            'design.json',
          ),
        /two entries named “design\.json”/,
      ],
      [
        'a zip bomb',
        async () =>
          zipOf([
            { name: 'design.json', data: designJson(sampleDesign('V')) },
            { name: `assets/${'0'.repeat(64)}`, data: Buffer.alloc(20 * 1024 * 1024) },
          ]),
        /zip bomb/,
      ],
      ['no design.json', async () => zipOf([{ name: 'readme.txt', data: 'hi' }]), /no design\.json/],
      ['design.json that is not JSON', async () => zipOf([{ name: 'design.json', data: '{"format":' }]), /not readable JSON/],
      ['JSON without the marker', async () => zipOf([{ name: 'design.json', data: JSON.stringify(sampleDesign('V')) }]), /not marked/],
      [
        'a design that breaks the schema',
        async () => zipOf([{ name: 'design.json', data: designJson({ ...sampleDesign('V'), surfaces: [] }) }]),
        /damaged at surfaces/,
      ],
    ];
    it.each(cases)('%s', async (_label, make, detail) => {
      const dir = await tempDir();
      const file = await plant(dir, 'bad.namesake', await make());
      const e = await failure(openProjectFile(file.path, new AssetCache()));
      expect(e.code).toBe('corrupt-file');
      expect(e.message).toMatch(/^“bad\.namesake” can't be opened: it is damaged or not a Namesake design \(/);
      expect(e.message).toMatch(detail);
      expect(e.message).toMatch(/The file was not changed\.$/);
      await file.unchanged();
      expect(await readdir(dir)).toEqual(['bad.namesake']);
    });
  });

  it('says a missing file cannot be found', async () => {
    const dir = await tempDir();
    const e = await failure(openProjectFile(join(dir, 'gone.namesake'), new AssetCache()));
    expect(e.code).toBe('not-found');
    expect(e.message).toContain('“gone.namesake” can\'t be found');
  });
});
