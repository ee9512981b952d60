import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from './support/fixtures';

describe('opening a corrupt file', () => {
  it('shows a readable error and changes neither the file nor the open design', async ({ studio, folder }) => {
    const path = join(folder, 'corrupt.namesake');
    const bytes = randomBytes(4096);
    writeFileSync(path, bytes);
    await studio.button('Add rectangle').click();
    const design = await studio.design();
    const title = await studio.page.title();

    studio.host.dialogs.nextOpen(path);
    await studio.button('Open').click();
    // The design has unsaved changes, so the app asks first.
    await studio.page.getByRole('button', { name: 'Discard changes' }).click();

    await expect.poll(() => studio.statusArea().getAttribute('data-kind')).toBe('error');
    const message = (await studio.status().textContent()) ?? '';
    expect(message).toContain('corrupt.namesake');
    // A sentence for a person: no stack frames, no exception names, no source locations.
    expect(message).not.toMatch(/\bat\s+\S+\s+\(|Error:|\.[cm]?[jt]s:\d+|\bundefined\b|\[object /);

    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(await studio.design()).toEqual(design);
    expect(await studio.page.title()).toBe(title);
  });
});
