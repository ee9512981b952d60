import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { deflateSync } from 'node:zlib';
import { SheetImposer } from '../../shared/impose';
import type { Design } from '../../shared/model';
import { PdfWriter, type PdfXOptions, type TextMode } from '../../shared/pdf';
import { DesignRenderer, type RecordRender, type RenderWarning } from '../../shared/render/design-display-list';
import { fieldValues } from '../../shared/render/fields';
import type { ImageContent } from '../../shared/render/images';
import type { SurfaceDisplayList } from '../../shared/render/display-list';
import { err, ok, type AppError, type Result } from '../../shared/result';
import type { SheetTemplate } from '../../shared/templates';
import type { ExportRecord } from './export-data';
import type { ExportEngine } from './export-engine';
import { imageContent } from './image-metadata';

export interface ExportJob {
  design: Design;
  /** Asset bytes by content address (the project's asset cache). */
  asset(id: string): Uint8Array | undefined;
  /** Read once, in order: an array, or a generator so a huge batch never sits in memory. */
  records: Iterable<ExportRecord>;
  /** Labels expected, for progress; counted from `records` when it is an array. */
  total?: number;
  /** The PDF's path; written to a temporary file beside it and renamed when complete. */
  out: string;
  /** N-up on this sheet; absent: one label per page. */
  sheet?: SheetTemplate;
  /** 0-based first cell of the first sheet. */
  startCell?: number;
  /** Points; default the surface's own bleed. */
  bleed?: number;
  marks: 'crop' | 'none';
  /** Default 'glyphs'; 'outlines' writes text as filled paths, embedding no font. */
  text?: TextMode;
  pdfx?: PdfXOptions;
  /** The PDF's /Keywords (and XMP pdf:Keywords): a preflight override's recorded reason. */
  keywords?: string;
  /** Called every PROGRESS_EVERY labels and at the end; `total` is undefined when not known. */
  onProgress?(done: number, total: number | undefined): void;
  signal?: AbortSignal;
}

export interface ExportSummary {
  records: number;
  labels: number;
  pages: number;
  bytes: number;
  seconds: number;
  warnings: AppError[];
}

/** Labels between progress reports and event-loop turns (so a cancel message can arrive). */
const PROGRESS_EVERY = 500;
/** A document's warning list keeps this many in full and counts the rest. */
const MAX_WARNINGS = 200;
/** Bytes collected before a write to disk: the writer hands over many small chunks. */
const WRITE_BUFFER = 1 << 20;

/**
 * Design × records → one PDF on disk: each record rendered to a display list (shared artwork once), then
 * one label per page or imposed N-up on a sheet, streamed through the PDF writer to a temporary file that
 * replaces `out` only when complete. Memory stays flat whatever the record count.
 */
export async function exportPdf(job: ExportJob, engine: ExportEngine): Promise<Result<ExportSummary>> {
  const started = performance.now();
  const { design } = job;
  const renderer = await DesignRenderer.create(design, { library: engine.library, imageSize: (id) => imageSize(job.asset(id)) }, job.bleed === undefined ? {} : { bleed: job.bleed });
  const warnings = new WarningLog();
  warnings.addAll(renderer.sharedWarnings);
  const bleed = job.bleed ?? renderer.surface.bleed;

  let imposer: SheetImposer | undefined;
  if (job.sheet) {
    const created = SheetImposer.create(job.sheet, renderer.surface, { startCell: job.startCell ?? 0, bleed, marks: job.marks });
    if (!created.ok) return created;
    imposer = created.value;
    warnings.addAll(imposer.warnings);
  }

  let file: FileSink;
  try {
    file = new FileSink(job.out);
  } catch (e) {
    return err({ code: 'bad-out', message: `--out: “${basename(job.out)}” cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)})` });
  }
  const writer = new PdfWriter({
    fonts: (id) => engine.library.get(id),
    subsetter: engine.subsetter,
    images: (id) => job.asset(id),
    marks: imposer ? 'none' : job.marks,
    ...(job.text ? { text: job.text } : {}),
    ...(job.pdfx ? { pdfx: job.pdfx } : {}),
    info: { title: design.document.name, creator: 'Namesake', ...(job.keywords ? { keywords: job.keywords } : {}) },
    deflate: (bytes) => deflateSync(bytes),
    sink: (chunk) => file.write(chunk),
  });
  const add = (list: SurfaceDisplayList | undefined): Result<void> => (list ? writer.addLabel(list) : ok(undefined));
  try {
    const total = job.total ?? (Array.isArray(job.records) ? (job.records as ExportRecord[]).reduce((n, r) => n + r.copies, 0) : undefined);
    let labels = 0;
    let records = 0;
    for (const record of job.records) {
      records++;
      const values = fieldValues(design.fields, record.values ?? undefined);
      let rendered = renderer.render(values);
      if (rendered.pendingFonts.length) rendered = await renderWithFonts(renderer, engine, values, rendered);
      warnings.addRecord(record.row === null ? 'sample' : `row ${record.row}`, rendered.warnings);
      for (let copy = 0; copy < record.copies; copy++) {
        const added = add(imposer ? imposer.place(rendered.list) : rendered.list);
        if (!added.ok) return added;
        if (++labels % PROGRESS_EVERY === 0) {
          job.onProgress?.(labels, total);
          await new Promise((resolve) => setImmediate(resolve));
          if (job.signal?.aborted) return err({ code: 'cancelled', message: `export cancelled after ${records} records; ${basename(job.out)} was not written` });
        }
      }
    }
    const last = add(imposer?.finish());
    if (!last.ok) return last;
    const result = writer.finish();
    file.commit();
    job.onProgress?.(labels, total);
    const summary = { records, labels, pages: result.pages, bytes: result.size, seconds: (performance.now() - started) / 1000 };
    warnings.addAll(result.warnings);
    return ok({ ...summary, warnings: warnings.list() });
  } finally {
    file.discard();
  }
}

/** Renders a record again after loading the lazily registered fonts (CJK) its text turned out to need. */
async function renderWithFonts(renderer: DesignRenderer, engine: ExportEngine, values: Map<string, string>, first: RecordRender): Promise<RecordRender> {
  let rendered = first;
  while (rendered.pendingFonts.length) {
    for (const id of rendered.pendingFonts) {
      const loaded = await engine.library.load(id);
      if (!loaded.ok) throw new Error(loaded.error.message);
    }
    rendered = renderer.render(values);
  }
  return rendered;
}

/** What placing an image asset needs (pixel size and EXIF orientation, or an SVG's vector art); undefined for anything the PDF cannot show. */
export function imageSize(bytes: Uint8Array | undefined): ImageContent | undefined {
  return bytes && imageContent(bytes);
}

/**
 * Keeps the first warnings in full (each distinct message once) and counts the rest. A fallback font is
 * expected for names in another script, so it is said once per text and font with the records it
 * concerns counted, where overflow and missing glyphs are said per record: each needs a look.
 */
class WarningLog {
  /** By message; `records` counts the records of a warning said once for many. */
  private readonly kept = new Map<string, { warning: AppError; records?: number }>();
  private more = 0;

  add(w: AppError, perRecord = false): void {
    const seen = this.kept.get(w.message);
    if (seen?.records !== undefined) seen.records++;
    else if (seen) return;
    else if (this.kept.size < MAX_WARNINGS) this.kept.set(w.message, perRecord ? { warning: w, records: 1 } : { warning: w });
    else this.more++;
  }

  addAll(ws: readonly AppError[]): void {
    for (const w of ws) this.add(w);
  }

  /** A record's warnings: per-record ones prefixed with where the record came from. */
  addRecord(where: string, ws: readonly RenderWarning[]): void {
    for (const w of ws) {
      if (w.code === 'fallback-font') this.add(w, true);
      else this.add({ code: w.code, message: `${where}: ${w.message}` });
    }
  }

  list(): AppError[] {
    const list = [...this.kept.values()].map(({ warning, records }) =>
      records === undefined ? warning : { code: warning.code, message: `${warning.message} (${records} record${records === 1 ? '' : 's'})` },
    );
    return this.more ? [...list, { code: 'more-warnings', message: `${this.more} more warnings like these` }] : list;
  }
}

/** The PDF streamed to `<out>.partial`, buffered into large writes, renamed over `out` only once complete. */
class FileSink {
  private readonly temp: string;
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(WRITE_BUFFER);
  private used = 0;
  private done = false;

  constructor(private readonly out: string) {
    this.temp = `${out}.partial`;
    this.fd = openSync(this.temp, 'w');
  }

  write(chunk: Uint8Array): void {
    if (this.used + chunk.length > this.buffer.length) this.flush();
    if (chunk.length > this.buffer.length) writeSync(this.fd, chunk);
    else {
      this.buffer.set(chunk, this.used);
      this.used += chunk.length;
    }
  }

  commit(): void {
    this.flush();
    fsyncSync(this.fd);
    closeSync(this.fd);
    renameSync(this.temp, this.out);
    this.done = true;
  }

  /** After a failure or cancel: the partial file goes, the old `out` (if any) stays. */
  discard(): void {
    if (this.done) return;
    closeSync(this.fd);
    rmSync(this.temp, { force: true });
    this.done = true;
  }

  private flush(): void {
    if (this.used) writeSync(this.fd, this.buffer, 0, this.used);
    this.used = 0;
  }
}
