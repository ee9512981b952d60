import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

describe('undo and redo', () => {
  const objectNames = async (studio: Studio) => (await studio.design()).objects.map((o) => o.name);
  it('steps back and forth with the toolbar buttons', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await studio.button('Add ellipse').click();
    expect(await objectNames(studio)).toEqual(['Rectangle', 'Ellipse']);
    expect(await studio.undoStep()).toBe('Undo Add ellipse');

    await studio.button('Undo').click();
    expect(await objectNames(studio)).toEqual(['Rectangle']);
    await studio.button('Undo').click();
    expect(await objectNames(studio)).toEqual([]);
    expect(await studio.button('Undo').isDisabled()).toBe(true);
    // Back at the state it started in, the design is clean again.
    expect(await studio.page.title()).toBe('Untitled — Namesake');

    await studio.button('Redo').click();
    await studio.button('Redo').click();
    expect(await objectNames(studio)).toEqual(['Rectangle', 'Ellipse']);
    expect(await studio.button('Redo').isDisabled()).toBe(true);
    expect(await studio.page.title()).toBe('Untitled • — Namesake');
  });

  it('steps back and forth with Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await studio.button('Add text').click();
    const { keyboard } = studio.page;
    await keyboard.press('Control+Z');
    await keyboard.press('Control+Z');
    expect(await objectNames(studio)).toEqual([]);
    await keyboard.press('Shift+Control+Z');
    expect(await objectNames(studio)).toEqual(['Rectangle']);
    await keyboard.press('Control+Y');
    expect(await objectNames(studio)).toEqual(['Rectangle', 'Text']);
    await keyboard.press('Control+Z');
    expect(await objectNames(studio)).toEqual(['Rectangle']);
  });
});
