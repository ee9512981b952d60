import { describe, expect, it } from 'vitest';
import { isRequestAllowed } from '../../../main/electron/network-policy';

const everywhereRefused = [
  'https://example.com/font.woff2',
  'http://example.com/',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'file:///etc/passwd',
  'ftp://example.com/x',
  'chrome-extension://abc/x.js',
  'app://evil/index.html',
  'http://localhost:5174/',
  'https://localhost:5173/',
  'not a url',
];

describe('network policy (offline app)', () => {
  it('packaged: lets through only our origin and data the page made itself', () => {
    for (const url of ['app://namesake/index.html', 'app://namesake/assets/hb.wasm', 'blob:app://namesake/0b5f-1', 'data:image/png;base64,AAAA']) {
      expect(isRequestAllowed(url, null), url).toBe(true);
    }
    for (const url of [...everywhereRefused, 'http://localhost:5173/', 'ws://localhost:5173/', 'devtools://devtools/bundled/x.html']) {
      expect(isRequestAllowed(url, null), url).toBe(false);
    }
  });

  it('development: also the loopback dev server (http and HMR socket) and DevTools', () => {
    const dev = 'http://localhost:5173';
    for (const url of ['http://localhost:5173/src/main.tsx', 'ws://localhost:5173/?token=x', 'devtools://devtools/bundled/x.html', 'app://namesake/']) {
      expect(isRequestAllowed(url, dev), url).toBe(true);
    }
    for (const url of everywhereRefused) {
      expect(isRequestAllowed(url, dev), url).toBe(false);
    }
  });
});
