import { dropFiles } from './support/drop';
import { describe, expect, it } from './support/fixtures';
import { sidebar } from './support/panels';
import { VIEWPORT } from './support/studio';

describe('the studio’s layout at 1280 × 800', () => {
  it('shows every toolbar button in one row, with room for the design’s name', async ({ freshStudio: studio }) => {
    const buttons = await studio.page.getByRole('banner').getByRole('button').evaluateAll((els) => els.map((el) => ({ name: el.getAttribute('aria-label'), ...el.getBoundingClientRect().toJSON() })));
    expect(buttons.length).toBeGreaterThan(15);
    for (const b of buttons) {
      expect.soft(b.top, b.name!).toBe(buttons[0]!.top);
      expect.soft(b.right, b.name!).toBeLessThanOrEqual(VIEWPORT.width);
    }
    const title = (await studio.page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.width).toBeGreaterThanOrEqual(80);
  });

  it('wraps a long message in the status bar instead of pushing the sidebar off-screen', async ({ freshStudio: studio }) => {
    // One long word (a file name without spaces) and a long sentence around it.
    const name = `${'Etsy_SoldOrderItems_2026_'.repeat(12)}.namesake`;
    await dropFiles(studio, [{ name, type: 'application/zip', bytes: Buffer.from('PK') }]);
    await expect.poll(() => studio.status().textContent()).toContain('is a design, not an image');

    const side = (await sidebar(studio).boundingBox())!;
    expect(side.x + side.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(side.width).toBeGreaterThan(250);
    expect(await studio.page.evaluate(() => [document.documentElement.scrollWidth, document.querySelector('.app')!.scrollWidth])).toEqual([VIEWPORT.width, VIEWPORT.width]);
    // The message stays readable and dismissable, and the zoom controls stay on screen beside it.
    const status = (await studio.statusArea().boundingBox())!;
    expect(status.x + status.width).toBeLessThanOrEqual(VIEWPORT.width);
    const fit = (await studio.button('Zoom to fit').boundingBox())!;
    expect(fit.x + fit.width).toBeLessThanOrEqual(VIEWPORT.width);
    await studio.button('Dismiss message').click();
    await expect.poll(() => studio.status().count()).toBe(0);
  });
});
