import type { CallResult, Client } from '../../shared/ipc/client';
import type { ExportOptions, ExportSummary } from '../../shared/ipc/features/export.contract';
import type { Design } from '../../shared/model';
import type { PreflightRecord, PreflightReport } from '../../shared/preflight';
import type { FontLibrary } from '../../shared/text';
import { checkExport } from './exportCheck';
import { PolledRun } from './polledRun';

/** Where the PDF (or a per-record export's folder) goes, as main tells it: a name and a folder, never a path to send back. */
export interface ExportFile {
  name: string;
  folder: string;
}

export type ExportPhase =
  | { kind: 'options' }
  /** A Save or folder dialog of main's is up. */
  | { kind: 'asking' }
  /** A per-record export would replace files: asked before anything is written. */
  | { kind: 'replace'; confirmId: string; count: number; names: string[]; folder: ExportFile }
  | { kind: 'running'; jobId: string; file: ExportFile; done: number; total: number | null; cancelling: boolean }
  | { kind: 'done'; jobId: string; file: ExportFile; summary: ExportSummary }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

/** The export's preflight: running, its report, or why it could not run. */
export type ExportCheckState = { running: true } | { running: false; report: PreflightReport | null; error: string | null };

export interface ExportRunState {
  phase: ExportPhase;
  check: ExportCheckState;
  /** A refusal to show with the options (options main refused, an image it no longer has). */
  problem: string | null;
}

/**
 * One Export dialog's conversation with main: check the records, start, answer "Replace?", poll the job,
 * cancel, show the PDF in its folder.
 */
export class ExportRun extends PolledRun<ExportRunState> {
  private checking: AbortController | null = null;
  /** Settles when the latest check has. */
  private checked: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: Client,
    private readonly engine: Promise<FontLibrary>,
  ) {
    super({ phase: { kind: 'options' }, check: { running: true }, problem: null });
  }

  /** Preflights what the export will print (null: the sample values); a new check replaces the last. */
  check(design: Design, records: readonly PreflightRecord[] | null): void {
    this.checking?.abort();
    const controller = (this.checking = new AbortController());
    this.set({ check: { running: true } });
    this.checked = (async () => {
      const result = await checkExport(design, records, await this.engine, controller.signal);
      if (controller.signal.aborted) return;
      this.set({ check: result.ok ? { running: false, report: result.value, error: null } : { running: false, report: null, error: result.error.message } });
    })().catch((e: unknown) => {
      console.error(e);
      if (!controller.signal.aborted) this.set({ check: { running: false, report: null, error: 'The labels could not be checked. Export checks them again and refuses errors.' } });
    });
  }

  /** Errors the latest check found, once it has finished (0 when it could not run: the worker checks again). */
  async preflightErrors(): Promise<number> {
    await this.checked;
    const { check } = this.getState();
    return check.running ? 0 : (check.report?.errors ?? 0);
  }

  async start(design: Design, options: ExportOptions): Promise<void> {
    this.set({ phase: { kind: 'asking' }, problem: null });
    const result = await this.client.call('export:start', { design, options });
    if (!result.ok) return this.set({ phase: { kind: 'options' }, problem: result.error.message });
    const answer = result.value;
    if (answer.cancelled) return this.set({ phase: { kind: 'options' } });
    if ('replace' in answer) return this.set({ phase: { kind: 'replace', ...answer.replace } });
    this.started(answer);
  }

  /** The answer to "Replace N files?": yes starts the export over them, no goes back to the options. */
  async replace(yes: boolean): Promise<void> {
    const { phase } = this.getState();
    if (phase.kind !== 'replace') return;
    if (!yes) return this.set({ phase: { kind: 'options' } });
    this.set({ phase: { kind: 'asking' } });
    const result = await this.client.call('export:replace', { confirmId: phase.confirmId });
    if (!result.ok) return this.set({ phase: { kind: 'options' }, problem: result.error.message });
    this.started(result.value);
  }

  /** Asks main to stop; the phase becomes `cancelled` (or `done`, if the PDF was finished first) on a later poll. */
  async cancel(): Promise<void> {
    const { phase } = this.getState();
    if (phase.kind !== 'running' || phase.cancelling) return;
    this.set({ phase: { ...phase, cancelling: true } });
    const result = await this.client.call('export:cancel', { jobId: phase.jobId });
    if (!result.ok) this.set({ phase: { kind: 'failed', message: result.error.message } });
  }

  async reveal(): Promise<void> {
    const { phase } = this.getState();
    if (phase.kind !== 'done') return;
    const result = await this.client.call('export:reveal', { jobId: phase.jobId });
    this.set({ problem: result.ok ? null : result.error.message });
  }

  /** From a failed or cancelled export back to the options, to change them and try again. */
  back(): void {
    this.set({ phase: { kind: 'options' }, problem: null });
  }

  /** While the dialog shows it: polls a running export. The returned function stops polling and checking. */
  override connect(): () => void {
    const stop = super.connect();
    return () => {
      stop();
      this.checking?.abort();
    };
  }

  private started({ jobId, file }: Extract<CallResult<'export:replace'>, { ok: true }>['value']): void {
    this.set({ phase: { kind: 'running', jobId, file, done: 0, total: null, cancelling: false } });
    this.schedulePoll();
  }

  protected running(): boolean {
    return this.getState().phase.kind === 'running';
  }

  protected async poll(): Promise<void> {
    const { phase } = this.getState();
    if (phase.kind !== 'running') return;
    const result = await this.client.call('export:status', { jobId: phase.jobId });
    if (!result.ok) return this.set({ phase: { kind: 'failed', message: result.error.message } });
    const status = result.value;
    switch (status.state) {
      case 'running': {
        // A cancel asked for meanwhile stays asked for.
        const now = this.getState().phase;
        const current = now.kind === 'running' ? now : phase;
        this.set({ phase: { ...current, done: status.done, total: status.total } });
        return this.schedulePoll();
      }
      case 'done':
        return this.set({ phase: { kind: 'done', jobId: phase.jobId, file: status.file, summary: status.summary } });
      case 'failed':
        return this.set({ phase: { kind: 'failed', message: status.error } });
      case 'cancelled':
        return this.set({ phase: { kind: 'cancelled' } });
    }
  }
}
