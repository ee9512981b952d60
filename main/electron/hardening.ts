import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy } from './headers';
import { isRequestAllowed } from './network-policy';

/**
 * Deny by default, for every web contents Electron creates (our window, DevTools, anything a page
 * might try to open): no new windows, no navigation away from the loaded page, no <webview>.
 */
export function lockDownContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const refuse = (event: { preventDefault(): void }): void => event.preventDefault();
  contents.on('will-navigate', refuse);
  contents.on('will-frame-navigate', refuse);
  contents.on('will-redirect', refuse);
  contents.on('will-attach-webview', refuse);
}

/**
 * Session policy: no permission is ever granted (camera, notifications, clipboard-read, HID, …) and
 * no request leaves the machine. In development the dev server's pages get the dev CSP as a header,
 * so a policy violation shows up while coding rather than only in the packaged app.
 */
export function lockDownSession(session: Session, devOrigin: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, devOrigin) });
  });
  if (devOrigin !== null) {
    session.webRequest.onHeadersReceived({ urls: [`${devOrigin}/*`] }, (details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(devOrigin)] } });
    });
  }
}
