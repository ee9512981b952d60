import type { Client } from '../../shared/ipc/client';
import type { ProofRecord, ProofStatus } from '../../shared/ipc/features/proofs.contract';
import type { Design } from '../../shared/model';
import { PolledRun } from './polledRun';

export type ProofPhase =
  | { kind: 'ready' }
  /** Main's folder dialog is up. */
  | { kind: 'asking' }
  | { kind: 'running'; jobId: string; folder: string; done: number; total: number; cancelling: boolean }
  | { kind: 'done'; jobId: string; folder: string; files: readonly string[]; pages: number }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled'; jobId: string; files: readonly string[] };

export interface ProofRunState {
  phase: ProofPhase;
  /** A refusal to show (main refused the request, the folder could not be shown). */
  problem: string | null;
}

/** One Proofs dialog's conversation with main: start (main asks for the folder), poll, cancel, show the folder. */
export class ProofRun extends PolledRun<ProofRunState> {
  constructor(private readonly client: Client) {
    super({ phase: { kind: 'ready' }, problem: null });
  }

  async start(design: Design, records: ProofRecord[]): Promise<void> {
    this.set({ phase: { kind: 'asking' }, problem: null });
    const result = await this.client.call('proofs:start', { design, records });
    if (!result.ok) return this.set({ phase: { kind: 'ready' }, problem: result.error.message });
    if (result.value.cancelled) return this.set({ phase: { kind: 'ready' } });
    const { jobId, folder, orders } = result.value;
    this.set({ phase: { kind: 'running', jobId, folder, done: 0, total: orders, cancelling: false } });
    this.schedulePoll();
  }

  /** The job stops after the proof being written; a later poll says so. */
  async cancel(): Promise<void> {
    const { phase } = this.getState();
    if (phase.kind !== 'running' || phase.cancelling) return;
    this.set({ phase: { ...phase, cancelling: true } });
    const result = await this.client.call('proofs:cancel', { jobId: phase.jobId });
    if (!result.ok) this.set({ phase: { kind: 'failed', message: result.error.message } });
  }

  async reveal(): Promise<void> {
    const { phase } = this.getState();
    if (phase.kind !== 'done' && phase.kind !== 'cancelled') return;
    const result = await this.client.call('proofs:reveal', { jobId: phase.jobId });
    this.set({ problem: result.ok ? null : result.error.message });
  }

  protected running(): boolean {
    return this.getState().phase.kind === 'running';
  }

  protected async poll(): Promise<void> {
    const { phase } = this.getState();
    if (phase.kind !== 'running') return;
    const result = await this.client.call('proofs:status', { jobId: phase.jobId });
    this.set({ phase: result.ok ? this.next(result.value) : { kind: 'failed', message: result.error.message } });
    this.schedulePoll();
  }

  /** The phase a status means; a cancel asked for meanwhile stays asked for. */
  private next(status: ProofStatus): ProofPhase {
    const { phase } = this.getState();
    const jobId = phase.kind === 'running' ? phase.jobId : '';
    switch (status.state) {
      case 'running':
        return phase.kind === 'running' ? { ...phase, done: status.done, total: status.total } : phase;
      case 'done':
        return { kind: 'done', jobId, folder: status.folder, files: status.files, pages: status.pages };
      case 'cancelled':
        return { kind: 'cancelled', jobId, files: status.files };
      case 'failed':
        return { kind: 'failed', message: status.error };
    }
  }
}
