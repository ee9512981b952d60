import { describe, expect, it } from 'vitest';
import { devServer, originOf } from '../../../main/electron/origin';
import { designPathFromArgv } from '../../../main/electron/argv';

describe('origins', () => {
  it('reads scheme://host for custom and web schemes, null when there is no host', () => {
    expect(originOf('app://namesake/index.html')).toBe('app://namesake');
    expect(originOf('HTTP://LocalHost:5173/x')).toBe('http://localhost:5173');
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('nonsense')).toBeNull();
  });

  it('accepts a dev server only on plain http loopback', () => {
    expect(devServer('http://localhost:5173/')).toEqual({ url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(devServer('http://127.0.0.1:5173')?.origin).toBe('http://127.0.0.1:5173');
    expect(devServer('http://[::1]:5173/')?.origin).toBe('http://[::1]:5173');
    for (const value of [undefined, '', 'garbage', 'https://localhost:5173', 'http://example.com:5173', 'http://localhost.evil.com/', 'file:///x/index.html']) {
      expect(devServer(value), String(value)).toBeNull();
    }
  });
});

describe('design path from a command line', () => {
  it('takes the last non-switch .namesake argument, resolved against the launching folder', () => {
    expect(designPathFromArgv(['/opt/Namesake/namesake', '--allow-file-access-from-files', 'orders/Jo.namesake'], '/home/jo')).toBe(
      '/home/jo/orders/Jo.namesake',
    );
    expect(designPathFromArgv(['namesake', '/a/One.namesake', '/b/Two.NAMESAKE'], '/x')).toBe('/b/Two.NAMESAKE');
  });

  it('finds nothing in a plain or development launch', () => {
    expect(designPathFromArgv(['/opt/Namesake/namesake'], '/')).toBeNull();
    expect(designPathFromArgv(['electron', '.', '--inspect=0'], '/repo')).toBeNull();
    expect(designPathFromArgv(['namesake', '--open=/etc/x.namesake', 'photo.png'], '/')).toBeNull();
  });
});
