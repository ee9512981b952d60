import { join, resolve } from 'node:path';
import { setImmediate } from 'node:timers/promises';
import { fillNamePattern, groupInOrder, uniqueFileNames } from '../../shared/merge/file-names';
import type { Design } from '../../shared/model';
import { PdfWriter } from '../../shared/pdf';
import { proofSheet, renderRecord } from '../../shared/preflight';
import { DesignRenderer } from '../../shared/render/design-display-list';
import { fieldValues } from '../../shared/render/fields';
import { err, ok, type AppError, type Result } from '../../shared/result';
import type { AssetCache } from './asset-cache';
import { writeFileAtomic } from './atomic-write';
import type { ExportRecord } from './export-data';
import { exportEngine, type ExportEngine } from './export-engine';
import { ensureFolder, namePattern, nameValues, refuseOverwrites } from './export-files';
import { openJobInputs, type JobFiles } from './job-inputs';
import { renderSources } from './preflight-run';
import { orderIds } from './proof-orders';

export interface ProofRequest extends JobFiles {
  data: string;
  /** The folder the proofs go into (made when missing). */
  out: string;
  /** File-name pattern filled from each order's first record; default `proof-{<order column>}.pdf`. */
  name?: string;
  /** The column holding order ids; found by its name when absent. */
  orderColumn?: string;
  overwrite: boolean;
}

export interface ProofSummary {
  orders: number;
  pages: number;
  /** File names, one per order, in the order the data lists them. */
  files: string[];
  seconds: number;
  warnings: AppError[];
}

/**
 * One proof PDF per order of the data, for the customer: each of the order's labels on its own page at
 * actual size, watermarked PROOF, trim and safe lines drawn, the order id and values in the margin
 * (shared/preflight/proof-sheet). Existing files are never replaced unless `overwrite`.
 */
export async function runProofRequest(request: ProofRequest): Promise<Result<ProofSummary>> {
  const started = performance.now();
  const opened = await openJobInputs(request);
  if (!opened.ok) return opened;
  const { design, assets, table, records } = opened.value;
  const orders = orderIds(table, request.orderColumn, 'proof');
  if (!orders.ok) return orders;
  const pattern = namePattern(request.name ?? `proof-{${orders.value.column}}.pdf`, design, table);
  if (!pattern.ok) return pattern;
  const groups = proofOrders(records, orders.value.of);
  const valueOf = nameValues(design, table);
  const names = uniqueFileNames(groups.map((g) => fillNamePattern(pattern.value, (ref) => valueOf(g.items[0]!, ref))));
  const folder = resolve(request.out);
  const refused = refuseOverwrites(folder, names, request.overwrite);
  if (!refused.ok) return refused;
  const written = await writeProofs({ design, assets, orders: groups, folder, names });
  if (!written.ok) return written;
  return ok({ orders: groups.length, pages: written.value.pages, files: names, seconds: (performance.now() - started) / 1000, warnings: opened.value.warnings });
}

/** An order's records; `key` is its order id, or “row N” for a record without one. */
export interface ProofOrder {
  key: string;
  items: ExportRecord[];
}

/**
 * Records grouped by order, orders in the data's order. A record without an order id is an order of its
 * own, so it is never merged into a stranger's proof.
 */
export function proofOrders<R extends ExportRecord>(records: readonly R[], orderOf: (record: R) => string): { key: string; items: R[] }[] {
  return groupInOrder(records, (r) => orderOf(r) || `row ${r.row}`);
}

export interface ProofRun {
  design: Design;
  assets: AssetCache;
  orders: readonly ProofOrder[];
  /** Made when missing. */
  folder: string;
  /** Each order's file name in `folder`, in the same order. */
  names: readonly string[];
  signal?: AbortSignal;
  /** After each order's proof is on disk. */
  onWritten?(file: string, done: number, total: number): void;
}

/**
 * Writes one proof PDF per order, replacing a file of the same name. A cancel (`signal`) stops before the
 * next order; the proofs already written stay, each complete.
 */
export async function writeProofs(run: ProofRun): Promise<Result<{ pages: number }>> {
  const { design, assets, orders, folder, names, signal, onWritten } = run;
  const made = await ensureFolder(folder);
  if (!made.ok) return made;
  const engine = await exportEngine({ design, assets });
  const sources = renderSources(engine, assets);
  const renderers = await Promise.all(design.surfaces.map((s) => DesignRenderer.create(design, sources, { surfaceId: s.id })));
  let pages = 0;
  for (const [i, order] of orders.entries()) {
    if (signal?.aborted) return err({ code: 'cancelled', message: `proofs cancelled after ${i} of ${orders.length} orders` });
    const pdf = await proofPdf({ design, assets, engine, renderers }, order.key, order.items);
    if (!pdf.ok) return pdf;
    await writeFileAtomic(join(folder, names[i]!), pdf.value.bytes);
    pages += pdf.value.pages;
    onWritten?.(names[i]!, i + 1, orders.length);
    // In the app this runs in the main process: let IPC in between orders.
    await setImmediate();
  }
  return ok({ pages });
}

interface ProofContext {
  design: Design;
  assets: AssetCache;
  engine: ExportEngine;
  renderers: readonly DesignRenderer[];
}

/** One order's proof: a page per label (and per surface), rendered by print's own pipeline. */
async function proofPdf(context: ProofContext, orderId: string, records: readonly ExportRecord[]): Promise<Result<{ bytes: Uint8Array; pages: number }>> {
  const { design, assets, engine, renderers } = context;
  const writer = new PdfWriter({
    fonts: (id) => engine.library.get(id),
    subsetter: engine.subsetter,
    images: (id) => assets.get(id),
    marks: 'none',
    info: { title: `Proof of order ${orderId}`, creator: 'Namesake' },
  });
  for (const [i, record] of records.entries()) {
    const values = fieldValues(design.fields, record.values ?? undefined);
    for (const renderer of renderers) {
      const { list } = await renderRecord(renderer, engine.library, values);
      const side = renderers.length > 1 ? ` · ${renderer.surface.name}` : '';
      const title = `PROOF · order ${orderId} · label ${i + 1} of ${records.length}${side}`;
      const sheet = await proofSheet(engine.library, { label: list, surface: renderer.surface, title, caption: captionLines(design, values, record, renderer.surface) });
      const added = writer.addLabel(sheet);
      if (!added.ok) return err(added.error);
    }
  }
  const { bytes, pages } = writer.finish();
  return ok({ bytes, pages });
}

const inches = (pt: number) => (pt / 72).toFixed(2).replace(/\.?0+$/, '');
const mm = (pt: number) => ((pt * 25.4) / 72).toFixed(1).replace(/\.0$/, '');

/** What the customer checks: every field's value as it prints, the copies, and the real size. */
function captionLines(design: Design, values: ReadonlyMap<string, string>, record: ExportRecord, size: { width: number; height: number }): string[] {
  const lines = design.fields.map((f) => `${f.label || f.name}: ${(values.get(f.name) ?? '').replace(/\s*\r?\n\s*/g, ' / ') || '(empty)'}`);
  if (record.copies > 1) lines.push(`Copies: ${record.copies}`);
  lines.push(`Actual size ${inches(size.width)} × ${inches(size.height)} in (${mm(size.width)} × ${mm(size.height)} mm): print at 100 %, without scaling to fit.`);
  return lines;
}
