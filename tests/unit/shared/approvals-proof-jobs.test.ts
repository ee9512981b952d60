import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AssetCache } from '../../../main/services/asset-cache';
import { createProofHandlers } from '../../../main/services/proof-handlers';
import type { DialogPort } from '../../../main/services/ports';
import type { ProofRecord, ProofStatus } from '../../../shared/ipc/features/proofs.contract';
import { createDesign, createText, type Design } from '../../../shared/model';

const DIR = mkdtempSync(join(tmpdir(), 'namesake-proof-jobs-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function tag(): Design {
  const design = createDesign({ name: 'Tag', unit: 'in', width: 216, height: 72, shape: { kind: 'rect' }, bleed: 9, safeMargin: 9 });
  const text = { ...createText(design.surfaces[0]!.id, { x: 18, y: 16 }, '{{name}}'), width: 180, height: 40 };
  return { ...design, objects: [text], fields: [{ name: 'name', label: 'Name', required: false, maxLength: null, defaultValue: '', sample: 'Emma', allowedFonts: [], allowedColors: [] }] };
}

const record = (orderId: string, row: number, name: string): ProofRecord => ({ orderId, row, part: null, values: { name }, copies: 1 });
const RECORDS = [record('1001', 2, 'Ann'), record('1001', 3, 'Bo'), record('', 4, 'Cy'), record('1002', 5, 'Di')];

/** The proof channels over fake ports: the folder dialog answers `folder`, the shell records what it showed. */
function handlers(folder: string | null) {
  const shown: string[] = [];
  const dialogs = { showOpenFolder: async () => folder } as unknown as DialogPort;
  const proofs = createProofHandlers({ dialogs, shell: { showItemInFolder: (p) => void shown.push(p) } }, { assets: new AssetCache() });
  return { proofs, shown };
}

async function settled(proofs: ReturnType<typeof handlers>['proofs'], jobId: string): Promise<ProofStatus> {
  for (;;) {
    const status = await proofs['proofs:status']({ jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('proof jobs for the studio', () => {
  it('writes one proof per order, a record without an order id on its own, next to a proof already there', async () => {
    const folder = join(DIR, 'one');
    const { proofs, shown } = handlers(folder);
    // The folder holds an earlier proof of 1001 (in other case: Windows and macOS would take it for the same).
    mkdirSync(folder);
    writeFileSync(join(folder, 'PROOF-1001.pdf'), 'earlier');

    const started = await proofs['proofs:start']({ design: tag(), records: RECORDS });
    if (started.cancelled) expect.fail('the folder dialog was answered');
    expect(started).toMatchObject({ folder, orders: 3 });
    const done = await settled(proofs, started.jobId);
    expect(done).toEqual({ state: 'done', folder, files: ['proof-1001 (2).pdf', 'proof-row 4.pdf', 'proof-1002.pdf'], pages: 4 });
    expect(readdirSync(folder).sort()).toEqual(['PROOF-1001.pdf', 'proof-1001 (2).pdf', 'proof-1002.pdf', 'proof-row 4.pdf']);

    await proofs['proofs:reveal']({ jobId: started.jobId });
    expect(shown).toEqual([join(folder, 'proof-1001 (2).pdf')]);
  });

  it('a cancel before the first order writes nothing, and there is nothing to show', async () => {
    // A folder the dialog offered to create (Windows) is made by the writer.
    const folder = join(DIR, 'two');
    const { proofs } = handlers(folder);
    const started = await proofs['proofs:start']({ design: tag(), records: RECORDS });
    if (started.cancelled) expect.fail('the folder dialog was answered');
    await proofs['proofs:cancel']({ jobId: started.jobId });
    expect(await settled(proofs, started.jobId)).toEqual({ state: 'cancelled', files: [] });
    await expect(proofs['proofs:reveal']({ jobId: started.jobId })).rejects.toThrow('No proof has been written yet.');
  });

  it('a cancelled folder dialog starts nothing; an unknown job is a sentence', async () => {
    const { proofs } = handlers(null);
    expect(await proofs['proofs:start']({ design: tag(), records: RECORDS })).toEqual({ cancelled: true });
    await expect(proofs['proofs:status']({ jobId: 'nope' })).rejects.toThrow('Namesake no longer knows those proofs. Make them again.');
  });
});
