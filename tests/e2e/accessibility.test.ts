import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

/** Controls in the page that a screen reader could not name (no label, aria-label or text). */
function unnamedControls(studio: Studio): Promise<string[]> {
  return studio.page.locator('button, input, select, textarea, [tabindex]').evaluateAll((elements) =>
    elements
      .filter((el) => {
        const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
        return !labelled && !(el.tagName === 'BUTTON' && el.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

describe('accessible names', () => {
  it('names every control of the studio, the New dialog and the confirm dialog', async ({ studio }) => {
    expect(await unnamedControls(studio)).toEqual([]);
    await studio.button('Add rectangle').click();
    await studio.button('New').click();
    expect(await studio.page.getByRole('dialog', { name: 'Discard unsaved changes?' }).isVisible()).toBe(true);
    expect(await unnamedControls(studio)).toEqual([]);
    await studio.page.getByRole('button', { name: 'Discard changes' }).click();
    await studio.page.getByRole('dialog', { name: 'New design' }).getByLabel('Shape').selectOption('roundedRect');
    expect(await unnamedControls(studio)).toEqual([]);
  });
});

describe('accessible names in the panels and the start screen', () => {
  it('names every control with objects, fields, personalize mode and the start screen showing', async ({ freshStudio: studio }) => {
    const sidebar = studio.page.locator('aside.sidebar');
    await studio.button('Add rectangle').click();
    await sidebar.getByLabel('Fill colour type').selectOption('spot');
    await sidebar.getByRole('button', { name: 'Add swatch…' }).first().click();
    expect(await unnamedControls(studio)).toEqual([]);
    await studio.button('Add text').click();
    await sidebar.getByLabel('Text on an arc').check();
    expect(await unnamedControls(studio)).toEqual([]);
    await sidebar.getByRole('button', { name: 'Fields' }).click();
    await sidebar.getByRole('button', { name: 'Add field' }).click();
    expect(await unnamedControls(studio)).toEqual([]);
    await studio.button('Personalize mode').click();
    expect(await unnamedControls(studio)).toEqual([]);
    await studio.button('Start screen').click();
    await studio.startScreen().getByRole('searchbox', { name: 'Search products' }).fill('avery');
    expect(await unnamedControls(studio)).toEqual([]);
  });
});
