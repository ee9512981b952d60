import { join } from 'node:path';
import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

describe('window guards', () => {
  // Headless Chromium never shows beforeunload prompts (not even for a bare page), so the test asks
  // the page the same question the browser asks: does it cancel the unload?
  const refusesToUnload = (studio: Studio) =>
    studio.page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });

  it('holds the window open with unsaved changes, and lets it close once saved', async ({ freshStudio: studio }) => {
    expect(await refusesToUnload(studio)).toBe(false);
    await studio.button('Add rectangle').click();
    expect(await refusesToUnload(studio)).toBe(true);
    studio.host.dialogs.nextSave(join(studio.host.userData, 'guarded.namesake'));
    await studio.button('Save').click();
    await expect.poll(() => studio.page.title()).toBe('guarded.namesake — Namesake');
    expect(await refusesToUnload(studio)).toBe(false);
  });

  it('sends Edit › Undo to the text field being typed in, not to the design', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    // The New dialog's Name field is a text field; type there, then undo from the native menu.
    await studio.button('New').click();
    await studio.page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
    const name = studio.page.getByRole('dialog', { name: 'New design' }).getByLabel('Name');
    await name.fill('');
    await name.pressSequentially('Emma');
    await studio.host.sendMenu('undo');
    await expect.poll(() => name.inputValue()).not.toBe('Emma');
    expect((await studio.design()).objects.map((o) => o.name)).toEqual(['Rectangle']);
  });
});
