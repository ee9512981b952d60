import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import type { PROOF_CHANNELS } from '../../shared/ipc/channels';
import { HandlerError } from '../../shared/ipc/errors';
import type { Handlers } from '../../shared/ipc/router';
import { uniqueFileNames } from '../../shared/merge/file-names';
import { checkAssets } from './export-snapshot';
import type { FileServices } from './file-services';
import type { MainPorts } from './ports';
import { proofOrders, writeProofs } from './proof';
import { ProofJobs } from './proof-jobs';

const CANCELLED = { cancelled: true as const };

/**
 * The records panel's Proofs…: the design and the records the renderer sends (values as the panel shows
 * them, with their order ids), written as one proof PDF per order into a folder only the folder dialog
 * gives, by main's own proof writer (main/services/proof.ts, as `namesake proof`), polled by job id.
 */
export function createProofHandlers(ports: Pick<MainPorts, 'dialogs' | 'shell'>, services: Pick<FileServices, 'assets'>): Pick<Handlers, (typeof PROOF_CHANNELS)[number]> {
  const jobs = new ProofJobs();
  return {
    'proofs:start': async ({ design, records }) => {
      checkAssets(design, services.assets);
      const folder = await ports.dialogs.showOpenFolder({ title: 'Choose a folder for the proofs' });
      if (folder === null) return CANCELLED;
      const orders = proofOrders(records, (r) => r.orderId);
      const names = await freeNames(folder, orders.map((o) => `proof-${o.key}`));
      const jobId = jobs.start(folder, orders.length, (hooks) => writeProofs({ design, assets: services.assets, orders, folder, names, ...hooks }));
      return { cancelled: false as const, jobId, folder, orders: orders.length };
    },

    'proofs:status': async ({ jobId }) => jobs.status(jobId),

    'proofs:cancel': async ({ jobId }) => {
      jobs.cancel(jobId);
      return {};
    },

    'proofs:reveal': async ({ jobId }) => {
      ports.shell.showItemInFolder(jobs.firstFile(jobId));
      return {};
    },
  };
}

/**
 * Safe, distinct file names that replace nothing in `folder`: a proof sent again after changes becomes
 * “proof-1001 (2).pdf” beside the first one, never over it.
 */
async function freeNames(folder: string, raws: readonly string[]): Promise<string[]> {
  const existing = (await filesIn(folder)).filter((n) => n.toLowerCase().endsWith('.pdf'));
  return uniqueFileNames([...existing, ...raws]).slice(existing.length);
}

/** A folder the dialog offered to create (Windows) does not exist yet: it holds nothing, and the writer makes it. */
async function filesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new HandlerError('io-error', `Namesake cannot read the folder “${basename(folder)}”. Choose another folder.`);
  }
}
