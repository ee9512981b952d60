import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator } from 'playwright-core';
import { createDesign, createText, type Design } from '../../shared/model';
import { openDesign } from './support/designFile';
import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

const ARTIFACTS = resolve(__dirname, '../artifacts');
const ORDERS = resolve(__dirname, '../fixtures/orders');

/** Invented orders: A (1001) bought two labels, B (1002) and C (1003) one each. */
const ITEMS = [
  { order: '1001', name: 'Ann Fakename' },
  { order: '1001', name: 'Bo Testerson' },
  { order: '1002', name: 'Zoë Brontë' },
  { order: '1003', name: 'Kai Lu' },
];
const NOTE = 'Please spell it Zoe, without the dots';

/** An Etsy Order Items file (the US header of the fixture) with the personalization in Variations. */
function etsyCsv(): string {
  const header = readFileSync(join(ORDERS, 'etsy-order-items-us.csv'), 'utf8').split('\n')[0]!;
  const rows = ITEMS.map(({ order, name }, i) => {
    const cells = Array<string>(33).fill('');
    cells[0] = '03/14/26';
    cells[1] = 'Gift tag';
    cells[2] = `Buyer ${order} (buyer${order})`;
    cells[3] = '1';
    cells[13] = String(4000000001 + i);
    cells[24] = order;
    cells[25] = `"Color:Kraft,Personalization:${name}"`;
    return cells.join(',');
  });
  return [header, ...rows].join('\n') + '\n';
}

/** A 3 × 1 in tag saying “{{name}}”. */
function tagDesign(): Design {
  const design = createDesign({ name: 'Gift tag', unit: 'in', width: 216, height: 72, shape: { kind: 'rect' }, bleed: 9, safeMargin: 9 });
  const text = { ...createText(design.surfaces[0]!.id, { x: 18, y: 16 }, '{{name}}'), width: 180, height: 40 };
  return {
    ...design,
    objects: [text],
    fields: [{ name: 'name', label: 'Name', required: true, maxLength: 30, defaultValue: '', sample: 'Emma', allowedFonts: [], allowedColors: [] }],
  };
}

const drawer = (studio: Studio): Locator => studio.page.getByRole('region', { name: 'Records' });
const grid = (studio: Studio): Locator => drawer(studio).getByRole('table', { name: 'Records' });
const approvalBar = (studio: Studio): Locator => drawer(studio).getByRole('toolbar', { name: 'Proof approval' });
const rowOf = (studio: Studio, row: number): Locator => grid(studio).getByRole('row').filter({ has: studio.page.getByRole('button', { name: `Preview row ${row}`, exact: true }) });
const approvalIn = (studio: Studio, row: number): Locator => rowOf(studio, row).locator('td.approval .badge');
const tool = (command: string, ...args: string[]): string => execFileSync(command, args, { encoding: 'utf8' });

async function importOrders(studio: Studio, csv: string): Promise<void> {
  studio.host.dialogs.nextOpenFiles([csv]);
  await studio.button('Import data').click();
  const mapping = studio.page.getByRole('dialog', { name: 'Map fields to columns' });
  await mapping.getByRole('button', { name: 'Done' }).click();
  await mapping.waitFor({ state: 'detached' });
  await expect.poll(() => grid(studio).locator('tbody tr:not(.spacer)').count()).toBe(ITEMS.length);
}

/**
 * Records › Proofs… into `folder`: checks what the dialog says it covers and wrote; returns the dialog,
 * still open on its result, and the files it lists.
 */
async function writeProofs(studio: Studio, folder: string, scope: string, wrote: string): Promise<{ dialog: Locator; files: string[] }> {
  await drawer(studio).getByRole('button', { name: 'Proofs…' }).click();
  const dialog = studio.page.getByRole('dialog', { name: 'Proofs for customers' });
  expect(await dialog.getByText(scope).isVisible()).toBe(true);
  studio.host.dialogs.nextFolder(folder);
  await dialog.getByRole('button', { name: 'Choose folder and write…' }).click();
  await dialog.getByRole('status').filter({ hasText: wrote }).waitFor();
  expect(studio.host.dialogs.asked.at(-1)).toEqual({ kind: 'folder', title: 'Choose a folder for the proofs' });
  return { dialog, files: await dialog.getByRole('list', { name: 'Proof files' }).getByRole('listitem').allTextContents() };
}

describe('proofs and approval in the studio', () => {
  it('approves order A and asks for changes on B, each one undo step; the answers survive save and reopen', async ({ studio, folder }) => {
    const designPath = join(folder, 'tag.namesake');
    await openDesign(studio, tagDesign(), folder, 'tag.namesake');
    const csv = join(folder, 'EtsySoldOrderItems2026.csv');
    writeFileSync(csv, etsyCsv());
    await importOrders(studio, csv);

    // The order column comes from the platform (Etsy: Order ID) and can be changed.
    expect(await approvalBar(studio).getByRole('combobox', { name: 'Order column' }).inputValue()).toBe('Order ID');
    expect(await approvalBar(studio).textContent()).toContain('Order 1001');
    await approvalBar(studio).getByRole('button', { name: 'Approve order' }).click();
    expect(await studio.undoStep()).toBe('Undo Approve order');
    // Both of A's labels show the answer.
    await expect.poll(() => approvalIn(studio, 2).textContent()).toBe('Approved ✓');
    expect(await approvalIn(studio, 3).textContent()).toBe('Approved ✓');
    expect(await approvalIn(studio, 4).textContent()).toBe('—');

    await grid(studio).getByRole('button', { name: 'Preview row 4' }).click();
    await approvalBar(studio).getByRole('button', { name: 'Request changes…' }).click();
    const dialog = studio.page.getByRole('dialog', { name: 'Request changes to order 1002' });
    await dialog.getByRole('textbox', { name: 'What the customer asked for' }).fill(NOTE);
    await dialog.getByRole('button', { name: 'Request changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await studio.undoStep()).toBe('Undo Request changes');
    await expect.poll(() => approvalIn(studio, 4).textContent()).toBe('Changes requested');
    expect(await approvalIn(studio, 4).getAttribute('title')).toMatch(new RegExp(`^${NOTE} \\(`));
    expect(await approvalBar(studio).textContent()).toContain(`“${NOTE}”`);

    // Undo and redo walk the answers like any edit.
    await studio.button('Undo').click();
    await expect.poll(() => approvalIn(studio, 4).textContent()).toBe('—');
    await studio.button('Redo').click();
    await expect.poll(() => approvalIn(studio, 4).textContent()).toBe('Changes requested');

    // Only approved: A's two labels.
    await drawer(studio).getByRole('checkbox', { name: 'Only approved' }).check();
    await expect.poll(() => grid(studio).getByRole('button', { name: /^Preview / }).allTextContents()).toEqual(['2', '3']);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'proofs-records-approved.png'), await studio.page.screenshot());
    await drawer(studio).getByRole('checkbox', { name: 'Only approved' }).uncheck();
    await grid(studio).getByRole('button', { name: 'Preview row 4' }).click();
    writeFileSync(join(ARTIFACTS, 'proofs-records.png'), await studio.page.screenshot());

    // Another order column gives other order ids (none answered); back on Order ID the answers return.
    const column = approvalBar(studio).getByRole('combobox', { name: 'Order column' });
    await column.selectOption('Transaction ID');
    await expect.poll(() => approvalIn(studio, 2).textContent()).toBe('—');
    expect(await approvalBar(studio).textContent()).toContain('Order 4000000003');
    await column.selectOption('Order ID');
    await expect.poll(() => approvalIn(studio, 2).textContent()).toBe('Approved ✓');

    // Saved with the design; a fresh studio opening the file has them, and they meet the orders again.
    await studio.host.sendMenu('save');
    await studio.page.waitForFunction(() => !document.title.includes('•'));
    await studio.restart();
    studio.host.dialogs.nextOpen(designPath);
    await studio.host.sendMenu('open');
    await studio.page.waitForFunction(() => document.title.startsWith('tag.namesake'));
    expect((await studio.design()).approvals).toEqual({
      '1001': { status: 'approved', note: '', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      '1002': { status: 'changes-requested', note: NOTE, at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
    });
    await importOrders(studio, csv);
    expect(await approvalIn(studio, 2).textContent()).toBe('Approved ✓');
    expect(await approvalIn(studio, 3).textContent()).toBe('Approved ✓');
    expect(await approvalIn(studio, 4).textContent()).toBe('Changes requested');
    expect(await approvalIn(studio, 5).textContent()).toBe('—');
  });

  it('writes one watermarked proof PDF per order into the chosen folder, then shows it', async ({ studio, folder }) => {
    const proofs = join(folder, 'proofs');
    mkdirSync(proofs);
    const { dialog, files } = await writeProofs(studio, proofs, '3 orders from all 4 records.', 'Wrote 3 proofs (4 pages)');
    expect(files).toEqual(['proof-1001.pdf', 'proof-1002.pdf', 'proof-1003.pdf']);
    expect(readdirSync(proofs).sort()).toEqual(['proof-1001.pdf', 'proof-1002.pdf', 'proof-1003.pdf']);

    for (const { order, names } of [
      { order: '1001', names: ['Ann Fakename', 'Bo Testerson'] },
      { order: '1002', names: ['Zoë Brontë'] },
      { order: '1003', names: ['Kai Lu'] },
    ]) {
      const pdf = join(proofs, `proof-${order}.pdf`);
      expect(tool('qpdf', '--check', pdf)).toContain('No syntax or stream encoding errors');
      expect(tool('pdfinfo', pdf)).toMatch(new RegExp(`^Pages:\\s+${names.length}$`, 'm'));
      const text = tool('pdftotext', pdf, '-');
      expect(text).toContain('PROOF');
      expect(text).toContain(`order ${order}`);
      for (const name of names) expect(text).toContain(name);
    }
    tool('pdftoppm', '-png', '-r', '100', '-f', '1', '-l', '1', join(proofs, 'proof-1001.pdf'), join(ARTIFACTS, 'proofs-1001'));
    writeFileSync(join(ARTIFACTS, 'proofs-dialog.png'), await studio.page.screenshot());

    await dialog.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => studio.host.shell.shown.at(-1)).toBe(join(proofs, 'proof-1001.pdf'));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('proofs of the ticked records only, and a proof sent again never replaces the first', async ({ studio, folder }) => {
    const proofs = join(folder, 'proofs');
    const first = statSync(join(proofs, 'proof-1002.pdf'));
    await grid(studio).getByRole('checkbox', { name: 'Tick row 4' }).check();
    const { dialog, files } = await writeProofs(studio, proofs, '1 order from the 1 ticked record.', 'Wrote 1 proof (1 page)');
    expect(files).toEqual(['proof-1002 (2).pdf']);
    expect(statSync(join(proofs, 'proof-1002.pdf')).mtimeMs).toBe(first.mtimeMs);
    expect(tool('pdftotext', join(proofs, 'proof-1002 (2).pdf'), '-')).toContain('Zoë Brontë');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await grid(studio).getByRole('checkbox', { name: 'Tick row 4' }).uncheck();
  });

  it('exports only the approved orders: A’s two names, none of B’s or C’s', async ({ studio, folder }) => {
    await studio.button('Export PDF').click();
    const dialog = studio.page.getByRole('dialog', { name: 'Export PDF' });
    await dialog.getByRole('checkbox', { name: 'Only approved orders' }).check();
    expect(await dialog.getByText('1 of 3 orders approved: 2 records.').isVisible()).toBe(true);
    writeFileSync(join(ARTIFACTS, 'proofs-export-approved.png'), await studio.page.screenshot());
    const pdf = join(folder, 'approved.pdf');
    studio.host.dialogs.nextSave(pdf);
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Exported approved.pdf' }).waitFor();
    const text = tool('pdftotext', pdf, '-');
    expect(text).toContain('Ann Fakename');
    expect(text).toContain('Bo Testerson');
    expect(text).not.toContain('Zoë');
    expect(text).not.toContain('Kai');
    expect(tool('pdfinfo', pdf)).toMatch(/^Pages:\s+2$/m);
    await dialog.getByRole('button', { name: 'Done' }).click();
  });
});
