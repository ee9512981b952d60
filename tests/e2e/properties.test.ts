import { toPt } from '../../shared/units/length';
import { describe, expect, it } from './support/fixtures';
import { setField, sidebar } from './support/panels';

describe('the Properties panel', () => {
  it('edits position, size, rotation and opacity in the design’s unit, one undo step each', async ({ freshStudio: studio }) => {
    await studio.button('Add rectangle').click();
    await setField(studio, 'X (mm)', '10');
    let [rect] = (await studio.design()).objects;
    expect(rect!.x).toBeCloseTo(28.35, 2);
    expect(await studio.undoStep()).toBe('Undo Move');
    await setField(studio, 'Width (mm)', '25.4');
    await setField(studio, 'Rotation (°)', '-90');
    await setField(studio, 'Opacity (%)', '50');
    [rect] = (await studio.design()).objects;
    expect(rect!.width).toBeCloseTo(72, 6);
    expect(rect!.rotation).toBe(270);
    expect(rect!.opacity).toBe(0.5);
    expect(await studio.undoStep()).toBe('Undo Change opacity');

    // A value that is not a number is explained and changes nothing.
    await setField(studio, 'Height (mm)', 'tall');
    expect(await sidebar(studio).getByText('Enter a number.').isVisible()).toBe(true);
    expect((await studio.design()).objects[0]).toEqual(rect);

    for (const step of ['Change opacity', 'Rotate', 'Resize', 'Move']) {
      expect(await studio.undoStep()).toBe(`Undo ${step}`);
      await studio.button('Undo').click();
    }
    expect((await studio.design()).objects[0]!.x).not.toBeCloseTo(28.35, 2);
  });

  it('works in inches for an inch design', async ({ freshStudio: studio }) => {
    await studio.newDesign('2.5 in round candle label', 'Candle', false);
    await studio.button('Add ellipse').click();
    await setField(studio, 'Y (in)', '0.5');
    expect((await studio.design()).objects[0]!.y).toBeCloseTo(36, 6);
    expect(await sidebar(studio).getByLabel('Y (in)').inputValue()).toBe('0.5');
  });

  it('sets fill and stroke in RGB, CMYK or a spot colour, and keeps swatches', async ({ freshStudio: studio }) => {
    const shape = async () => {
      const [o] = (await studio.design()).objects;
      if (o?.type !== 'shape') throw new Error('expected one shape');
      return o;
    };
    await studio.button('Add rectangle').click();
    const fill = sidebar(studio).getByRole('group', { name: 'Fill' });
    await fill.getByLabel('Fill colour type').selectOption('cmyk');
    await setField(studio, 'Cyan %', '100', fill);
    await setField(studio, 'Black %', '20', fill);
    expect((await shape()).fill).toMatchObject({ space: 'cmyk', c: 1, k: 0.2 });

    await fill.getByLabel('Fill colour type').selectOption('spot');
    await setField(studio, 'Spot name', 'Brand Red', fill);
    await setField(studio, 'Tint %', '80', fill);
    const spot = (await shape()).fill;
    expect(spot).toMatchObject({ space: 'spot', name: 'Brand Red', tint: 0.8 });
    await fill.getByRole('button', { name: 'Add swatch…' }).click();
    await fill.getByLabel('Swatch name').press('Enter');
    expect((await studio.design()).swatches).toEqual([{ name: 'Brand Red', color: spot }]);
    expect(await studio.undoStep()).toBe('Undo Add swatch');

    // The swatch applies to the stroke in one click.
    const stroke = sidebar(studio).getByRole('group', { name: 'Stroke' });
    await stroke.getByRole('button', { name: 'Use swatch Brand Red' }).click();
    await setField(studio, 'Stroke width (pt)', '2');
    expect(await shape()).toMatchObject({ stroke: spot, strokeWidth: 2 });

    await fill.getByLabel('Fill colour type').selectOption('rgb');
    await fill.getByLabel('Fill hex').fill('#336699');
    await fill.getByLabel('Fill hex').press('Enter');
    expect((await shape()).fill).toEqual({ space: 'rgb', r: 0.2, g: 0.4, b: 0.6 });
  });

  it('sets a shape’s dieline role', async ({ freshStudio: studio }) => {
    await studio.button('Add ellipse').click();
    await sidebar(studio).getByLabel('Role').selectOption({ label: 'CutContour (die cut)' });
    expect((await studio.design()).objects[0]).toMatchObject({ role: 'cut' });
    expect(await studio.undoStep()).toBe('Undo Change role');
  });

  it('edits a text’s content and type settings; typing is one undo step', async ({ freshStudio: studio }) => {
    await studio.button('Add text').click();
    const content = sidebar(studio).getByLabel('Text', { exact: true });
    await content.fill('');
    await content.pressSequentially('Zoë');
    await content.blur();
    expect((await studio.design()).objects[0]).toMatchObject({ text: 'Zoë' });
    await sidebar(studio).getByLabel('Font').selectOption({ label: 'Great Vibes' });
    await setField(studio, 'Size (pt)', '36');
    await setField(studio, 'Min size (pt)', '12');
    await sidebar(studio).getByLabel('Fit').selectOption('none');
    await setField(studio, 'Max lines', '2');
    await sidebar(studio).getByLabel('Wrap lines').check();
    await sidebar(studio).getByLabel('Align', { exact: true }).selectOption('left');
    await sidebar(studio).getByLabel('Vertical align').selectOption('bottom');
    await setField(studio, 'Line spacing (×)', '1.2');
    await setField(studio, 'Tracking (1/1000 em)', '50');
    await sidebar(studio).getByLabel('Case').selectOption('upper');
    await sidebar(studio).getByLabel('Text on an arc').check();
    await setField(studio, 'Arc radius (mm)', '20');
    await setField(studio, 'Start angle (°)', '-30');
    const [text] = (await studio.design()).objects;
    expect(text).toMatchObject({
      text: 'Zoë',
      font: 'great-vibes-regular',
      fontSize: 36,
      minFontSize: 12,
      fit: 'none',
      maxLines: 2,
      wrap: true,
      align: 'left',
      verticalAlign: 'bottom',
      lineSpacing: 1.2,
      tracking: 50,
      textCase: 'upper',
      path: { kind: 'arc', side: 'top', angle: -30, sweep: 180 },
    });
    expect(text?.type === 'text' && text.path?.radius).toBeCloseTo(toPt(20, 'mm'), 3);

    // Clearing Max lines means no limit.
    await setField(studio, 'Max lines', '');
    expect((await studio.design()).objects[0]).toMatchObject({ maxLines: null });

    // Undo walks back one setting at a time, down to the whole typing run.
    let steps = 0;
    while ((await studio.undoStep()) !== 'Undo Edit text') {
      await studio.button('Undo').click();
      steps++;
    }
    expect(steps).toBe(15);
    await studio.button('Undo').click();
    expect((await studio.design()).objects[0]).toMatchObject({ text: 'Text' });
  });
});
