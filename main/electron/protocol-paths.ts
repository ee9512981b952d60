import nodePath from 'node:path';
import { APP_ORIGIN, originOf } from './origin';

/**
 * Maps an app:// request to a file of the built UI, or refuses it. Pure (no fs, no electron) so every
 * trick below is unit-tested. The renderer is our own code, but a page can be made to request any
 * URL, so nothing outside `root` may ever be served.
 */
export type AppFile = { ok: true; path: string; contentType: string };
export type AppRefusal = { ok: false; status: 400 | 403 | 404 | 405 };

/** The only file types the build emits; anything else (.map, .ts, .env, no extension) is refused. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * One path segment as Vite names files (`index-B2x_9.js`). No leading dot (so no `.`/`..`/dotfiles),
 * no `%`, `\`, `:` (drive letters, NTFS streams), NUL or spaces.
 */
const SEGMENT = /^[A-Za-z0-9_@+-][A-Za-z0-9_.@+-]*$/;

/** Encoded separators and NUL are never part of a real asset name; refuse before decoding. */
const ENCODED_TRAPS = /%(2f|5c|00)/i;

export function resolveAppRequest(
  method: string,
  url: string,
  root: string,
  path: Pick<typeof nodePath, 'resolve' | 'relative' | 'isAbsolute' | 'extname'> = nodePath,
): AppFile | AppRefusal {
  if (method !== 'GET') return { ok: false, status: 405 };
  if (originOf(url) !== APP_ORIGIN) return { ok: false, status: 404 };
  const rawPath = new URL(url).pathname;
  if (rawPath.includes('\\') || ENCODED_TRAPS.test(rawPath)) return { ok: false, status: 400 };

  const encoded = rawPath === '' || rawPath === '/' ? ['index.html'] : rawPath.slice(1).split('/');
  let segments: string[];
  try {
    segments = encoded.map((s) => decodeURIComponent(s));
  } catch {
    return { ok: false, status: 400 };
  }
  if (!segments.every((s) => SEGMENT.test(s))) return { ok: false, status: 403 };

  const contentType = CONTENT_TYPES[path.extname(segments.at(-1) ?? '').toLowerCase()];
  if (contentType === undefined) return { ok: false, status: 403 };

  // Belt and braces: the segment rule already excludes escapes, but the final word is containment.
  const file = path.resolve(root, ...segments);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, path: file, contentType };
}
