import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../../shared/model';
import { describe, expect, it } from './support/fixtures';

describe('a design survives save, New and open', () => {
  /** The design as it was when it was saved, read through the test hook. */
  let saved: Design;

  it('creates a 2.5 in round label through the New dialog', async ({ studio }) => {
    await studio.newDesign('2.5 in round candle label', 'Candle');
    const design = await studio.design();
    expect(design.document).toEqual({ name: 'Candle', unit: 'in', layoutLocked: false });
    expect(design.surfaces).toHaveLength(1);
    expect(design.surfaces[0]).toMatchObject({ width: 180, height: 180, shape: { kind: 'round' }, bleed: 4.5, safeMargin: 9 });
    expect(design.objects).toEqual([]);
    expect(await studio.page.title()).toBe('Candle — Namesake');
  });

  it('saves through the Save dialog to a .namesake file on disk', async ({ studio, folder }) => {
    await studio.button('Add rectangle').click();
    expect((await studio.design()).objects).toHaveLength(1);
    expect(await studio.page.title()).toBe('Candle • — Namesake');

    const path = join(folder, 'candle.namesake');
    studio.host.dialogs.nextSave(path);
    await studio.page.keyboard.press('Control+S');
    await expect.poll(() => studio.page.title()).toBe('candle.namesake — Namesake');
    expect(await studio.status().textContent()).toBe('Saved candle.namesake.');
    expect(studio.host.dialogs.asked).toEqual([{ kind: 'save', title: 'Save design', defaultName: 'Candle.namesake' }]);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).size).toBeGreaterThan(0);
    saved = await studio.design();
  });

  it('asks before New discards unsaved changes, and keeps them when told to', async ({ studio }) => {
    await studio.button('Add ellipse').click();
    const edited = await studio.design();
    await studio.button('New').click();
    const ask = studio.page.getByRole('dialog', { name: 'Discard unsaved changes?' });
    await expect.poll(() => ask.textContent()).toContain('“candle.namesake” has changes that are not saved.');
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await studio.design()).toEqual(edited);
    expect(await studio.page.title()).toBe('candle.namesake • — Namesake');
  });

  it('opens the saved file again, deep-equal to what was saved', async ({ studio, folder }) => {
    await studio.newDesign('90 × 50 mm business label', 'Other', true);
    expect((await studio.design()).document.name).toBe('Other');

    studio.host.dialogs.nextOpen(join(folder, 'candle.namesake'));
    await studio.button('Open').click();
    await expect.poll(() => studio.page.title()).toBe('candle.namesake — Namesake');
    const reopened = await studio.design();
    // The ellipse added after saving was discarded: only the saved rectangle comes back.
    expect(reopened.objects).toHaveLength(1);
    expect(studio.host.dialogs.unused).toBe(0);
    expect(reopened).toEqual(saved);
  });

  it('opens it from the recent files, as the native menu asks', async ({ studio }) => {
    await studio.newDesign('4 × 6 in shipping label', 'Box');
    // The menu lists the recent files main knows; the page can ask for the same list.
    const recent = (await studio.page.evaluate(() => window.namesake.invoke('file:recent', {}))) as {
      ok: true;
      value: { files: Array<{ id: string; name: string }> };
    };
    const [file] = recent.value.files;
    expect(file?.name).toBe('candle.namesake');
    await studio.host.sendMenu(`openRecent:${file!.id}`);
    await expect.poll(() => studio.page.title()).toBe('candle.namesake — Namesake');
    expect(await studio.design()).toEqual(saved);
  });
});
