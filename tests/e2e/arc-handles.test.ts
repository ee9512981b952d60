import type { TextObject } from '../../shared/model';
import { centreOnScreen } from './support/canvas';
import { describe, expect, it } from './support/fixtures';
import { setField, sidebar } from './support/panels';
import type { Studio } from './support/studio';

const arcText = async (studio: Studio) => (await studio.design()).objects.find((o): o is TextObject => o.type === 'text')!;

/** Drags from one page point to another in small steps, as a hand would. */
async function drag(studio: Studio, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  const { mouse } = studio.page;
  await mouse.move(from.x, from.y);
  await mouse.down();
  await mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await mouse.move(to.x, to.y, { steps: 4 });
  await mouse.up();
}

describe('arc handles', () => {
  it('drags the radius and the start angle of a text on an arc, each drag one undo step', async ({ freshStudio: studio }) => {
    await studio.button('Add text').click();
    await sidebar(studio).getByLabel('Text on an arc').check();
    const { unit } = (await studio.design()).document;
    await setField(studio, `Arc radius (${unit})`, unit === 'in' ? '0.6' : '15');
    const start = await arcText(studio);
    const { radius, angle } = start.path!;
    expect(angle).toBe(0);
    const { zoom } = await studio.view();
    const centre = await centreOnScreen(studio, start);

    // The radius handle sits opposite the anchor: straight below the centre for an arc anchored at 12 o'clock.
    await drag(studio, { x: centre.x, y: centre.y + radius * zoom }, { x: centre.x, y: centre.y + radius * zoom + 30 });
    const grown = await arcText(studio);
    expect(grown.path!.radius).toBeCloseTo(radius + 30 / zoom, 0);
    expect(grown.path!.angle).toBe(0);
    expect([grown.x, grown.y, grown.width]).toEqual([start.x, start.y, start.width]);
    expect(await studio.undoStep()).toBe('Undo Change arc');

    // The angle handle sits on the anchor; dragging it round to 3 o'clock turns the text a quarter.
    const r = grown.path!.radius * zoom;
    await drag(studio, { x: centre.x, y: centre.y - r }, { x: centre.x + r, y: centre.y });
    const turned = await arcText(studio);
    expect(turned.path!.angle).toBeCloseTo(90, 0);
    expect(turned.path!.radius).toBe(grown.path!.radius);
    expect(await studio.undoStep()).toBe('Undo Change arc');

    await studio.button('Undo').click();
    expect((await arcText(studio)).path).toEqual(grown.path);
    await studio.button('Undo').click();
    expect((await arcText(studio)).path).toEqual(start.path);
  });
});
