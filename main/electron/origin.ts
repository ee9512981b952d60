/**
 * Where our pages come from. The packaged UI lives at app://namesake/; in development electron-vite
 * serves it from a loopback dev server instead. Every policy compares origins with `originOf`, so a
 * page from anywhere else is a stranger.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'namesake';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * `scheme://host[:port]`, lower-cased, or null when the URL has no host (about:blank, data:, garbage).
 * Built by hand because Node's URL reports origin "null" for non-special schemes such as app:.
 */
export function originOf(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed === null || parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export interface DevServer {
  url: string;
  origin: string;
}

/**
 * The dev server electron-vite names in ELECTRON_RENDERER_URL, accepted only when it is plain http on
 * this machine: an environment variable must not be able to point the app at the internet.
 */
export function devServer(value: string | undefined): DevServer | null {
  const parsed = value ? parseUrl(value) : null;
  if (parsed === null || parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.has(parsed.hostname)) return null;
  return { url: parsed.href, origin: parsed.origin };
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
