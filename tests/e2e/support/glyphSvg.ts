import { textInput } from '../../../shared/render/text-frame';
import { colorToCss, type Design } from '../../../shared/model';
import { glyphMatrix, layoutTextWhenReady, outlineToSvgPath, type FontLibrary, type TextLayout } from '../../../shared/text';
import type { View } from '../../../renderer/editor/viewport';

/** Every text object's layout, computed in Node with the same engine and font files as the page. */
export async function nodeLayouts(library: FontLibrary, design: Design): Promise<Map<string, TextLayout>> {
  const layouts = new Map<string, TextLayout>();
  for (const o of design.objects) {
    if (o.type !== 'text') continue;
    const { text, frame } = textInput(o);
    layouts.set(o.id, await layoutTextWhenReady(library, text, frame));
  }
  return layouts;
}

const num = (v: number) => +v.toPrecision(12);

/**
 * The reference picture: the same glyph outlines at the same places, written as SVG paths for Chromium's SVG
 * rasterizer, on white, seen through the canvas's view (zoom and pan), `size` CSS pixels large.
 */
export function layoutSvg(library: FontLibrary, design: Design, layouts: Map<string, TextLayout>, view: View, size: { width: number; height: number }): string {
  const frames = design.objects.flatMap((o) => {
    const layout = layouts.get(o.id);
    if (o.type !== 'text' || !layout) return [];
    const glyphs = layout.runs.flatMap((run) => {
      const font = library.get(run.font)!;
      return run.glyphs.map((g) => `<path transform="matrix(${glyphMatrix(g, run.size, font.unitsPerEm).map(num).join(' ')})" d="${outlineToSvgPath(font.outline(g.glyph))}"/>`);
    });
    // The model rotates an object about its centre.
    const place = `translate(${o.x + o.width / 2} ${o.y + o.height / 2}) rotate(${o.rotation}) translate(${-o.width / 2} ${-o.height / 2})`;
    return [`<g transform="${place}" fill="${colorToCss(o.fill)}">${glyphs.join('')}</g>`];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<g transform="matrix(${view.zoom} 0 0 ${view.zoom} ${view.x} ${view.y})">${frames.join('')}</g>`,
    '</svg>',
  ].join('');
}
