import { describe, expect, it } from './support/fixtures';
import { sidebar } from './support/panels';
import type { Studio } from './support/studio';

const types = async (studio: Studio) => (await studio.design()).objects.map((o) => (o.type === 'shape' ? o.shape : o.type));

/** Insert, Object and Edit items of the native menu, as main sends them (the host sends the same over its bridge). */
describe('the native menu’s editing commands', () => {
  it('inserts each kind of object from Insert, and asks for an image file for Image…', async ({ freshStudio: studio }) => {
    for (const command of ['addText', 'addRect', 'addRoundedRect', 'addEllipse', 'addLine', 'addBarcode'] as const) await studio.host.sendMenu(command);
    await expect.poll(() => types(studio)).toEqual(['text', 'rect', 'roundedRect', 'ellipse', 'line', 'barcode']);
    studio.host.dialogs.nextOpen(null);
    await studio.host.sendMenu('addImage');
    await expect.poll(() => studio.host.dialogs.asked.at(-1)).toEqual({ kind: 'open', title: 'Add image' });
  });

  it('groups, duplicates, cuts, pastes, deletes and selects none from Edit and Object', async ({ freshStudio: studio }) => {
    await studio.host.sendMenu('addRect');
    await studio.host.sendMenu('addEllipse');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(2);
    // Select both through the Layers panel (Ctrl+click adds to the selection).
    const layers = studio.page.getByRole('complementary', { name: 'Layers' });
    await layers.getByRole('button', { name: 'Rectangle', exact: true }).click({ modifiers: ['Control'] });
    await expect.poll(() => studio.selection()).toHaveLength(2);

    await studio.host.sendMenu('group');
    await expect.poll(async () => new Set((await studio.design()).objects.map((o) => o.groupId)).size).toBe(1);
    expect(await studio.undoStep()).toBe('Undo Group');
    await studio.host.sendMenu('duplicate');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(4);
    await studio.host.sendMenu('ungroup');
    await expect.poll(() => studio.undoStep()).toBe('Undo Ungroup');
    await studio.host.sendMenu('cut');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(2);
    await studio.host.sendMenu('paste');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(4);
    await studio.host.sendMenu('delete');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(2);
    await studio.host.sendMenu('selectNone');
    await expect.poll(() => studio.selection()).toEqual([]);
  });

  it('leaves a focused text field’s text to main: Cut, Paste and Delete there do not touch the design', async ({ freshStudio: studio }) => {
    await studio.host.sendMenu('addText');
    await expect.poll(() => studio.selection()).toHaveLength(1);
    await studio.host.sendMenu('copy');
    const text = sidebar(studio).getByLabel('Text', { exact: true });
    await text.focus();
    for (const command of ['cut', 'paste', 'delete', 'selectNone'] as const) await studio.host.sendMenu(command);
    // A command the page ignores leaves nothing to wait for: a zoom after them shows they have all arrived.
    const zoom = (await studio.view()).zoom;
    await studio.host.sendMenu('zoomIn');
    await expect.poll(async () => (await studio.view()).zoom).toBeGreaterThan(zoom);
    expect((await studio.design()).objects).toHaveLength(1);
    expect(await studio.selection()).toHaveLength(1);
    expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('imports order data from File › Import Data…', async ({ freshStudio: studio }) => {
    studio.host.dialogs.nextOpenFiles([]);
    await studio.host.sendMenu('importData');
    await expect.poll(() => studio.host.dialogs.asked.at(-1)).toEqual({ kind: 'open', title: 'Import order data' });
    expect(studio.host.dialogs.unused).toBe(0);
  });
});
