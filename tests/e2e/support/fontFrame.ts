import { BLACK, createDesign, createText, type Design, type TextObject } from '../../../shared/model';
import type { TextLayout } from '../../../shared/text';
import { expect } from './fixtures';
import type { Studio } from './studio';

/** Where the one text frame of `oneText` sits on its label, in points. */
export const FRAME = { x: 30, y: 30, width: 300, height: 80 };

/** A label with one text frame, "EMMA ROSE" at 40 pt in `font`, id `name`. */
export function oneText(font: string): Design {
  const design = createDesign({ name: 'Fonts', unit: 'in', width: 360, height: 140, shape: { kind: 'rect' }, bleed: 0, safeMargin: 0 });
  const surface = design.surfaces[0]!;
  const text: TextObject = { ...(createText(surface.id, FRAME, 'EMMA ROSE') as TextObject), ...FRAME, id: 'name', font, fontSize: 40, fill: BLACK };
  return { ...design, surfaces: [{ ...surface, objectIds: [text.id] }], objects: [text] };
}

/** The frame's layout once its fonts are loaded and Fabric has painted it. */
export async function drawnLayout(studio: Studio): Promise<TextLayout> {
  await studio.page.waitForFunction(() => window.__namesake!.getTextLayout('name') !== null);
  await studio.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return (await studio.page.evaluate(() => window.__namesake!.getTextLayout('name')))!;
}

/** Clicks the frame, so the sidebar shows its properties (the font picker among them). */
export async function selectFrame(studio: Studio): Promise<void> {
  const host = await studio.canvasBox();
  const view = await studio.view();
  await studio.page.mouse.click(host.x + view.x + (FRAME.x + FRAME.width / 2) * view.zoom, host.y + view.y + (FRAME.y + FRAME.height / 2) * view.zoom);
  await expect.poll(() => studio.selection()).toEqual(['name']);
}
