import type { DesignObject } from '../../../shared/model';
import type { Studio } from './studio';

/** Where an object's centre is on the page, in CSS pixels, given the view's zoom and pan. */
export async function centreOnScreen(studio: Studio, o: DesignObject): Promise<{ x: number; y: number }> {
  const { zoom, x, y } = await studio.view();
  const box = await studio.canvasBox();
  return { x: box.x + x + (o.x + o.width / 2) * zoom, y: box.y + y + (o.y + o.height / 2) * zoom };
}

/** Drags an object by (dx, dy) screen pixels from its centre; `hold` runs while the button is still down. */
export async function dragObject(studio: Studio, o: DesignObject, dx: number, dy: number, hold?: () => Promise<void>): Promise<void> {
  const at = await centreOnScreen(studio, o);
  const { mouse } = studio.page;
  await mouse.move(at.x, at.y);
  await mouse.down();
  await mouse.move(at.x + dx / 2, at.y + dy / 2, { steps: 3 });
  await mouse.move(at.x + dx, at.y + dy, { steps: 3 });
  await hold?.();
  await mouse.up();
}
