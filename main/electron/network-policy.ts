import { APP_ORIGIN, originOf } from './origin';

/**
 * Which requests the session lets through. Namesake is offline: our own app:// origin and data the
 * page made itself (blob:, data:) pass; every http(s), ws(s), file: and anything unknown is cancelled.
 * In development the loopback dev server (http, plus ws for HMR on the same host) and DevTools pass too.
 */
export function isRequestAllowed(url: string, devOrigin: string | null): boolean {
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  if (scheme === 'blob:' || scheme === 'data:') return true;
  const origin = originOf(url);
  if (origin === APP_ORIGIN) return true;
  if (devOrigin === null || origin === null) return false;
  return scheme === 'devtools:' || origin === devOrigin || origin === devOrigin.replace(/^http:/, 'ws:');
}
