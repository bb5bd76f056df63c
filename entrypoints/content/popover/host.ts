/**
 * The content-script side of the popover: hosts the extension-origin popover frame over the news
 * page and shows it on a name (a `PageName`, positions in the page's text: no element of ours).
 * What opens it is ./interaction.ts; where it goes, ./position.ts; prefetching, ./prefetch.ts.
 *
 * Isolation: the frame (`popover.html`, an extension page) is cross-origin to the page, so the
 * page can neither read its DOM nor restyle it; the frame sits in a CLOSED shadow root of a plain
 * element (./frame-channel.ts), reset with inline `all: initial !important`, so page CSS cannot
 * hide, resize or restyle the box either. Host and frame talk through the background, never over
 * the page's window (protocol/popover-frame.ts); the content script never handles note text: the
 * frame loads and saves notes through the background itself.
 */
import { t } from '../../../components/i18n';
import type { TextQuoteAnchor } from '../../../protocol/messages';
import type { FromFrame } from '../../../protocol/popover-frame';
import type { PageName } from '../annotate/names';
import { BENCH_BUILD } from '../page-facts';
import { FrameChannel, force } from './frame-channel';
import { follow, place, referenceFor } from './position';

/** Performance-timeline names the bench reads: recorded in bench builds only (see page-facts.ts). */
export const MARK_OPEN = 'siyaq:popover-open';
export const MARK_VISIBLE = 'siyaq:popover-visible';
export const MEASURE_OPEN = 'siyaq:popover';

/** A bench-build-only timeline mark (`siyaq:p:<step>`), for the click-to-card breakdown. */
export function probe(step: string): void {
  if (BENCH_BUILD) performance.mark(`siyaq:p:${step}`);
}

const WIDTH = 380;
/**
 * The frame's one height (less where the viewport has no room). Fixed, not fitted to the card: the
 * page can measure the frame, and a size that followed the content grew when the reader had notes
 * on the entity; the card scrolls inside.
 */
const FRAME_HEIGHT = 440;
/** If the frame has not rendered by then (service worker waking), show it with its loading state. */
const SHOW_ANYWAY_MS = 400;

export type OpenedBy = 'click' | 'keyboard' | 'hover';

type Frame = FrameChannel;

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

/** The popover frame for one document: shows a name's card, hides it. */
export class PopoverHost {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly controller = new AbortController();
  private readonly events: PopoverHostEvents;
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
  /** Room for the popover beside the name, from the last positioning. */
  private available = FRAME_HEIGHT;

  constructor(opts: PopoverHostOptions = {}) {
    this.doc = opts.document ?? document;
    this.win = this.doc.defaultView ?? window;
    this.events = opts.events ?? {};
    opts.signal?.addEventListener('abort', () => this.destroy(), { once: true });
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

  /** Asks the frame to load an entity's card ahead (held until it pairs); false with no frame. */
  prefetch(entityId: string): boolean {
    const frame = this.frame;
    if (!frame) return false;
    frame.post({ type: 'siyaq:prefetch', entityId });
    return true;
  }

  /** Removes the frame and all listeners. */
  destroy(): void {
    this.controller.abort();
    this.hide(false);
    this.frame?.destroy();
    this.frame = null;
  }

  /** Opens the popover on a name. */
  open(name: PageName, details: OpenDetails, by: OpenedBy, eventTime = performance.now()): void {
    probe('open');
    this.win.clearTimeout(this.showAnywayTimer);
    if (this.visible && name === this.current) {
      if (by !== 'hover') this.pin(true, by === 'keyboard');
      return;
    }
    const frame = this.ensureFrame();
    probe('frame-ensured');
    if (by === 'keyboard' && !this.returnTo) {
      const active = this.doc.activeElement;
      this.returnTo = active instanceof HTMLElement && active !== frame.host ? active : null;
    }
    if (this.visible) this.stopFollowing();
    this.visible = false;
    this.current = name;
    this.openedBy = by;
    this.clickTime = eventTime;
    if (BENCH_BUILD) performance.mark(MARK_OPEN, { startTime: eventTime, detail: { entityId: name.entityId, by } });
    this.seq++;
    frame.post({
      type: 'siyaq:show',
      seq: this.seq,
      entityId: name.entityId,
      anchor: details.anchor,
      noteIds: details.noteIds,
      url: this.pageUrl(),
      title: this.doc.title.slice(0, 1000),
      focus: by !== 'hover',
      focusRing: by === 'keyboard',
    });
    probe('show-posted');
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
      if (this.visible) this.frame.post({ type: 'siyaq:hidden' });
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
  pin(focus: boolean, byKeyboard = false): void {
    if (!this.visible) return;
    if (this.openedBy === 'hover') this.openedBy = 'click';
    if (focus) this.focusFrame(byKeyboard);
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
    probe('frame-create');
    const frame = new FrameChannel(
      {
        document: this.doc,
        title: t('extName'),
        onMessage: (message) => this.onFrameMessage(message),
        onLost: () => this.onFrameLost(frame),
      },
      {
        position: 'fixed',
        top: '0',
        left: '0',
        width: `${WIDTH}px`,
        height: `${FRAME_HEIGHT}px`,
        'max-width': 'calc(100vw - 16px)',
        display: 'block',
        visibility: 'hidden',
        'z-index': '2147483647',
        contain: 'layout style',
      },
    );
    const host = frame.host;
    const signal = this.controller.signal;
    host.addEventListener('pointerenter', () => this.events.onFramePointer?.(true), { signal });
    host.addEventListener('pointerleave', () => this.events.onFramePointer?.(false), { signal });
    // Focus moving into the frame (a click or Tab inside it) pins a hover-opened popover.
    host.addEventListener('focusin', () => this.pin(false), { signal });
    frame.iframe.addEventListener('load', () => probe('iframe-load'));
    this.frame = frame;
    probe('frame-created');
    return frame;
  }

  /**
   * The frame went away: the page navigated it, or the background (a service worker the browser
   * stops when idle) closed its ports. The popover closes; the next open makes a fresh frame.
   */
  private onFrameLost(frame: Frame): void {
    if (this.frame !== frame) return;
    this.hide(false);
    this.frame = null;
  }

  /** A message from our frame, forwarded and validated by the background (./frame-channel.ts). */
  private onFrameMessage(message: FromFrame): void {
    switch (message.type) {
      case 'siyaq:ready':
        probe('ready');
        this.events.onReady?.();
        break;
      case 'siyaq:rendered':
        if (message.seq !== this.seq || !this.current) return;
        probe('rendered');
        this.reveal(true, message);
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
      probe('positioned');
      force(frame.host, 'visibility', 'visible');
      if (BENCH_BUILD && withData && rendered) {
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
      if (this.openedBy !== 'hover') this.focusFrame(this.openedBy === 'keyboard');
    });
  }

  private stopFollowing(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
  }

  private focusFrame(focusRing: boolean): void {
    const frame = this.frame;
    if (!frame) return;
    // Focusing the iframe element makes it the focused frame; the frame then focuses its dialog.
    frame.iframe.focus();
    frame.post({ type: 'siyaq:focus', focusRing });
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

  /** The fixed height, within the room beside the name; the card scrolls inside. */
  private applyHeight(): void {
    if (this.frame) force(this.frame.host, 'height', `${Math.max(80, Math.min(FRAME_HEIGHT, this.available))}px`);
  }

  private pageUrl(): string {
    return notesUrl(this.doc);
  }
}

/**
 * The page a note made in `doc` is filed under: its URL without the #fragment; for an about:blank
 * or srcdoc frame (whose URL names no page, and is the same on every site) the nearest ancestor
 * document with an http(s) URL, the page that wrote it. '' when that page is out of reach (a
 * sandboxed frame): notes cannot be made there.
 */
export function notesUrl(doc: Document): string {
  let win: Window | null = doc.defaultView;
  for (let depth = 0; win && depth < 20; depth++) {
    try {
      const href = win.location.href;
      if (/^https?:/i.test(href)) return href.split('#')[0]!;
      if (!href.startsWith('about:') || win === win.parent) return '';
      win = win.parent;
    } catch {
      return '';
    }
  }
  return '';
}
