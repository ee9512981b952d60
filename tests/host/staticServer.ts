import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import ts from 'typescript';
import { appResponseHeaders } from '../../main/electron/headers';
import { APP_ORIGIN } from '../../main/electron/origin';
import { resolveAppRequest } from '../../main/electron/protocol-paths';
import { BRIDGE_SCRIPT_PATH } from './protocol';

/** The bridge, compiled once per process: it only erases types, so a transpile is all it needs. */
let bridgeScript: Promise<string> | null = null;
function loadBridgeScript(): Promise<string> {
  bridgeScript ??= readFile(join(process.cwd(), 'tests/host/page/bridge.ts'), 'utf8').then(
    (source) => ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText,
  );
  return bridgeScript;
}

/**
 * Serves the built UI as main/electron/protocol.ts does (same path rules, same headers and CSP), plus
 * the bridge script, which index.html loads before the app's own module script.
 */
export function createStaticHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://host').pathname;
    if (req.method === 'GET' && path === BRIDGE_SCRIPT_PATH) {
      return send(res, 200, appResponseHeaders('text/javascript; charset=utf-8'), await loadBridgeScript());
    }
    const target = resolveAppRequest(req.method ?? 'GET', APP_ORIGIN + path, root);
    if (!target.ok) return send(res, target.status, {}, '');
    let body: Buffer | string;
    try {
      body = await readFile(target.path);
    } catch {
      return send(res, 404, {}, '');
    }
    if (target.path === join(root, 'index.html')) {
      body = body.toString('utf8').replace('<script', `<script type="module" src="${BRIDGE_SCRIPT_PATH}"></script>\n    <script`);
    }
    send(res, 200, appResponseHeaders(target.contentType), body);
  };
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string): void {
  res.writeHead(status, headers);
  res.end(body);
}
