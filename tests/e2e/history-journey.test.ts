import { describe, expect, it } from './support/fixtures';
import { layers, setField, sidebar } from './support/panels';

/** Issue 5, journey 3: mixed edits from every part of the editor, then undo all and redo all. */
describe('history across the editor', () => {
  it('undoes 22 mixed edits back to the start and redoes them to the end, one named step each', async ({ freshStudio: studio }) => {
    const { page } = studio;
    const start = await studio.design();
    const steps: string[] = [];
    const edit = async (action: () => Promise<void>) => {
      await action();
      steps.push((await studio.undoStep())!);
    };
    const canvas = page.locator('.canvas-host');

    await edit(() => studio.button('Add rectangle').click());
    await edit(() => page.keyboard.press('t'));
    await edit(async () => {
      await sidebar(studio).getByLabel('Text', { exact: true }).fill('Lavender & Honey');
      await sidebar(studio).getByLabel('Text', { exact: true }).blur();
    });
    await edit(async () => {
      await canvas.focus();
      await page.keyboard.press('Shift+ArrowUp');
    });
    await edit(() => setField(studio, 'X (mm)', '12.5'));
    await edit(() => setField(studio, 'Size (pt)', '18'));
    await edit(async () => void (await sidebar(studio).getByLabel('Align', { exact: true }).selectOption('right')));
    await edit(async () => {
      await layers(studio).getByRole('button', { name: 'Rectangle', exact: true }).click();
      await sidebar(studio).getByLabel('Fill colour type').selectOption('cmyk');
    });
    await edit(() => setField(studio, 'Width (mm)', '40'));
    await edit(() => setField(studio, 'Rotation (°)', '15'));
    await edit(async () => void (await sidebar(studio).getByLabel('Role').selectOption('crease')));
    await edit(() => studio.button('Add ellipse').click());
    await edit(() => layers(studio).getByRole('button', { name: 'Send Ellipse backward' }).click());
    await edit(async () => {
      await layers(studio).getByRole('button', { name: 'Rename Ellipse' }).click();
      const name = layers(studio).getByRole('textbox', { name: 'New name for Ellipse' });
      await name.fill('Badge');
      await name.press('Enter');
    });
    await edit(() => layers(studio).getByRole('button', { name: 'Hide Badge' }).click());
    await edit(() => layers(studio).getByRole('button', { name: 'Lock Rectangle' }).click());
    await edit(async () => {
      await layers(studio).getByRole('button', { name: 'Text', exact: true }).click();
      await page.keyboard.press('d');
    });
    await edit(() => page.keyboard.press('Delete'));
    await edit(async () => {
      await sidebar(studio).getByRole('button', { name: 'Fields' }).click();
      await sidebar(studio).getByRole('button', { name: 'Add field' }).click();
    });
    await edit(() => setField(studio, 'Sample value', 'Emma', sidebar(studio).getByRole('group', { name: '{{field1}}' })));
    await edit(() => studio.button('Personalize mode').click());
    await edit(() => sidebar(studio).getByLabel('Field 1').fill('Olivia'));

    expect(steps).toEqual([
      'Undo Add rectangle',
      'Undo Add text',
      'Undo Edit text',
      'Undo Nudge',
      'Undo Move',
      'Undo Change font size',
      'Undo Change alignment',
      'Undo Change fill',
      'Undo Resize',
      'Undo Rotate',
      'Undo Change role',
      'Undo Add ellipse',
      'Undo Send backward',
      'Undo Rename layer',
      'Undo Hide',
      'Undo Lock',
      'Undo Duplicate',
      'Undo Delete',
      'Undo Add field',
      'Undo Edit field “field1”',
      'Undo Lock layout',
      'Undo Edit Field 1',
    ]);
    const end = await studio.design();

    for (const step of [...steps].reverse()) {
      expect(await studio.undoStep()).toBe(step);
      await studio.button('Undo').click();
    }
    expect(await studio.button('Undo').isDisabled()).toBe(true);
    expect(await studio.design()).toEqual(start);

    for (let i = 0; i < steps.length; i++) await studio.button('Redo').click();
    expect(await studio.button('Redo').isDisabled()).toBe(true);
    expect(await studio.design()).toEqual(end);
  });
});
