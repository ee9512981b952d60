/**
 * The Content-Security-Policy and other headers every page and script of the UI is served with.
 * Deny by default (`default-src 'none'`), then allow only our own origin and what the editor needs:
 *
 * - script-src 'wasm-unsafe-eval': lets WebAssembly.instantiate compile HarfBuzz (text shaping runs in
 *   the page). It allows no JavaScript eval: `'unsafe-eval'` stays off, Fabric 7 and React need none.
 * - style-src 'unsafe-inline': React writes `style` attributes and Fabric sets element styles (canvas
 *   size, text-editing overlay position); CSS cannot run script, so this opens no code path.
 * - img-src/connect-src data: blob:: images the editor builds in memory (imported pictures handed over
 *   as bytes, Vite-inlined icons); both are local by construction, no remote origin is ever allowed.
 */
export function contentSecurityPolicy(devOrigin: string | null = null): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'"];
  const connect = ["'self'", 'blob:', 'data:'];
  if (devOrigin !== null) {
    // Dev only: Vite's React Refresh preamble is an inline script, and HMR talks over a WebSocket.
    scripts.push("'unsafe-inline'");
    connect.push(devOrigin.replace(/^http:/, 'ws:'));
  }
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for one file served over app://: its exact type, no sniffing, and the policy above. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': contentSecurityPolicy(),
    'Cache-Control': 'no-cache',
  };
}
