import { compress } from 'woff2-encoder';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSfnt } from '../../../main/services/fonts/web-font';
import { Font, initHarfBuzz, readFontInfo, type HarfBuzz } from '../../../shared/text';
import { bundledBytes, woff } from '../main/font-files';
import { harfBuzzWasm } from './node-engine';

let hb: HarfBuzz;
beforeAll(async () => {
  hb = await initHarfBuzz(harfBuzzWasm());
});

/** The glyphs and advances HarfBuzz gives "Emma & Zoë" in the font. */
function shaped(bytes: Uint8Array) {
  const font = Font.open(hb, 'probe', bytes);
  if (!font.ok) throw new Error(font.error.message);
  const text = 'Emma & Zoë';
  const { glyphs, advances } = font.value.shape({ text, start: 0, end: text.length, direction: 'ltr', script: 'Latn', language: 'en', features: [] });
  font.value.close();
  return { glyphs, advances };
}

describe('web fonts are unpacked to the font they wrap', () => {
  it('WOFF2 (a real one, made by Google’s encoder) shapes exactly like its TrueType original', async () => {
    const original = await bundledBytes('dancing-script-regular');
    const woff2 = await compress(original);
    expect(new TextDecoder().decode(woff2.subarray(0, 4))).toBe('wOF2');
    expect(woff2.byteLength).toBeLessThan(original.byteLength * 0.7);
    // Still refused by the font reader itself: only main unpacks web fonts.
    expect(readFontInfo(woff2).ok).toBe(false);

    const unpacked = await toSfnt(woff2);
    if (!unpacked.ok) throw new Error(unpacked.error.message);
    const info = readFontInfo(unpacked.value);
    expect(info.ok && info.value).toMatchObject({ family: 'Dancing Script', outlines: 'truetype' });
    expect(shaped(unpacked.value)).toEqual(shaped(original));
  });

  it('WOFF 1: each table inflated back', async () => {
    const original = await bundledBytes('noto-sans-hebrew-regular');
    const packed = woff(original);
    expect(packed.byteLength).toBeLessThan(original.byteLength);
    const unpacked = await toSfnt(packed);
    if (!unpacked.ok) throw new Error(unpacked.error.message);
    expect(readFontInfo(unpacked.value).ok && readFontInfo(unpacked.value)).toMatchObject({ value: { family: 'Noto Sans Hebrew' } });
    expect(shaped(unpacked.value)).toEqual(shaped(original));
  });

  it('passes plain fonts through and refuses damaged web fonts with a message', async () => {
    const plain = await bundledBytes('bebas-neue-regular');
    expect(await toSfnt(plain)).toEqual({ ok: true, value: plain });

    const woff2 = await compress(plain);
    const cut = await toSfnt(woff2.subarray(0, 200));
    expect(cut).toMatchObject({ ok: false, error: { message: 'This web font (WOFF2) is damaged and cannot be read.' } });

    const packed = woff(plain);
    packed.fill(0xff, 300, 400); // in the middle of a compressed table
    expect(await toSfnt(packed)).toMatchObject({ ok: false, error: { message: 'This web font (WOFF) is damaged and cannot be read.' } });
  });
});
