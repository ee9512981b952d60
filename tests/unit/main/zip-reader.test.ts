import { describe, expect, it } from 'vitest';
import { readZip, type ZipLimits } from '../../../main/services/zip-reader';
import { zipOf } from './fixtures';

const roomy: ZipLimits = { maxEntries: 10, maxEntryBytes: 1e6, maxTotalBytes: 1e6, maxRatio: 100, ratioFloorBytes: 1e4 };

describe('readZip', () => {
  it('reads wanted entries only, but checks them all', async () => {
    const zip = await zipOf([
      { name: 'a', data: 'A' },
      { name: 'dir/b', data: 'B', store: true },
    ]);
    const all = await readZip(zip, roomy);
    expect(Object.fromEntries([...all].map(([k, v]) => [k, v.toString()]))).toEqual({ a: 'A', 'dir/b': 'B' });
    expect([...(await readZip(zip, roomy, (n) => n === 'a')).keys()]).toEqual(['a']);
  });

  it('caps the number of entries', async () => {
    const zip = await zipOf(Array.from({ length: 4 }, (_, i) => ({ name: `e${i}`, data: 'x' })));
    await expect(readZip(zip, { ...roomy, maxEntries: 3 })).rejects.toThrow('holds 4 entries');
  });

  it('caps each entry and the total, even for entries it does not read', async () => {
    const zip = await zipOf([
      { name: 'a', data: Buffer.alloc(600), store: true },
      { name: 'b', data: Buffer.alloc(600), store: true },
    ]);
    await expect(readZip(zip, { ...roomy, maxEntryBytes: 500 }, () => false)).rejects.toThrow('“a” is larger');
    await expect(readZip(zip, { ...roomy, maxTotalBytes: 1000 }, () => false)).rejects.toThrow('contents are larger');
  });

  it('allows high ratios only for small entries', async () => {
    const zeros = await zipOf([{ name: 'z', data: Buffer.alloc(50_000) }]);
    await expect(readZip(zeros, roomy)).rejects.toThrow('zip bomb');
    expect((await readZip(zeros, { ...roomy, ratioFloorBytes: 100_000 })).get('z')?.length).toBe(50_000);
  });

  it('does not trust a declared size: an entry that inflates past it fails', async () => {
    const zip = await zipOf([{ name: 'z', data: Buffer.alloc(50_000) }]);
    // Claim 100 bytes in the central directory (uncompressed size sits 24 bytes into the record), so
    // neither the size caps nor the ratio check would stop it.
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, central + 24);
    await expect(readZip(zip, roomy)).rejects.toThrow(/too many bytes/);
  });
});
