/**
 * The content script's half of the popover frame channel (protocol/popover-frame.ts): makes the
 * popover's box on the page and the extension-origin iframe in it, and talks to that iframe only
 * through the background (a `runtime` port), never over the page's window.
 *
 * The box is a plain `<div>` with a CLOSED shadow root, not a custom element: a page can define a
 * custom element name before we do and take its shadow root with `attachInternals()`, but no page
 * can attach internals to a built-in element. Its inline `all: initial !important` reset keeps page
 * CSS from restyling it.
 */
import { browser, type Browser } from 'wxt/browser';

import {
  BrokerToHost,
  HOST_PORT,
  type FrameNonce,
  type FromFrame,
  type HostToBroker,
  type ToFrame,
} from '../../../protocol/popover-frame';

/** Attribute on the popover's box: tests and the demo find it by it (the page can find it anyway). */
export const POPOVER_HOST_ATTRIBUTE = 'data-siyaq-popover';

export interface FrameChannelOptions {
  document: Document;
  /** The iframe's accessible name. */
  title: string;
  /** A message from our frame (forwarded and validated by the background). */
  onMessage(message: FromFrame): void;
  /** The frame or the background went away (the page navigated the frame; the service worker stopped). */
  onLost(): void;
}

/** Sets an inline `!important` declaration: page stylesheets cannot override it. */
export function force(el: HTMLElement, property: string, value: string): void {
  el.style.setProperty(property, value, 'important');
}

export class FrameChannel {
  /** The box on the page (hidden until shown); `force` its position, size and visibility. */
  readonly host: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  private readonly port: Browser.runtime.Port;
  private lost = false;

  constructor(private readonly opts: FrameChannelOptions, boxStyle: Record<string, string>) {
    const doc = opts.document;
    const host = doc.createElement('div');
    host.setAttribute(POPOVER_HOST_ATTRIBUTE, '');
    host.setAttribute('style', 'all: initial !important');
    for (const [p, v] of Object.entries(boxStyle)) force(host, p, v);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    // No `:host` rule: an `!important` one would beat the host's inline `!important` position and
    // size (inner-context important declarations win), and the inline reset already covers it.
    style.textContent = `
      iframe {
        display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0;
        border-radius: 10px; box-shadow: 0 6px 28px rgba(0, 0, 0, 0.28); background: Canvas;
        color-scheme: light dark;
      }`;
    const iframe = doc.createElement('iframe');
    // With `use_dynamic_url` (wxt.config.ts) Chromium gives a per-session URL here; the frame's
    // document still has the extension's origin, which is where the nonce goes.
    iframe.src = browser.runtime.getURL('/popover.html');
    iframe.title = opts.title;
    // Not `sandbox`: the frame is our own extension page and needs the extension APIs.
    iframe.setAttribute('allow', '');
    iframe.referrerPolicy = 'no-referrer';
    shadow.append(style, iframe);
    this.host = host;
    this.iframe = iframe;

    const nonce = randomNonce();
    this.port = browser.runtime.connect({ name: HOST_PORT });
    this.port.onMessage.addListener((raw: unknown) => this.receive(raw));
    this.port.onDisconnect.addListener(() => this.lose());
    this.send({ kind: 'expect', nonce });
    const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
    // Every load: if the page navigated the iframe elsewhere first, the extension-origin target
    // drops the message; our own page, loaded again, may still claim it (the nonce is single-use).
    iframe.addEventListener('load', () => {
      iframe.contentWindow?.postMessage({ type: 'siyaq:nonce', nonce } satisfies FrameNonce, extensionOrigin);
    });
    doc.documentElement.append(host);
  }

  /**
   * Sends a command to the frame. Before the frame has paired the background holds it and delivers
   * it with the pairing (only the latest `show`), so a first open does not wait for `ready`.
   */
  post(message: ToFrame): void {
    this.send({ kind: 'to-frame', message });
  }

  /** Removes the box and closes the port. */
  destroy(): void {
    this.lost = true;
    this.host.remove();
    try {
      this.port.disconnect();
    } catch {
      // Already closed.
    }
  }

  private receive(raw: unknown): void {
    const parsed = BrokerToHost.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.kind === 'frame-lost') return this.lose();
    const message = parsed.data.message;
    this.opts.onMessage(message);
  }

  private lose(): void {
    if (this.lost) return;
    this.destroy();
    this.opts.onLost();
  }

  private send(message: HostToBroker): void {
    try {
      this.port.postMessage(message);
    } catch {
      this.lose();
    }
  }
}

function randomNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
