import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssetCache } from '../../../main/services/asset-cache';
import { openProjectFile, saveProjectFile } from '../../../main/services/project-file';
import { assetOf, sampleDesign } from './fixtures';
import { tempDir } from './temp-dir';

describe('saving a design', () => {
  it('leaves out assets no object uses, list entry and bytes, and keeps the ones in use', async () => {
    const dir = await tempDir();
    const logo = assetOf(Buffer.from('logo bytes'));
    const deleted = assetOf(Buffer.from('a picture since deleted'));
    const cache = new AssetCache();
    cache.add(logo.bytes);
    cache.add(deleted.bytes);
    const design = sampleDesign('Candle', logo);
    const stale = { id: deleted.id, name: 'old.png', mime: 'image/png' as const, size: deleted.bytes.length };
    const path = join(dir, 'candle.namesake');

    await saveProjectFile(path, { ...design, assets: [stale, ...design.assets] }, cache);
    const fresh = new AssetCache();
    const opened = await openProjectFile(path, fresh);
    expect(opened.design.assets.map((a) => a.id)).toEqual([logo.id]);
    expect(fresh.get(logo.id)?.equals(logo.bytes)).toBe(true);
    expect(fresh.get(deleted.id)).toBeUndefined();

    // An unused asset the cache lacks is no reason to refuse the save: it is not written at all.
    await saveProjectFile(path, { ...design, assets: [...design.assets, { ...stale, id: assetOf(Buffer.from('never cached')).id }] }, cache);
    expect((await openProjectFile(path, new AssetCache())).design.assets.map((a) => a.id)).toEqual([logo.id]);
  });
});
