import { describe, expect, it } from './support/fixtures';
import { layers } from './support/panels';
import type { Studio } from './support/studio';

const texts = async (studio: Studio) => (await studio.design()).objects.filter((o) => o.type === 'text');

describe('keyboard only', () => {
  it('adds a text, types it, nudges, duplicates and deletes it, each an undo step named in the tooltip', async ({ freshStudio: studio }) => {
    const { keyboard } = studio.page;
    await keyboard.press('t');
    const [added] = await texts(studio);
    expect(await studio.selection()).toEqual([added!.id]);
    expect(await studio.undoStep()).toBe('Undo Add text');

    // Enter edits the selected text's content; Escape brings the keyboard back to the canvas.
    await keyboard.press('Enter');
    await keyboard.press('Control+A');
    await keyboard.type('Zoë & Max');
    await keyboard.press('Escape');
    expect(await studio.page.evaluate(() => document.activeElement?.id)).toBe('design-canvas');
    expect((await texts(studio))[0]).toMatchObject({ text: 'Zoë & Max' });
    expect(await studio.undoStep()).toBe('Undo Edit text');

    await keyboard.press('ArrowRight');
    await keyboard.press('ArrowRight');
    await keyboard.press('Shift+ArrowDown');
    let [text] = await texts(studio);
    expect([text!.x, text!.y]).toEqual([added!.x + 2, added!.y + 10]);
    expect(await studio.undoStep()).toBe('Undo Nudge');

    await keyboard.press('d');
    const copies = await texts(studio);
    expect(copies).toHaveLength(2);
    expect(copies[1]).toMatchObject({ text: 'Zoë & Max', x: text!.x + 9, y: text!.y + 9 });
    expect(await studio.selection()).toEqual([copies[1]!.id]);
    expect(await studio.undoStep()).toBe('Undo Duplicate');

    await keyboard.press('Delete');
    expect(await texts(studio)).toHaveLength(1);
    expect(await studio.undoStep()).toBe('Undo Delete');

    // Cut, copy and paste go through the app's own clipboard of records.
    [text] = await texts(studio);
    await studio.page.locator('.canvas-host').focus();
    await keyboard.press('Escape');
    expect(await studio.selection()).toEqual([]);
    await keyboard.press('Control+V'); // nothing copied yet
    expect(await texts(studio)).toHaveLength(1);
    // The Layers panel is the keyboard's way to select: focus the layer's name and press Enter.
    await layers(studio).getByRole('button', { name: 'Text', exact: true }).focus();
    await keyboard.press('Enter');
    expect(await studio.selection()).toEqual([text!.id]);
    await keyboard.press('Control+C');
    await keyboard.press('Control+V');
    expect(await texts(studio)).toHaveLength(2);
    expect(await studio.undoStep()).toBe('Undo Paste');
    await keyboard.press('Control+X');
    expect(await texts(studio)).toHaveLength(1);
    expect(await studio.undoStep()).toBe('Undo Cut');
    // The first paste after a cut puts it back where it was.
    await keyboard.press('Control+V');
    const pasted = await texts(studio);
    expect(pasted[1]).toMatchObject({ x: text!.x + 9, y: text!.y + 9 });

    // Zoom keys are view state: they never enter history.
    const zoom = (await studio.view()).zoom;
    await keyboard.press('Control+=');
    expect((await studio.view()).zoom).toBeGreaterThan(zoom);
    await keyboard.press('Control+0');
    expect((await studio.view()).zoom).toBeCloseTo(zoom, 9);
    expect(await studio.undoStep()).toBe('Undo Paste');

    // Ten steps (three nudges are three presses) undo back to the empty label.
    for (let i = 0; i < 10; i++) await keyboard.press('Control+Z');
    expect((await studio.design()).objects).toEqual([]);
    expect(await studio.button('Undo').isDisabled()).toBe(true);
  });

  it('reaches the panels and the canvas in a sensible Tab order', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    const order: string[] = [];
    await studio.page.locator('body').focus();
    for (let i = 0; i < 40; i++) {
      await studio.page.keyboard.press('Tab');
      order.push(await studio.page.evaluate(() => document.activeElement?.closest('header, aside, main, footer')?.tagName + ':' + (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)));
    }
    const regions = order.map((o) => o.split(':')[0]);
    // Toolbar, then layers, then the canvas, then the sidebar: the way the eye reads the screen.
    const first = (tag: string) => regions.indexOf(tag);
    expect(first('HEADER')).toBe(0);
    expect(first('HEADER')).toBeLessThan(first('ASIDE'));
    expect(order).toContain('MAIN:Design canvas');
    expect(order.indexOf('MAIN:Design canvas')).toBeGreaterThan(first('ASIDE'));
    expect(regions.lastIndexOf('ASIDE')).toBeGreaterThan(order.indexOf('MAIN:Design canvas'));
  });
});
