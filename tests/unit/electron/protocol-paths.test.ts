import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../main/electron/protocol-paths';

const root = '/opt/namesake/resources/app.asar/out/renderer';
const get = (url: string) => resolveAppRequest('GET', url, root, path.posix);
/** Asserts a GET of each URL is refused (with `status`, when given). */
const refused = (status?: number) => (url: string) =>
  expect(get(url), url).toMatchObject(status === undefined ? { ok: false } : { ok: false, status });

describe('app:// request → file under out/renderer', () => {
  it('serves the index at the root and files by their path', () => {
    expect(get('app://namesake/')).toEqual({ ok: true, path: `${root}/index.html`, contentType: 'text/html; charset=utf-8' });
    expect(get('app://namesake')).toMatchObject({ ok: true, path: `${root}/index.html` });
    expect(get('app://namesake/assets/index-B2x_9@a.js?v=1#top')).toEqual({
      ok: true,
      path: `${root}/assets/index-B2x_9@a.js`,
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(get('app://namesake/assets/hb.wasm')).toMatchObject({ ok: true, contentType: 'application/wasm' });
    // The bundled fonts the build copies next to the page (electron.vite.config.ts).
    expect(get('app://namesake/fonts/great-vibes-regular.ttf')).toEqual({ ok: true, path: `${root}/fonts/great-vibes-regular.ttf`, contentType: 'font/ttf' });
    expect(get('app://namesake/fonts/noto-sans-jp-regular.otf')).toMatchObject({ ok: true, contentType: 'font/otf' });
    expect(get('app://namesake/LOGO.PNG')).toMatchObject({ ok: true, contentType: 'image/png' });
  });

  it('answers GET only', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'get']) {
      expect(resolveAppRequest(method, 'app://namesake/index.html', root, path.posix)).toEqual({ ok: false, status: 405 });
    }
  });

  it('serves only our own origin', () => {
    ['app://evil/index.html', 'app://namesake.evil/index.html', 'http://namesake/index.html', 'file:///index.html', 'not a url'].forEach(refused(404));
  });

  it('never leaves the root through dot segments, plain or encoded', () => {
    // The URL parser folds these before we see them; whatever is left must stay under root.
    for (const url of [
      'app://namesake/../../../etc/passwd.js',
      'app://namesake/%2e%2e/%2e%2e/etc/passwd.js',
      'app://namesake/%2E%2E/%2E%2E/etc/passwd.js',
      'app://namesake/assets/.%2e/.%2e/.%2e/secret.js',
    ]) {
      const result = get(url);
      if (result.ok) expect(result.path.startsWith(`${root}/`)).toBe(true);
    }
    refused(403)('app://namesake/%252e%252e/%252e%252e/etc/passwd.js');
  });

  it('refuses encoded separators, backslashes and NUL', () => {
    [
      'app://namesake/..%2f..%2fetc%2fpasswd.js',
      'app://namesake/assets%2F..%2F..%2Fx.js',
      'app://namesake/..%5c..%5cwindows%5cwin.ini',
      'app://namesake/..\\..\\x.js',
      'app://namesake/index.html%00.js',
      'app://namesake/%00',
    ].forEach(refused());
    ['app://namesake/a%2fb.js', 'app://namesake/bad%E0%A4%A.js'].forEach(refused(400));
  });

  it('refuses absolute paths, drive letters, empty segments and dotfiles', () => {
    [
      'app://namesake//etc/passwd.js',
      'app://namesake/C:/Windows/win.ini.js',
      'app://namesake/c:x.js',
      'app://namesake/index.js:stream',
      'app://namesake/.env.js',
      'app://namesake/assets/',
      'app://namesake/a%20b.js',
    ].forEach(refused(403));
  });

  it('refuses file types the build does not emit', () => {
    ['index.js.map', 'main.ts', 'package', 'app.exe', 'x.html.bak', 'README.md', 'design.namesake'].map((n) => `app://namesake/${n}`).forEach(refused(403));
  });

  it('contains every accepted path on POSIX and on Windows, whatever the URL', () => {
    const alphabet = fc.constantFrom(...'./\\%2eEfF5cC0:aj s'.split(''), '..', '%2e', '%2f', '%5c', 'index.html', '.js');
    const tail = fc.array(alphabet, { maxLength: 24 }).map((parts) => parts.join(''));
    const cases: Array<[typeof path.posix, string]> = [
      [path.posix, root],
      [path.win32, 'C:\\Program Files\\Namesake\\resources\\app.asar\\out\\renderer'],
    ];
    for (const [api, base] of cases) {
      fc.assert(
        fc.property(tail, (suffix) => {
          const result = resolveAppRequest('GET', `app://namesake/${suffix}`, base, api);
          if (!result.ok) return;
          const inside = api.relative(base, result.path);
          expect(inside === '' || inside.startsWith('..') || api.isAbsolute(inside)).toBe(false);
        }),
        { numRuns: 2000 },
      );
    }
  });
});
