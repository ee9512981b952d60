import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedRecord, ExportOptions, ExportStatus } from '../../../shared/ipc/features/export.contract';
import { createRouter } from '../../../shared/ipc/router';
import type { Design } from '../../../shared/model';
import { createHandlers } from '../../../main/services/handlers';
import type { MainPorts } from '../../../main/services/ports';
import { assetOf, sampleDesign } from './fixtures';
import { tempDir } from './temp-dir';

// The worker is built into a folder of this file's own, as tests/unit/cli/export-jobs.test.ts does.
const BUILD = join(process.cwd(), 'node_modules/.cache', `namesake-export-handlers-${process.pid}`);
const WORKER = pathToFileURL(join(BUILD, 'export-worker.mjs'));
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs', '--out-dir', BUILD]);
}, 60_000);
afterAll(() => rmSync(BUILD, { recursive: true, force: true }));

/** A 3 × 2 in label whose text is the field `name`. */
function namedDesign(): Design {
  const design = sampleDesign('Candle');
  const text = design.objects[0]!;
  return {
    ...design,
    objects: [{ ...text, ...(text.type === 'text' ? { text: '{{name}}' } : {}) }],
    fields: [{ name: 'name', label: 'Name on label', required: true, maxLength: 12, defaultValue: '', sample: 'Zoë', allowedFonts: [], allowedColors: [] }],
  };
}

const OPTIONS: ExportOptions = {
  bleed: 9,
  marks: 'crop',
  layout: { kind: 'single' },
  source: { kind: 'sample', copies: 1 },
  output: { kind: 'pdf' },
  pdfx: false,
  text: 'glyphs',
};

/** The real handlers with fake ports: dialogs answer from a script, the shell records what it was asked to show. */
async function setup() {
  const dir = await tempDir();
  const answers = { open: [] as string[], save: [] as string[], folder: [] as string[] };
  const asked: string[] = [];
  const shown: string[] = [];
  const ports: MainPorts = {
    dialogs: {
      showOpen: async ({ title }) => (asked.push(title), answers.open.shift() ?? null),
      showOpenFiles: async ({ title }) => (asked.push(title), answers.open.splice(0, 1)),
      showSave: async ({ title, defaultName }) => (asked.push(`${title}: ${defaultName}`), answers.save.shift() ?? null),
      showOpenFolder: async ({ title }) => (asked.push(title), answers.folder.shift() ?? null),
    },
    paths: { userData: join(dir, 'userData') },
    app: { name: 'Namesake', version: '0.1.0', platform: 'linux' },
    shell: { showItemInFolder: (path) => void shown.push(path) },
    workers: { exportWorker: async () => WORKER },
  };
  const router = createRouter(createHandlers(ports));
  const call = (channel: string, payload: unknown) => router.dispatch(channel, payload);
  const value = async <T,>(channel: string, payload: unknown): Promise<T> => {
    const env = await call(channel, payload);
    if (!env.ok) throw new Error(`${channel} failed: ${env.error.code} ${env.error.message}`);
    return env.value as T;
  };
  /** export:status, polled until the export is no longer running. */
  const finished = async (jobId: string): Promise<ExportStatus> => {
    for (;;) {
      const status = await value<ExportStatus>('export:status', { jobId });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const start = (design: Design, options: ExportOptions) => value<{ cancelled: false; jobId: string; file: { name: string; folder: string } }>('export:start', { design, options });
  /** An order file imported as the records panel does (`data:import`); its data id. */
  const imported = async (name: string, csv: string): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, csv);
    answers.open.push(path);
    return (await value<{ data: { dataId: string } }>('data:import', {})).data.dataId;
  };
  return { dir, answers, asked, shown, call, value, finished, start, imported };
}

/** A record as the records panel sends it: values as mapped and edited, one copy. */
function record(row: number, name: string, copies = 1): ExportedRecord {
  return { values: { name }, copies, row, part: null, problems: [] };
}

const ORDERS = 'Order ID,Name,Qty\n1001,Ann,1\n1002,Bo,2\n1002,Cy,1\n1003,Di,1\n';

const text = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
const fonts = (pdf: string) => execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe('export handlers', () => {
  it('exports the design to the PDF the Save dialog named, polled to done, and shows it in its folder', async () => {
    const { dir, answers, asked, shown, value, finished, start } = await setup();
    // Typed without the extension, as GTK's dialog returns it.
    answers.save.push(join(dir, 'candle'));
    const started = await start(namedDesign(), OPTIONS);
    expect(asked).toEqual(['Export PDF: Candle.pdf']);
    expect(started.file).toEqual({ name: 'candle.pdf', folder: dir });

    const status = await finished(started.jobId);
    expect(status).toMatchObject({ state: 'done', file: { name: 'candle.pdf', folder: dir }, summary: { records: 1, labels: 1, pages: 1 } });
    const pdf = join(dir, 'candle.pdf');
    expect(execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    expect(text(pdf)).toContain('Zoë');
    // Only the PDF is left: no partial file, and the design snapshot lived in a temp folder of its own.
    expect((await readdir(dir)).sort()).toEqual(['candle.pdf']);

    await value('export:reveal', { jobId: started.jobId });
    expect(shown).toEqual([pdf]);
  });

  it('puts copies on a sheet from the start cell on', async () => {
    const { dir, answers, finished, start } = await setup();
    answers.save.push(join(dir, 'sheet.pdf'));
    const options: ExportOptions = { ...OPTIONS, marks: 'none', layout: { kind: 'sheet', templateId: 'avery-5160', startCell: 29 }, source: { kind: 'sample', copies: 5 } };
    const status = await finished((await start(namedDesign(), options)).jobId);
    // Cells 29 and 30 fill the first sheet, three more start the second.
    expect(status).toMatchObject({ state: 'done', summary: { records: 1, labels: 5, pages: 2 } });
    if (status.state !== 'done') return;
    // The pipeline's warnings arrive as sentences.
    expect(status.summary.warnings).toContain('The design is 3 × 2 in but avery-5160 labels are 2.625 × 1 in; each label is centred on its cell.');
    expect(text(join(dir, 'sheet.pdf')).match(/Zoë/g)).toHaveLength(5);
    expect(pages(join(dir, 'sheet.pdf'))).toBe(2);
  });

  it('exports the records the studio sends, in their order, with their edits and copies', async () => {
    const { dir, answers, asked, finished, start, imported } = await setup();
    const dataId = await imported('orders.csv', ORDERS);
    answers.save.push(join(dir, 'orders.pdf'));
    // Rows 2 and 4 ticked; row 4's name edited in the grid; row 2 doubled.
    const source = { kind: 'records' as const, dataId, records: [record(4, 'Cyrus'), record(2, 'Ann', 2)] };
    const status = await finished((await start(namedDesign(), { ...OPTIONS, source })).jobId);
    expect(asked).toEqual(['Import order data', 'Export PDF: Candle.pdf']);
    expect(status).toMatchObject({ state: 'done', summary: { records: 2, labels: 3, pages: 3 } });
    expect(text(join(dir, 'orders.pdf')).match(/Ann|Bo|Cy\w*|Di/g)).toEqual(['Cyrus', 'Ann', 'Ann']);
  });

  it('writes one PDF per order into the chosen folder, and replaces files only when told to', async () => {
    const { dir, answers, asked, value, finished, start, imported } = await setup();
    const dataId = await imported('orders.csv', ORDERS);
    const labels = join(dir, 'labels');
    await mkdir(labels);
    await writeFile(join(labels, '1003.pdf'), 'an older export');
    const records = [record(2, 'Ann'), record(3, 'Bo'), record(4, 'Cy'), record(5, 'Di')];
    const options: ExportOptions = { ...OPTIONS, source: { kind: 'records', dataId, records }, output: { kind: 'files', pattern: '{Order ID}.pdf' } };

    answers.folder.push(labels);
    const asking = await value<unknown>('export:start', { design: namedDesign(), options });
    expect(asked.at(-1)).toBe('Export PDFs into a folder');
    expect(asking).toMatchObject({ cancelled: false, replace: { count: 1, names: ['1003.pdf'], folder: { name: 'labels', folder: dir } } });
    // Nothing was written while the question was open.
    expect(await readFile(join(labels, '1003.pdf'), 'utf8')).toBe('an older export');

    const { replace } = asking as { replace: { confirmId: string } };
    const started = await value<{ jobId: string; file: { name: string } }>('export:replace', { confirmId: replace.confirmId });
    expect(started.file.name).toBe('labels');
    expect(await finished(started.jobId)).toMatchObject({ state: 'done', file: { name: 'labels', folder: dir }, summary: { records: 4, files: 3 } });
    expect((await readdir(labels)).sort()).toEqual(['1001.pdf', '1002.pdf', '1003.pdf']);
    // Order 1002's two items share its file.
    expect(text(join(labels, '1002.pdf')).match(/Bo|Cy/g)).toEqual(['Bo', 'Cy']);
    expect(text(join(labels, '1003.pdf'))).toContain('Di');
    // An answer is used once.
    expect(await valueError(value('export:replace', { confirmId: replace.confirmId }))).toMatch(/no longer knows that export/);
  });

  it('refuses preflight errors unless overridden, and records the reason in the PDF', async () => {
    const { dir, answers, finished, start, imported } = await setup();
    const dataId = await imported('orders.csv', ORDERS);
    const records = [record(2, 'Ann'), record(3, 'Bartholomew the Third')];
    answers.save.push(join(dir, 'refused.pdf'));
    const refused = await finished((await start(namedDesign(), { ...OPTIONS, source: { kind: 'records', dataId, records } })).jobId);
    expect(refused).toEqual({
      state: 'failed',
      error: 'Preflight found 1 error (row 3: “Name on label” is 21 characters, the field allows 12). Fix them, or tick “Export anyway” and give a reason.',
    });
    expect(await readdir(dir)).not.toContain('refused.pdf');

    answers.save.push(join(dir, 'anyway.pdf'));
    const reason = 'Customer asked for the full name; printed smaller by hand';
    const done = await finished((await start(namedDesign(), { ...OPTIONS, source: { kind: 'records', dataId, records }, override: reason })).jobId);
    expect(done).toMatchObject({ state: 'done', summary: { records: 2, override: { reason, errors: 1 } } });
    expect(execFileSync('pdfinfo', [join(dir, 'anyway.pdf')], { encoding: 'utf8' })).toMatch(/^Keywords:\s+Namesake preflight override \(1 error\): Customer asked for the full name; printed smaller by hand$/m);
  });

  it('writes text as outlines when asked: no fonts in the file, no text to extract', async () => {
    const { dir, answers, finished, start } = await setup();
    answers.save.push(join(dir, 'glyphs.pdf'), join(dir, 'outlines.pdf'));
    await finished((await start(namedDesign(), OPTIONS)).jobId);
    await finished((await start(namedDesign(), { ...OPTIONS, text: 'outlines' })).jobId);
    expect(fonts(join(dir, 'glyphs.pdf'))).toHaveLength(1);
    expect(text(join(dir, 'glyphs.pdf'))).toContain('Zoë');
    expect(fonts(join(dir, 'outlines.pdf'))).toEqual([]);
    expect(text(join(dir, 'outlines.pdf')).trim()).toBe('');
  });

  it('cancels a running export, leaving no file behind', async () => {
    const { dir, answers, value, finished, start } = await setup();
    answers.save.push(join(dir, 'many.pdf'));
    const options: ExportOptions = { ...OPTIONS, layout: { kind: 'sheet', templateId: 'avery-5160', startCell: 1 }, source: { kind: 'sample', copies: 3000 } };
    const { jobId } = await start(namedDesign(), options);
    await value('export:cancel', { jobId });
    expect(await finished(jobId)).toEqual({ state: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
    // Nothing was written, so there is nothing to show.
    expect(await valueError(value('export:reveal', { jobId }))).toMatch(/has not been written/);
  });

  it('refuses bad options with a sentence, before any dialog', async () => {
    const { asked, call } = await setup();
    const refusal = async (options: unknown) => {
      const env = await call('export:start', { design: namedDesign(), options });
      if (env.ok) throw new Error('expected a refusal');
      return env.error;
    };
    expect(await refusal({ ...OPTIONS, layout: { kind: 'sheet', templateId: 'avery-9999', startCell: 1 } })).toEqual({
      code: 'bad-request',
      message: 'There is no sheet template “avery-9999”. Pick a sheet from the list.',
    });
    expect(await refusal({ ...OPTIONS, layout: { kind: 'sheet', templateId: 'Avery 5160', startCell: 31 } })).toEqual({
      code: 'bad-request',
      message: 'Start cell 31 is not on Avery 5160, which has cells 1 to 30.',
    });
    expect(await refusal({ ...OPTIONS, source: { kind: 'records', dataId: 'neverIssued', records: [record(2, 'Ann')] } })).toMatchObject({ code: 'not-found' });
    expect(await refusal({ ...OPTIONS, output: { kind: 'files', pattern: '{Colour}.pdf' } })).toEqual({
      code: 'bad-request',
      message: '{Colour} is neither a field nor a column (use {name}).',
    });
    expect(await refusal({ ...OPTIONS, source: { kind: 'records', dataId: 'x', records: [{ ...record(2, 'Ann'), values: { name: 'A'.repeat(10_001) } }] } })).toMatchObject({ code: 'bad-request' });
    expect(await refusal({ ...OPTIONS, source: { kind: 'sample', copies: 0 } })).toMatchObject({ code: 'bad-request', message: expect.stringContaining('options.source.copies') });
    expect(await refusal({ ...OPTIONS, out: '/etc/passwd' })).toMatchObject({ code: 'bad-request' });
    expect(asked).toEqual([]);
  });

  it('refuses a design whose image is missing, and job ids it never issued', async () => {
    const { asked, call } = await setup();
    const env = await call('export:start', { design: sampleDesign('Logo', assetOf(Buffer.from('not in the cache'))), options: OPTIONS });
    expect(env).toEqual({ ok: false, error: { code: 'not-found', message: 'The PDF was not exported: “logo.png”, used in the design, is missing. Replace or remove it, then export again.' } });
    expect(asked).toEqual([]);
    expect(await call('export:status', { jobId: 'made-up' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reports a cancelled Save dialog and starts nothing', async () => {
    const { value } = await setup();
    expect(await value('export:start', { design: namedDesign(), options: OPTIONS })).toEqual({ cancelled: true });
    expect(await value('export:start', { design: namedDesign(), options: { ...OPTIONS, output: { kind: 'files', pattern: '{name}.pdf' } } })).toEqual({ cancelled: true });
  });
});

async function valueError(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'no error',
    (e: Error) => e.message,
  );
}
