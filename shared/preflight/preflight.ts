import type { Design, DesignObject, ImageObject } from '../model';
import { DesignRenderer, type RenderSources, type RenderWarning } from '../render/design-display-list';
import { fieldValues, type FieldValues } from '../render/fields';
import { err, ok, type Result } from '../result';
import { fieldFindings, type RecordPlace } from './field-checks';
import { recordLabel, summarize, type PreflightFinding, type PreflightRecord, type PreflightReport } from './findings';
import { imageFinding } from './image-checks';
import { renderRecord } from './render-record';
import { CheckedText, renderFinding } from './text-checks';

export interface PreflightRunOptions {
  /** Called every PAUSE_EVERY records and at the end. */
  onProgress?(done: number): void;
  /** Awaited every PAUSE_EVERY records, so a caller can let its UI or a cancel message in. */
  pause?(): Promise<void>;
  /** An AbortSignal, or anything that says whether to stop. */
  signal?: { readonly aborted: boolean };
}

/** Records between progress reports and pauses. */
const PAUSE_EVERY = 500;

/** The mapping's value checks are redone on the values as they are now (a cell may have been edited since). */
const RECHECKED = new Set(['required-empty', 'too-long']);

const DESIGN: RecordPlace = { record: null, row: null, label: 'design' };

/**
 * Checks records the way a careful shop would before printing, through print's own pipeline: each record
 * is rendered by the same DesignRenderer the export uses (so its text is laid out exactly as it will print),
 * and what the renderer reports becomes findings, with sizes worked out through the text layout where a
 * number helps. Made once per design and reused for every record: layouts of repeated values are cached.
 */
export class Preflight {
  /** Findings that hold for every record: static text, images. */
  readonly designFindings: PreflightFinding[] = [];

  private constructor(
    private readonly design: Design,
    private readonly sources: RenderSources,
    private readonly renderers: readonly DesignRenderer[],
    private readonly texts: ReadonlyMap<string, CheckedText>,
  ) {}

  static async create(design: Design, sources: RenderSources): Promise<Preflight> {
    const visible = design.objects.filter((o) => !o.hidden);
    const texts = new Map(visible.filter((o) => o.type === 'text').map((t) => [t.id, new CheckedText(t, design.fields)]));
    const renderers = await Promise.all(design.surfaces.map((s) => DesignRenderer.create(design, sources, { surfaceId: s.id })));
    const preflight = new Preflight(design, sources, renderers, texts);
    const sample = fieldValues(design.fields);
    for (const renderer of renderers) preflight.designFindings.push(...preflight.fromRender(renderer.sharedWarnings, sample, DESIGN));
    for (const image of visible.filter((o): o is ImageObject & DesignObject => o.type === 'image')) {
      const pixels = sources.imageSize(image.assetId);
      const found = pixels && imageFinding(image, pixels);
      if (found) preflight.designFindings.push(found);
    }
    return preflight;
  }

  /** One record's findings (not the design's): its field values, its data row's problems and its rendered text. */
  async check(record: PreflightRecord, index: number): Promise<PreflightFinding[]> {
    const place: RecordPlace = { record: index, row: record.row ?? null, label: recordLabel(record, index) };
    const values = fieldValues(this.design.fields, record.values ?? undefined);
    const findings = fieldFindings(this.design.fields, values, place);
    for (const p of record.problems ?? []) {
      if (!RECHECKED.has(p.code)) findings.push({ record: index, row: place.row, field: p.field, objectId: null, severity: p.severity, code: p.code as PreflightFinding['code'], message: p.message });
    }
    for (const renderer of this.renderers) findings.push(...this.fromRender((await renderRecord(renderer, this.sources.library, values)).warnings, values, place));
    return findings;
  }

  /** Every record, design findings first; a cancel (signal) comes back as a `cancelled` error value. */
  async run(records: Iterable<PreflightRecord>, options: PreflightRunOptions = {}): Promise<Result<PreflightReport>> {
    const findings = [...this.designFindings];
    let count = 0;
    for (const record of records) {
      findings.push(...(await this.check(record, count)));
      if (++count % PAUSE_EVERY === 0) {
        options.onProgress?.(count);
        await options.pause?.();
        if (options.signal?.aborted) return err({ code: 'cancelled', message: `preflight cancelled after ${count} records` });
      }
    }
    options.onProgress?.(count);
    return ok(summarize(count, findings));
  }

  private fromRender(warnings: readonly RenderWarning[], values: FieldValues, place: RecordPlace): PreflightFinding[] {
    return warnings.map((w) => renderFinding(w, this.texts.get(w.objectId), values, this.sources.library, place));
  }
}

/** Checks a whole batch: the design once, then every record. */
export async function preflight(design: Design, sources: RenderSources, records: Iterable<PreflightRecord>, options: PreflightRunOptions = {}): Promise<Result<PreflightReport>> {
  return (await Preflight.create(design, sources)).run(records, options);
}
