import { describe, expect, it } from './support/fixtures';
import { layerNames, layers } from './support/panels';
import type { Studio } from './support/studio';

const paintOrder = async (studio: Studio) => {
  const design = await studio.design();
  return design.surfaces[0]!.objectIds.map((id) => design.objects.find((o) => o.id === id)!.name);
};

describe('the Layers panel', () => {
  it('lists objects front first and reorders them with the arrows and by dragging', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await studio.button('Add ellipse').click();
    await studio.button('Add text').click();
    expect(await layerNames(studio)).toEqual(['Text', 'Ellipse', 'Rectangle']);

    await layers(studio).getByRole('button', { name: 'Send Text backward' }).click();
    expect(await paintOrder(studio)).toEqual(['Rectangle', 'Text', 'Ellipse']);
    expect(await layerNames(studio)).toEqual(['Ellipse', 'Text', 'Rectangle']);
    expect(await studio.undoStep()).toBe('Undo Send backward');
    await layers(studio).getByRole('button', { name: 'Bring Rectangle forward' }).click();
    expect(await paintOrder(studio)).toEqual(['Text', 'Rectangle', 'Ellipse']);
    expect(await studio.undoStep()).toBe('Undo Bring forward');
    // The front-most layer cannot come further forward.
    expect(await layers(studio).getByRole('button', { name: 'Bring Ellipse forward' }).isDisabled()).toBe(true);

    // Drag the back-most row (Text) onto the top half of the front-most row: it becomes the front.
    const rows = layers(studio).locator('li.layer');
    const target = (await rows.nth(0).boundingBox())!;
    await rows.nth(2).dragTo(rows.nth(0), { targetPosition: { x: target.width / 2, y: 3 } });
    expect(await layerNames(studio)).toEqual(['Text', 'Ellipse', 'Rectangle']);
    expect(await studio.undoStep()).toBe('Undo Move layer');
    await studio.button('Undo').click();
    expect(await layerNames(studio)).toEqual(['Ellipse', 'Rectangle', 'Text']);
  });

  it('renames, locks and hides, each one undo step', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await studio.button('Add ellipse').click();
    const panel = layers(studio);

    await panel.getByRole('button', { name: 'Rename Ellipse' }).click();
    const name = panel.getByRole('textbox', { name: 'New name for Ellipse' });
    await name.fill('Badge');
    await name.press('Enter');
    expect(await layerNames(studio)).toEqual(['Badge', 'Rectangle']);
    expect(await studio.undoStep()).toBe('Undo Rename layer');
    // The keyboard stays on the layer it renamed.
    expect(await panel.getByRole('button', { name: 'Badge', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    // Escape keeps the old name.
    await panel.getByRole('button', { name: 'Rename Badge' }).click();
    await panel.getByRole('textbox', { name: 'New name for Badge' }).fill('Oops');
    await panel.getByRole('textbox', { name: 'New name for Badge' }).press('Escape');
    expect(await layerNames(studio)).toEqual(['Badge', 'Rectangle']);

    await panel.getByRole('button', { name: 'Hide Badge' }).click();
    expect((await studio.design()).objects.find((o) => o.name === 'Badge')!.hidden).toBe(true);
    expect(await studio.undoStep()).toBe('Undo Hide');
    await panel.getByRole('button', { name: 'Show Badge' }).click();
    expect((await studio.design()).objects.find((o) => o.name === 'Badge')!.hidden).toBe(false);

    await panel.getByRole('button', { name: 'Lock Rectangle' }).click();
    const rect = (await studio.design()).objects.find((o) => o.name === 'Rectangle')!;
    expect(rect.locked).toBe(true);
    expect(await studio.undoStep()).toBe('Undo Lock');

    // A locked object stays put: selected from the panel, the arrow keys and Delete refuse it.
    await panel.getByRole('button', { name: 'Rectangle', exact: true }).click();
    expect(await studio.selection()).toEqual([rect.id]);
    await studio.page.locator('.canvas-host').focus();
    await studio.page.keyboard.press('ArrowRight');
    await studio.page.keyboard.press('Delete');
    expect((await studio.design()).objects.find((o) => o.id === rect.id)).toEqual(rect);
    expect(await studio.status().textContent()).toContain('“Rectangle” is locked');

    await panel.getByRole('button', { name: 'Unlock Rectangle' }).click();
    await studio.page.locator('.canvas-host').focus();
    await studio.page.keyboard.press('ArrowRight');
    expect((await studio.design()).objects.find((o) => o.id === rect.id)!.x).toBe(rect.x + 1);
  });
});
