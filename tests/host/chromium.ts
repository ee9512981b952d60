import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser downloads are never used. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless and quiet: no sandbox (containers), no GPU, and nothing that reaches the network on its own. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
