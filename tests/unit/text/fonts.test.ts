import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_FONTS,
  countFaces,
  embeddingRights,
  FontLibrary,
  initHarfBuzz,
  layoutText,
  layoutTextWhenReady,
  outlineToSvgPath,
  readFontInfo,
  type HarfBuzz,
} from '../../../shared/text';
import { bundledFontBytes, harfBuzzWasm } from './node-engine';

const bytesOf = (id: string) => bundledFontBytes(BUNDLED_FONTS.find((f) => f.id === id)!);

/** A .ttc of the given fonts: a `ttcf` header, then each font with its table offsets made absolute. */
function collection(fonts: Uint8Array[]): Uint8Array {
  const bases: number[] = [];
  let size = 12 + 4 * fonts.length;
  for (const font of fonts) {
    bases.push(size);
    size += Math.ceil(font.byteLength / 4) * 4;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set([0x74, 0x74, 0x63, 0x66, 0, 1, 0, 0]);
  view.setUint32(8, fonts.length);
  fonts.forEach((font, i) => {
    const base = bases[i]!;
    view.setUint32(12 + 4 * i, base);
    out.set(font, base);
    for (let t = 0; t < view.getUint16(base + 4); t++) {
      const record = base + 12 + 16 * t + 8;
      view.setUint32(record, view.getUint32(record) + base);
    }
  });
  return out;
}

let hb: HarfBuzz;
beforeAll(async () => {
  hb = await initHarfBuzz(harfBuzzWasm());
});

describe('fonts from bytes', () => {
  it('reads names, metrics, outline format and embedding rights', () => {
    const info = readFontInfo(bytesOf('great-vibes-regular'));
    expect(info.ok && info.value).toMatchObject({
      family: 'Great Vibes',
      style: 'Regular',
      postScriptName: 'GreatVibes-Regular',
      outlines: 'truetype',
      unitsPerEm: 1000,
      faceCount: 1,
      embedding: { fsType: 0, level: 'installable', subsetting: true },
    });
    if (info.ok) {
      expect(info.value.ascender).toBeGreaterThan(0);
      expect(info.value.descender).toBeLessThan(0);
      expect(info.value.capHeight).toBeGreaterThan(0);
    }
    const cjk = readFontInfo(bytesOf('noto-sans-jp-regular'));
    expect(cjk.ok && [cjk.value.outlines, cjk.value.family]).toEqual(['cff', 'Noto Sans Japanese']);
  });

  it('opens any face of a collection', () => {
    const ttc = collection([bytesOf('great-vibes-regular'), bytesOf('lora-regular')]);
    expect(countFaces(ttc)).toBe(2);
    const second = readFontInfo(ttc, 1);
    expect(second.ok && second.value.family).toBe('Lora');
    expect(readFontInfo(ttc, 2)).toMatchObject({ ok: false, error: { code: 'font-face' } });

    const library = new FontLibrary(hb);
    expect(library.add('lora-in-ttc', ttc, 1).ok).toBe(true);
    expect(library.add('lora', bytesOf('lora-regular')).ok).toBe(true);
    const glyphs = (id: string) => layoutText(library, 'AVATAR', { box: { width: 500, height: 50 }, font: id, size: 20 }).runs[0]!.glyphs;
    expect(glyphs('lora-in-ttc')).toEqual(glyphs('lora'));
  });

  it('refuses web fonts and other files with a message a user can act on', () => {
    const woff = new Uint8Array(64);
    woff.set([0x77, 0x4f, 0x46, 0x46]);
    expect(readFontInfo(woff)).toMatchObject({ ok: false, error: { code: 'font-format', message: expect.stringMatching(/WOFF.*TTF or OTF/) } });
    expect(readFontInfo(new TextEncoder().encode('%PDF-1.7 not a font at all'))).toMatchObject({ ok: false, error: { code: 'font-format' } });
    expect(new FontLibrary(hb).add('x', woff).ok).toBe(false);
    expect(countFaces(woff)).toBe(0);
  });

  it.each([
    [0x0000, 'installable', true],
    [0x0002, 'restricted', true],
    [0x0004, 'preview-print', true],
    [0x0006, 'preview-print', true],
    [0x000a, 'editable', true],
    [0x0108, 'editable', false],
  ] as const)('reads fsType %i as %s (subsetting %s)', (fsType, level, subsetting) => {
    expect(embeddingRights(fsType)).toMatchObject({ level, subsetting });
  });
});

describe('glyph outlines', () => {
  it('draws outlines from HarfBuzz in font units, once per glyph', () => {
    const library = new FontLibrary(hb);
    const font = library.add('lora', bytesOf('lora-regular'));
    if (!font.ok) throw new Error(font.error.message);
    const a = font.value.outline(font.value.glyphFor(0x41));
    expect(a[0]![0]).toBe('M');
    expect(a.at(-1)).toEqual(['Z']);
    expect(font.value.outline(font.value.glyphFor(0x41))).toBe(a);
    const xs = a.flatMap(([, ...values]) => values.filter((_, i) => i % 2 === 0));
    expect(Math.max(...xs)).toBeLessThan(font.value.unitsPerEm);
    expect(outlineToSvgPath(a)).toMatch(/^M-?\d+(\.\d+)? -?\d+.*Z$/);
    expect(font.value.outline(font.value.glyphFor(0x20))).toEqual([]);
  });

  it('draws CFF outlines with cubic curves', () => {
    const library = new FontLibrary(hb);
    const font = library.add('jp', bytesOf('noto-sans-jp-regular'));
    if (!font.ok) throw new Error(font.error.message);
    expect(font.value.outline(font.value.glyphFor(0x3055)).some(([op]) => op === 'C')).toBe(true);
  });
});

describe('the HarfBuzz module', () => {
  it('starts from a compiled module as well as from bytes, as the renderer does', async () => {
    const compiled = await WebAssembly.compile(harfBuzzWasm());
    const library = new FontLibrary(await initHarfBuzz(compiled));
    library.add('lora', bytesOf('lora-regular'));
    expect(layoutText(library, 'Emma', { box: { width: 100, height: 30 }, font: 'lora', size: 12 }).runs[0]!.glyphs).toHaveLength(4);
  });

  it('grows its memory for large fonts without losing the fonts already open', () => {
    const library = new FontLibrary(hb);
    library.add('lora', bytesOf('lora-regular'));
    const before = layoutText(library, 'Emma', { box: { width: 100, height: 30 }, font: 'lora', size: 12 }).runs[0]!.glyphs;
    for (const id of ['noto-sans-sc-regular', 'noto-sans-kr-regular', 'noto-sans-jp-regular']) expect(library.add(id, bytesOf(id)).ok).toBe(true);
    expect(layoutText(library, 'Emma', { box: { width: 100, height: 30 }, font: 'lora', size: 12 }).runs[0]!.glyphs).toEqual(before);
  });
});

describe('the font library', () => {
  it('loads a lazy font once, however many layouts ask, then lays out with it', async () => {
    let loads = 0;
    const library = new FontLibrary(hb, ['jp']);
    library.add('lora', bytesOf('lora-regular'));
    library.addLazy({
      id: 'jp',
      coverage: [[0x3040, 0x30ff]],
      load: async () => {
        loads++;
        return bytesOf('noto-sans-jp-regular');
      },
    });
    const frame = { box: { width: 200, height: 30 }, font: 'lora', size: 12 };
    const [one, two] = await Promise.all([layoutTextWhenReady(library, 'さくら', frame), layoutTextWhenReady(library, 'さくら', frame)]);
    expect(loads).toBe(1);
    expect(one).toEqual(two);
    expect(one.fallbackFonts).toEqual(['jp']);
    expect(one.missing).toEqual([]);
  });

  it('reports a font whose bytes fail to load, and the characters it would have drawn', async () => {
    const library = new FontLibrary(hb, ['broken']);
    library.add('lora', bytesOf('lora-regular'));
    library.addLazy({ id: 'broken', coverage: [[0x3040, 0x30ff]], load: () => Promise.reject(new Error('disk gone')) });
    expect(await library.load('broken')).toMatchObject({ ok: false, error: { code: 'font-load', message: expect.stringContaining('disk gone') } });
    const layout = await layoutTextWhenReady(library, 'さ', { box: { width: 200, height: 30 }, font: 'lora', size: 12 });
    expect(layout.missing).toEqual([{ codePoint: 0x3055, index: 0 }]);
  });

  it('uses a font added after a layout asked for it', () => {
    const library = new FontLibrary(hb, ['arabic']);
    library.add('lora', bytesOf('lora-regular'));
    const frame = { box: { width: 200, height: 30 }, font: 'lora', size: 12 };
    expect(layoutText(library, 'محمد', frame).unavailableFonts).toEqual(['arabic']);
    library.add('arabic', bytesOf('noto-sans-arabic-regular'));
    const layout = layoutText(library, 'محمد', frame);
    expect([layout.unavailableFonts, layout.fallbackFonts, layout.missing]).toEqual([[], ['arabic'], []]);
  });
});
