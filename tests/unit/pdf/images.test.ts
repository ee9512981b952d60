import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DisplayItem, SharedArtwork } from '../../../shared/render/display-list';
import { fixture, label, OUT, pdf, qpdfCheck, readPpm, save, tool } from './support';

const FILES: Record<string, string> = {
  logo: 'logo-alpha.png',
  photo: 'logo-rgb.jpg',
  cmyk: 'swatch-cmyk.jpg',
  opaque: 'logo-opaque.png',
  palette: 'logo-palette.png',
};
const images = (asset: string) => (FILES[asset] ? fixture(FILES[asset]) : undefined);
const place = (asset: string, x: number, y: number, w: number, h: number): DisplayItem => ({ kind: 'image', asset, matrix: [w, 0, 0, h, x, y] });

interface ImageRow {
  page: number;
  type: string;
  width: number;
  height: number;
  color: string;
  enc: string;
  object: number;
}

function listImages(path: string): ImageRow[] {
  return tool('pdfimages', '-list', path)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const f = line.trim().split(/\s+/);
      return { page: +f[0]!, type: f[2]!, width: +f[3]!, height: +f[4]!, color: f[5]!, enc: f[8]!, object: +f[10]! };
    });
}

describe('images', () => {
  it('writes a shared logo once for the whole document, however many labels show it', () => {
    const artwork: SharedArtwork = { id: 'logo-art', items: [place('logo', 10, 10, 60, 40)] };
    const lists = Array.from({ length: 40 }, () => label([{ kind: 'shared', artwork }, place('photo', 100, 10, 60, 40)]));
    const path = save('shared-logo.pdf', pdf(lists, { images }));
    qpdfCheck(path);
    const rows = listImages(path);
    const logo = rows.filter((r) => r.type === 'image' && r.color === 'rgb' && r.enc === 'image');
    expect(new Set(rows.map((r) => r.page)).size).toBe(40);
    expect(new Set(logo.map((r) => r.object)).size).toBe(1);
    expect(new Set(rows.filter((r) => r.enc === 'jpeg').map((r) => r.object)).size).toBe(1);
    expect(new Set(rows.map((r) => r.object)).size).toBe(2); // the logo (pdfimages lists its SMask under the same id) and the photo
    expect(rows.filter((r) => r.type === 'smask')).toHaveLength(40);
  });

  it('passes JPEGs through byte for byte, and a CMYK JPEG stays CMYK', () => {
    const path = save('jpeg.pdf', pdf([label([place('photo', 0, 0, 60, 40), place('cmyk', 80, 10, 80, 20)])], { images }));
    const rows = listImages(path);
    expect(rows.map((r) => [r.enc, r.color])).toEqual([
      ['jpeg', 'rgb'],
      ['jpeg', 'cmyk'],
    ]);
    const prefix = join(OUT, 'extracted');
    for (const f of readdirSync(OUT).filter((name) => name.startsWith('extracted-'))) rmSync(join(OUT, f));
    execFileSync('pdfimages', ['-all', path, prefix]);
    const extracted = readdirSync(OUT).filter((f) => f.startsWith('extracted-')).sort();
    expect(Buffer.from(readFileSync(join(OUT, extracted[0]!))).equals(Buffer.from(fixture('logo-rgb.jpg')))).toBe(true);
    expect(Buffer.from(readFileSync(join(OUT, extracted[1]!))).equals(Buffer.from(fixture('swatch-cmyk.jpg')))).toBe(true);
  });

  it("undoes Adobe's inverted CMYK: the cyan swatch prints cyan, the black one black", () => {
    // The swatch image is 80 × 20 pt, four 20 pt squares: cyan, magenta, yellow, black.
    const path = save('cmyk-render.pdf', pdf([label([place('cmyk', 0, 0, 80, 20)], { width: 80, height: 20 }, 0)], { images }));
    execFileSync('pdftoppm', ['-r', '72', path, join(OUT, 'cmyk-render')]);
    const ppm = readPpm(join(OUT, 'cmyk-render-1.ppm'));
    const at = (i: number) => ppm.rgb(i * 20 + 10, 10);
    const [c, m, y, k] = [at(0), at(1), at(2), at(3)];
    expect(c[0]).toBeLessThan(80);
    expect(c[2]).toBeGreaterThan(180);
    expect(m[1]).toBeLessThan(80);
    expect(m[0]).toBeGreaterThan(180);
    expect(y[2]).toBeLessThan(80);
    expect(y[0] + y[1]).toBeGreaterThan(360);
    expect(Math.max(...k)).toBeLessThan(80);
  });

  it('keeps an opaque PNG compressed as it was, gives a palette PNG an Indexed space and an alpha PNG an SMask', () => {
    const path = save('png.pdf', pdf([label([place('opaque', 0, 0, 60, 40), place('palette', 60, 0, 60, 40), place('logo', 120, 0, 60, 40)])], { images }));
    qpdfCheck(path);
    const rows = listImages(path);
    expect(rows.map((r) => [r.type, r.color])).toEqual([
      ['image', 'rgb'],
      ['image', 'index'],
      ['image', 'rgb'],
      ['smask', 'gray'],
    ]);
    const raw = Buffer.from(readFileSync(path)).toString('latin1');
    expect(raw).toMatch(/\/DecodeParms <<\s*\/Predictor 15\s+\/Colors 3\s+\/BitsPerComponent 8\s+\/Columns 120\s*>>/);
    // The opaque PNG's IDAT bytes are in the file unchanged.
    const png = Buffer.from(fixture('logo-opaque.png'));
    const idat = png.indexOf('IDAT');
    expect(Buffer.from(readFileSync(path)).includes(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)))).toBe(true);
  });

  it('draws every PNG kind the same way', () => {
    const path = save('png-render.pdf', pdf(['opaque', 'palette', 'logo'].map((a) => label([place(a, 0, 0, 120, 80)], { width: 120, height: 80 }, 0)), { images }));
    execFileSync('pdftoppm', ['-r', '72', path, join(OUT, 'png-render')]);
    const pages = [1, 2, 3].map((p) => readPpm(join(OUT, `png-render-${p}.ppm`)));
    // The red disc, the blue bar and the green triangle (logo.ps; PDF y up) land where the logo has them.
    for (const page of pages) {
      expect(page.rgb(40, 40)[0]).toBeGreaterThan(200);
      expect(page.rgb(40, 40)[1]).toBeLessThan(60);
      expect(page.rgb(90, 60)[2]).toBeGreaterThan(200);
      expect(page.rgb(110, 20)[1]).toBeGreaterThan(100);
      expect(page.rgb(5, 5)).toEqual([255, 255, 255]);
    }
  });
});
