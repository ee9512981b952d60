import type { Locator } from 'playwright-core';
import type { Studio } from './studio';

/** The right-hand sidebar: Properties or Fields while designing, Values in personalize mode. */
export const sidebar = (studio: Studio): Locator => studio.page.locator('aside.sidebar');

/** The Layers panel, front-most object first. */
export const layers = (studio: Studio): Locator => studio.page.getByRole('complementary', { name: 'Layers' });

/** Types into a Properties field and commits it as the user would, with Enter. */
export async function setField(studio: Studio, label: string, value: string, within: Locator = sidebar(studio)): Promise<void> {
  const input = within.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Enter');
}

/** Names of the layers as listed, front first. */
export function layerNames(studio: Studio): Promise<string[]> {
  return layers(studio).locator('.layer-name').evaluateAll((els) => els.map((el) => el.lastChild?.textContent ?? ''));
}

/** Adds a field in the Fields panel and fills in its definition; returns its card, named by its token. */
export async function defineField(studio: Studio, field: { name: string; label: string; maxLength: string; sample: string }): Promise<Locator> {
  await sidebar(studio).getByRole('button', { name: 'Fields' }).click();
  await sidebar(studio).getByRole('button', { name: 'Add field' }).click();
  const fresh = sidebar(studio).locator('fieldset.field-card').last();
  await setField(studio, 'Name', field.name, fresh);
  const card = sidebar(studio).getByRole('group', { name: `{{${field.name}}}` });
  await setField(studio, 'Label', field.label, card);
  await setField(studio, 'Max length', field.maxLength, card);
  await setField(studio, 'Sample value', field.sample, card);
  return card;
}
