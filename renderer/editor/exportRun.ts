import type { Client } from '../../shared/ipc/client';
import type { DataPreview, ExportOptions, ExportSummary } from '../../shared/ipc/features/export.contract';
import type { Design, Field } from '../../shared/model';

/** Where the PDF goes, as main tells it: a name and a folder, never a path to send back. */
export interface ExportFile {
  name: string;
  folder: string;
}

export type ExportPhase =
  | { kind: 'options' }
  /** A Save or Open dialog of main's is up. */
  | { kind: 'asking' }
  | { kind: 'running'; jobId: string; file: ExportFile; done: number; total: number | null; cancelling: boolean }
  | { kind: 'done'; jobId: string; file: ExportFile; summary: ExportSummary }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' };

export interface ExportRunState {
  phase: ExportPhase;
  /** The data file chosen for this export, previewed against the design's fields. */
  data: DataPreview | null;
  /** A refusal to show with the options (a data file that cannot be read, options main refused). */
  problem: string | null;
}

/** Between status requests: often enough for a smooth bar, rarely enough to cost nothing. */
const POLL_MS = 150;

/**
 * One Export dialog's conversation with main: choose a data file, start, poll the job (the bridge cannot
 * push progress), cancel, show the PDF in its folder. Framework-free, like the Editor: the dialog
 * subscribes to it, and polling runs only while it is connected.
 */
export class ExportRun {
  private state: ExportRunState = { phase: { kind: 'options' }, data: null, problem: null };
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;

  constructor(private readonly client: Client) {}

  readonly getState = (): ExportRunState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async chooseData(fields: readonly Field[]): Promise<void> {
    const before = this.state.phase;
    this.set({ phase: { kind: 'asking' }, problem: null });
    const result = await this.client.call('export:chooseData', { fields: [...fields] });
    if (!result.ok) return this.set({ phase: before, problem: result.error.message });
    this.set({ phase: before, ...(result.value.cancelled ? {} : { data: result.value.data }) });
  }

  removeData(): void {
    this.set({ data: null, problem: null });
  }

  async start(design: Design, options: ExportOptions): Promise<void> {
    this.set({ phase: { kind: 'asking' }, problem: null });
    const result = await this.client.call('export:start', { design, options });
    if (!result.ok) return this.set({ phase: { kind: 'options' }, problem: result.error.message });
    if (result.value.cancelled) return this.set({ phase: { kind: 'options' } });
    const { jobId, file } = result.value;
    this.set({ phase: { kind: 'running', jobId, file, done: 0, total: null, cancelling: false } });
    this.schedulePoll();
  }

  /** Asks main to stop; the phase becomes `cancelled` (or `done`, if the PDF was finished first) on a later poll. */
  async cancel(): Promise<void> {
    const { phase } = this.state;
    if (phase.kind !== 'running' || phase.cancelling) return;
    this.set({ phase: { ...phase, cancelling: true } });
    const result = await this.client.call('export:cancel', { jobId: phase.jobId });
    if (!result.ok) this.set({ phase: { kind: 'failed', message: result.error.message } });
  }

  async reveal(): Promise<void> {
    const { phase } = this.state;
    if (phase.kind !== 'done') return;
    const result = await this.client.call('export:reveal', { jobId: phase.jobId });
    this.set({ problem: result.ok ? null : result.error.message });
  }

  /** From a failed or cancelled export back to the options, to change them and try again. */
  back(): void {
    this.set({ phase: { kind: 'options' }, problem: null });
  }

  /** While the dialog shows it: polls a running export. The returned function stops polling. */
  connect(): () => void {
    this.connected = true;
    this.schedulePoll();
    return () => {
      this.connected = false;
      clearTimeout(this.timer);
    };
  }

  private schedulePoll(): void {
    clearTimeout(this.timer);
    if (this.connected && this.state.phase.kind === 'running') this.timer = setTimeout(() => void this.poll(), POLL_MS);
  }

  private async poll(): Promise<void> {
    const { phase } = this.state;
    if (phase.kind !== 'running' || !this.connected) return;
    const result = await this.client.call('export:status', { jobId: phase.jobId });
    if (!result.ok) return this.set({ phase: { kind: 'failed', message: result.error.message } });
    const status = result.value;
    switch (status.state) {
      case 'running': {
        // A cancel asked for meanwhile stays asked for.
        const current = this.state.phase.kind === 'running' ? this.state.phase : phase;
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

  private set(patch: Partial<ExportRunState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
