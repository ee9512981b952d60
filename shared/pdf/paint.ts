import { ok, type Result } from '../result';
import type { DisplayItem, GroupItem, PathItem } from '../render/display-list';
import type { ColorSpaces } from './color/color-spaces';
import { DIELINE_INKS } from './color/separation';
import { ContentStream, num } from './content-stream';
import { IMAGE_ROWS_DOWN, multiply } from './flip';
import type { DocumentFonts } from './fonts/document-fonts';
import { writeGlyphRun } from './fonts/glyph-text';
import type { OutlineText } from './fonts/outline-text';
import type { GraphicsStates } from './graphics-states';
import type { ImageXObjects } from './images/image-xobjects';
import type { PDFContext } from './lib';
import type { PdfOutput } from './output';
import type { Resource, ResourceDictionaries } from './resources';
import { contentObject } from './streams';

/**
 * Form XObjects clip to their BBox; shared artwork and opacity groups are placed by their parents, so they
 * get the largest box a PDF page can have and the label's bleed clip does the real clipping.
 */
const FORM_BOX = [-14_400, -14_400, 14_400, 14_400];

export interface PaintServices {
  context: PDFContext;
  output: PdfOutput;
  colors: ColorSpaces;
  images: ImageXObjects;
  fonts: DocumentFonts;
  outlines: OutlineText;
  states: GraphicsStates;
  resources: ResourceDictionaries;
  compress: boolean;
}

/** Paints display items into content streams: the PDF painter proper. */
export class Painter {
  private readonly shared = new Map<string, Resource>();
  private forms = 0;

  constructor(private readonly services: PaintServices) {}

  /**
   * Makes sure every font and image the items name can be used, before any of their page is written: a label
   * that fails here adds no page.
   */
  prepare(items: readonly DisplayItem[]): Result<void> {
    for (const item of items) {
      const ready =
        item.kind === 'image' ? this.services.images.use(item.asset)
        : item.kind === 'glyphs' ? this.services.fonts.use(item.font)
        : item.kind === 'group' ? this.prepare(item.items)
        : item.kind === 'shared' && !this.shared.has(item.artwork.id) ? this.prepare(item.artwork.items)
        : ok(undefined);
      if (!ready.ok) return ready;
    }
    return ok(undefined);
  }

  paint(content: ContentStream, items: readonly DisplayItem[]): void {
    for (const item of items) {
      switch (item.kind) {
        case 'path':
          this.path(content, item);
          break;
        case 'dieline': {
          content.op(`q /${content.resources.use(this.services.states.overprint())} gs`);
          this.services.colors.stroke(content, DIELINE_INKS[item.role]);
          content.op(`${num(item.strokeWidth)} w 0 J 0 j`).path(item.path).op('S Q');
          break;
        }
        case 'image': {
          const image = this.services.images.use(item.asset);
          if (!image.ok) throw new Error(`image ${item.asset} used without prepare()`);
          content.op('q');
          if (item.clip) content.path(item.clip).op('W n');
          content.transform(multiply(IMAGE_ROWS_DOWN, item.matrix)).op(`/${content.resources.use(image.value)} Do Q`);
          break;
        }
        case 'glyphs': {
          const font = this.services.fonts.use(item.font);
          if (!font.ok) throw new Error(`font ${item.font} used without prepare()`);
          this.services.colors.fill(content, item.fill);
          if (font.value.kind === 'embedded') writeGlyphRun(content, item, font.value.usage);
          else this.services.outlines.write(content, item, font.value.source);
          break;
        }
        case 'group':
          this.group(content, item);
          break;
        case 'shared':
          content.op(`/${content.resources.use(this.sharedForm(item.artwork.id, item.artwork.items))} Do`);
          break;
      }
    }
  }

  /** A Form XObject of the items, written now; `transparency` makes it a group composited as a whole. */
  private form(items: readonly DisplayItem[], transparency = false): Resource {
    const { context, output, resources, compress } = this.services;
    const content = new ContentStream();
    this.paint(content, items);
    const group = transparency ? { Group: { Type: 'Group', S: 'Transparency' } } : {};
    const dict = { Type: 'XObject', Subtype: 'Form', BBox: FORM_BOX, Resources: resources.refFor(content.resources), ...group };
    const resource: Resource = { category: 'XObject', name: `Fm${++this.forms}`, ref: output.allocate() };
    output.writeObject(resource.ref, contentObject(context, content.bytes(), dict, compress));
    return resource;
  }

  /** Shared artwork (or anything identical on every label, like crop marks): one Form XObject per document. */
  sharedForm(id: string, items: readonly DisplayItem[]): Resource {
    let form = this.shared.get(id);
    if (!form) {
      form = this.form(items);
      this.shared.set(id, form);
    }
    return form;
  }

  private path(content: ContentStream, item: PathItem): void {
    const { colors } = this.services;
    const evenOdd = item.fillRule === 'evenodd' ? '*' : '';
    if (item.fill) colors.fill(content, item.fill);
    if (item.stroke) {
      const { stroke } = item;
      colors.stroke(content, stroke.color);
      const cap = { butt: 0, round: 1, square: 2 }[stroke.cap ?? 'butt'];
      const join = { miter: 0, round: 1, bevel: 2 }[stroke.join ?? 'miter'];
      content.op(`${num(stroke.width)} w ${cap} J ${join} j`);
    }
    content.path(item.path).op(item.fill && item.stroke ? `B${evenOdd}` : item.fill ? `f${evenOdd}` : item.stroke ? 'S' : 'n');
  }

  private group(content: ContentStream, group: GroupItem): void {
    content.op('q');
    if (group.matrix) content.transform(group.matrix);
    if (group.clip) content.path(group.clip).op('W n');
    if (group.opacity !== undefined && group.opacity < 1) {
      const alpha = content.resources.use(this.services.states.opacity(group.opacity));
      content.op(`/${alpha} gs /${content.resources.use(this.form(group.items, true))} Do`);
    } else this.paint(content, group.items);
    content.op('Q');
  }
}
