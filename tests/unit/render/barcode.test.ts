import jsQR from 'jsqr';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBarcode, createDesign, type BarcodeObject, type Design } from '../../../shared/model';
import { barcodeItems } from '../../../shared/render/barcode';
import { DesignRenderer } from '../../../shared/render/design-display-list';
import type { DisplayItem, PathCommand, PathItem } from '../../../shared/render/display-list';
import type { FontLibrary } from '../../../shared/text';
import { pdf, qpdfCheck, readPpm, save, tool, OUT } from '../pdf/support';
import { loadTextEngine } from '../text/node-engine';

let library: FontLibrary;
beforeAll(async () => {
  ({ library } = await loadTextEngine());
});

const INCH = 72;
const code = (symbology: BarcodeObject['symbology'], content: string, box = { x: 0, y: 0, width: 2 * INCH, height: INCH }): BarcodeObject => createBarcode('s', box, symbology, content);

/** The bars' path of a drawing (the last item; a background comes first). */
const barsOf = (items: readonly DisplayItem[]) => items[items.length - 1] as PathItem;

/** The x ranges of a linear code's bars: each bar is one closed rectangle, M L L L Z. */
function barRanges(path: readonly PathCommand[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < path.length; i += 5) {
    const xs = path.slice(i, i + 4).map((c) => c[1] as number);
    ranges.push([Math.min(...xs), Math.max(...xs)]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** EAN-13 by the GS1 tables, written out independently of bwip-js: the 95 modules as 1 (bar) and 0 (space). */
function ean13Modules(digits12: string): { modules: string; check: number } {
  const d = [...digits12].map(Number);
  const sum = d.reduce((s, v, i) => s + v * (i % 2 ? 3 : 1), 0);
  const check = (10 - (sum % 10)) % 10;
  const all = [...d, check];
  const L = ['0001101', '0011001', '0010011', '0111101', '0100011', '0110001', '0101111', '0111011', '0110111', '0001011'];
  const R = L.map((c) => [...c].map((b) => (b === '1' ? '0' : '1')).join(''));
  const G = R.map((c) => [...c].reverse().join(''));
  const parity = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLG', 'LGLGGL', 'LGLGLG', 'LGGLGL'][all[0]!]!;
  const left = all.slice(1, 7).map((v, i) => (parity[i] === 'L' ? L : G)[v]).join('');
  const right = all.slice(7).map((v) => R[v]).join('');
  return { modules: `101${left}01010${right}101`, check };
}

function design(objects: (surfaceId: string) => BarcodeObject[]): Design {
  const d = createDesign({ name: 'codes', unit: 'in', width: 3 * INCH, height: 2 * INCH, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const s = d.surfaces[0]!;
  for (const o of objects(s.id)) {
    d.objects.push(o);
    s.objectIds.push(o.id);
  }
  d.fields = [{ name: 'sku', label: 'SKU', required: false, maxLength: null, defaultValue: '', sample: '400638133393', allowedFonts: [], allowedColors: [] }];
  return d;
}

const renderer = (d: Design) => DesignRenderer.create(d, { library, imageSize: () => undefined });

describe('barcodes', () => {
  it('encodes EAN-13 with its check digit, bar for bar as the GS1 tables say, quiet zones kept clear', () => {
    const b = code('ean13', '590123412345');
    const drawn = barcodeItems(b, b.content);
    if (!drawn.ok) throw new Error(drawn.error.message);
    const { modules, check } = ean13Modules('590123412345');
    expect(check).toBe(7);
    // 11 modules of quiet zone left and 7 right around the 95 of the code fill the box's width.
    const module = b.width / (11 + 95 + 7);
    const drawnModules = Array.from({ length: 95 }, (_, i) => {
      const centre = (11 + i + 0.5) * module;
      return barRanges(barsOf(drawn.value).path).some(([from, to]) => from < centre && centre < to) ? '1' : '0';
    }).join('');
    expect(drawnModules).toBe(modules);
    for (const [from, to] of barRanges(barsOf(drawn.value).path)) {
      expect(from).toBeGreaterThanOrEqual(11 * module - 1e-6);
      expect(to).toBeLessThanOrEqual((11 + 95) * module + 1e-6);
    }
  });

  it('refuses content a symbology cannot hold, with a sentence saying why', () => {
    const letters = barcodeItems(code('ean13', '59012341234A'), '59012341234A');
    expect(letters.ok).toBe(false);
    if (!letters.ok) expect(letters.error.message).toBe('The EAN-13 cannot hold “59012341234A”: EAN-13 must contain only digits.');
    const wrongCheck = barcodeItems(code('ean13', '5901234123458'), '5901234123458');
    expect(!wrongCheck.ok && wrongCheck.error.message).toMatch(/check digit/i);
    const empty = barcodeItems(code('qrcode', ''), '');
    expect(!empty.ok && empty.error.message).toMatch(/empty/);
    expect(barcodeItems(code('upca', '03600029145'), '03600029145').ok).toBe(true);
  });

  it('draws 2D codes with square modules, centred in the box', () => {
    const b = code('datamatrix', 'ABC');
    const drawn = barcodeItems(b, b.content);
    if (!drawn.ok) throw new Error(drawn.error.message);
    const points = barsOf(drawn.value).path.filter((c) => c[0] !== 'Z').map((c) => [c[1] as number, c[2] as number]);
    const [xs, ys] = [points.map((p) => p[0]!), points.map((p) => p[1]!)];
    const [w, h] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
    expect(w).toBeCloseTo(h, 6);
    expect(Math.min(...xs) + Math.max(...xs)).toBeCloseTo(b.width, 6);
    // 10 × 10 modules and a one-module quiet zone each side, in a box 1 in tall.
    expect(h).toBeCloseTo((INCH * 10) / 12, 6);
  });

  it('writes a QR code into the PDF as vector paths that decode back to the content', async () => {
    const d = design((s) => [{ ...code('qrcode', 'https://example.com', { x: 0.5 * INCH, y: 0.25 * INCH, width: 1.5 * INCH, height: 1.5 * INCH }), surfaceId: s }]);
    const { list, warnings } = (await renderer(d)).render(new Map());
    expect(warnings).toEqual([]);
    const path = save('qr.pdf', pdf([list]));
    qpdfCheck(path);
    // No raster image anywhere: `pdfimages -list` prints only its two header lines.
    expect(tool('pdfimages', '-list', path).trim().split('\n')).toHaveLength(2);
    tool('pdftoppm', '-r', '150', '-f', '1', '-l', '1', path, `${OUT}/qr`);
    const ppm = readPpm(`${OUT}/qr-1.ppm`);
    const rgba = new Uint8ClampedArray(ppm.width * ppm.height * 4);
    for (let y = 0; y < ppm.height; y++) {
      for (let x = 0; x < ppm.width; x++) rgba.set([...ppm.rgb(x, y), 255], (y * ppm.width + x) * 4);
    }
    expect(jsQR(rgba, ppm.width, ppm.height)?.data).toBe('https://example.com');
  });

  it('fills field tokens per record, and reports a record whose value the symbology cannot hold', async () => {
    const d = design((s) => [{ ...code('ean13', '{{sku}}'), surfaceId: s }]);
    const r = await renderer(d);
    const first = r.render(new Map([['sku', '400638133393']]));
    const second = r.render(new Map([['sku', '590123412345']]));
    expect(first.warnings).toEqual([]);
    const bars = (items: readonly DisplayItem[]) => JSON.stringify(items);
    expect(bars(first.list.items)).not.toBe(bars(second.list.items));
    const bad = r.render(new Map([['sku', 'ABC']]));
    expect(bad.warnings).toEqual([{ code: 'invalid-barcode', objectId: d.objects[0]!.id, message: 'barcode “Barcode”: The EAN-13 cannot hold “ABC”: EAN-13 must be 12 or 13 digits.' }]);
  });
});
