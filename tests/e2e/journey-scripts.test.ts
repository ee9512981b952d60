import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TextObject } from '../../shared/model';
import { centreOnScreen } from './support/canvas';
import { canvasPicture, expectPdfMatchesCanvas, guideMask } from './support/canvasVsPdf';
import { exportThroughDialog } from './support/exportDialog';
import { describe, expect, it } from './support/fixtures';
import { setField, sidebar } from './support/panels';
import type { Studio } from './support/studio';

const PICTURES = join(tmpdir(), 'namesake-journeys');
const ARABIC = 'محمد علي';
const DEVANAGARI = 'अनन्या';

const lastText = async (studio: Studio) => (await studio.design()).objects.filter((o): o is TextObject => o.type === 'text').at(-1)!;

/** Places the selected text frame and sets its size in the Properties panel. */
async function place(studio: Studio, y: string): Promise<void> {
  for (const [label, value] of [['X (in)', '0.25'], ['Y (in)', y], ['Width (in)', '2.5'], ['Height (in)', '0.75'], ['Size (pt)', '36']] as const) await setField(studio, label, value);
}

describe('journey 2: names in Arabic and Devanagari print as the canvas shows them', () => {
  it('types “محمد علي” in place and “अनन्या” in the Properties panel; the PDF has the same glyphs as the canvas', async ({ studio, folder }) => {
    mkdirSync(PICTURES, { recursive: true });
    await studio.newDesign('3 × 2 in rectangle label', 'Names');
    const surface = (await studio.design()).surfaces[0]!;
    const onGuide = guideMask((await canvasPicture(studio, surface)).pixels);

    // Arabic, typed into the frame itself: double-click opens the in-place editor over the canvas.
    await studio.button('Add text').click();
    await place(studio, '0.25');
    const at = await centreOnScreen(studio, await lastText(studio));
    await studio.page.mouse.dblclick(at.x, at.y);
    const overlay = studio.page.getByRole('textbox', { name: 'Text of Text', exact: true });
    await expect.poll(() => overlay.evaluate((el) => el === document.activeElement)).toBe(true);
    await studio.page.keyboard.press('Control+A');
    await studio.page.keyboard.type(ARABIC);
    await studio.page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
    expect((await lastText(studio)).text).toBe(ARABIC);

    // Devanagari, typed into the Properties panel's text field.
    await studio.button('Add text').click();
    await place(studio, '1.125');
    const field = sidebar(studio).getByLabel('Text', { exact: true });
    await field.selectText();
    await field.pressSequentially(DEVANAGARI);
    await field.blur();
    expect((await lastText(studio)).text).toBe(DEVANAGARI);

    // Each name is shaped in a font of its script (Noto Sans itself has Devanagari): Arabic joined right to
    // left, Devanagari with its conjunct (न्य is one glyph), so fewer glyphs than characters.
    const runs = await studio.page.evaluate(() => {
      const hook = window.__namesake!;
      return hook.getDesign().objects.map((o) => hook.getTextLayout(o.id)!.runs.map((r) => ({ font: r.font, script: r.script, rtl: r.rtl, glyphs: r.glyphs.length })));
    });
    expect(runs).toEqual([
      [{ font: 'noto-sans-arabic-regular', script: 'Arab', rtl: true, glyphs: expect.any(Number) }],
      [{ font: 'noto-sans-regular', script: 'Deva', rtl: false, glyphs: expect.any(Number) }],
    ]);
    expect(runs[1]![0]!.glyphs).toBeLessThan(DEVANAGARI.length);

    const canvas = await canvasPicture(studio, surface);
    const pdf = join(folder, 'names.pdf');
    await exportThroughDialog(studio, pdf);
    expect(execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansArabic/);
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSans-Regular/);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(DEVANAGARI);
    expect(text).toContain(ARABIC);

    await expectPdfMatchesCanvas(studio, 'scripts', pdf, canvas, onGuide, PICTURES);
  });
});
