import { beforeAll, describe, expect, it } from 'vitest';
import { createDesign, createShape, createText, type Design, type DesignObject, type TextObject } from '../../../shared/model';
import { DesignRenderer, type RenderSources } from '../../../shared/render/design-display-list';
import type { DisplayItem, GroupItem, SharedItem } from '../../../shared/render/display-list';
import { fieldValues, hasTokens, tokenFiller } from '../../../shared/render/fields';
import { imageItem } from '../../../shared/render/images';
import { shapePath } from '../../../shared/render/shapes';
import type { FontLibrary } from '../../../shared/text';
import { loadTextEngine } from '../text/node-engine';

let library: FontLibrary;
beforeAll(async () => {
  ({ library } = await loadTextEngine());
});

const field = (name: string, sample: string, defaultValue = '') => ({ name, label: name, required: false, maxLength: null, defaultValue, sample, allowedFonts: [], allowedColors: [] });

function design(objects: (surfaceId: string) => DesignObject[], shape: Design['surfaces'][0]['shape'] = { kind: 'rect' }): Design {
  const d = createDesign({ name: 't', unit: 'mm', width: 200, height: 100, shape, bleed: 6, safeMargin: 0 });
  const s = d.surfaces[0]!;
  for (const o of objects(s.id)) {
    d.objects.push(o);
    s.objectIds.push(o.id);
  }
  d.fields = [field('name', 'Sample Name', 'Default'), field('message', '', 'Default message')];
  return d;
}

const text = (surfaceId: string, content: string, extra: Partial<TextObject> = {}): TextObject => ({ ...(createText(surfaceId, { x: 10, y: 10 }, content) as TextObject), ...extra });
const sources = (imageSize: RenderSources['imageSize'] = () => ({ width: 100, height: 50 })): RenderSources => ({ library, imageSize });
/** The first object of a shared artwork (placed objects are groups). */
const firstGroup = (item: DisplayItem | undefined) => (item as SharedItem).artwork.items[0] as GroupItem;
const textOf = (items: readonly DisplayItem[]): string =>
  items.map((i) => (i.kind === 'glyphs' ? i.text : i.kind === 'group' ? textOf(i.items) : i.kind === 'shared' ? textOf(i.artwork.items) : '')).join('');

describe('fields', () => {
  const fields = [field('name', 'Sample Name', 'Default'), field('message', '', 'Default message')];
  it('takes samples without a record, record values with one, defaults for what a record lacks', () => {
    expect([...fieldValues(fields)]).toEqual([['name', 'Sample Name'], ['message', 'Default message']]);
    expect([...fieldValues(fields, { name: 'Ann' })]).toEqual([['name', 'Ann'], ['message', 'Default message']]);
  });
  it('fills known tokens and leaves unknown ones as typed', () => {
    expect(tokenFiller('Hi {{ name }}, {{nope}}!')(new Map([['name', 'Bo']]))).toBe('Hi Bo, {{nope}}!');
    expect(tokenFiller('{{name}}')(new Map([['name', 'Bo']]))).toBe('Bo');
    expect(hasTokens('plain')).toBe(false);
    expect(hasTokens('{{name}}')).toBe(true);
  });
});

describe('shapes and images', () => {
  const box = { width: 40, height: 20, cornerRadius: 50 };
  it('draws rectangles, capped rounded corners, ellipses and corner-to-corner lines in the object box', () => {
    expect(shapePath({ ...box, shape: 'rect' })).toEqual([['M', 0, 0], ['L', 40, 0], ['L', 40, 20], ['L', 0, 20], ['Z']]);
    const rounded = shapePath({ ...box, shape: 'roundedRect' });
    expect(rounded[0]).toEqual(['M', 10, 0]); // radius capped at half the height
    const ellipse = shapePath({ ...box, shape: 'ellipse' });
    // Starts at 3 o'clock; each quarter ends on an axis: 6, 9, 12 and 3 o'clock (y down: clockwise).
    expect(ellipse[0]).toEqual(['M', 40, 10]);
    expect(ellipse.slice(1, 5).map((c) => c.slice(-2).map((v) => Math.round(v as number)))).toEqual([[20, 20], [0, 10], [20, 0], [40, 10]]);
    expect(shapePath({ ...box, shape: 'line' })).toEqual([['M', 0, 0], ['L', 40, 20]]);
  });
  it('fits, fills (clipped) and stretches images', () => {
    const img = { assetId: 'a'.repeat(64), width: 100, height: 100 };
    expect(imageItem({ ...img, fit: 'fit' }, { width: 200, height: 100 }).matrix).toEqual([100, 0, 0, 50, 0, 25]);
    const fill = imageItem({ ...img, fit: 'fill' }, { width: 200, height: 100 });
    expect(fill.matrix).toEqual([200, 0, 0, 100, -50, 0]);
    expect(fill.clip).toBeDefined();
    expect(imageItem({ ...img, fit: 'stretch' }, { width: 200, height: 100 }).matrix).toEqual([100, 0, 0, 100, 0, 0]);
  });
});

describe('DesignRenderer', () => {
  it('shares everything without tokens as one artwork across records and lays out only the variable text', async () => {
    const d = design((s) => [
      createShape(s, 'rect', { x: 0, y: 0, width: 200, height: 100 }),
      text(s, 'Handmade with love'),
      text(s, '{{name}}', { y: 50 }),
      { ...createShape(s, 'ellipse', { x: 5, y: 5, width: 190, height: 90 }, null), role: 'cut', strokeWidth: 0 },
    ]);
    const r = await DesignRenderer.create(d, sources());
    const a = r.render(fieldValues(d.fields, { name: 'Ann' }));
    const b = r.render(fieldValues(d.fields, { name: 'Bo' }));
    expect(a.list.items.map((i) => i.kind)).toEqual(['shared', 'glyphs', 'shared']);
    // The same artwork object: the PDF painter writes it once and draws it on every label.
    expect((a.list.items[0] as SharedItem).artwork).toBe((b.list.items[0] as SharedItem).artwork);
    expect(textOf(a.list.items)).toBe('Handmade with loveAnn');
    expect(textOf(b.list.items)).toBe('Handmade with loveBo');
    const cut = firstGroup(a.list.items[2]).items[0]!;
    expect(cut).toMatchObject({ kind: 'dieline', role: 'cut', strokeWidth: 0.25 });
    expect(a.list).toMatchObject({ width: 200, height: 100, bleed: 6 });
  });

  it('makes a value that comes again (a shared message) shared artwork, laid out and written once', async () => {
    const d = design((s) => [text(s, '{{message}}')]);
    const r = await DesignRenderer.create(d, sources());
    const [first, second, third] = ['Thanks', 'Thanks', 'Thanks'].map((message) => r.render(fieldValues(d.fields, { message })).list.items);
    expect(first!.map((i) => i.kind)).toEqual(['glyphs']);
    expect(second!.map((i) => i.kind)).toEqual(['shared']);
    expect((third![0] as SharedItem).artwork).toBe((second![0] as SharedItem).artwork);
    expect(textOf(second!)).toBe('Thanks');
  });

  it('applies the text case after filling, so an upper-case frame upper-cases the name', async () => {
    const d = design((s) => [text(s, 'for {{name}}', { textCase: 'upper' })]);
    const r = await DesignRenderer.create(d, sources());
    expect(textOf(r.render(fieldValues(d.fields, { name: 'Zoë' })).list.items)).toBe('FOR ZOË');
  });

  it('reports overflow, missing glyphs and fallback fonts per record', async () => {
    const d = design((s) => [text(s, '{{name}}', { fit: 'none', width: 60, height: 60, font: 'lora-regular' })]);
    const r = await DesignRenderer.create(d, sources());
    const codes = (name: string) => r.render(fieldValues(d.fields, { name })).warnings.map((w) => w.code);
    expect(codes('Ann')).toEqual([]);
    expect(codes('A very long name that cannot fit')).toEqual(['overflow']);
    expect(codes('محمد')).toEqual(['fallback-font']);
    expect(codes('\u{10FFFD}')).toContain('missing-glyphs');
  });

  it('rotates about the box centre and composites opacity as a group', async () => {
    const d = design((s) => [{ ...createShape(s, 'rect', { x: 10, y: 20, width: 40, height: 20 }), rotation: 90, opacity: 0.5 }]);
    const r = await DesignRenderer.create(d, sources());
    const group = firstGroup(r.render(new Map()).list.items[0]);
    expect(group.opacity).toBe(0.5);
    const [a, b, c, dd, e, f] = group.matrix!;
    // The box's top-left corner (0, 0) lands where a 90° clockwise turn about the centre (30, 30) puts it.
    expect([a, b, c, dd].map((v) => Math.round(v))).toEqual([0, 1, -1, 0]);
    expect([e, f]).toEqual([40, 10]);
  });

  it('clips a round surface to its disc plus bleed, and leaves out a missing image with a warning', async () => {
    const d = design(
      (s) => [{ id: 'img', surfaceId: s, name: 'Logo', x: 0, y: 0, width: 10, height: 10, rotation: 0, opacity: 1, locked: false, hidden: false, type: 'image', assetId: 'b'.repeat(64), fit: 'fit' }],
      { kind: 'round' },
    );
    const r = await DesignRenderer.create(d, sources(() => undefined));
    expect(r.sharedWarnings.map((w) => w.code)).toEqual(['missing-image']);
    const list = r.render(new Map()).list;
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ kind: 'group', items: [] });
    expect((list.items[0] as GroupItem).clip![0]).toEqual(['M', 206, 50]);
  });
});
