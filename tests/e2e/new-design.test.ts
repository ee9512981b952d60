import { toPt } from '../../shared/units/length';
import { describe, expect, it } from './support/fixtures';
import type { Studio } from './support/studio';

describe('the New-design dialog', () => {
  const newDialog = (studio: Studio) => studio.page.getByRole('dialog', { name: 'New design' });

  it('converts lengths when the unit changes, without drift', async ({ freshStudio: studio }) => {
    await studio.button('New').click();
    await newDialog(studio).getByLabel('Preset').selectOption({ label: '90 × 50 mm business label' });
    await newDialog(studio).getByLabel('Unit').selectOption('in');
    expect(await newDialog(studio).getByLabel('Width (in)').inputValue()).toBe('3.5433');
    await newDialog(studio).getByLabel('Unit').selectOption('mm');
    expect(await newDialog(studio).getByLabel('Width (mm)').inputValue()).toBe('90');
    expect(await newDialog(studio).getByLabel('Height (mm)').inputValue()).toBe('50');
  });

  it('explains what is wrong and keeps the dialog open', async ({ freshStudio: studio }) => {
    await studio.button('New').click();
    const width = newDialog(studio).getByLabel('Width (mm)');
    await width.fill('-3');
    await newDialog(studio).getByRole('button', { name: 'Create' }).click();
    expect(await width.getAttribute('aria-invalid')).toBe('true');
    expect(await newDialog(studio).getByText('Must be more than 0.').isVisible()).toBe(true);
    await width.fill('90');
    expect(await width.getAttribute('aria-invalid')).toBeNull();
  });

  it('creates a custom ellipse in millimetres', async ({ freshStudio: studio }) => {
    await studio.button('New').click();
    await newDialog(studio).getByLabel('Shape').selectOption('ellipse');
    await newDialog(studio).getByLabel('Width (mm)').fill('100');
    await newDialog(studio).getByLabel('Height (mm)').fill('60');
    await newDialog(studio).getByLabel('Bleed (mm)').fill('1.5');
    await newDialog(studio).getByLabel('Name').fill('Jar');
    await newDialog(studio).getByRole('button', { name: 'Create' }).click();
    const [surface] = (await studio.design()).surfaces;
    expect(surface!.shape).toEqual({ kind: 'ellipse' });
    expect(surface!.width).toBeCloseTo(toPt(100, 'mm'), 9);
    expect(surface!.height).toBeCloseTo(toPt(60, 'mm'), 9);
    expect(surface!.bleed).toBeCloseTo(toPt(1.5, 'mm'), 9);
    expect(await studio.page.getByText('Ellipse 100 mm × 60 mm · bleed 1.5 mm · safe 3 mm').isVisible()).toBe(true);
  });

  it('asks for one diameter for a round label', async ({ freshStudio: studio }) => {
    await studio.button('New').click();
    await newDialog(studio).getByLabel('Shape').selectOption('round');
    expect(await newDialog(studio).getByLabel('Height (mm)').count()).toBe(0);
    await newDialog(studio).getByLabel('Diameter (mm)').fill('50');
    await newDialog(studio).getByRole('button', { name: 'Create' }).click();
    const [surface] = (await studio.design()).surfaces;
    expect(surface!.width).toBe(surface!.height);
  });

  it('changes nothing when cancelled with Escape', async ({ freshStudio: studio }) => {
    const before = await studio.design();
    await studio.button('New').click();
    await newDialog(studio).getByLabel('Shape').selectOption('round');
    await studio.page.keyboard.press('Escape');
    await newDialog(studio).waitFor({ state: 'detached' });
    expect(await studio.design()).toEqual(before);
  });
});
