import type { Browser, Locator, Page } from 'playwright-core';
import type { Design } from '../../../shared/model';
import type { View } from '../../../renderer/editor/viewport';
import { launchChromium, startHost, type Host } from '../../host';

/** The size the studio must be usable at. */
export const VIEWPORT = { width: 1280, height: 800 };

/** One running studio: host, Chromium, page, and the moves a user makes in it. */
export interface Studio {
  host: Host;
  browser: Browser;
  page: Page;
  /** Uncaught exceptions and console errors in the page: a passing test expects none. */
  pageErrors: string[];
  design(): Promise<Design>;
  /** The design as drawn: sample values in place of tokens while previewing or personalizing. */
  display(): Promise<Design>;
  view(): Promise<View>;
  selection(): Promise<readonly string[]>;
  /** Where the canvas sits on the page, in CSS pixels. */
  canvasBox(): Promise<{ x: number; y: number; width: number; height: number }>;
  /** The step the Undo button would undo, from its tooltip ("Undo Move (Ctrl+Z)" → "Undo Move"). */
  undoStep(): Promise<string | undefined>;
  /** A button by its accessible name. */
  button(name: string): Locator;
  /** The status area, where messages appear; its `data-kind` says error or info. */
  statusArea(): Locator;
  /** The status area's text, once it shows a message. */
  status(): Locator;
  /** Reloads the page: a fresh app on the same host, past the start screen unless `atStart`. */
  restart(options?: { atStart?: boolean }): Promise<void>;
  /** The start screen, open at launch and from the toolbar's Start screen button. */
  startScreen(): Locator;
  /** Goes through the New-design dialog with a preset; answers the discard question if it comes. */
  newDesign(preset: string, name: string, discard?: boolean): Promise<void>;
  close(): Promise<void>;
}

export async function openStudio(): Promise<Studio> {
  const host = await startHost();
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: VIEWPORT });
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.stack ?? e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  const startScreen = () => page.getByRole('dialog', { name: 'Start' });
  /** The app opens on its start screen; most tests begin in the editor, with the blank label behind it. */
  const ready = async (atStart = false) => {
    await page.waitForFunction(() => window.__namesake !== undefined && document.querySelector('.canvas-host canvas') !== null);
    await startScreen().waitFor();
    if (atStart) return;
    await startScreen().getByRole('button', { name: 'Close start screen' }).click();
    await startScreen().waitFor({ state: 'detached' });
  };
  await page.goto(host.url);
  await ready();

  const button = (name: string) => page.getByRole('button', { name, exact: true });
  return {
    host,
    browser,
    page,
    pageErrors,
    design: () => page.evaluate(() => window.__namesake!.getDesign()),
    display: () => page.evaluate(() => window.__namesake!.getDisplay()),
    view: () => page.evaluate(() => window.__namesake!.getView()),
    selection: () => page.evaluate(() => window.__namesake!.getSelection()),
    canvasBox: async () => (await page.locator('.canvas-host').boundingBox())!,
    undoStep: async () => (await button('Undo').getAttribute('title'))?.replace(/ \(.*\)$/, ''),
    button,
    statusArea: () => page.getByRole('status', { name: 'Messages' }),
    status: () => page.getByRole('status', { name: 'Messages' }).locator('.status-text'),
    async restart(options = {}) {
      await page.reload();
      await ready(options.atStart);
    },
    startScreen,
    async newDesign(preset, name, discard = false) {
      await button('New').click();
      if (discard) await page.getByRole('dialog', { name: 'Discard unsaved changes?' }).getByRole('button', { name: 'Discard changes' }).click();
      const dialog = page.getByRole('dialog', { name: 'New design' });
      await dialog.getByLabel('Preset').selectOption({ label: preset });
      await dialog.getByLabel('Name').fill(name);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'detached' });
    },
    async close() {
      await browser.close();
      await host.close();
    },
  };
}
