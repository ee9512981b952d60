import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExportJob } from '../../../main/services/export-jobs';
import type { ExportRequest } from '../../../main/services/export-request';

const DIR = mkdtempSync(join(tmpdir(), 'namesake-jobs-'));
// Built into a folder of its own, so it never races the bin/namesake test over out/cli; inside the repository,
// so the bundle's dependencies resolve from node_modules.
const BUILD = join(process.cwd(), 'node_modules/.cache', `namesake-jobs-${process.pid}`);
afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  rmSync(BUILD, { recursive: true, force: true });
});
const WORKER = pathToFileURL(join(BUILD, 'export-worker.mjs'));

const data = join(DIR, 'orders.csv');
writeFileSync(data, `name,message\n${Array.from({ length: 3000 }, (_, i) => `Guest ${i},Thank you ${i % 5}`).join('\n')}\n`);
const request = (out: string): ExportRequest => ({ design: join(process.cwd(), 'examples/avery-5160-names.namesake'), out: join(DIR, out), data, maps: [], sheet: 'avery-5160', marks: 'none', pdfx: false });

describe('export in a worker thread', () => {
  beforeAll(() => {
    execFileSync('node', ['scripts/build-cli.mjs', '--out-dir', BUILD], { encoding: 'utf8' });
  }, 60_000);

  it('reports progress and the summary', async () => {
    const progress: number[] = [];
    const job = startExportJob(request('all.pdf'), WORKER, (done, total) => {
      expect(total).toBe(3000);
      progress.push(done);
    });
    const result = await job.result;
    expect(result.ok && result.value).toMatchObject({ records: 3000, pages: 100 });
    expect(progress).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3000]);
    expect(existsSync(join(DIR, 'all.pdf'))).toBe(true);
  });

  it('cancels, leaving no output file behind', async () => {
    const job = startExportJob(request('cancelled.pdf'), WORKER, () => job.cancel());
    const result = await job.result;
    expect(!result.ok && result.error.code).toBe('cancelled');
    expect(readdirSync(DIR).filter((f) => f.startsWith('cancelled'))).toEqual([]);
  });

  it('returns bad input as an error value', async () => {
    const result = await startExportJob({ ...request('x.pdf'), sheet: 'no-such-sheet' }, WORKER).result;
    expect(!result.ok && result.error.message).toMatch(/^--sheet: no sheet template “no-such-sheet”/);
  });
});
