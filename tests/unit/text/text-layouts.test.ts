import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createText, type TextObject } from '../../../shared/model';
import { bundledFallbackChain, FontLibrary, type HarfBuzz } from '../../../shared/text';
import { textReport } from '../../../renderer/text/reports';
import { TextLayouts } from '../../../renderer/text/textLayouts';
import { loadTextEngine } from './node-engine';

let hb: HarfBuzz;
let library: FontLibrary;
beforeAll(async () => {
  ({ hb, library } = await loadTextEngine());
});

const text = (value: string, extra: Partial<TextObject> = {}): TextObject => ({ ...(createText('s1', { x: 0, y: 0 }, value) as TextObject), ...extra });
const familyOf = (id: string) => library.get(id)?.info.family ?? id;
/** Resolves when the layouts tell their subscribers of a change. */
function nextChange(layouts: TextLayouts): Promise<void> {
  return new Promise((resolve) => {
    const stop = layouts.subscribe(() => {
      stop();
      resolve();
    });
  });
}

describe('the page’s text layouts', () => {
  it('hands out nothing until the engine is up, then one layout per record', async () => {
    let start!: (library: FontLibrary) => void;
    const layouts = new TextLayouts(new Promise((resolve) => (start = resolve)));
    const record = text('Emma');
    expect(layouts.layout(record)).toBeNull();
    const up = nextChange(layouts);
    start(library);
    await up;
    const layout = layouts.layout(record);
    expect(layout?.runs.flatMap((r) => r.glyphs)).toHaveLength(4);
    expect(layouts.layout(record)).toBe(layout);
    expect(layouts.layout({ ...record, text: 'Emma!' })).not.toBe(layout);
  });

  it('withholds a layout until a lazily loaded font it needs is in, then draws in it', async () => {
    const lazy = new FontLibrary(hb, bundledFallbackChain());
    lazy.add('noto-sans-regular', library.get('noto-sans-regular')!.bytes);
    const jp = await library.load('noto-sans-jp-regular');
    if (!jp.ok) throw new Error(jp.error.message);
    lazy.addLazy({ id: 'noto-sans-jp-regular', coverage: [[0x3040, 0x30ff]], load: async () => jp.value.bytes });
    const layouts = new TextLayouts(Promise.resolve(lazy));
    await nextChange(layouts);
    const record = text('さくら');
    const loaded = nextChange(layouts);
    expect(layouts.layout(record)).toBeNull();
    await loaded;
    const layout = layouts.layout(record)!;
    expect(layout.fallbackFonts).toEqual(['noto-sans-jp-regular']);
    expect(layout.missing).toEqual([]);
  });

  it('gives up on a font that does not load, and says so', async () => {
    const broken = new FontLibrary(hb, []);
    broken.add('noto-sans-regular', library.get('noto-sans-regular')!.bytes);
    broken.addLazy({ id: 'great-vibes-regular', coverage: [], load: () => Promise.reject(new Error('gone')) });
    const layouts = new TextLayouts(Promise.resolve(broken));
    await nextChange(layouts);
    const record = text('Zoë', { font: 'great-vibes-regular' });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failed = nextChange(layouts);
    expect(layouts.layout(record)).toBeNull();
    await failed;
    expect(error).toHaveBeenCalledWith(expect.stringContaining('great-vibes-regular'));
    error.mockRestore();
    const layout = layouts.layout(record)!;
    expect(textReport(record, layout, familyOf).warnings).toEqual(['The font “great-vibes-regular” could not be loaded']);
  });

  it('reports a failed engine start', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const layouts = new TextLayouts(Promise.reject(new Error('no wasm')));
    await nextChange(layouts);
    error.mockRestore();
    expect(layouts.error).toContain('no wasm');
    expect(layouts.layout(text('Emma'))).toBeNull();
  });
});

describe('text reports', () => {
  const report = async (record: TextObject) => {
    const layouts = new TextLayouts(Promise.resolve(library));
    await nextChange(layouts);
    return textReport(record, layouts.layout(record)!, familyOf);
  };

  it('names each character no font has, once', async () => {
    const r = await report(text('Ankh 𓋹 𓋹'));
    expect(r.warnings).toEqual(['No font has “𓋹” (U+132F9)']);
    expect(r.label).toBe('“Ankh 𓋹 𓋹”');
  });

  it('says when the text does not fit, at which size', async () => {
    const long = 'Maximilian Alexandra Rosalind von Hohenzollern-Wyatt';
    expect((await report(text(long, { fit: 'shrink', minFontSize: 14 }))).warnings).toEqual(['Does not fit its frame, even at 14 pt']);
    expect((await report(text(long, { fit: 'none' }))).warnings).toEqual(['Does not fit its frame']);
  });

  it('names a font the library does not have', async () => {
    expect((await report(text('Emma', { font: 'imported-font-gone' }))).warnings).toEqual(['The font “imported-font-gone” is not installed']);
  });

  it('notes the fallback fonts that drew some of the text, by family', async () => {
    const r = await report(text('Zoë محمد 🎂', { font: 'great-vibes-regular', width: 400 }));
    expect(r.warnings).toEqual([]);
    expect(r.notes).toEqual(['Great Vibes lacks some characters: drawn with Noto Sans Arabic, Noto Emoji']);
  });

  it('names a frame by the start of its text, never cutting a character in half', async () => {
    const r = await report(text('🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂🎂'));
    expect(r.label).toBe(`“${'🎂'.repeat(23)}…”`);
    expect((await report(text('  '))).label).toBe('Text');
  });
});
