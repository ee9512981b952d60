import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appResponseHeaders } from './headers';
import { APP_SCHEME } from './origin';
import { resolveAppRequest } from './protocol-paths';

/**
 * Must run before `ready`. `standard` + `secure` give app:// a real origin and a secure context (so
 * 'self' in the CSP and relative URLs work); `supportFetchAPI` lets the page fetch its own .wasm.
 * No bypassCSP, no service workers, no CORS: nothing needs them.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves the built UI from `root` (out/renderer) with the checks of resolveAppRequest. */
export function serveApp(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(request.method, request.url, root);
    if (!target.ok) return new Response(null, { status: target.status });
    try {
      return new Response(await readFile(target.path), { status: 200, headers: appResponseHeaders(target.contentType) });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
