import type { Color, Surface } from '../model';
import type { DisplayItem, Path, SurfaceDisplayList } from '../render/display-list';
import { surfaceOutline } from '../render/shapes';
import { glyphRunItems } from '../render/text-runs';
import { layoutTextWhenReady, type FontLibrary, type TextFrame, type TextLayout } from '../text';

const TRIM: Color = { space: 'rgb', r: 0.86, g: 0.1, b: 0.12 };
const SAFE: Color = { space: 'rgb', r: 0.1, g: 0.42, b: 0.9 };
const INK: Color = { space: 'rgb', r: 0.15, g: 0.15, b: 0.15 };
const VEIL: Color = { space: 'rgb', r: 1, g: 1, b: 1 };
const LINE_WIDTH = 0.6;
const WATERMARK_OPACITY = 0.28;
/** Bleed art shows faded: it is printed, then cut off. */
const VEIL_OPACITY = 0.55;
/** Room around the label, at least, and between the label's bleed and the captions. */
const MIN_MARGIN = 54;
const GAP = 12;
const PAD = 18;
const TITLE_SIZE = 12;
const CAPTION_SIZE = 8.5;

const LEGEND =
  'Red line: where the label is cut. Blue line: the safe area; keep words inside it. ' +
  'The faded edge outside the red line is bleed and is cut off. Colours on screen differ from print.';

export interface ProofSheetInput {
  /** One record's label as print renders it (DesignRenderer.render), with the surface's own bleed. */
  label: SurfaceDisplayList;
  surface: Surface;
  /** Above the label: “PROOF · order 1001 · label 1 of 2”. */
  title: string;
  /** Below the label: the record's values, one per line; the legend of the lines follows them. */
  caption: readonly string[];
}

/**
 * A customer proof of one label at actual size: the label, its trim (red) and safe (blue) lines, a diagonal
 * PROOF across it, a title above and the record's values below, outside the trim. No crop marks. The result
 * is a display list whose trim is the label's, so the PDF's TrimBox is the real label size; its `bleed` is
 * the margin that holds the captions.
 */
export async function proofSheet(library: FontLibrary, input: ProofSheetInput): Promise<SurfaceDisplayList> {
  const { label, surface } = input;
  const { width: w, height: h, bleed } = label;
  const titleFrame = (width: number): TextFrame => ({ box: { width, height: 1_000 }, font: 'noto-sans-bold', size: TITLE_SIZE, wrap: true, align: 'center' });
  const captionFrame = (width: number): TextFrame => ({ box: { width, height: 10_000 }, font: 'noto-sans-regular', size: CAPTION_SIZE, wrap: true, lineSpacing: 1.15 });
  const caption = [...input.caption, LEGEND].join('\n');

  // The captions' width depends on the margin and the margin on their height: settle it in two rounds.
  let margin = MIN_MARGIN;
  let title: TextLayout | undefined;
  let below: TextLayout | undefined;
  for (let round = 0; round < 2; round++) {
    const width = w + 2 * margin - 2 * PAD;
    title = await layoutTextWhenReady(library, input.title, titleFrame(width));
    below = await layoutTextWhenReady(library, caption, captionFrame(width));
    margin = Math.max(margin, bleed + GAP + Math.max(textHeight(title), textHeight(below)) + PAD);
  }
  const left = -margin + PAD;
  const items: DisplayItem[] = [
    { kind: 'group', clip: surfaceOutline(surface.shape, w, h, bleed), items: label.items },
    { kind: 'group', opacity: VEIL_OPACITY, items: [{ kind: 'path', path: ring(surface, w, h, bleed), fill: VEIL, fillRule: 'evenodd' }] },
    { kind: 'path', path: surfaceOutline(surface.shape, w, h, 0), stroke: { color: TRIM, width: LINE_WIDTH } },
  ];
  if (surface.safeMargin > 0 && 2 * surface.safeMargin < Math.min(w, h)) {
    items.push({ kind: 'path', path: surfaceOutline(surface.shape, w, h, -surface.safeMargin), stroke: { color: SAFE, width: LINE_WIDTH } });
  }
  items.push(await watermark(library, w, h));
  items.push(...glyphRunItems(title!, input.title, { x: left, y: -bleed - GAP - textHeight(title!) }, INK));
  items.push(...glyphRunItems(below!, caption, { x: left, y: h + bleed + GAP }, INK));
  return { surfaceId: label.surfaceId, width: w, height: h, bleed: margin, items };
}

/** The bleed band: between the outline grown by the bleed and the trim outline. */
function ring(surface: Surface, w: number, h: number, bleed: number): Path {
  return [...surfaceOutline(surface.shape, w, h, bleed), ...surfaceOutline(surface.shape, w, h, 0)];
}

/** Height of laid-out lines from the frame's top. */
function textHeight(layout: TextLayout): number {
  const last = layout.lines[layout.lines.length - 1];
  return last ? last.top + last.height : 0;
}

/** “PROOF” along the label's rising diagonal, as large as fits, translucent so the design shows through. */
async function watermark(library: FontLibrary, w: number, h: number): Promise<DisplayItem> {
  const diagonal = Math.hypot(w, h);
  const box = { width: diagonal * 0.7, height: Math.min(w, h) * 0.6 };
  const layout = await layoutTextWhenReady(library, 'PROOF', { box, font: 'noto-sans-bold', size: 400, fit: 'shrink', minSize: 4, align: 'center', verticalAlign: 'middle', tracking: 80 });
  const angle = -Math.atan2(h, w);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  return {
    kind: 'group',
    matrix: [cos, sin, -sin, cos, w / 2, h / 2],
    opacity: WATERMARK_OPACITY,
    items: glyphRunItems(layout, 'PROOF', { x: -box.width / 2, y: -box.height / 2 }, TRIM),
  };
}
