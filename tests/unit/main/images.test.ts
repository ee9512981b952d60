import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { HandlerError } from '../../../shared/ipc/errors';
import { createAssetHandlers } from '../../../main/services/asset-handlers';
import { AssetCache, sha256Hex } from '../../../main/services/asset-cache';
import { imageSize } from '../../../main/services/export';
import { jpegSegments, readJpegMetadata, readPngMetadata, sniffImage } from '../../../main/services/image-metadata';
import { checkImage, pngDataSize } from '../../../main/services/image-validation';
import { makeJpeg, makePng, ppm } from '../../support/image-bytes';
import { tempDir } from './temp-dir';

const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="1in" height="0.5in" viewBox="0 0 100 50"><circle cx="25" cy="25" r="20" fill="#c00"/><text>Hi</text></svg>';

async function refusal(bytes: Uint8Array, name = 'logo.png'): Promise<string> {
  const e = await checkImage(bytes, name).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(e instanceof HandlerError)) throw new Error(`expected a refusal, got ${String(e)}`);
  expect(e.message.startsWith(`“${name}”`)).toBe(true);
  return e.message;
}

describe('image metadata', () => {
  it('tells kinds apart by content, never by name', () => {
    expect(sniffImage(makePng({ width: 1, height: 1 }))).toBe('png');
    expect(sniffImage(makeJpeg({ width: 8, height: 8 }))).toBe('jpeg');
    expect(sniffImage(Buffer.from(`\uFEFF<?xml version="1.0"?>\n<!-- by hand -->\n<!DOCTYPE svg>\n${LOGO_SVG}`))).toBe('svg');
    expect(sniffImage(Buffer.from('GIF89a....'))).toBe('gif');
    expect(sniffImage(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0'))).toBe('heic');
    expect(sniffImage(Buffer.from('<html><svg></svg></html>'))).toBeUndefined();
  });

  it('reads PNG size and pHYs density', () => {
    expect(readPngMetadata(makePng({ width: 30, height: 20, pixelsPerMetre: ppm(300) }))).toEqual({ width: 30, height: 20, orientation: 1, density: { x: 11811 * 0.0254, y: 11811 * 0.0254 } });
    expect(readPngMetadata(makePng({ width: 30, height: 20 }))?.density).toBeNull();
  });

  it('reads JPEG size, JFIF density (dpi), else EXIF resolution, and EXIF orientation', () => {
    const meta = (o: Parameters<typeof makeJpeg>[0]) => readJpegMetadata(jpegSegments(makeJpeg(o)));
    expect(meta({ width: 40, height: 24, dpi: 150 })).toEqual({ width: 40, height: 24, orientation: 1, density: { x: 150, y: 150 } });
    // JFIF unit 0 only gives the pixel aspect: the EXIF resolution counts.
    expect(meta({ width: 40, height: 24, orientation: 6, exifDpi: 240 })).toEqual({ width: 40, height: 24, orientation: 6, density: { x: 240, y: 240 } });
    expect(meta({ width: 40, height: 24 })?.density).toBeNull();
  });
});

describe('checkImage', () => {
  it('answers pixel size, density and the upright physical size of a PNG and a JPEG', async () => {
    const png = await checkImage(makePng({ width: 300, height: 150, pixelsPerMetre: ppm(200) }), 'logo.png');
    expect(png.info).toMatchObject({ mime: 'image/png', width: 300, height: 150, orientation: 1, warnings: [] });
    expect(png.info.physical!.width).toBeCloseTo(108, 2);
    expect(png.info.physical!.height).toBeCloseTo(54, 2);
    const jpeg = await checkImage(makeJpeg({ width: 400, height: 200, dpi: 100, orientation: 8 }), 'photo.jpg');
    expect(jpeg.info).toMatchObject({ mime: 'image/jpeg', width: 400, height: 200, orientation: 8, density: { x: 100, y: 100 }, physical: { width: 144, height: 288 } });
    expect(jpeg.content).toEqual({ width: 400, height: 200, orientation: 8 });
  });

  it('leaves the physical size open when the file declares no density', async () => {
    expect((await checkImage(makePng({ width: 10, height: 10 }), 'a.png')).info.physical).toBeNull();
  });

  it('converts an SVG to vector art, with its printed size and what it left out', async () => {
    const { info, content } = await checkImage(Buffer.from(LOGO_SVG), 'logo.svg');
    expect(info).toMatchObject({ mime: 'image/svg+xml', width: 100, height: 50, physical: { width: 72, height: 36 } });
    expect(info.warnings).toEqual(['<text> is not supported and was left out: convert text to outlines (paths) in your drawing program']);
    expect(content.vector?.items).toHaveLength(1);
  });

  it('refuses a decompression bomb by its header, before decoding', async () => {
    // 50,000 × 50,000 pixels claimed by a file of a few hundred bytes.
    const bomb = makePng({ width: 1, height: 1, headerSize: { width: 50_000, height: 50_000 } });
    expect(bomb.length).toBeLessThan(300);
    expect(await refusal(bomb)).toBe('“logo.png” is 50,000 × 50,000 pixels; Namesake places images up to 50 megapixels. Scale it down first.');
  });

  it('refuses truncated files: a PNG cut inside its pixel data, a JPEG without its end', async () => {
    const png = makePng({ width: 64, height: 64, pixel: (x, y) => [x * 4, y * 4, (x * y) % 256, 255] });
    expect(await refusal(png.subarray(0, png.length - 40))).toMatch(/damaged or incomplete|is incomplete/);
    expect(await refusal(makeJpeg({ width: 64, height: 64, truncated: true }), 'photo.jpg')).toMatch(/is incomplete: it ends in the middle of its image data/);
  });

  it('refuses a PNG whose data inflates to less than its header promises', async () => {
    const short = makePng({ width: 4, height: 4 });
    // Same header, pixel data for only one row.
    const idatStart = short.indexOf('IDAT') - 4;
    const oneRow = deflateSync(Buffer.alloc(1 + 4 * 4));
    const body = Buffer.alloc(4);
    body.writeUInt32BE(oneRow.length);
    const patched = Buffer.concat([short.subarray(0, idatStart), body, Buffer.from('IDAT'), oneRow, Buffer.alloc(4), short.subarray(short.indexOf('IEND') - 4)]);
    expect(await refusal(patched)).toMatch(/ends before its last row of pixels/);
  });

  it('says what to do with other formats, and with files that are no image at all', async () => {
    expect(await refusal(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic'), 'IMG_0001.heic')).toMatch(/HEIC\/AVIF photo.*Convert it to JPEG first/);
    expect(await refusal(Buffer.from('GIF89a\x01\x00\x01\x00'), 'a.gif')).toMatch(/is a GIF.*Convert it to PNG first/);
    expect(await refusal(Buffer.from('hello, I am text'), 'fake.png')).toMatch(/is not a PNG, JPEG or SVG image/);
    expect(await refusal(new Uint8Array(0))).toBe('“logo.png” is empty.');
    expect(await refusal(Buffer.from('<svg><g></svg>'), 'bad.svg')).toMatch(/cannot be placed\. The SVG file is not well-formed XML/);
  });

  it('refuses a 12-bit or arithmetic-coded JPEG, which PDF cannot carry', async () => {
    const jpeg = makeJpeg({ width: 8, height: 8 });
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const twelveBit = Buffer.from(jpeg);
    twelveBit[sof + 4] = 12;
    expect(await refusal(twelveBit, 'x.jpg')).toMatch(/is a 12-bit JPEG/);
    const arithmetic = Buffer.from(jpeg);
    arithmetic[sof + 1] = 0xc9;
    expect(await refusal(arithmetic, 'x.jpg')).toMatch(/arithmetic-coded JPEG/);
  });

  it('knows how much data an interlaced PNG holds (seven Adam7 passes)', () => {
    // 8 × 8 RGBA: passes of 1×1, 1×1, 2×1, 2×2, 4×2, 4×4, 8×4 pixels, each row with its filter byte.
    expect(pngDataSize(8, 8, 32, true)).toBe([[1, 1], [1, 1], [2, 1], [2, 2], [4, 2], [4, 4], [8, 4]].reduce((s, [w, h]) => s + h! * (1 + w! * 4), 0));
    expect(pngDataSize(3, 2, 1, false)).toBe(2 * (1 + 1));
  });
});

describe('export reads what placing needs', () => {
  it('gives the EXIF orientation of a JPEG and the vector art of an SVG', () => {
    expect(imageSize(makeJpeg({ width: 40, height: 24, orientation: 6 }))).toMatchObject({ width: 40, height: 24, orientation: 6 });
    expect(imageSize(Buffer.from(LOGO_SVG))?.vector?.width).toBe(100);
    expect(imageSize(Buffer.from('not an image'))).toBeUndefined();
  });
});

describe('asset handlers', () => {
  function setup(openAnswer: string | null = null) {
    const assets = new AssetCache();
    const asked: string[] = [];
    const handlers = createAssetHandlers(
      {
        dialogs: {
          showOpen: async ({ title, filters }) => (asked.push(`${title}: ${filters.flatMap((f) => f.extensions).join(',')}`), openAnswer),
          showOpenFiles: async () => [],
          showOpenFolder: async () => null,
          showSave: async () => null,
        },
      },
      { assets },
    );
    return { assets, asked, handlers };
  }

  it('adds a dropped image by content address and hands it back for drawing', async () => {
    const { assets, handlers } = setup();
    const png = makePng({ width: 300, height: 150, pixelsPerMetre: ppm(300) });
    const input = contract['assets:add'].input.parse({ name: 'logo.png', data: png.toString('base64') });
    const added = contract['assets:add'].output.parse(await handlers['assets:add'](input));
    expect(added.asset).toEqual({ id: sha256Hex(png), name: 'logo.png', mime: 'image/png', size: png.length });
    expect(assets.get(added.asset.id)?.equals(png)).toBe(true);
    const got = contract['assets:get'].output.parse(await handlers['assets:get']({ id: added.asset.id }));
    expect(Buffer.from(got.data, 'base64').equals(png)).toBe(true);
    expect(got.image).toEqual(added.image);
  });

  it('imports the file the Open dialog chose, checked by content whatever its name', async () => {
    const dir = await tempDir();
    const path = join(dir, 'photo.png');
    await writeFile(path, makeJpeg({ width: 16, height: 16, dpi: 72 }));
    const { asked, handlers } = setup(path);
    const answer = await handlers['assets:import']({});
    expect(asked).toEqual(['Add image: png,jpg,jpeg,svg']);
    expect(answer).toMatchObject({ cancelled: false, asset: { name: 'photo.png', mime: 'image/jpeg' }, image: { physical: { width: 16, height: 16 } } });
    expect(await setup(null).handlers['assets:import']({})).toEqual({ cancelled: true });
  });

  it('refuses a bad drop with a sentence and keeps nothing', async () => {
    const { assets, handlers } = setup();
    const bomb = makePng({ width: 1, height: 1, headerSize: { width: 40_000, height: 40_000 } });
    await expect(handlers['assets:add']({ name: 'bomb.png', data: bomb.toString('base64') })).rejects.toThrow(/“bomb.png” is 40,000 × 40,000 pixels/);
    expect(assets.get(sha256Hex(bomb))).toBeUndefined();
    await expect(handlers['assets:get']({ id: 'f'.repeat(64) })).rejects.toThrow(/An image of this design is missing/);
  });

  it('refuses over-long payloads at the contract, before any handler runs', () => {
    expect(contract['assets:add'].input.safeParse({ name: 'x.png', data: 'not base64!' }).success).toBe(false);
    expect(contract['assets:add'].input.safeParse({ name: '', data: 'AAAA' }).success).toBe(false);
  });
});
