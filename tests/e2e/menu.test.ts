import { describe, expect, it } from './support/fixtures';

/** The native menu sends commands to the renderer; the host sends the same ones over its bridge. */
describe('menu commands', () => {
  it('zooms in, out and to fit', async ({ studio }) => {
    const fitted = await studio.view();
    await studio.host.sendMenu('zoomIn');
    await expect.poll(async () => (await studio.view()).zoom).toBeCloseTo(fitted.zoom * 1.25, 6);
    await studio.host.sendMenu('zoomOut');
    await studio.host.sendMenu('zoomOut');
    await expect.poll(async () => (await studio.view()).zoom).toBeCloseTo(fitted.zoom / 1.25, 6);
    await studio.host.sendMenu('zoomFit');
    await expect.poll(() => studio.view()).toEqual(fitted);
  });

  it('undoes and redoes', async ({ studio }) => {
    await studio.button('Add rectangle').click();
    await studio.host.sendMenu('undo');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(0);
    await studio.host.sendMenu('redo');
    await expect.poll(async () => (await studio.design()).objects.length).toBe(1);
  });

  it('leaves everything as it was when Save As is cancelled', async ({ studio }) => {
    const title = await studio.page.title();
    studio.host.dialogs.nextSave(null);
    await studio.host.sendMenu('saveAs');
    await expect.poll(() => studio.host.dialogs.unused).toBe(0);
    expect(await studio.page.title()).toBe(title);
    expect(await studio.status().count()).toBe(0);
  });

  it('opens the New dialog, after asking about unsaved changes', async ({ studio }) => {
    await studio.host.sendMenu('new');
    await studio.page.getByRole('button', { name: 'Discard changes' }).click();
    await studio.page.getByRole('dialog', { name: 'New design' }).waitFor();
  });
});
