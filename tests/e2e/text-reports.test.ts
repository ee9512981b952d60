import { BLACK, createDesign, createText, type Design, type TextObject } from '../../shared/model';
import { openDesign } from './support/designFile';
import { describe, expect, it } from './support/fixtures';
import { decodePng } from './support/png';
import type { Studio } from './support/studio';

const FRAME = { x: 60, y: 40, width: 240, height: 60 };
/** An Egyptian hieroglyph: no bundled font has it. */
const ANKH = '𓋹';

function oneTextDesign(): Design {
  const design = createDesign({ name: 'Missing glyph', unit: 'in', width: 360, height: 140, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const surface = design.surfaces[0]!;
  const text: TextObject = { ...(createText(surface.id, FRAME, 'Emma') as TextObject), ...FRAME, id: 'name', fill: BLACK };
  return { ...design, surfaces: [{ ...surface, objectIds: [text.id] }], objects: [text] };
}

/** Where a point of the design is on the page. */
async function onPage(studio: Studio, x: number, y: number): Promise<{ x: number; y: number }> {
  const host = await studio.canvasBox();
  const view = await studio.view();
  return { x: host.x + view.x + x * view.zoom, y: host.y + view.y + y * view.zoom };
}

/** Whether the warning badge (a red disc, 16 px across, with a white "!") shows at the frame's top-right corner. */
async function badgeShows(studio: Studio): Promise<boolean> {
  const corner = await onPage(studio, FRAME.x + FRAME.width, FRAME.y);
  const [r, g, b] = decodePng(await studio.page.screenshot()).at(corner.x - 5, corner.y);
  return r > 180 && g < 110 && b < 110;
}

describe('a text the fonts cannot draw is reported, never silent', () => {
  it('shows no warning while every character has a glyph', async ({ studio, folder }) => {
    await openDesign(studio, oneTextDesign(), folder, 'missing.namesake');
    await studio.page.waitForFunction(() => window.__namesake!.getTextLayout('name') !== null);
    await expect.poll(() => studio.page.getByRole('status', { name: 'Text warnings' }).textContent()).toBe('');
    expect(await badgeShows(studio)).toBe(false);
  });

  it('reports a typed character no font has, in the status bar and with a badge on the frame', async ({ studio }) => {
    const centre = await onPage(studio, FRAME.x + FRAME.width / 2, FRAME.y + FRAME.height / 2);
    await studio.page.mouse.click(centre.x, centre.y);
    await expect.poll(() => studio.selection()).toEqual(['name']);
    const field = studio.page.getByRole('textbox', { name: 'Text', exact: true });
    await field.fill(`Ankh ${ANKH}`);
    await expect.poll(async () => (await studio.design()).objects[0]).toMatchObject({ text: `Ankh ${ANKH}` });

    const warnings = studio.page.getByRole('status', { name: 'Text warnings' });
    await expect.poll(() => warnings.textContent()).toBe(`⚠ “Ankh ${ANKH}”: No font has “${ANKH}” (U+132F9)`);
    const layout = (await studio.page.evaluate(() => window.__namesake!.getTextLayout('name')))!;
    expect(layout.missing).toEqual([{ codePoint: 0x132f9, index: 5 }]);

    // Off the selection, so its handles do not cover the corner.
    const host = await studio.canvasBox();
    await studio.page.mouse.click(host.x + 8, host.y + host.height - 8);
    await expect.poll(() => studio.selection()).toEqual([]);
    await expect.poll(() => badgeShows(studio)).toBe(true);
  });

  it('clears the report when the character is gone', async ({ studio }) => {
    const centre = await onPage(studio, FRAME.x + FRAME.width / 2, FRAME.y + FRAME.height / 2);
    await studio.page.mouse.click(centre.x, centre.y);
    await studio.page.getByRole('textbox', { name: 'Text', exact: true }).fill('Ankh');
    await expect.poll(() => studio.page.getByRole('status', { name: 'Text warnings' }).textContent()).toBe('');
    const host = await studio.canvasBox();
    await studio.page.mouse.click(host.x + 8, host.y + host.height - 8);
    await expect.poll(() => badgeShows(studio)).toBe(false);
  });
});
