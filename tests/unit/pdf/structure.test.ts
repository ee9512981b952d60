import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Color } from '../../../shared/model/color';
import { PdfWriter, writePdf } from '../../../shared/pdf';
import { MARK_GAP, MARK_LENGTH } from '../../../shared/pdf/boxes';
import { PAGE_TREE_FANOUT } from '../../../shared/pdf/page-tree';
import type { DisplayItem, SharedArtwork } from '../../../shared/render/display-list';
import { boxes, circlePath, label, pdf, qpdfCheck, rectPath, save } from './support';

const cmyk: Color = { space: 'cmyk', c: 0.1, m: 0.2, y: 0.3, k: 0.4 };
const rgb: Color = { space: 'rgb', r: 0.25, g: 0.5, b: 0.75 };
const spot: Color = { space: 'spot', name: 'PANTONE 871 C', tint: 0.8, alternate: { space: 'cmyk', c: 0.2, m: 0.3, y: 0.6, k: 0.2 } };

const art: DisplayItem[] = [
  { kind: 'path', path: rectPath(-9, -9, 198, 90), fill: rgb },
  { kind: 'path', path: rectPath(10, 10, 50, 20), fill: cmyk, stroke: { color: spot, width: 2 } },
  { kind: 'dieline', role: 'cut', path: circlePath(90, 36, 30), strokeWidth: 0.5 },
  { kind: 'dieline', role: 'crease', path: [['M', 0, 36], ['L', 180, 36]], strokeWidth: 0.5 },
  { kind: 'dieline', role: 'perforation', path: [['M', 90, 0], ['L', 90, 72]], strokeWidth: 0.5 },
];

describe('PDF structure', () => {
  it('passes qpdf --check with no warnings and declares PDF 1.6 with an /ID', () => {
    const bytes = pdf([label(art)]);
    const path = save('structure.pdf', bytes);
    const check = qpdfCheck(path);
    expect(check).toContain('No syntax or stream encoding errors found');
    expect(check).not.toMatch(/WARNING/i);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.6\n')).toBe(true);
    expect(text).toMatch(/\/ID \[<[0-9A-F]{32}> <[0-9A-F]{32}>\]/);
  });

  it('sets Trim ⊂ Bleed ⊂ Media with the bleed asked for, and room for crop marks only when they are on', () => {
    const bleed = 8.5;
    const plain = boxes(save('boxes-plain.pdf', pdf([label(art, { width: 180, height: 72 }, bleed)])));
    expect(plain.TrimBox).toEqual([bleed, bleed, 180 + bleed, 72 + bleed]);
    expect(plain.BleedBox).toEqual([0, 0, 180 + 2 * bleed, 72 + 2 * bleed]);
    expect(plain.MediaBox).toEqual(plain.BleedBox);

    const marked = boxes(save('boxes-marks.pdf', pdf([label(art, { width: 180, height: 72 }, bleed)], { marks: 'crop' })));
    const margin = bleed + MARK_GAP + MARK_LENGTH;
    const [t, b, m] = [marked.TrimBox!, marked.BleedBox!, marked.MediaBox!];
    expect(t[0]).toBeCloseTo(margin, 2);
    expect(t[2]! - t[0]!).toBeCloseTo(180, 2);
    expect(t[3]! - t[1]!).toBeCloseTo(72, 2);
    for (const i of [0, 1]) {
      expect(b[i]).toBeCloseTo(t[i]! - bleed, 2);
      expect(m[i]).toBeLessThan(b[i]!);
    }
    for (const i of [2, 3]) {
      expect(b[i]).toBeCloseTo(t[i]! + bleed, 2);
      expect(m[i]).toBeGreaterThan(b[i]!);
    }
  });

  it('writes colours exactly as chosen: rg, k and a Separation spot colour with a CMYK tint transform', () => {
    const objects = Buffer.from(readFileSync(save('colours.pdf', pdf([label(art)], { compress: false })))).toString('latin1');
    expect(objects).toContain('0.25 0.5 0.75 rg');
    expect(objects).toContain('0.1 0.2 0.3 0.4 k');
    expect(objects).toMatch(/\/CS\d+ CS 0\.8 SCN/);
    expect(objects).toMatch(/\/Separation\s+\/PANTONE#20871#20C\s+\/DeviceCMYK\s+<<\s*\/FunctionType 2\s+\/Domain \[\s*0\s+1\s*\]\s+\/C0 \[\s*0\s+0\s+0\s+0\s*\]\s+\/C1 \[\s*0\.2\s+0\.3\s+0\.6\s+0\.2\s*\]\s+\/N 1\s*>>/);
  });

  it('writes die lines in overprinting CutContour, Crease and Perforation separations', () => {
    const objects = Buffer.from(readFileSync(save('dielines.pdf', pdf([label(art)], { compress: false })))).toString('latin1');
    for (const ink of ['CutContour', 'Crease', 'Perforation']) expect(objects).toMatch(new RegExp(`/Separation\\s+/${ink}\\s+/DeviceCMYK`));
    expect(objects).toMatch(/\/Type \/ExtGState\s+\/OP true\s+\/op true\s+\/OPM 1/);
    expect(objects.match(/\/GSop gs/g)).toHaveLength(3);
  });

  it('draws crop marks as 0.25 pt lines in Registration colour (/Separation /All)', () => {
    const objects = Buffer.from(readFileSync(save('marks.pdf', pdf([label(art)], { marks: 'crop', compress: false })))).toString('latin1');
    expect(objects).toMatch(/\/Separation\s+\/All\s+\/DeviceCMYK/);
    expect(objects).toMatch(/\/CS\d+ CS 1 SCN\s+0\.25 w/);
  });

  it('writes shared artwork once as a Form XObject that every label draws', () => {
    const shared: SharedArtwork = { id: 'background', items: art };
    const lists = Array.from({ length: 200 }, (_, i) =>
      label([{ kind: 'shared', artwork: shared }, { kind: 'path', path: rectPath(i % 100, 40, 5, 5), fill: cmyk }]),
    );
    const objects = Buffer.from(readFileSync(save('shared.pdf', pdf(lists, { compress: false })))).toString('latin1');
    expect(objects.match(/\/Subtype \/Form/g)).toHaveLength(1);
    expect(objects.match(/\/Fm1 Do/g)).toHaveLength(200);
    expect(objects.match(/\/PANTONE#20871#20C/g)).toHaveLength(1);
  });

  it('builds a balanced page tree: every node has at most the fan-out of kids and the depth is ⌈log n⌉', async () => {
    const n = 1500;
    const bytes = pdf(Array.from({ length: n }, (_, i) => label([{ kind: 'path', path: rectPath(i % 170, 0, 10, 10), fill: cmyk }])));
    qpdfCheck(save('tree.pdf', bytes));
    const doc = await PDFDocument.load(bytes);
    const { context } = doc;
    let maxDepth = 0;
    const leafOrder: number[] = [];
    const walk = (ref: PDFRef, depth: number, parent?: PDFRef): number => {
      const node = context.lookup(ref, PDFDict);
      if (parent) expect(node.get(PDFName.of('Parent'))).toBe(parent);
      if (node.get(PDFName.of('Type')) === PDFName.of('Page')) {
        leafOrder.push(ref.objectNumber);
        maxDepth = Math.max(maxDepth, depth);
        return 1;
      }
      const kids = node.lookup(PDFName.of('Kids'), PDFArray).asArray() as PDFRef[];
      expect(kids.length).toBeLessThanOrEqual(PAGE_TREE_FANOUT);
      const count = kids.reduce((sum, kid) => sum + walk(kid, depth + 1, ref), 0);
      expect((node.get(PDFName.of('Count')) as PDFNumber).asNumber()).toBe(count);
      return count;
    };
    const root = doc.catalog.get(PDFName.of('Pages')) as PDFRef;
    expect(walk(root, 0)).toBe(n);
    expect(maxDepth).toBe(Math.ceil(Math.log(n) / Math.log(PAGE_TREE_FANOUT)));
    expect(leafOrder).toEqual([...leafOrder].sort((a, b) => a - b));
    expect(doc.getPageCount()).toBe(n);
  });

  it('streams: pages reach the sink before finish(), and the chunks make the same file as in memory', () => {
    const lists = Array.from({ length: 3000 }, (_, i) => label([{ kind: 'path', path: rectPath(i % 170, 0, 10, 10), fill: cmyk }, ...art]));
    const chunks: Uint8Array[] = [];
    const options = { info: { createdAt: new Date(Date.UTC(2024, 0, 1)) } };
    const writer = new PdfWriter({ ...options, sink: (chunk) => chunks.push(chunk) });
    for (const list of lists) expect(writer.addLabel(list).ok).toBe(true);
    const before = chunks.reduce((sum, c) => sum + c.length, 0);
    const result = writer.finish();
    expect(before).toBeGreaterThan(result.size / 2);
    expect(result.bytes).toHaveLength(0);
    const streamed = Buffer.concat(chunks);
    expect(streamed.length).toBe(result.size);
    const inMemory = writePdf(lists, options);
    expect(inMemory.ok && Buffer.from(inMemory.value.bytes).equals(streamed)).toBe(true);
  });

  it('refuses a label whose image is missing, and the document stays valid', () => {
    const writer = new PdfWriter({ images: () => undefined });
    expect(writer.addLabel(label(art)).ok).toBe(true);
    const added = writer.addLabel(label([{ kind: 'image', asset: 'a'.repeat(64), matrix: [10, 0, 0, 10, 0, 0] }]));
    expect(added.ok || added.error.code).toBe('pdf-image-missing');
    const missingFont = writer.addLabel(label([{ kind: 'glyphs', font: 'nope', size: 10, fill: cmyk, text: 'x', rtl: false, glyphs: [] }]));
    expect(missingFont.ok || missingFont.error.code).toBe('pdf-font-missing');
    const result = writer.finish();
    expect(result.pages).toBe(1);
    expect(qpdfCheck(save('refused.pdf', result.bytes))).toContain('No syntax or stream encoding errors found');
  });

  it('is deterministic: the same labels give the same bytes', () => {
    expect(Buffer.from(pdf([label(art)])).equals(Buffer.from(pdf([label(art)])))).toBe(true);
    expect(readFileSync(save('det.pdf', pdf([label(art)]))).length).toBeGreaterThan(0);
  });
});
