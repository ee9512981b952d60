import { describe, expect, it } from 'vitest';
import type { ImageInfo } from '../../../shared/ipc/features/assets.contract';
import type { GroupItem, ImageItem, Matrix } from '../../../shared/render/display-list';
import { effectivePpi, imageItem, ORIENTATION_MATRICES, ppiLevel, uprightSize, type Orientation } from '../../../shared/render/images';
import { parseSvg } from '../../../shared/render/svg';
import { placedSize } from '../../../renderer/editor/imageEdits';

const apply = (m: Matrix, x: number, y: number) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]].map((v) => Math.round(v * 1e9) / 1e9 + 0);
const image = { assetId: 'a'.repeat(64), width: 144, height: 72 };

describe('EXIF orientation', () => {
  it('maps the stored top-left pixel where EXIF says the upright image has it', () => {
    // Where stored (0, 0) lands in the upright unit square, per the EXIF 2.3 table.
    const corner: Record<Orientation, number[]> = { 1: [0, 0], 2: [1, 0], 3: [1, 1], 4: [0, 1], 5: [0, 0], 6: [1, 0], 7: [1, 1], 8: [0, 1] };
    for (const o of [1, 2, 3, 4, 5, 6, 7, 8] as const) expect(apply(ORIENTATION_MATRICES[o], 0, 0), `orientation ${o}`).toEqual(corner[o]);
    // Orientation 6 (a phone held upright): the stored first row becomes the right-hand column.
    expect(apply(ORIENTATION_MATRICES[6], 1, 0)).toEqual([1, 1]);
    expect(uprightSize({ width: 40, height: 30, orientation: 6 })).toEqual({ width: 30, height: 40 });
  });

  it('places a quarter-turned photo upright in its frame, mapping the stored pixels', () => {
    // 400 × 300 stored, shown 300 × 400: fits a 144 × 72 frame 54 wide, centred.
    const item = imageItem({ ...image, fit: 'fit' }, { width: 400, height: 300, orientation: 6 });
    expect(apply(item.matrix, 0, 0)).toEqual([99, 0]); // stored top-left → upright top-right
    expect(apply(item.matrix, 1, 1)).toEqual([45, 72]); // stored bottom-right → upright bottom-left
  });
});

describe('image placement', () => {
  it('fits, fills (clipped to the frame) and stretches', () => {
    const pixels = { width: 200, height: 50 };
    expect(imageItem({ ...image, fit: 'fit' }, pixels).matrix).toEqual([144, 0, 0, 36, 0, 18]);
    const fill = imageItem({ ...image, fit: 'fill' }, pixels);
    expect(fill.matrix).toEqual([288, 0, 0, 72, -72, 0]);
    expect(fill.clip).toEqual([['M', 0, 0], ['L', 144, 0], ['L', 144, 72], ['L', 0, 72], ['Z']]);
    expect(imageItem({ ...image, fit: 'stretch' }, pixels).matrix).toEqual([144, 0, 0, 72, 0, 0]);
  });

  it('scales an SVG viewBox into the frame as vector paths, clipped to its viewBox', () => {
    const parsed = parseSvg('<svg viewBox="0 0 100 50"><rect width="100" height="50"/></svg>');
    if (!parsed.ok) throw new Error(parsed.error.message);
    const art = parsed.value;
    const fit = imageItem({ ...image, height: 144, fit: 'fit' }, { width: 100, height: 50, vector: art }) as GroupItem;
    expect(fit).toMatchObject({ kind: 'group', matrix: [1.44, 0, 0, 1.44, 0, 36], clip: [['M', 0, 0], ['L', 100, 0], ['L', 100, 50], ['L', 0, 50], ['Z']] });
    expect(fit.items).toBe(art.items);
    const fill = imageItem({ ...image, height: 144, fit: 'fill' }, { width: 100, height: 50, vector: art }) as GroupItem;
    expect(fill.clip).toEqual([['M', 0, 0], ['L', 144, 0], ['L', 144, 144], ['L', 0, 144], ['Z']]);
    expect((fill.items[0] as GroupItem).matrix).toEqual([2.88, 0, 0, 2.88, -72, 0]);
  });
});

describe('effective ppi', () => {
  it('is pixels per printed inch at the placed size, the lower axis when stretched', () => {
    // 600 × 300 px in a 2 × 1 in frame: 300 ppi either way.
    expect(effectivePpi({ ...image, fit: 'fit' }, { width: 600, height: 300 })).toBeCloseTo(300, 9);
    // Fitting a square into the frame: 300 px over 1 in of height.
    expect(effectivePpi({ ...image, fit: 'fit' }, { width: 300, height: 300 })).toBeCloseTo(300, 9);
    // Filling: the square covers 2 in.
    expect(effectivePpi({ ...image, fit: 'fill' }, { width: 300, height: 300 })).toBeCloseTo(150, 9);
    expect(effectivePpi({ ...image, fit: 'stretch' }, { width: 300, height: 300 })).toBeCloseTo(150, 9);
    // Turned a quarter: 300 × 600 stored is 600 × 300 upright.
    expect(effectivePpi({ ...image, fit: 'fit' }, { width: 300, height: 600, orientation: 8 })).toBeCloseTo(300, 9);
    const parsed = parseSvg('<svg viewBox="0 0 1 1"/>');
    expect(parsed.ok && effectivePpi({ ...image, fit: 'fit' }, { width: 1, height: 1, vector: parsed.value })).toBeNull();
  });

  it('warns under 300 and errs under 150, taking a PNG’s 299.9994 (11811 px/m) as 300', () => {
    expect(ppiLevel(11811 * 0.0254)).toBe('good');
    expect(ppiLevel(299)).toBe('warning');
    expect(ppiLevel(150)).toBe('warning');
    expect(ppiLevel(149)).toBe('error');
  });
});

describe('placed size', () => {
  const info = (o: Partial<ImageInfo>): ImageInfo => ({ mime: 'image/png', width: 600, height: 300, orientation: 1, density: null, physical: null, warnings: [], ...o });
  const surface = { width: 255, height: 142 };

  it('is the physical size the file declares', () => {
    expect(placedSize(surface, info({ physical: { width: 144, height: 72 } }))).toEqual({ width: 144, height: 72 });
  });

  it('is 300 ppi when the file declares no density, upright', () => {
    expect(placedSize(surface, info({}))).toEqual({ width: 144, height: 72 });
    expect(placedSize({ width: 255, height: 200 }, info({ orientation: 6 }))).toEqual({ width: 72, height: 144 });
  });

  it('scales down to fit the surface, keeping the aspect', () => {
    expect(placedSize(surface, info({ physical: { width: 510, height: 142 } }))).toEqual({ width: 255, height: 71 });
  });
});
