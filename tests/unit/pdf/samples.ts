import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Color } from '../../../shared/model/color';
import { Subsetter } from '../../../shared/pdf';
import type { DisplayItem, Path, SurfaceDisplayList } from '../../../shared/render/display-list';
import { glyphRunItems } from '../../../shared/render/text-runs';
import { layoutText, type FontLibrary, type TextFrame } from '../../../shared/text';
import { loadTextEngine } from '../text/node-engine';

/** What the PDF tests and the writer bench draw: fixtures, the text engine, shapes and labels. No vitest here. */

const require = createRequire(import.meta.url);

/** Paths from the repository root (the working directory of vitest and of the bench), so bundled code finds them too. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(process.cwd(), 'tests/fixtures/pdf', name)));

let engine: Promise<{ library: FontLibrary; subsetter: Subsetter }> | undefined;

/** The text engine with every bundled font (CJK loaded too) and hb-subset, once per test file. */
export function textEngine(): Promise<{ library: FontLibrary; subsetter: Subsetter }> {
  engine ??= (async () => {
    const { library } = await loadTextEngine();
    for (const id of ['noto-sans-jp-regular', 'noto-sans-sc-regular', 'noto-sans-kr-regular']) {
      const loaded = await library.load(id);
      if (!loaded.ok) throw new Error(loaded.error.message);
    }
    const subsetter = await Subsetter.create(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
    return { library, subsetter };
  })();
  return engine;
}

/** Lays out text in a frame at (x, y) and returns its display-list glyph runs. */
export function textItems(library: FontLibrary, text: string, at: { x: number; y: number }, frame: TextFrame, fill: Color): DisplayItem[] {
  const layout = layoutText(library, text, frame);
  if (layout.pendingFonts.length || layout.missing.length) throw new Error(`layout incomplete: ${JSON.stringify(layout.missing)}`);
  return glyphRunItems(layout, text, at, fill);
}

export const rectPath = (x: number, y: number, w: number, h: number): Path => [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];

/** A circle as four cubic Béziers. */
export function circlePath(cx: number, cy: number, r: number): Path {
  const k = 0.5522847498 * r;
  return [
    ['M', cx + r, cy],
    ['C', cx + r, cy + k, cx + k, cy + r, cx, cy + r],
    ['C', cx - k, cy + r, cx - r, cy + k, cx - r, cy],
    ['C', cx - r, cy - k, cx - k, cy - r, cx, cy - r],
    ['C', cx + k, cy - r, cx + r, cy - k, cx + r, cy],
    ['Z'],
  ];
}

export const label = (items: DisplayItem[], size = { width: 180, height: 72 }, bleed = 9): SurfaceDisplayList => ({
  surfaceId: 'front',
  width: size.width,
  height: size.height,
  bleed,
  items,
});
