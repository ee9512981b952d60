import type { Design } from '../../shared/model';
import { preflight, type PreflightRecord, type PreflightReport, type PreflightRunOptions } from '../../shared/preflight';
import type { RenderSources } from '../../shared/render/design-display-list';
import type { AppError, Result } from '../../shared/result';
import type { AssetCache } from './asset-cache';
import { imageSize } from './export';
import type { ExportEngine } from './export-engine';

/** What the renderer needs in Node: the engine's fonts and the project's images. */
export function renderSources(engine: ExportEngine, assets: AssetCache): RenderSources {
  return { library: engine.library, imageSize: (id) => imageSize(assets.get(id)) };
}

/** Lets the event loop turn, so a cancel message reaches a worker in the middle of a long batch. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Preflight of a design's records in Node, with the fonts and images the export uses. */
export function preflightRecords(
  job: { design: Design; assets: AssetCache; records: readonly PreflightRecord[] },
  engine: ExportEngine,
  options: PreflightRunOptions = {},
): Promise<Result<PreflightReport>> {
  return preflight(job.design, renderSources(engine, job.assets), job.records, { pause: turn, ...options });
}

/** Errors listed in an export's refusal; the rest are counted. */
const LISTED = 3;

/** Why an export with preflight errors was refused, with the first errors and the way to go ahead anyway. */
export function preflightRefusal(report: PreflightReport): AppError {
  const errors = report.findings.filter((f) => f.severity === 'error');
  const more = errors.length > LISTED ? `; and ${errors.length - LISTED} more` : '';
  const plural = errors.length === 1 ? 'error' : 'errors';
  return {
    code: 'preflight-errors',
    message: `preflight found ${errors.length} ${plural} (${errors.slice(0, LISTED).map((f) => f.message).join('; ')}${more}); fix them, or export anyway with --override "<reason>" (namesake preflight lists them all)`,
  };
}
