import { join } from 'node:path';
import { describe, expect, it } from './support/fixtures';

describe('the start screen', () => {
  it('opens at launch with the product search focused, and Escape goes to the editor', async ({ studio }) => {
    await studio.restart({ atStart: true });
    const start = studio.startScreen();
    expect(await start.getByRole('searchbox', { name: 'Search products' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await start.getByText('Designs you save or open appear here.').isVisible()).toBe(true);
    await studio.page.keyboard.press('Escape');
    await start.waitFor({ state: 'detached' });
    expect((await studio.design()).document.name).toBe('Untitled');
  });

  it('finds Avery 5160 and creates a design for one 2.625 × 1 in label of it', async ({ studio }) => {
    await studio.button('Start screen').click();
    const start = studio.startScreen();
    await start.getByRole('searchbox', { name: 'Search products' }).fill('avery 5160');
    const card = start.getByRole('button', { name: 'Avery 5160', exact: true });
    await expect.poll(() => card.getAttribute('aria-describedby')).toBeTruthy();
    expect(await start.locator(`#${await card.getAttribute('aria-describedby')}`).textContent()).toBe('Address labels · 2.625 × 1 in · 30 per US-Letter sheet');
    await card.click();
    await start.waitFor({ state: 'detached' });

    const design = await studio.design();
    // The template is remembered by name: brand and part resolve back to it (Catalogue.get).
    expect(design.document).toEqual({ name: 'Avery 5160', unit: 'in', layoutLocked: false });
    const [surface] = design.surfaces;
    expect(surface!.width).toBeCloseTo(2.625 * 72, 6);
    expect(surface!.height).toBeCloseTo(72, 6);
    expect(surface!.shape).toEqual({ kind: 'roundedRect', radius: 4.5 });
    // The labels touch top to bottom, so no bleed may reach a neighbour.
    expect(surface!.bleed).toBe(0);
    expect(await studio.page.title()).toBe('Avery 5160 — Namesake');
    expect(await studio.page.getByText('Rounded rectangle 2.625 in × 1 in').isVisible()).toBe(true);
  });

  it('filters by shape and brand, and finds single labels by size', async ({ studio }) => {
    await studio.button('Start screen').click();
    const start = studio.startScreen();
    const search = start.getByRole('searchbox', { name: 'Search products' });
    await search.fill('3.5 x 4 in');
    await start.getByRole('button', { name: '3.5 × 4 in wine label' }).waitFor();
    await search.fill('');
    await start.getByLabel('Shape').selectOption('round');
    await start.getByLabel('Brand').selectOption('Avery');
    const titles = await start.locator('.product-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.startsWith('Avery '))).toBe(true);
    expect(await start.locator('.thumb rect').count()).toBe(0);

    await start.getByLabel('Brand').selectOption('');
    await start.getByLabel('Shape').selectOption('any');
    await search.fill('wine');
    await start.getByRole('button', { name: '3.5 × 4 in wine label' }).click();
    const [surface] = (await studio.design()).surfaces;
    expect([surface!.width, surface!.height]).toEqual([252, 288]);
  });

  it('lists recent designs and opens one; Custom size opens the New dialog', async ({ studio, folder }) => {
    studio.host.dialogs.nextSave(join(folder, 'wine.namesake'));
    await studio.page.keyboard.press('Control+S');
    await expect.poll(() => studio.page.title()).toBe('wine.namesake — Namesake');
    await studio.button('Add rectangle').click();

    await studio.button('Start screen').click();
    const start = studio.startScreen();
    await start.getByRole('button', { name: 'Open wine.namesake' }).click();
    // The rectangle was not saved: the app asks before discarding it.
    await studio.page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    await start.waitFor({ state: 'detached' });
    await expect.poll(() => studio.page.title()).toBe('wine.namesake — Namesake');
    expect((await studio.design()).objects).toEqual([]);

    await studio.button('Start screen').click();
    await start.getByRole('button', { name: 'Custom size…' }).click();
    const dialog = studio.page.getByRole('dialog', { name: 'New design' });
    await dialog.getByLabel('Name').fill('Custom');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await start.waitFor({ state: 'detached' });
    expect((await studio.design()).document.name).toBe('Custom');
  });
});
