import type { Color } from '../model/color';
import { err, ok, type Result } from '../result';
import type { DisplayItem, Matrix, Path, PathCommand, PathItem, Stroke } from './display-list';
import { ellipsePath, rectPath, roundedRectPath } from './shapes';
import { parsePathData } from './svg-path';
import { lengthInPoints, numberList, parseColor, parsePaint, parseTransform, styleDeclarations, userLength, type Paint } from './svg-style';
import { parseXml, type XmlElement } from './svg-xml';

/**
 * An SVG file as vector art for the display list: both painters draw these paths, so print stays vector.
 * Items are in the viewBox's user units, moved so the viewBox's top-left corner is (0, 0).
 */
export interface VectorArt {
  /** The viewBox's size in user units. */
  width: number;
  height: number;
  /** The printed size the file asks for, in points (a bare number or px is a CSS pixel, 1/96 in). */
  physical: { width: number; height: number };
  items: DisplayItem[];
  /** What was left out or approximated, each naming the element: shown to the user, never fatal. */
  warnings: string[];
}

export const SVG_LIMITS = {
  maxElements: 50_000,
  maxDepth: 200,
  /** Path commands over the whole drawing: a 4 MB path took 15 s to rasterize (SAFETY.md). */
  maxCommands: 500_000,
  /** `<use>` inside `<use>`: deeper is almost surely an expansion bomb. */
  maxUseDepth: 16,
  /** Elements drawn, counting each `<use>` of one again: bounds a wide expansion bomb. */
  maxDrawn: 100_000,
};

/** Inherited presentation properties. */
interface Style {
  fill: Paint;
  stroke: Paint;
  strokeWidth: number;
  fillRule: 'nonzero' | 'evenodd';
  cap: NonNullable<Stroke['cap']>;
  join: NonNullable<Stroke['join']>;
  fillOpacity: number;
  strokeOpacity: number;
}

const INITIAL: Style = {
  fill: { kind: 'color', color: { space: 'rgb', r: 0, g: 0, b: 0 } },
  stroke: { kind: 'none' },
  strokeWidth: 1,
  fillRule: 'nonzero',
  cap: 'butt',
  join: 'miter',
  fillOpacity: 1,
  strokeOpacity: 1,
};

const SHAPES = new Set(['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon']);
const CONTAINERS = new Set(['g', 'a', 'switch']);
const DRAWN = new Set([...SHAPES, ...CONTAINERS, 'use']);
/** Drawn only where referenced (or never): skipped without a word when met in the tree. */
const DEFINITIONS = new Set(['defs', 'symbol', 'linearGradient', 'radialGradient', 'clipPath', 'mask', 'pattern', 'marker', 'filter', 'title', 'desc', 'metadata']);
const UNSUPPORTED: Readonly<Record<string, string>> = {
  text: 'is not supported and was left out: convert text to outlines (paths) in your drawing program',
  image: 'is not supported and was left out: place the picture as its own image',
  script: 'was removed: scripts never run',
  style: 'rules (CSS) are not supported: only attributes and style="…" on each element were used',
  foreignObject: 'is not supported and was left out',
  svg: '(nested) is not supported and was left out',
};

/** SVG text → vector art, or an error naming what is wrong. Never throws, whatever the bytes. */
export function parseSvg(source: string): Result<VectorArt> {
  const parsed = parseXml(source, SVG_LIMITS);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (localName(root.name) !== 'svg') return err({ code: 'not-svg', message: 'The file is XML but not an SVG drawing (its root element is not <svg>).' });
  const box = viewBox(root);
  if (!box) return err({ code: 'svg-no-size', message: 'The SVG has no size: give it a viewBox, or a width and height, in your drawing program.' });
  return new SvgConverter(root).convert(box);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function viewBox(root: XmlElement): Box | undefined {
  const n = numberList(root.attrs.get('viewBox') ?? '');
  if (n.length === 4 && n[2]! > 0 && n[3]! > 0) return { x: n[0]!, y: n[1]!, width: n[2]!, height: n[3]! };
  const [width, height] = [userLength(root.attrs.get('width')), userLength(root.attrs.get('height'))];
  return width && height && width > 0 && height > 0 ? { x: 0, y: 0, width, height } : undefined;
}

/** The printed size: width and height in absolute units, one of them from the viewBox's aspect, else CSS pixels. */
function physicalSize(root: XmlElement, box: Box): { width: number; height: number } {
  const [w, h] = [lengthInPoints(root.attrs.get('width')), lengthInPoints(root.attrs.get('height'))];
  const aspect = box.height / box.width;
  if (w && w > 0 && h && h > 0) return { width: w, height: h };
  if (w && w > 0) return { width: w, height: w * aspect };
  if (h && h > 0) return { width: h / aspect, height: h };
  return { width: box.width * 0.75, height: box.height * 0.75 };
}

function localName(name: string): string {
  return name.startsWith('svg:') ? name.slice(4) : name;
}

class TooComplex extends Error {}

class SvgConverter {
  private readonly byId = new Map<string, XmlElement>();
  private readonly warnings = new Set<string>();
  private commandsLeft = SVG_LIMITS.maxCommands;
  private drawn = 0;
  private readonly using: string[] = [];

  constructor(private readonly root: XmlElement) {
    const index = (e: XmlElement) => {
      const id = e.attrs.get('id');
      if (id !== undefined && !this.byId.has(id)) this.byId.set(id, e);
      e.children.forEach(index);
    };
    index(root);
  }

  convert(box: Box): Result<VectorArt> {
    let items: DisplayItem[];
    try {
      items = this.children(this.root, this.style(this.root, INITIAL));
    } catch (e) {
      if (!(e instanceof TooComplex)) throw e;
      return err({ code: 'svg-too-large', message: e.message });
    }
    const moved: DisplayItem[] = box.x === 0 && box.y === 0 ? items : [{ kind: 'group', matrix: [1, 0, 0, 1, -box.x, -box.y], items }];
    return ok({ width: box.width, height: box.height, physical: physicalSize(this.root, box), items: moved, warnings: [...this.warnings] });
  }

  private children(parent: XmlElement, style: Style): DisplayItem[] {
    return parent.children.flatMap((child) => this.element(child, style));
  }

  /** A `<switch>` draws its first child it can: Illustrator puts a foreignObject first and the drawing after it. */
  private switchChoice(e: XmlElement, style: Style): DisplayItem[] {
    const choice = e.children.find((c) => DRAWN.has(localName(c.name)));
    return choice ? this.element(choice, style) : [];
  }

  private element(e: XmlElement, inherited: Style): DisplayItem[] {
    // Other namespaces (Inkscape's sodipodi:, Illustrator's i:) hold editor metadata, never drawing.
    if (e.name.includes(':') && !e.name.startsWith('svg:')) return [];
    if (++this.drawn > SVG_LIMITS.maxDrawn) throw new TooComplex(`The SVG repeats its parts (<use>) more than ${SVG_LIMITS.maxDrawn.toLocaleString('en')} times; simplify it before placing it.`);
    const name = localName(e.name);
    const declared = this.declarations(e);
    if (declared.get('display') === 'none') return [];
    if (DEFINITIONS.has(name)) return [];
    if (!DRAWN.has(name)) return this.skip(`<${name}> ${UNSUPPORTED[name] ?? 'is not supported and was left out'}`);
    for (const [property, what] of [['clip-path', 'drawn unclipped'], ['mask', 'drawn unmasked'], ['filter', 'drawn without the filter']] as const) {
      if ((declared.get(property) ?? 'none') !== 'none') this.warn(`${property} on <${name}> is not supported: ${what}`);
    }
    if (declared.has('stroke-dasharray') && declared.get('stroke-dasharray') !== 'none') this.warn(`dashed strokes (on <${name}>) are not supported: drawn solid`);
    const style = this.style(e, inherited, declared);
    const items =
      SHAPES.has(name) ? this.shape(e, name, style)
      : name === 'use' ? this.use(e, style)
      : name === 'switch' ? this.switchChoice(e, style)
      : this.children(e, style);
    return this.placed(e, name, declared, items);
  }

  /** Wraps an element's items in its transform and opacity. */
  private placed(e: XmlElement, name: string, declared: Map<string, string>, items: DisplayItem[]): DisplayItem[] {
    if (!items.length) return items;
    const opacity = unitValue(declared.get('opacity'), 1);
    const raw = e.attrs.get('transform');
    const matrix = raw === undefined ? undefined : parseTransform(raw);
    if (raw !== undefined && !matrix) this.warn(`the transform “${raw.slice(0, 40)}” on <${name}> could not be read: drawn untransformed`);
    if (!matrix && opacity >= 1) return items;
    return [{ kind: 'group', ...(matrix ? { matrix } : {}), ...(opacity < 1 ? { opacity } : {}), items }];
  }

  /** Presentation attributes, overridden by the element's own `style` declarations. */
  private declarations(e: XmlElement): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, v] of e.attrs) if (k !== 'style') out.set(k, v.trim());
    for (const [k, v] of styleDeclarations(e.attrs.get('style'))) out.set(k, v);
    return out;
  }

  private style(e: XmlElement, inherited: Style, declared = this.declarations(e)): Style {
    const style = { ...inherited };
    const get = (k: string) => {
      const v = declared.get(k);
      return v === undefined || v === 'inherit' ? undefined : v;
    };
    const fill = get('fill');
    const stroke = get('stroke');
    if (fill !== undefined) style.fill = parsePaint(fill);
    if (stroke !== undefined) style.stroke = parsePaint(stroke);
    const width = userLength(get('stroke-width'));
    if (width !== undefined && width >= 0) style.strokeWidth = width;
    const rule = get('fill-rule');
    if (rule === 'evenodd' || rule === 'nonzero') style.fillRule = rule;
    const cap = get('stroke-linecap');
    if (cap === 'butt' || cap === 'round' || cap === 'square') style.cap = cap;
    const join = get('stroke-linejoin');
    if (join === 'miter' || join === 'round' || join === 'bevel') style.join = join;
    style.fillOpacity = unitValue(get('fill-opacity'), style.fillOpacity);
    style.strokeOpacity = unitValue(get('stroke-opacity'), style.strokeOpacity);
    return style;
  }

  private shape(e: XmlElement, name: string, style: Style): DisplayItem[] {
    const path = this.geometry(e, name);
    if (!path.length) return [];
    const fill = this.color(style.fill, name, 'fill');
    const stroke = style.strokeWidth > 0 ? this.color(style.stroke, name, 'stroke') : undefined;
    const strokeOf = (color: Color): Stroke => ({ color, width: style.strokeWidth, cap: style.cap, join: style.join });
    const filled = (color: Color): PathItem => ({ kind: 'path', path, fill: color, ...(style.fillRule === 'evenodd' ? { fillRule: 'evenodd' as const } : {}) });
    // One item when both parts share an opacity; otherwise fill and stroke each composite at their own.
    if (fill && stroke && style.fillOpacity === style.strokeOpacity) return withOpacity({ ...filled(fill), stroke: strokeOf(stroke) }, style.fillOpacity);
    return [...(fill ? withOpacity(filled(fill), style.fillOpacity) : []), ...(stroke ? withOpacity({ kind: 'path', path, stroke: strokeOf(stroke) }, style.strokeOpacity) : [])];
  }

  private geometry(e: XmlElement, name: string): Path {
    const n = (k: string) => userLength(e.attrs.get(k)) ?? 0;
    switch (name) {
      case 'path': {
        const { commands, error } = parsePathData(e.attrs.get('d') ?? '', this.commandsLeft + 1);
        this.spend(commands.length);
        if (error) this.warn(`a <path> has ${error}: drawn up to that point`);
        return commands;
      }
      case 'rect': {
        const [w, h] = [n('width'), n('height')];
        if (w <= 0 || h <= 0) return [];
        const [rx, ry] = [userLength(e.attrs.get('rx')), userLength(e.attrs.get('ry'))];
        return roundedRectPath(n('x'), n('y'), w, h, Math.max(0, rx ?? ry ?? 0), Math.max(0, ry ?? rx ?? 0));
      }
      case 'circle': {
        const r = n('r');
        return r > 0 ? ellipsePath(n('cx') - r, n('cy') - r, 2 * r, 2 * r) : [];
      }
      case 'ellipse': {
        const [rx, ry] = [n('rx'), n('ry')];
        return rx > 0 && ry > 0 ? ellipsePath(n('cx') - rx, n('cy') - ry, 2 * rx, 2 * ry) : [];
      }
      case 'line':
        return [['M', n('x1'), n('y1')], ['L', n('x2'), n('y2')]];
      default: {
        const points = numberList(e.attrs.get('points') ?? '');
        this.spend(points.length / 2);
        const path: PathCommand[] = [];
        for (let i = 0; i + 1 < points.length; i += 2) path.push([i === 0 ? 'M' : 'L', points[i]!, points[i + 1]!]);
        if (name === 'polygon' && path.length) path.push(['Z']);
        return path.length > 1 ? path : [];
      }
    }
  }

  /** A fill or stroke as a colour; gradients and patterns become a flat colour, with a warning. */
  private color(paint: Paint, name: string, part: 'fill' | 'stroke'): Color | undefined {
    switch (paint.kind) {
      case 'none':
        return undefined;
      case 'color':
        return paint.color;
      case 'unknown':
        this.warn(`the colour “${paint.value.slice(0, 30)}” (${part} of <${name}>) is not supported: drawn black`);
        return { space: 'rgb', r: 0, g: 0, b: 0 };
      case 'url': {
        const stop = this.firstStop(paint.id, 0);
        this.warn(`gradient and pattern ${part}s (on <${name}>) are not supported: drawn in one flat colour`);
        return stop ?? { space: 'rgb', r: 0, g: 0, b: 0 };
      }
    }
  }

  /** A gradient's first stop colour, following its href to the gradient that holds the stops. */
  private firstStop(id: string, depth: number): Color | undefined {
    const gradient = this.byId.get(id);
    if (!gradient || depth > 4) return undefined;
    const stop = gradient.children.find((c) => localName(c.name) === 'stop');
    const value = stop && (this.declarations(stop).get('stop-color') ?? 'black');
    if (value !== undefined) return parseColor(value);
    const href = gradient.attrs.get('href') ?? gradient.attrs.get('xlink:href');
    return href?.startsWith('#') ? this.firstStop(href.slice(1), depth + 1) : undefined;
  }

  private use(e: XmlElement, style: Style): DisplayItem[] {
    const href = e.attrs.get('href') ?? e.attrs.get('xlink:href') ?? '';
    if (!href.startsWith('#')) return this.skip('<use> pointing outside the file was dropped: an SVG may not load other files');
    const id = href.slice(1);
    const target = this.byId.get(id);
    if (!target || this.using.includes(id)) return [];
    if (this.using.length >= SVG_LIMITS.maxUseDepth) throw new TooComplex(`The SVG nests <use> more than ${SVG_LIMITS.maxUseDepth} deep; simplify it before placing it.`);
    this.using.push(id);
    try {
      const items = localName(target.name) === 'symbol' ? this.children(target, this.style(target, style)) : this.element(target, style);
      const [x, y] = [userLength(e.attrs.get('x')) ?? 0, userLength(e.attrs.get('y')) ?? 0];
      return x === 0 && y === 0 ? items : [{ kind: 'group', matrix: [1, 0, 0, 1, x, y] as Matrix, items }];
    } finally {
      this.using.pop();
    }
  }

  private spend(commands: number): void {
    this.commandsLeft -= commands;
    if (this.commandsLeft < 0) throw new TooComplex(`The SVG has more than ${SVG_LIMITS.maxCommands.toLocaleString('en')} path points; simplify it before placing it.`);
  }

  private warn(message: string): void {
    this.warnings.add(message);
  }

  /** Leaves an element out, saying why. */
  private skip(message: string): DisplayItem[] {
    this.warn(message);
    return [];
  }
}

function withOpacity(item: PathItem, opacity: number): DisplayItem[] {
  return opacity >= 1 ? [item] : opacity <= 0 ? [] : [{ kind: 'group', opacity, items: [item] }];
}

/** An opacity 0–1 (or a percentage); `fallback` when absent or unreadable. */
function unitValue(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = value.endsWith('%') ? parseFloat(value) / 100 : parseFloat(value);
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : fallback;
}
