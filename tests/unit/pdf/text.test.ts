import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Color } from '../../../shared/model/color';
import { writePdf, type FontSource, type Subsetter } from '../../../shared/pdf';
import type { DisplayItem, SurfaceDisplayList } from '../../../shared/render/display-list';
import type { FontLibrary } from '../../../shared/text';
import { inkMask, inkMismatch, label, OUT, pdf, qpdfCheck, save, textEngine, textItems, tool } from './support';

/** Names as a shop's order list has them: Latin with diacritics, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Thai, CJK. */
const NAMES = ['Zoë Ångström', 'Nguyễn Thị Hồng', 'Ελένη', 'Дмитрий', 'محمد علي', 'سلام', 'נועה', 'अन्ना', 'क्षत्रिय', 'हिन्दी', 'ราตรี', '安娜', 'さくら', '김민준', 'office ﬁnance', 'Sofia Griffin'];
const ink: Color = { space: 'cmyk', c: 0, m: 0, y: 0, k: 1 };

let library: FontLibrary;
let subsetter: Subsetter;

beforeAll(async () => {
  ({ library, subsetter } = await textEngine());
});

const nameLabel = (name: string, font = 'noto-sans-regular'): SurfaceDisplayList =>
  label(textItems(library, name, { x: 10, y: 20 }, { box: { width: 160, height: 40 }, font, size: 18, fit: 'shrink' }, ink));

interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

function fonts(path: string): FontRow[] {
  return tool('pdffonts', path)
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const [name, ...rest] = line.trim().split(/\s+/);
      const [emb, sub, uni] = rest.slice(-5, -2);
      return { name: name!, type: rest.slice(0, -6).join(' '), emb: emb!, sub: sub!, uni: uni! };
    });
}

describe('text', () => {
  it('embeds every font once, as a subset with ToUnicode, and pdftotext gives every name back', () => {
    const lists = [...NAMES, ...NAMES].map((name) => nameLabel(name));
    const path = save('names.pdf', pdf(lists, { subsetter, fonts: (id) => library.get(id) }));
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors found');
    const rows = fonts(path);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      expect(row.name).toMatch(/^[A-Z]{6}\+[A-Za-z0-9-]+$/);
      expect([row.emb, row.sub, row.uni]).toEqual(['yes', 'yes', 'yes']);
    }
    expect(new Set(rows.map((r) => r.name.slice(7))).size).toBe(rows.length);
    expect(rows.map((r) => r.type)).toContain('CID TrueType');
    expect(rows.map((r) => r.type)).toContain('CID Type 0C');
    // pdftotext marks right-to-left text with embedding controls; the names are what matters.
    const text = tool('pdftotext', path, '-').replace(/[\u202a-\u202e]/g, '').normalize('NFC');
    for (const name of NAMES) expect(text, name).toContain(name.normalize('NFC'));
  });

  it('draws the same glyphs in poppler and Ghostscript, TrueType and CFF (CJK) alike', () => {
    const path = save('two-renderers.pdf', pdf([label([...NAMES.slice(4, 14).flatMap((name, i) => textItems(library, name, { x: 5 + (i % 2) * 90, y: 2 + Math.floor(i / 2) * 14 }, { box: { width: 85, height: 14 }, font: 'noto-sans-regular', size: 10 }, ink))])], { subsetter, fonts: (id) => library.get(id) }));
    execFileSync('pdftoppm', ['-r', '100', path, join(OUT, 'poppler')]);
    execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-sDEVICE=ppmraw', '-r100', '-dTextAlphaBits=4', '-dGraphicsAlphaBits=4', '-o', join(OUT, 'gs.ppm'), path]);
    const poppler = inkMask(join(OUT, 'poppler-1.ppm'));
    expect(poppler.ink.filter(Boolean).length).toBeGreaterThan(500);
    expect(inkMismatch(poppler, inkMask(join(OUT, 'gs.ppm')))).toBeLessThan(0.01);
  });

  it('outline text: no fonts in the file, and the same ink as real text', () => {
    const lists = ['Zoë Ångström', 'محمد علي', 'अन्ना', '安娜'].map((name) => nameLabel(name));
    const glyphs = save('glyphs.pdf', pdf(lists, { subsetter, fonts: (id) => library.get(id) }));
    const outlines = save('outlines.pdf', pdf(lists, { fonts: (id) => library.get(id), text: 'outlines' }));
    expect(fonts(outlines)).toEqual([]);
    expect(tool('pdftotext', outlines, '-').trim()).toBe('');
    execFileSync('pdftoppm', ['-r', '100', glyphs, join(OUT, 'glyphs')]);
    execFileSync('pdftoppm', ['-r', '100', outlines, join(OUT, 'outlines')]);
    for (const page of [1, 2, 3, 4]) expect(inkMismatch(inkMask(join(OUT, `glyphs-${page}.ppm`)), inkMask(join(OUT, `outlines-${page}.ppm`)))).toBeLessThan(0.01);
  });

  it('draws a font whose licence forbids embedding as outlines, with a warning', () => {
    const real = library.get('noto-sans-regular')!;
    const restricted: FontSource = {
      id: real.id,
      bytes: real.bytes,
      info: { ...real.info, embedding: { ...real.info.embedding, level: 'restricted' } },
      outline: (g) => real.outline(g),
      glyphFor: (c) => real.glyphFor(c),
    };
    const result = writePdf([nameLabel('Zoë')], { subsetter, fonts: () => restricted });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.warnings.map((w) => w.code)).toEqual(['pdf-font-outlined']);
    expect(fonts(save('restricted.pdf', result.value.bytes))).toEqual([]);
  });

  it('writes glyph runs with TJ, positions on an arc with one Tm per glyph', () => {
    const arc: DisplayItem[] = textItems(library, 'Happy Birthday', { x: 0, y: 0 }, { box: { width: 180, height: 180 }, font: 'noto-sans-regular', size: 14, path: { side: 'top', radius: 60, angle: 0 }, align: 'center' }, ink);
    const raw = Buffer.from(pdf([label(arc, { width: 180, height: 180 })], { subsetter, fonts: (id) => library.get(id), compress: false })).toString('latin1');
    expect(raw.match(/ Tm\n\[<[0-9A-F]{4}>\] TJ/g)).toHaveLength(14);
    const path = save('arc.pdf', pdf([label(arc, { width: 180, height: 180 })], { subsetter, fonts: (id) => library.get(id) }));
    expect(tool('pdftotext', path, '-')).toContain('Happy');
  });
});
