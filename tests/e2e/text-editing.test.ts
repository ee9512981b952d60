import type { DesignObject } from '../../shared/model';
import { centreOnScreen } from './support/canvas';
import { describe, expect, it } from './support/fixtures';
import { defineField, sidebar } from './support/panels';
import { decodePng } from './support/png';
import type { Studio } from './support/studio';

const onlyText = async (studio: Studio) => (await studio.design()).objects.find((o) => o.type === 'text')!;
const overlay = (studio: Studio, name = 'Text') => studio.page.getByRole('textbox', { name: `Text of ${name}`, exact: true });

/** A screenshot of an object's frame, once the engine has laid its text out and the canvas has painted it. */
async function frameShot(studio: Studio, o: DesignObject): Promise<Buffer> {
  const { zoom, x, y } = await studio.view();
  const box = await studio.canvasBox();
  const clip = { x: box.x + x + o.x * zoom, y: box.y + y + o.y * zoom, width: o.width * zoom, height: o.height * zoom };
  await studio.page.waitForFunction((id) => window.__namesake!.getTextLayout(id) !== null, o.id);
  await studio.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return studio.page.screenshot({ clip });
}

/** Dark pixels inside an object's frame on screen: the glyphs the canvas painted there. */
async function inkIn(studio: Studio, o: DesignObject): Promise<number> {
  const png = decodePng(await frameShot(studio, o));
  let ink = 0;
  for (let py = 0; py < png.height; py++) {
    for (let px = 0; px < png.width; px++) {
      const [r, g, b] = png.at(px, py);
      if (r + g + b < 3 * 100) ink++;
    }
  }
  return ink;
}

describe('editing text in place', () => {
  it('types Latin and Arabic into the overlay; the canvas shows the engine’s layout as you type; one undo restores', async ({ freshStudio: studio }) => {
    await studio.button('Add text').click();
    const added = await onlyText(studio);
    const before = await inkIn(studio, added);
    expect(before).toBeGreaterThan(0);

    const at = await centreOnScreen(studio, added);
    await studio.page.mouse.dblclick(at.x, at.y);
    await expect.poll(() => overlay(studio).evaluate((el) => el === document.activeElement)).toBe(true);
    // The overlay's own text is invisible: what shows is the canvas beneath.
    expect(await overlay(studio).evaluate((el) => getComputedStyle(el).color)).toBe('rgba(0, 0, 0, 0)');

    const { keyboard } = studio.page;
    await keyboard.press('Control+A');
    await keyboard.type('Zo');
    await keyboard.insertText('ë');
    expect((await onlyText(studio)).text).toBe('Zoë');
    const zoe = await studio.page.evaluate((id) => window.__namesake!.getTextLayout(id)!.runs.flatMap((r) => r.glyphs).length, added.id);
    expect(zoe).toBeGreaterThanOrEqual(3);
    const afterLatin = await inkIn(studio, await onlyText(studio));
    expect(afterLatin).not.toBe(before);

    await keyboard.press('End');
    await keyboard.insertText(' محمد علي');
    expect((await onlyText(studio)).text).toBe('Zoë محمد علي');
    const layout = await studio.page.evaluate((id) => window.__namesake!.getTextLayout(id)!, added.id);
    expect(layout.runs.some((r) => r.rtl)).toBe(true);
    expect(await inkIn(studio, await onlyText(studio))).not.toBe(afterLatin);

    // The caret is painted from the layout too: moving it changes the pixels.
    const frame = await onlyText(studio);
    await keyboard.press('Home');
    const caretAtStart = await frameShot(studio, frame);
    await keyboard.press('End');
    expect((await frameShot(studio, frame)).equals(caretAtStart)).toBe(false);

    // Every keystroke was one merged step; Escape ends editing and returns the keyboard to the canvas.
    expect(await studio.undoStep()).toBe('Undo Edit text');
    await keyboard.press('Escape');
    await overlay(studio).waitFor({ state: 'detached' });
    expect(await studio.page.evaluate(() => document.activeElement?.id)).toBe('design-canvas');
    await keyboard.press('Control+Z');
    expect((await onlyText(studio)).text).toBe('Text');
    expect(await studio.undoStep()).toBe('Undo Add text');
    expect(await inkIn(studio, added)).toBe(before);
  });

  it('opens with Enter, keeps field tokens editable while previewing, and closes on a click elsewhere', async ({ freshStudio: studio }) => {
    await defineField(studio, { name: 'name', label: 'Name', maxLength: '20', sample: 'Zoë' });
    await sidebar(studio).getByRole('switch', { name: 'Preview sample values' }).check();
    await studio.button('Add text').click();
    await studio.page.locator('.canvas-host').focus();
    await studio.page.keyboard.press('Enter');
    await expect.poll(() => overlay(studio).evaluate((el) => el === document.activeElement)).toBe(true);
    await studio.page.keyboard.type('Hi {{name}}');
    const { id } = await onlyText(studio);
    const shown = async () => (await studio.display()).objects.find((o) => o.id === id);
    // While editing the frame shows the token as typed, so it can be edited like any text.
    expect(await shown()).toMatchObject({ text: 'Hi {{name}}' });
    expect(await overlay(studio).inputValue()).toBe('Hi {{name}}');

    const box = await studio.canvasBox();
    await studio.page.mouse.click(box.x + 8, box.y + 8);
    await overlay(studio).waitFor({ state: 'detached' });
    expect(await shown()).toMatchObject({ text: 'Hi Zoë' });
    expect((await studio.design()).objects.find((o) => o.id === id)).toMatchObject({ text: 'Hi {{name}}' });
  });

  it('refuses to edit a locked text, with a message', async ({ freshStudio: studio }) => {
    await studio.button('Add text').click();
    const text = await onlyText(studio);
    await sidebar(studio).getByLabel('Locked').check();
    await studio.page.locator('.canvas-host').focus();
    await studio.page.keyboard.press('Enter');
    await expect.poll(() => studio.status().textContent()).toContain('is locked');
    expect(await overlay(studio).count()).toBe(0);
    expect((await onlyText(studio)).text).toBe(text.text);
  });
});
