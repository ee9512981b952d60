import type { Design } from '../../shared/model';
import { Preflight, type PreflightFinding, type PreflightRecord } from '../../shared/preflight';
import type { FontLibrary } from '../../shared/text';

export interface ChecksState {
  running: boolean;
  /** Findings by record index, from the last finished run; null before the first. */
  byRecord: ReadonlyMap<number, readonly PreflightFinding[]> | null;
  error: string | null;
}

/** Typing pauses this long before the records are checked again. */
const SETTLE_MS = 200;

/**
 * Per-record preflight (shared/preflight, print's own pipeline) for the records panel, run in the page on
 * the page's text engine. A new run cancels the one before, so only the findings for what is on screen
 * arrive. Findings about the design as a whole (images, static text) are for the export's check, not
 * the rows, and are left out here.
 */
export class RecordChecks {
  private controller: AbortController | null = null;

  constructor(
    private readonly engine: Promise<FontLibrary>,
    /** Partial while running: the last findings stay on screen until the new ones arrive. */
    private readonly report: (state: Partial<ChecksState>) => void,
  ) {}

  run(design: Design, records: readonly PreflightRecord[]): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    void (async () => {
      await pause(SETTLE_MS);
      if (signal.aborted) return;
      this.report({ running: true, error: null });
      const library = await this.engine;
      const preflight = await Preflight.create(design, { library, imageSize: () => undefined });
      const result = await preflight.run(records, { signal, pause: () => pause(0) });
      if (signal.aborted || !result.ok) return;
      const byRecord = new Map<number, PreflightFinding[]>();
      for (const f of result.value.findings) {
        if (f.record === null) continue;
        byRecord.set(f.record, [...(byRecord.get(f.record) ?? []), f]);
      }
      this.report({ running: false, byRecord, error: null });
    })().catch((e: unknown) => {
      console.error(e);
      if (!signal.aborted) this.report({ running: false, byRecord: null, error: 'The records could not be checked; export will check them again.' });
    });
  }

  cancel(): void {
    this.controller?.abort();
    this.controller = null;
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
