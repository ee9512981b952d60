import { ok, type AppError, type Result } from '../result';
import type { SurfaceDisplayList } from '../render/display-list';
import { labelPage } from './boxes';
import { ColorSpaces } from './color/color-spaces';
import { ContentStream } from './content-stream';
import { yDownAt } from './flip';
import { DocumentFonts, type FontLookup, type TextMode } from './fonts/document-fonts';
import type { Subsetter } from './fonts/hb-subset';
import { OutlineText } from './fonts/outline-text';
import { GraphicsStates } from './graphics-states';
import { ImageXObjects, type ImageSource } from './images/image-xobjects';
import type { PDFContext } from './lib';
import { cropMarks } from './marks';
import { PdfOutput, type PdfSink } from './output';
import { PageTree } from './page-tree';
import { Painter } from './paint';
import { infoDict, writePdfX, type DocumentInfo, type PdfXOptions } from './pdfx';
import { ResourceDictionaries } from './resources';
import { contentObject, pdfContext, type Deflate } from './streams';

export interface PdfOptions {
  /** Fonts by id (the text engine's `FontLibrary.get`). */
  fonts?: FontLookup;
  /** hb-subset, needed unless `text` is 'outlines'. */
  subsetter?: Subsetter;
  /** Image asset bytes by content address. */
  images?: ImageSource;
  /** Default 'glyphs': real, searchable text. */
  text?: TextMode;
  /** Default 'none'. */
  marks?: 'crop' | 'none';
  /** PDF/X-4 output intent and metadata; off when absent. */
  pdfx?: PdfXOptions;
  info?: DocumentInfo;
  /** Receives the file as it is written; without it, `finish()` returns the bytes. */
  sink?: PdfSink;
  /** Flate-compress streams (default true); off only to read files while debugging. */
  compress?: boolean;
  /** The Flate compressor; default pdf-lib's own (pure JavaScript). Node passes its native zlib. */
  deflate?: Deflate;
}

export interface PdfResult {
  /** The whole file; empty when a sink received it. */
  bytes: Uint8Array;
  size: number;
  pages: number;
  warnings: AppError[];
}

/**
 * Display lists → one print-ready PDF, written front to back. Pages go out as they are added (in chunks
 * of any size, from a worker), shared artwork, images and colour spaces the first time a page needs them,
 * fonts and the page tree at the end, so memory does not grow with the page count.
 */
export class PdfWriter {
  private readonly context: PDFContext;
  private readonly output: PdfOutput;
  private readonly tree: PageTree;
  private readonly painter: Painter;
  private readonly fonts: DocumentFonts;
  private readonly resources: ResourceDictionaries;
  private readonly created: Date;
  private finished = false;

  constructor(private readonly options: PdfOptions = {}) {
    const context = (this.context = pdfContext(options.deflate));
    this.output = new PdfOutput(options.sink);
    this.output.header('1.6');
    this.tree = new PageTree(this.output);
    this.created = options.info?.createdAt ?? new Date();
    const colors = new ColorSpaces(context, this.output, options.pdfx?.rgbProfile);
    this.fonts = new DocumentFonts(context, this.output, options.fonts ?? (() => undefined), options.text ?? 'glyphs', options.subsetter);
    this.resources = new ResourceDictionaries(context, this.output);
    this.painter = new Painter({
      context,
      output: this.output,
      colors,
      images: new ImageXObjects(context, this.output, options.images ?? (() => undefined), colors),
      fonts: this.fonts,
      outlines: new OutlineText(),
      states: new GraphicsStates(context, this.output),
      resources: this.resources,
      compress: options.compress ?? true,
    });
  }

  get pages(): number {
    return this.tree.pageCount;
  }

  /** One label on its own page: boxes from its trim and bleed, crop marks when asked for. */
  addLabel(list: SurfaceDisplayList): Result<void> {
    if (this.finished) throw new Error('PdfWriter: addLabel after finish');
    const prepared = this.painter.prepare(list.items);
    if (!prepared.ok) return prepared;
    const marks = this.options.marks === 'crop';
    const page = labelPage(list, list.bleed, marks);
    const { width, height, bleed } = list;

    const content = new ContentStream();
    content.op('q').transform(yDownAt(page.trimLeft, page.trimTop, page.height));
    content.op('q').rect(-bleed, -bleed, width + 2 * bleed, height + 2 * bleed).op('W n');
    this.painter.paint(content, list.items);
    content.op('Q');
    if (marks) {
      const form = this.painter.sharedForm(`crop-marks ${width} ${height} ${bleed}`, [cropMarks(width, height, bleed)]);
      content.op(`/${content.resources.use(form)} Do`);
    }
    content.op('Q');

    const { context, output } = this;
    const contents = output.allocate();
    output.writeObject(contents, contentObject(context, content.bytes(), {}, this.options.compress ?? true));
    const ref = output.allocate();
    output.writeObject(
      ref,
      context.obj({
        Type: 'Page',
        Parent: this.tree.nextParent(),
        MediaBox: [...page.mediaBox],
        TrimBox: [...page.trimBox],
        BleedBox: [...page.bleedBox],
        Resources: this.resources.refFor(content.resources),
        Contents: contents,
      }),
    );
    this.tree.add(ref);
    return ok(undefined);
  }

  /** Writes fonts, page tree, catalog and trailer. The writer cannot be used afterwards. */
  finish(): PdfResult {
    if (this.finished) throw new Error('PdfWriter: finish called twice');
    this.finished = true;
    const { context, output, options } = this;
    this.fonts.finish();
    const pages = this.tree.finish(context);
    const info = output.allocate();
    output.writeObject(info, infoDict(context, options.info ?? {}, this.created, options.pdfx !== undefined));
    const pdfx = options.pdfx ? writePdfX(context, output, options.pdfx, options.info ?? {}, this.created) : {};
    const catalog = output.allocate();
    output.writeObject(catalog, context.obj({ Type: 'Catalog', Pages: pages, ...pdfx }));
    output.finish(catalog, info);
    return { bytes: output.bytes(), size: output.size, pages: this.tree.pageCount, warnings: [...this.fonts.warnings] };
  }
}

/** Convenience for small documents: every list on its own page, the file in memory. */
export function writePdf(lists: Iterable<SurfaceDisplayList>, options: Omit<PdfOptions, 'sink'> = {}): Result<PdfResult> {
  const writer = new PdfWriter(options);
  for (const list of lists) {
    const added = writer.addLabel(list);
    if (!added.ok) return added;
  }
  return ok(writer.finish());
}
