import { describe, expect, it } from './support/fixtures';
import { dragObject } from './support/canvas';
import { defineField, layers, setField, sidebar } from './support/panels';

describe('fields, preview, and personalize mode', () => {
  it('defines a field, inserts its token and previews the sample', async ({ studio }) => {
    await studio.newDesign('2.5 in round candle label', 'Candle');
    await studio.button('Add text').click();
    const text = sidebar(studio).getByLabel('Text', { exact: true });
    await text.fill('For');
    await text.blur();

    const named = await defineField(studio, { name: 'name', label: 'Name on label', maxLength: '12', sample: 'Emma' });
    await named.getByLabel('Required').check();
    await named.getByRole('button', { name: 'Insert into text' }).click();
    const [obj] = (await studio.design()).objects;
    expect(obj).toMatchObject({ text: 'For {{name}}' });
    expect((await studio.design()).fields).toEqual([
      { name: 'name', label: 'Name on label', required: true, maxLength: 12, defaultValue: '', sample: 'Emma', allowedFonts: [], allowedColors: [] },
    ]);
    expect(await studio.undoStep()).toBe('Undo Insert field');

    // A sample longer than the limit is refused with the field's name and limit.
    await setField(studio, 'Sample value', 'Alexandria-Rose', named);
    expect(await studio.status().textContent()).toBe('“Name on label” allows at most 12 characters; this value has 15. The value was not changed.');
    expect((await studio.design()).fields[0]!.sample).toBe('Emma');

    // Preview shows the sample in the drawn design; the model keeps the token.
    expect((await studio.display()).objects[0]).toMatchObject({ text: 'For {{name}}' });
    await sidebar(studio).getByRole('switch', { name: 'Preview sample values' }).check();
    expect((await studio.display()).objects[0]).toMatchObject({ text: 'For Emma' });
    expect((await studio.design()).objects[0]).toMatchObject({ text: 'For {{name}}' });
    await sidebar(studio).getByRole('switch', { name: 'Preview sample values' }).uncheck();

    // Renaming the field renames its tokens in the same step.
    await setField(studio, 'Name', 'first_name', named);
    expect((await studio.design()).objects[0]).toMatchObject({ text: 'For {{first_name}}' });
    expect(await studio.undoStep()).toBe('Undo Rename field');
    await studio.button('Undo').click();
    expect((await studio.design()).objects[0]).toMatchObject({ text: 'For {{name}}' });
    // A name the model cannot hold is explained, not applied.
    await setField(studio, 'Name', '2nd name', sidebar(studio).getByRole('group', { name: '{{name}}' }));
    expect(await studio.status().textContent()).toContain('“2nd name” cannot name a field');
  });

  it('locks the layout: only field values change, within their limits', async ({ studio }) => {
    await studio.button('Add rectangle').click();
    const template = await studio.design();
    await studio.button('Personalize mode').click();
    expect((await studio.design()).document.layoutLocked).toBe(true);
    expect(await studio.undoStep()).toBe('Undo Lock layout');

    // Staff see the values form, with the field's label and limit.
    const value = sidebar(studio).getByLabel('Name on label (required)');
    expect(await value.inputValue()).toBe('Emma');
    await value.fill('Olivia');
    expect((await studio.design()).fields[0]!.sample).toBe('Olivia');
    expect((await studio.display()).objects[0]).toMatchObject({ text: 'For Olivia' });
    expect(await sidebar(studio).getByText('6 of 12 characters').isVisible()).toBe(true);
    expect(await studio.undoStep()).toBe('Undo Edit Name on label');

    await value.fill('Alexandria-Rose');
    expect(await studio.status().textContent()).toBe('“Name on label” allows at most 12 characters; this value has 15. The value was not changed.');
    expect(await value.inputValue()).toBe('Olivia');
    expect((await studio.design()).fields[0]!.sample).toBe('Olivia');

    // Layout changes are refused: the toolbar, the Layers panel, the keyboard and the canvas.
    expect(await studio.button('Add text').isDisabled()).toBe(true);
    expect(await studio.button('Add rectangle').isDisabled()).toBe(true);
    expect(await layers(studio).getByRole('button', { name: 'Hide Text' }).isDisabled()).toBe(true);
    await layers(studio).getByRole('button', { name: 'Text', exact: true }).click();
    const canvas = studio.page.locator('.canvas-host');
    await canvas.focus();
    for (const key of ['ArrowLeft', 'Delete', 'd', 't', 'Control+X']) await studio.page.keyboard.press(key);
    expect(await studio.status().textContent()).toBe('The layout is locked: in personalize mode only field values can change. Unlock the layout to edit the design.');
    await dragObject(studio, (await studio.design()).objects[0]!, 40, 30);
    // A rubber-band selection of both objects is frozen too.
    const box = await studio.canvasBox();
    await studio.page.mouse.move(box.x + 5, box.y + 5);
    await studio.page.mouse.down();
    await studio.page.mouse.move(box.x + box.width - 5, box.y + box.height - 5, { steps: 4 });
    await studio.page.mouse.up();
    expect(await studio.selection()).toHaveLength(2);
    await dragObject(studio, (await studio.design()).objects[0]!, -30, 20);

    const after = await studio.design();
    expect(after.objects).toEqual(template.objects);
    expect(after.surfaces).toEqual(template.surfaces);
    expect(after.fields).toEqual([{ ...template.fields[0]!, sample: 'Olivia' }]);

    // Template mode again: the maker can edit the layout.
    await studio.button('Template mode').click();
    expect(await studio.button('Add text').isDisabled()).toBe(false);
    expect((await studio.design()).document.layoutLocked).toBe(false);
  });
});
