import { describe, expect, it } from 'vitest';
import { isTrustedSender, type SenderFacts } from '../../../main/electron/sender-policy';

const trusted = { webContentsId: 7, origin: 'app://namesake' };
const ours: SenderFacts = { webContentsId: 7, frameUrl: 'app://namesake/index.html', isMainFrame: true };

describe('IPC sender policy', () => {
  it('lets the main frame of our window on our origin call', () => {
    expect(isTrustedSender(ours, trusted)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://NAMESAKE/index.html?x#y' }, trusted)).toBe(true);
  });

  it('refuses subframes, other web contents and frames that are gone', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ours, webContentsId: 8 }, trusted)).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: null }, trusted)).toBe(false);
  });

  it('refuses pages from any other origin', () => {
    for (const frameUrl of [
      'app://evil/index.html',
      'file:///opt/namesake/out/renderer/index.html',
      'devtools://devtools/bundled/devtools_app.html',
      'https://example.com/',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<p>hi',
      'blob:app://namesake/0b5f',
      '',
    ]) {
      expect(isTrustedSender({ ...ours, frameUrl }, trusted), frameUrl).toBe(false);
    }
  });

  it('refuses everyone while there is no window', () => {
    expect(isTrustedSender(ours, null)).toBe(false);
  });

  it('trusts the dev server origin only when that is the page origin', () => {
    const dev = { webContentsId: 7, origin: 'http://localhost:5173' };
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/' }, dev)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false);
    expect(isTrustedSender(ours, dev)).toBe(false);
  });
});
