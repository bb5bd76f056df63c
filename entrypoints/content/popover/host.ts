/**
 * The content-script side of the popover: hosts the extension-origin popover frame over the news
 * page and shows it on a name (a `PageName`, positions in the page's text: no element of ours).
 * What opens it is ./interaction.ts; where it goes, ./position.ts; prefetching, ./prefetch.ts.
 *
 * Isolation: the frame (`popover.html`, an extension page) is cross-origin to the page, so the
 * page can neither read its DOM nor restyle it; the frame sits in a CLOSED shadow root whose host
 * is reset with inline `all: initial !important`, so page CSS cannot hide, resize or restyle the
 * box either. The content script sends the frame only page-derived facts (protocol/popover-frame.ts)
 * and never handles note text: the frame loads and saves notes through the background itself.
 */
import { browser } from 'wxt/browser';

import { t } from '../../../components/i18n';
import type { TextQuoteAnchor } from '../../../protocol/messages';
import { FromFrame, type ToFrame } from '../../../protocol/popover-frame';
import { randomId } from '../../../core/random-id';
import type { PageName } from '../annotate/names';
import { follow, place, referenceFor } from './position';
/** Performance-timeline names the bench reads (see README of this module's report). */
export const MARK_OPEN = 'siyaq:popover-open';
export const MARK_VISIBLE = 'siyaq:popover-visible';
export const MEASURE_OPEN = 'siyaq:popover';

const HOST_TAG = 'siyaq-popover';
const WIDTH = 380;
const MAX_HEIGHT = 560;
/** If the frame has not rendered by then (service worker waking), show it with its loading state. */
const SHOW_ANYWAY_MS = 400;

export type OpenedBy = 'click' | 'keyboard' | 'hover';

interface Frame {
  host: HTMLElement;
  iframe: HTMLIFrameElement;
  ready: boolean;
  queue: ToFrame[];
}

/** What the host tells the rest of the content script (interaction, prefetch, note anchors). */
export interface PopoverHostEvents {
  /** The frame is up: prefetches may go. */
  onReady?(): void;
  /** The pointer entered (true) or left the frame. */
  onFramePointer?(inside: boolean): void;
  /** A note was saved or deleted in the card. */
  onNotesChanged?(): void;
  /** The card's next / previous button. */
  onNav?(direction: 1 | -1): void;
}

/** What the card needs besides the name: its quote and the reader's notes attached to it. */
export interface OpenDetails {
  anchor: TextQuoteAnchor;
  noteIds: string[];
}

export interface PopoverHostOptions {
  document?: Document;
  /** Aborting removes the frame and every listener. */
  signal?: AbortSignal;
  events?: PopoverHostEvents;
}

/** Sets an inline `!important` declaration: page stylesheets cannot override it. */
function force(el: HTMLElement, property: string, value: string): void {
  el.style.setProperty(property, value, 'important');
}

/** The popover frame for one document: shows a name's card, hides it. */
export class PopoverHost {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly controller = new AbortController();
  private readonly events: PopoverHostEvents;
  private readonly extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  /** Shared with our frame through its URL fragment only; every command carries it (see popover/main.tsx). */
  private readonly frameSecret = randomId();
  private frame: Frame | null = null;
  private current: PageName | null = null;
  private openedBy: OpenedBy | null = null;
  /** Where focus was when a keyboard open moved it into the card: it goes back there on close. */
  private returnTo: HTMLElement | null = null;
  private visible = false;
  private seq = 0;
  private clickTime = 0;
  private showAnywayTimer: number | undefined;
  private stopAutoUpdate: (() => void) | null = null;
  private height = 120;
  /** Room for the popover beside the name, from the last positioning. */
  private available = MAX_HEIGHT;

  constructor(opts: PopoverHostOptions = {}) {
    this.doc = opts.document ?? document;
    this.win = this.doc.defaultView ?? window;
    this.events = opts.events ?? {};
    opts.signal?.addEventListener('abort', () => this.destroy(), { once: true });
    this.win.addEventListener('message', (e) => this.onFrameMessage(e), { signal: this.controller.signal });
  }

  /** The signal aborted when the host is destroyed (for listeners of the modules around it). */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Creates the hidden frame now, so the first open is a render rather than a page load. */
  prewarm(): void {
    this.ensureFrame();
  }

  /** Whether the frame exists (created by prewarm or a first open). */
  get hasFrame(): boolean {
    return this.frame !== null;
  }

  /** Asks the frame to load an entity's card ahead; false while the frame is not ready. */
  prefetch(entityId: string): boolean {
    const frame = this.frame;
    if (!frame?.ready) return false;
    this.post(frame, { type: 'siyaq:prefetch', entityId });
    return true;
  }

  /** Removes the frame and all listeners. */
  destroy(): void {
    this.controller.abort();
    this.hide(false);
    this.frame?.host.remove();
    this.frame = null;
  }

  /** Opens the popover on a name. */
  open(name: PageName, details: OpenDetails, by: OpenedBy, eventTime = performance.now()): void {
    this.win.clearTimeout(this.showAnywayTimer);
    if (this.visible && name === this.current) {
      if (by !== 'hover') this.pin(true);
      return;
    }
    const frame = this.ensureFrame();
    if (by === 'keyboard' && !this.returnTo) {
      const active = this.doc.activeElement;
      this.returnTo = active instanceof HTMLElement && active !== frame.host ? active : null;
    }
    if (this.visible) this.stopFollowing();
    this.visible = false;
    this.current = name;
    this.openedBy = by;
    this.clickTime = eventTime;
    performance.mark(MARK_OPEN, { startTime: eventTime, detail: { entityId: name.entityId, by } });
    this.seq++;
    this.post(frame, {
      type: 'siyaq:show',
      seq: this.seq,
      entityId: name.entityId,
      anchor: details.anchor,
      noteIds: details.noteIds.slice(0, 100),
      url: this.pageUrl(),
      title: this.doc.title.slice(0, 1000),
      focus: by !== 'hover',
    });
    const seq = this.seq;
    this.showAnywayTimer = this.win.setTimeout(() => {
      if (seq === this.seq && !this.visible) this.reveal(false);
    }, SHOW_ANYWAY_MS);
  }

  /** Hides the popover; `returnFocus` puts focus back where it was before a keyboard open. */
  hide(returnFocus: boolean): void {
    this.win.clearTimeout(this.showAnywayTimer);
    this.stopFollowing();
    if (this.frame) {
      force(this.frame.host, 'visibility', 'hidden');
      if (this.visible) this.post(this.frame, { type: 'siyaq:hidden' });
    }
    const wasFocused = this.frame && this.doc.activeElement === this.frame.host;
    this.visible = false;
    this.current = null;
    this.openedBy = null;
    const back = this.returnTo;
    this.returnTo = null;
    if (!returnFocus && !wasFocused) return;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else if (wasFocused) this.frame?.iframe.blur();
  }

  /** A hover-opened popover becomes a pinned one (stays until Esc, close or a click elsewhere). */
  pin(focus: boolean): void {
    if (!this.visible) return;
    if (this.openedBy === 'hover') this.openedBy = 'click';
    if (focus) this.focusFrame();
  }

  /** Whether the popover is showing, on which name, and how it was opened. */
  get state(): { visible: boolean; entityId: string | null; name: PageName | null; openedBy: OpenedBy | null } {
    return { visible: this.visible, entityId: this.current?.entityId ?? null, name: this.current, openedBy: this.openedBy };
  }

  /** The element the frame lives in (events inside it are the popover's, not the page's). */
  get element(): HTMLElement | null {
    return this.frame?.host ?? null;
  }

  private ensureFrame(): Frame {
    if (this.frame) return this.frame;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('style', 'all: initial !important');
    for (const [p, v] of Object.entries({
      position: 'fixed',
      top: '0',
      left: '0',
      width: `${WIDTH}px`,
      height: `${this.height}px`,
      'max-width': 'calc(100vw - 16px)',
      display: 'block',
      visibility: 'hidden',
      'z-index': '2147483647',
      contain: 'layout style',
    }))
      force(host, p, v);
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    // No `:host` rule: an `!important` one would beat the host's inline `!important` position and
    // size (inner-context important declarations win), and the inline reset already covers it.
    style.textContent = `
      iframe {
        display: block; width: 100%; height: 100%; border: 0; margin: 0; padding: 0;
        border-radius: 10px; box-shadow: 0 6px 28px rgba(0, 0, 0, 0.28); background: Canvas;
        color-scheme: light dark;
      }`;
    const iframe = this.doc.createElement('iframe');
    iframe.src = `${browser.runtime.getURL('/popover.html')}#${this.frameSecret}`;
    iframe.title = t('extName');
    // Not `sandbox`: the frame is our own extension page and needs the extension APIs.
    iframe.setAttribute('allow', '');
    iframe.referrerPolicy = 'no-referrer';
    shadow.append(style, iframe);

    const signal = this.controller.signal;
    host.addEventListener('pointerenter', () => this.events.onFramePointer?.(true), { signal });
    host.addEventListener('pointerleave', () => this.events.onFramePointer?.(false), { signal });
    // Focus moving into the frame (a click or Tab inside it) pins a hover-opened popover.
    host.addEventListener('focusin', () => this.pin(false), { signal });

    this.doc.documentElement.append(host);
    this.frame = { host, iframe, ready: false, queue: [] };
    return this.frame;
  }

  private post(frame: Frame, message: ToFrame): void {
    if (!frame.ready) {
      // Only the latest `show` matters; prefetches before it are kept.
      if (message.type === 'siyaq:show') frame.queue = frame.queue.filter((m) => m.type !== 'siyaq:show');
      frame.queue.push(message);
      return;
    }
    frame.iframe.contentWindow?.postMessage({ ...message, secret: this.frameSecret }, this.extensionOrigin);
  }

  private onFrameMessage(e: MessageEvent): void {
    const frame = this.frame;
    // Only our frame, in the extension's origin, can send these. A real message's origin cannot be
    // forged, but the page can dispatch a synthetic MessageEvent on this shared window with any
    // origin and with the frame's window (taken from one of its real messages) as the source:
    // only the browser's own events are trusted.
    if (!frame || !e.isTrusted || e.source !== frame.iframe.contentWindow || e.origin !== this.extensionOrigin) return;
    const parsed = FromFrame.safeParse(e.data);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'siyaq:ready': {
        frame.ready = true;
        const queue = frame.queue;
        frame.queue = [];
        for (const m of queue) this.post(frame, m);
        this.events.onReady?.();
        break;
      }
      case 'siyaq:rendered':
        if (message.seq !== this.seq || !this.current) return;
        this.setHeight(message.height);
        this.reveal(true, message);
        break;
      case 'siyaq:size':
        this.setHeight(message.height);
        break;
      case 'siyaq:close':
        this.hide(message.returnFocus);
        break;
      case 'siyaq:pointer':
        this.events.onFramePointer?.(message.inside);
        break;
      case 'siyaq:notes-changed':
        this.events.onNotesChanged?.();
        break;
      case 'siyaq:nav':
        this.events.onNav?.(message.direction);
        break;
    }
  }


  private reveal(withData: boolean, rendered?: Extract<FromFrame, { type: 'siyaq:rendered' }>): void {
    const frame = this.frame;
    const name = this.current;
    if (!frame || !name) return;
    if (!this.visible) {
      const reference = referenceFor(name);
      if (!reference) return this.hide(false);
      this.visible = true;
      this.stopAutoUpdate = follow(reference, frame.host, () => void this.position());
    }
    void this.position().then(() => {
      if (!this.visible || this.current !== name) return;
      force(frame.host, 'visibility', 'visible');
      if (withData && rendered) {
        const start = this.clickTime;
        const detail = {
          entityId: name.entityId,
          by: this.openedBy,
          frameMs: Math.round(rendered.frameMs * 10) / 10,
          cached: rendered.cached,
        };
        // End after the next paint (a task queued from the frame callback runs after it), so the
        // measure covers the popover actually on screen, not just made visible in the DOM.
        this.win.requestAnimationFrame(() =>
          this.win.setTimeout(() => {
            const end = performance.now();
            performance.mark(MARK_VISIBLE, { startTime: end, detail });
            performance.measure(MEASURE_OPEN, { start, end, detail });
          }, 0),
        );
      }
      if (this.openedBy !== 'hover') this.focusFrame();
    });
  }

  private stopFollowing(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
  }

  private focusFrame(): void {
    const frame = this.frame;
    if (!frame) return;
    // Focusing the iframe element makes it the focused frame; the frame then focuses its dialog.
    frame.iframe.focus();
    this.post(frame, { type: 'siyaq:focus' });
  }

  private async position(): Promise<void> {
    const frame = this.frame;
    const name = this.current;
    const reference = name && referenceFor(name);
    if (!frame || !reference) return;
    const { x, y } = await place(reference, frame.host, (availableHeight) => {
      this.available = availableHeight;
      this.applyHeight();
    });
    force(frame.host, 'left', `${Math.round(x)}px`);
    force(frame.host, 'top', `${Math.round(y)}px`);
  }

  private setHeight(height: number): void {
    this.height = Math.max(60, Math.ceil(height));
    this.applyHeight();
  }

  /** The frame's content height, within MAX_HEIGHT and the room beside the name; it scrolls inside beyond. */
  private applyHeight(): void {
    if (this.frame)
      force(this.frame.host, 'height', `${Math.max(80, Math.min(this.height, MAX_HEIGHT, this.available))}px`);
  }

  private pageUrl(): string {
    return this.doc.location?.href.split('#')[0] ?? '';
  }
}
