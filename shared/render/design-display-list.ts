import type { BarcodeObject, Design, DesignObject, ImageObject, Surface, TextObject } from '../model';
import { layoutText, type FontId, type FontLibrary, type TextFrame, type TextLayout } from '../text';
import type { DisplayItem, Matrix, SharedArtwork, SurfaceDisplayList } from './display-list';
import { barcodeItems } from './barcode';
import { hasTokens, tokenFiller, type FieldValues } from './fields';
import { imageItem, type ImageContent } from './images';
import { shapeItem, surfaceOutline } from './shapes';
import { applyTextCase, textInput } from './text-frame';
import { glyphRunItems } from './text-runs';

/** Something on a label that does not print as designed; shown to the user, never hidden. */
export interface RenderWarning {
  code: 'overflow' | 'missing-glyphs' | 'fallback-font' | 'unavailable-font' | 'missing-image' | 'invalid-barcode';
  objectId: string;
  message: string;
}

export interface RenderSources {
  library: FontLibrary;
  /** What placing an image asset needs; undefined when the project lacks the asset or it cannot be placed. */
  imageSize(assetId: string): ImageContent | undefined;
}

export interface RecordRender {
  list: SurfaceDisplayList;
  warnings: RenderWarning[];
  /** Lazily loaded fonts the record's text needs: load them (`FontLibrary.load`) and render again. */
  pendingFonts: FontId[];
}

/** Either artwork every record shares, or a text object whose tokens change per record. */
type Segment =
  | { kind: 'shared'; artwork: SharedArtwork }
  | { kind: 'variable'; text: VariableText }
  | { kind: 'barcode'; object: BarcodeObject; fill: (values: FieldValues) => string };

/** A text object with tokens, prepared once: its frame, and its text as a function of the record. */
interface VariableText {
  object: TextObject;
  frame: TextFrame;
  fill: (values: FieldValues) => string;
}

/**
 * A variable text's layout for one filled value. The second time a value comes (a message many orders
 * share), its glyphs become shared artwork too, so the PDF holds them once however many labels repeat them.
 */
interface FilledText {
  layout: TextLayout;
  artwork?: SharedArtwork;
}

/** Filled texts kept per variable text object; the cache starts over when full, so memory stays bounded. */
const LAYOUT_CACHE_LIMIT = 1_024;

/**
 * Design + record → display list for one surface (ARCHITECTURE.md: merge → layout → display list).
 *
 * Objects without field tokens — shapes, images, static text — are the same on every label: consecutive
 * runs of them become one `SharedArtwork`, laid out once here, which the PDF painter writes once per
 * document. Per record only the text objects with tokens are filled and laid out again.
 */
export class DesignRenderer {
  /** Warnings of the shared artwork: they hold for every record, so they are reported once. */
  readonly sharedWarnings: RenderWarning[] = [];
  private segments: Segment[] = [];
  private readonly layouts = new Map<string, Map<string, FilledText>>();
  /** Numbers the artworks of repeated values; never reused, as the PDF painter keys its forms by id. */
  private repeated = 0;

  private constructor(
    readonly surface: Surface,
    private readonly sources: RenderSources,
    private readonly bleed: number,
  ) {}

  /**
   * Lays out the shared artwork, loading any lazily registered font it needs first. `bleed` (default the
   * surface's own) is how far round and rounded surfaces' art may run past the trim.
   */
  static async create(design: Design, sources: RenderSources, options: { surfaceId?: string; bleed?: number } = {}): Promise<DesignRenderer> {
    const surface = options.surfaceId === undefined ? design.surfaces[0] : design.surfaces.find((s) => s.id === options.surfaceId);
    if (!surface) throw new Error(`DesignRenderer: the design has no surface ${options.surfaceId}`);
    const renderer = new DesignRenderer(surface, sources, options.bleed ?? surface.bleed);
    const byId = new Map(design.objects.map((o) => [o.id, o]));
    const objects = surface.objectIds.map((id) => byId.get(id)).filter((o): o is DesignObject => o !== undefined && !o.hidden);
    await loadFonts(sources.library, objects);
    let run: DisplayItem[] | undefined;
    for (const object of objects) {
      if (object.type === 'text' && hasTokens(object.text)) {
        renderer.segments.push({ kind: 'variable', text: { object, frame: textInput(object).frame, fill: tokenFiller(object.text) } });
        run = undefined;
        continue;
      }
      if (object.type === 'barcode' && hasTokens(object.content)) {
        renderer.segments.push({ kind: 'barcode', object, fill: tokenFiller(object.content) });
        run = undefined;
        continue;
      }
      if (!run) {
        run = [];
        renderer.segments.push({ kind: 'shared', artwork: { id: `${surface.id}/shared-${renderer.segments.length}`, items: run } });
      }
      run.push(...renderer.objectItems(object, renderer.sharedWarnings));
    }
    // An artwork whose objects drew nothing (a missing image) is left out rather than written empty.
    renderer.segments = renderer.segments.filter((s) => s.kind !== 'shared' || s.artwork.items.length > 0);
    return renderer;
  }

  /** One record's display list. When `pendingFonts` is not empty, load them and call again. */
  render(values: FieldValues): RecordRender {
    const warnings: RenderWarning[] = [];
    const pendingFonts: FontId[] = [];
    const items: DisplayItem[] = [];
    for (const segment of this.segments) {
      if (segment.kind === 'variable') items.push(...this.variableItems(segment.text, values, warnings, pendingFonts));
      else if (segment.kind === 'barcode') items.push(...barcodeObjectItems(segment.object, segment.fill(values), warnings));
      else items.push({ kind: 'shared', artwork: segment.artwork });
    }
    const { surface, bleed } = this;
    // A rectangle is clipped to its bleed box by the painter; other shapes keep their bleed art to their own outline.
    const clipped: DisplayItem[] =
      surface.shape.kind === 'rect' ? items : [{ kind: 'group', clip: surfaceOutline(surface.shape, surface.width, surface.height, bleed), items }];
    return { list: { surfaceId: surface.id, width: surface.width, height: surface.height, bleed, items: clipped }, warnings, pendingFonts };
  }

  /** A static object's items (laid out once, for the shared artwork). */
  private objectItems(object: DesignObject, warnings: RenderWarning[]): DisplayItem[] {
    switch (object.type) {
      case 'text': {
        const { text, frame } = textInput(object);
        const layout = layoutText(this.sources.library, text, frame);
        warnings.push(...textWarnings(object, text, layout));
        return textObjectItems(object, text, layout);
      }
      case 'shape':
        return placed(object, [shapeItem(object)]);
      case 'image':
        return this.imageItems(object, warnings);
      case 'barcode':
        return barcodeObjectItems(object, object.content, warnings);
    }
  }

  private variableItems({ object: t, frame, fill }: VariableText, values: FieldValues, warnings: RenderWarning[], pending: FontId[]): DisplayItem[] {
    // Tokens are filled before the text case applies, so an upper-case frame upper-cases the merged name too.
    const filled = fill(values);
    // The common case skips applyTextCase's token-aware split, which shows in a 100k-record profile.
    const text = t.textCase === 'none' ? filled : applyTextCase(filled, t.textCase);
    let cache = this.layouts.get(t.id);
    if (!cache) this.layouts.set(t.id, (cache = new Map()));
    const seen = cache.get(text);
    if (seen) {
      warnings.push(...textWarnings(t, text, seen.layout));
      seen.artwork ??= { id: `${t.id}/repeated-${this.repeated++}`, items: textObjectItems(t, text, seen.layout) };
      return [{ kind: 'shared', artwork: seen.artwork }];
    }
    const layout = layoutText(this.sources.library, text, frame);
    if (layout.pendingFonts.length) {
      pending.push(...layout.pendingFonts);
      return [];
    }
    if (cache.size >= LAYOUT_CACHE_LIMIT) cache.clear();
    cache.set(text, { layout });
    warnings.push(...textWarnings(t, text, layout));
    return textObjectItems(t, text, layout);
  }

  private imageItems(image: ImageObject, warnings: RenderWarning[]): DisplayItem[] {
    const pixels = this.sources.imageSize(image.assetId);
    if (!pixels) {
      warnings.push({ code: 'missing-image', objectId: image.id, message: `image “${image.name}” is missing from the project or is not a PNG, JPEG or SVG; it was left out` });
      return [];
    }
    return placed(image, [imageItem(image, pixels)]);
  }
}

/** A laid-out text object's glyph runs on the surface; a rotated or translucent one as a placed group. */
function textObjectItems(t: TextObject, text: string, layout: TextLayout): DisplayItem[] {
  if (t.rotation === 0 && t.opacity === 1) return glyphRunItems(layout, text, { x: t.x, y: t.y }, t.fill);
  return placed(t, glyphRunItems(layout, text, { x: 0, y: 0 }, t.fill));
}

/** A barcode's bars placed on the surface; content its symbology cannot hold is left out, with a warning. */
function barcodeObjectItems(b: BarcodeObject, content: string, warnings: RenderWarning[]): DisplayItem[] {
  const drawn = barcodeItems(b, content);
  if (drawn.ok) return placed(b, drawn.value);
  warnings.push({ code: 'invalid-barcode', objectId: b.id, message: `barcode “${b.name}”: ${drawn.error.message}` });
  return [];
}

/** Loads the lazily registered fonts (large CJK faces) the design's static text needs before it is laid out. */
async function loadFonts(library: FontLibrary, objects: readonly DesignObject[]): Promise<void> {
  for (const o of objects) {
    if (o.type !== 'text' || hasTokens(o.text)) continue;
    const { text, frame } = textInput(o);
    for (const id of layoutText(library, text, frame).pendingFonts) await library.load(id);
  }
}

/**
 * Items drawn in an object's own box, placed on the surface: moved to (x, y), rotated about the box centre
 * (clockwise, y down, as the canvas does) and composited at the object's opacity.
 */
function placed(o: DesignObject, items: DisplayItem[]): DisplayItem[] {
  if (!items.length) return items;
  const [cx, cy] = [o.x + o.width / 2, o.y + o.height / 2];
  const rad = (o.rotation * Math.PI) / 180;
  const [cos, sin] = [Math.cos(rad), Math.sin(rad)];
  const matrix: Matrix = [cos, sin, -sin, cos, cx - (cos * o.width) / 2 + (sin * o.height) / 2, cy - (sin * o.width) / 2 - (cos * o.height) / 2];
  return [o.opacity < 1 ? { kind: 'group', matrix, opacity: o.opacity, items } : { kind: 'group', matrix, items }];
}

function textWarnings(t: TextObject, text: string, layout: TextLayout): RenderWarning[] {
  const warnings: RenderWarning[] = [];
  const what = `text “${t.name}”`;
  if (layout.overflow) warnings.push({ code: 'overflow', objectId: t.id, message: `${what} does not fit its frame${t.fit === 'shrink' ? ` even at ${t.minFontSize} pt` : ''}: “${text}”` });
  if (layout.missing.length) {
    const chars = [...new Set(layout.missing.map((m) => `U+${m.codePoint.toString(16).toUpperCase().padStart(4, '0')}`))].join(', ');
    warnings.push({ code: 'missing-glyphs', objectId: t.id, message: `${what} has characters no font can draw (${chars}): “${text}”` });
  }
  if (layout.fallbackFonts.length) warnings.push({ code: 'fallback-font', objectId: t.id, message: `${what} uses fallback font ${layout.fallbackFonts.join(', ')} for characters ${t.font} lacks` });
  if (layout.unavailableFonts.includes(t.font)) warnings.push({ code: 'unavailable-font', objectId: t.id, message: `${what} uses font ${t.font}, which is not installed` });
  return warnings;
}
