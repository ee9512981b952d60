import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DisplayItem } from '../../../shared/render/display-list';
import { fixture, label, pdf, qpdfCheck, rectPath, save, textEngine, textItems, tool } from './support';

describe('a native Flate compressor (PdfOptions.deflate)', () => {
  it('compresses every stream the writer makes, and the file reads as the default compressor’s does', async () => {
    const { library, subsetter } = await textEngine();
    const items: DisplayItem[] = [
      { kind: 'path', path: rectPath(0, 0, 180, 72), fill: { space: 'cmyk', c: 0, m: 0.1, y: 0.2, k: 0 } },
      { kind: 'image', asset: 'logo', matrix: [36, 0, 0, 36, 8, 18] },
      ...textItems(library, 'Zoë Ångström محمد', { x: 50, y: 10 }, { box: { width: 130, height: 30 }, font: 'noto-sans-regular', size: 14 }, { space: 'rgb', r: 0, g: 0, b: 0 }),
    ];
    const lists = Array.from({ length: 40 }, () => label(items));
    const options = { fonts: (id: string) => library.get(id), subsetter, images: () => fixture('logo-alpha.png') };
    let calls = 0;
    const native = save('native.pdf', pdf(lists, { ...options, deflate: (bytes) => (calls++, deflateSync(bytes)) }));
    const builtin = save('builtin.pdf', pdf(lists, options));
    // Every Flate stream of the file (shared art, font programs and ToUnicode maps, the logo and its mask) came from it.
    const flate = (readFileSync(native, 'latin1').match(/\/FlateDecode/g) ?? []).length;
    expect(calls).toBeGreaterThan(4);
    expect(calls).toBe(flate);
    for (const path of [native, builtin]) expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');
    expect(tool('pdftotext', native, '-')).toBe(tool('pdftotext', builtin, '-'));
    // The same images, placed alike; only their compressed sizes (the last two columns) differ.
    const images = (path: string) => tool('pdfimages', '-list', path).split('\n').map((l) => l.trim().split(/\s+/).slice(0, -2).join(' '));
    expect(images(native)).toEqual(images(builtin));
    expect(tool('pdffonts', native)).toBe(tool('pdffonts', builtin));
  });
});
