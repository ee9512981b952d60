import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ProofStatus } from '../../shared/ipc/features/proofs.contract';
import { HandlerError } from '../../shared/ipc/errors';
import type { Result } from '../../shared/result';
import { exportSentence } from './export-messages';
import type { ProofRun } from './proof';

/** Finished proof jobs remembered for `proofs:status` and Show in folder; older ones are forgotten. */
const KEPT = 10;

interface ProofJob {
  status: ProofStatus;
  folder: string;
  files: string[];
  controller: AbortController;
}

type Hooks = Pick<ProofRun, 'signal' | 'onWritten'>;

/**
 * The proof jobs main runs for the studio, by opaque id, in main itself: a proof is a few pages, and
 * writing yields between orders, so IPC stays responsive. The renderer polls, may cancel, and may ask
 * for the folder to be shown; it never learns a path it could send back.
 */
export class ProofJobs {
  private readonly jobs = new Map<string, ProofJob>();

  /** Runs `write` with a cancel signal and progress; its outcome becomes the job's final status. */
  start(folder: string, orders: number, write: (hooks: Hooks) => Promise<Result<{ pages: number }>>): string {
    const id = randomBytes(12).toString('base64url');
    const job: ProofJob = { status: { state: 'running', done: 0, total: orders }, folder, files: [], controller: new AbortController() };
    this.jobs.set(id, job);
    const onWritten = (file: string, done: number, total: number) => {
      job.files.push(file);
      job.status = { state: 'running', done, total };
    };
    void write({ signal: job.controller.signal, onWritten })
      .then((result) => (job.status = finalStatus(result, job)))
      .catch((e: unknown) => (job.status = { state: 'failed', error: `Writing the proofs stopped (${(e as Error).message}). ${written(job.files.length)}` }))
      .finally(() => this.forgetOld());
    return id;
  }

  status(id: string): ProofStatus {
    return this.job(id).status;
  }

  cancel(id: string): void {
    this.job(id).controller.abort();
  }

  /** The first proof written, for Show in folder. */
  firstFile(id: string): string {
    const job = this.job(id);
    if (job.files.length === 0) throw new HandlerError('bad-request', 'No proof has been written yet.');
    return join(job.folder, job.files[0]!);
  }

  private job(id: string): ProofJob {
    const job = this.jobs.get(id);
    if (!job) throw new HandlerError('not-found', 'Namesake no longer knows those proofs. Make them again.');
    return job;
  }

  private forgetOld(): void {
    for (const [id, job] of this.jobs) {
      if (this.jobs.size <= KEPT) return;
      if (job.status.state !== 'running') this.jobs.delete(id);
    }
  }
}

function finalStatus(result: Result<{ pages: number }>, job: ProofJob): ProofStatus {
  if (result.ok) return { state: 'done', folder: job.folder, files: job.files, pages: result.value.pages };
  if (result.error.code === 'cancelled') return { state: 'cancelled', files: job.files };
  return { state: 'failed', error: `${exportSentence(result.error.message)} ${written(job.files.length)}` };
}

const written = (files: number) => (files === 0 ? 'No proof was written.' : `The first ${files === 1 ? 'proof was' : `${files} proofs were`} written.`);
