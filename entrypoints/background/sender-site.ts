/**
 * Which site a message comes from, as the browser (not the message) says. A content script runs in
 * the news page's renderer; if that renderer is compromised it can send anything, but `sender.url`,
 * `sender.origin`, `sender.tab` and `sender.frameId` are filled in by the browser. Every
 * content-script request that names a site or a page is checked against them.
 */
import type { Browser } from 'wxt/browser';

export type Sender = Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab' | 'frameId'> & { origin?: string };

/**
 * The web origin of the sender's document: `sender.origin` when the browser gives it (Chromium; for
 * an about:blank or srcdoc frame it is the origin the frame inherited), else the origin of an
 * http(s) `sender.url`. `undefined` for anything else (an opaque origin, about:srcdoc in a browser
 * that gives no `origin`).
 */
export function senderOrigin(sender: Sender): string | undefined {
  if (sender.origin && /^https?:\/\//.test(sender.origin)) return sender.origin;
  return httpOrigin(sender.url);
}

/** The origin of an http(s) URL, or `undefined`. */
export function httpOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
