import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentSecurityPolicy } from '../../../main/electron/headers';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...sources]) => [name, sources]));
}

/** Source expressions that name no place on the network: keywords, and the local schemes. */
const LOCAL = new Set(["'self'", "'none'", "'unsafe-inline'", "'wasm-unsafe-eval'", 'data:', 'blob:']);

describe('Content-Security-Policy', () => {
  const prod = directives(contentSecurityPolicy());

  it('denies by default and forbids plugins, base changes, forms and framing', () => {
    expect(prod.get('default-src')).toEqual(["'none'"]);
    expect(prod.get('object-src')).toEqual(["'none'"]);
    expect(prod.get('base-uri')).toEqual(["'none'"]);
    expect(prod.get('form-action')).toEqual(["'none'"]);
    expect(prod.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('never allows JavaScript eval, and no inline script when packaged', () => {
    for (const sources of prod.values()) expect(sources).not.toContain("'unsafe-eval'");
    expect(prod.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('names no remote origin', () => {
    for (const [name, sources] of prod) {
      for (const source of sources) expect(LOCAL.has(source), `${name} ${source}`).toBe(true);
    }
  });

  it('in development adds only the loopback dev server socket and inline script', () => {
    const dev = directives(contentSecurityPolicy('http://localhost:5173'));
    for (const sources of dev.values()) expect(sources).not.toContain("'unsafe-eval'");
    expect(dev.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual([...(prod.get('connect-src') ?? []), 'ws://localhost:5173']);
  });

  it('travels with every app:// response, with nosniff and the exact type', () => {
    expect(appResponseHeaders('text/javascript; charset=utf-8')).toMatchObject({
      'Content-Type': 'text/javascript; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': contentSecurityPolicy(),
    });
  });
});
