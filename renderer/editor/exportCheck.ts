import type { Design } from '../../shared/model';
import { preflight, type PreflightRecord, type PreflightReport } from '../../shared/preflight';
import type { Result } from '../../shared/result';
import type { FontLibrary } from '../../shared/text';
import { imageAssets } from './imageAssets';

/** Without data an export prints the fields' sample values: one label to check. */
const SAMPLE: readonly PreflightRecord[] = [{ values: null }];

/**
 * The export's preflight in the page: shared/preflight over exactly the records the export will send,
 * with the page's fonts and images. The worker checks everything again before it writes, and refuses
 * errors nobody overrode.
 */
export async function checkExport(design: Design, records: readonly PreflightRecord[] | null, library: FontLibrary, signal: AbortSignal): Promise<Result<PreflightReport>> {
  await imagesSettled(design.assets.map((a) => a.id));
  const sources = { library, imageSize: (id: string) => imageAssets.get(id)?.content };
  return preflight(design, sources, records ?? SAMPLE, { signal, pause: () => new Promise((resolve) => setTimeout(resolve, 0)) });
}

/** Once the page has each image (or knows it cannot have it): one still loading is not a missing one. */
function imagesSettled(ids: readonly string[]): Promise<void> {
  const loading = () => ids.some((id) => imageAssets.get(id) === null && imageAssets.failure(id) === undefined);
  if (!loading()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = imageAssets.subscribe(() => {
      if (loading()) return;
      stop();
      resolve();
    });
  });
}
