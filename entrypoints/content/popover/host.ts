/**
 * The content-script side of the popover: hosts the extension-origin popover frame over the news
 * page, opens it on click, Enter/Space and hover intent, positions it with @floating-ui/dom, and
 * marks highlights that carry a note.
 *
 * Isolation: the frame (`popover.html`, an extension page) is cross-origin to the page, so the
 * page can neither read its DOM nor restyle it; the frame sits in a CLOSED shadow root whose host
 * is reset with inline `all: initial !important`, so page CSS cannot hide, resize or restyle the
 * box either. The content script sends the frame only page-derived facts (protocol/popover-frame.ts)
 * and never handles note text: the frame loads and saves notes through the background itself.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

import { CONTINUATION_ATTRIBUTE, HIGHLIGHT_CLASS } from '../annotate/highlighter';
import { t } from '../../../components/i18n';
import { sendToBackground } from '../../../protocol/messaging';
import type { NoteMarker } from '../../../protocol/messages';
import type { FromFrame } from '../../../protocol/popover-frame';
import { pickBestCandidate, textQuoteForElement } from '../../../core/anchoring/text-quote';
import { FrameChannel, force } from './frame-channel';
import { BENCH_BUILD } from '../page-facts';

/** Class the content script sets on a highlight that carries one of the reader's notes. */
export const HAS_NOTE_CLASS = 'siyaq-has-note';
/** Hover intent before opening, and grace after the pointer leaves (as Wikipedia's previews). */
export const HOVER_INTENT_MS = 150;
export const HOVER_GRACE_MS = 300;
/** Performance-timeline names the bench reads: recorded in bench builds only (see page-facts.ts). */
export const MARK_OPEN = 'siyaq:popover-open';
export const MARK_VISIBLE = 'siyaq:popover-visible';
export const MEASURE_OPEN = 'siyaq:popover';

const WIDTH = 380;
/**
 * The frame's one height (less where the viewport has no room). Fixed, not fitted to the card: the
 * page can measure the frame, and a size that followed the content grew when the reader had notes
 * on the entity; the card scrolls inside.
 */
const FRAME_HEIGHT = 440;
/** If the frame has not rendered by then (service worker waking), show it with its loading state. */
const SHOW_ANYWAY_MS = 400;
/** Idle work (prewarm, prefetch, note marks) runs at the latest this long after it was asked for. */
const IDLE_TIMEOUT_MS = 5000;
/** Cards prefetched per page at most (the dataset's entities on one page are rarely over 30). */
const PREFETCH_MAX = 60;
const HIGHLIGHT = `.${HIGHLIGHT_CLASS}[data-entity-id]`;
const FIRST_PIECE = `${HIGHLIGHT}:not([${CONTINUATION_ATTRIBUTE}])`;

type OpenedBy = 'click' | 'keyboard' | 'hover';

type Frame = FrameChannel;

/** What the host needs to know about a batch of highlights (the highlighter's `HighlightsChange`). */
export interface HighlightsBatch {
  /** Distinct entity ids of the highlights added. */
  entities: readonly string[];
  /** Highlights removed. */
  removed: number;
}

export interface PopoverHostOptions {
  document?: Document;
  /** Aborting removes the frame and every listener. */
  signal?: AbortSignal;
}

/**
 * The element an event really happened on: for a highlight inside a web component's open shadow
 * root, `e.target` at the document is the component (retargeted); the composed path starts at
 * the highlight.
 */
function innerTarget(e: Event): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}

/**
 * The popover host for one document. `start()` listens; `prewarm()` creates the (hidden) frame
 * ahead of the first open; `refreshMarkers()` re-reads which highlights carry notes.
 */
export class PopoverHost {
  private readonly doc: Document;
  private readonly win: Window;
  private readonly controller = new AbortController();
  private frame: Frame | null = null;
  private current: HTMLElement | null = null;
  private openedBy: OpenedBy | null = null;
  private visible = false;
  private seq = 0;
  private clickTime = 0;
  private intentTimer: number | undefined;
  private graceTimer: number | undefined;
  private showAnywayTimer: number | undefined;
  private stopAutoUpdate: (() => void) | null = null;
  /** Room for the popover beside the highlight, from the last positioning. */
  private available = FRAME_HEIGHT;
  private prewarmScheduled = false;
  /** Entities whose cards the frame was asked to load ahead. */
  private readonly prefetched = new Set<string>();
  /** Entities seen on the page (up to PREFETCH_MAX), prefetched once the frame is ready. */
  private readonly onPage = new Set<string>();
  private prefetchScheduled = false;
  private markersScheduled = false;
  /** Whether the page's note markers were asked for (only once it has highlights). */
  private markersRequested = false;
  private markers: NoteMarker[] = [];
  /** Note ids attached to each highlight by the last `applyMarkers`. */
  private attached = new Map<HTMLElement, string[]>();

  constructor(opts: PopoverHostOptions = {}) {
    this.doc = opts.document ?? document;
    this.win = this.doc.defaultView ?? window;
    opts.signal?.addEventListener('abort', () => this.destroy(), { once: true });
  }

  /** Starts listening for clicks, keys, hover and focus on highlights. */
  start(): void {
    const signal = this.controller.signal;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, capture = false) =>
      this.doc.addEventListener(type, fn, { signal, capture });

    on('click', (e) => this.onClick(e), true);
    on('keydown', (e) => this.onKeyDown(e), true);
    on('pointerover', (e) => this.onPointerOver(e));
    on('pointerout', (e) => this.onPointerOut(e));
    on('pointerdown', (e) => this.onPointerDown(e), true);
    on('focusin', (e) => {
      const hl = this.highlightOf(innerTarget(e));
      if (hl) this.prefetch(hl);
    });
  }

  /** Creates the hidden frame now, so the first open is a render rather than a page load. */
  prewarm(): void {
    this.ensureFrame();
  }

  /**
   * Call after highlights were added or removed, with the batch when known. The first time the
   * page has a highlight it loads the page's note markers and prewarms the frame at idle (pages
   * without names never get a frame nor ask for markers); later it re-attaches note marks and
   * prefetches the batch's new entities, at most one idle callback of each pending at a time.
   *
   * Why the batch and the coalescing: the highlighter calls this after each of its few hundred
   * slices on a big page; querying every highlight each time, or queueing an idle callback per
   * batch, was measured at several times the highlighter's own main-thread work.
   */
  onHighlightsChanged(batch?: HighlightsBatch): void {
    if (batch) {
      for (const id of batch.entities) if (this.onPage.size < PREFETCH_MAX) this.onPage.add(id);
    } else {
      for (const el of this.doc.querySelectorAll<HTMLElement>(FIRST_PIECE)) {
        if (this.onPage.size >= PREFETCH_MAX) break;
        if (el.dataset.entityId) this.onPage.add(el.dataset.entityId);
      }
    }
    if (this.current && !this.current.isConnected) this.hide(false);
    const touchesMarkers = !batch || batch.removed > 0 || batch.entities.some((id) => this.markers.some((m) => m.entityId === id));
    if (touchesMarkers && this.markers.length) this.scheduleMarkers();
    if (this.frame?.ready) this.schedulePrefetch();
    if (!this.onPage.size) return;
    if (!this.markersRequested) {
      this.markersRequested = true;
      this.whenIdle(() => void this.refreshMarkers());
    }
    if (this.frame || this.prewarmScheduled) return;
    this.prewarmScheduled = true;
    this.whenIdle(() => this.prewarm());
  }

  /** Removes the frame and all listeners; highlights lose their note marks. */
  destroy(): void {
    this.controller.abort();
    this.hide(false);
    this.frame?.destroy();
    this.frame = null;
    for (const el of this.attached.keys()) el.classList.remove(HAS_NOTE_CLASS);
    this.attached.clear();
  }

  /** Re-reads the page's note markers (anchors only, no text) from the background and marks highlights. */
  async refreshMarkers(): Promise<void> {
    this.markersRequested = true;
    const r = await sendToBackground('notes.markersForPage', { url: this.pageUrl() });
    if (!r.ok || this.controller.signal.aborted) return;
    this.markers = r.value;
    this.applyMarkers();
  }

  /**
   * Re-attaches the known markers to the page's current highlights (call after highlights were
   * added or removed). Each marker goes to the highlight of its entity whose text and context
   * agree best with its anchor (core/anchoring/text-quote.ts).
   */
  applyMarkers(): void {
    const next = new Map<HTMLElement, string[]>();
    const byEntity = new Map<string, NoteMarker[]>();
    for (const m of this.markers) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
    for (const [entityId, markers] of byEntity) {
      if (!/^[a-z0-9-]+$/.test(entityId)) continue;
      const els = [...this.doc.querySelectorAll<HTMLElement>(`${FIRST_PIECE}[data-entity-id="${entityId}"]`)];
      if (!els.length) continue;
      const anchors = els.map((el) => textQuoteForElement(el));
      for (const m of markers) {
        const el = els[pickBestCandidate(anchors, m.anchor)];
        if (el) next.set(el, [...(next.get(el) ?? []), m.id]);
      }
    }
    for (const el of this.attached.keys()) if (!next.has(el)) el.classList.remove(HAS_NOTE_CLASS);
    for (const el of next.keys()) el.classList.add(HAS_NOTE_CLASS);
    this.attached = next;
    if (this.current && !this.current.isConnected) this.hide(false);
  }

  /** Moves focus to the next (or previous) highlight on the page and scrolls it into view. */
  focusNext(direction: 1 | -1 = 1): HTMLElement | null {
    const all = [...this.doc.querySelectorAll<HTMLElement>(FIRST_PIECE)];
    if (!all.length) return null;
    const from = this.highlightOf(this.doc.activeElement) ?? this.current;
    let index: number;
    if (from && all.includes(from)) index = all.indexOf(from) + direction;
    else {
      // Nothing focused yet: start from the first highlight at or below the top of the viewport.
      const below = all.findIndex((el) => el.getBoundingClientRect().bottom >= 0);
      index = direction === 1 ? Math.max(0, below) : Math.max(0, below) - 1;
    }
    const target = all[(index + all.length) % all.length]!;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return target;
  }

  /** Opens the popover on a highlight (any piece of it). */
  open(target: HTMLElement, by: OpenedBy, eventTime = performance.now()): void {
    const el = this.firstPieceOf(target);
    this.clearTimers();
    if (this.visible && el === this.current) {
      if (by !== 'hover') this.pin(true);
      return;
    }
    const frame = this.ensureFrame();
    if (this.current && this.current !== el) this.current.setAttribute('aria-expanded', 'false');
    this.current = el;
    this.openedBy = by;
    this.clickTime = eventTime;
    if (BENCH_BUILD) performance.mark(MARK_OPEN, { startTime: eventTime, detail: { entityId: el.dataset.entityId, by } });
    this.seq++;
    frame.post({
      type: 'siyaq:show',
      seq: this.seq,
      entityId: el.dataset.entityId!,
      anchor: textQuoteForElement(el),
      noteIds: this.attached.get(el) ?? [],
      url: this.pageUrl(),
      title: this.doc.title.slice(0, 1000),
      focus: by !== 'hover',
    });
    const seq = this.seq;
    this.showAnywayTimer = this.win.setTimeout(() => {
      if (seq === this.seq && !this.visible) this.reveal(false);
    }, SHOW_ANYWAY_MS);
  }

  /** Hides the popover; `returnFocus` puts focus back on the highlight it was opened from. */
  hide(returnFocus: boolean): void {
    this.clearTimers();
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    const el = this.current;
    if (this.frame) {
      force(this.frame.host, 'visibility', 'hidden');
      if (this.visible) this.frame.post({ type: 'siyaq:hidden' });
    }
    this.visible = false;
    this.current = null;
    this.openedBy = null;
    if (el) {
      el.setAttribute('aria-expanded', 'false');
      if (returnFocus && el.isConnected) el.focus();
    }
  }

  /** Whether the popover is showing, and for which entity (for tests and the demo). */
  get state(): { visible: boolean; entityId: string | null } {
    return { visible: this.visible, entityId: this.current?.dataset.entityId ?? null };
  }

  private ensureFrame(): Frame {
    if (this.frame) return this.frame;
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
    host.addEventListener('pointerenter', () => this.clearGrace(), { signal });
    host.addEventListener(
      'pointerleave',
      () => {
        if (this.openedBy === 'hover') this.startGrace();
      },
      { signal },
    );
    // Focus moving into the frame (a click or Tab inside it) pins a hover-opened popover.
    host.addEventListener('focusin', () => this.pin(false), { signal });
    this.frame = frame;
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
    this.prefetched.clear();
  }

  private onFrameMessage(message: FromFrame): void {
    const frame = this.frame;
    if (!frame) return;
    switch (message.type) {
      case 'siyaq:ready':
        this.schedulePrefetch();
        break;
      case 'siyaq:rendered':
        if (message.seq !== this.seq || !this.current) return;
        this.reveal(true, message);
        break;
      case 'siyaq:close':
        this.hide(message.returnFocus);
        break;
      case 'siyaq:pointer':
        if (message.inside) this.clearGrace();
        else if (this.openedBy === 'hover') this.startGrace();
        break;
      case 'siyaq:notes-changed':
        void this.refreshMarkers();
        break;
    }
  }

  private reveal(withData: boolean, rendered?: Extract<FromFrame, { type: 'siyaq:rendered' }>): void {
    const frame = this.frame;
    const el = this.current;
    if (!frame || !el) return;
    if (!this.visible) {
      this.visible = true;
      el.setAttribute('aria-expanded', 'true');
      this.stopAutoUpdate = autoUpdate(el, frame.host, () => void this.position());
    }
    void this.position().then(() => {
      if (!this.visible || this.current !== el) return;
      force(frame.host, 'visibility', 'visible');
      if (BENCH_BUILD && withData && rendered) {
        const start = this.clickTime;
        const detail = {
          entityId: el.dataset.entityId,
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

  private focusFrame(): void {
    const frame = this.frame;
    if (!frame) return;
    // Focusing the iframe element makes it the focused frame; the frame then focuses its dialog.
    frame.iframe.focus();
    frame.post({ type: 'siyaq:focus' });
  }

  private async position(): Promise<void> {
    const frame = this.frame;
    const el = this.current;
    if (!frame || !el || !el.isConnected) return;
    const { x, y } = await computePosition(el, frame.host, {
      strategy: 'fixed',
      placement: 'bottom',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            this.available = availableHeight;
            this.applyHeight();
          },
        }),
      ],
    });
    force(frame.host, 'left', `${Math.round(x)}px`);
    force(frame.host, 'top', `${Math.round(y)}px`);
  }

  /** The fixed height, within the room beside the highlight; the card scrolls inside. */
  private applyHeight(): void {
    if (this.frame) force(this.frame.host, 'height', `${Math.max(80, Math.min(FRAME_HEIGHT, this.available))}px`);
  }

  /** A hover-opened popover becomes a pinned one (stays until Esc, close or a click elsewhere). */
  private pin(focus: boolean): void {
    if (!this.visible) return;
    this.clearGrace();
    if (this.openedBy === 'hover') this.openedBy = 'click';
    if (focus) this.focusFrame();
  }

  private prefetch(el: HTMLElement): void {
    const entityId = el.dataset.entityId;
    if (!entityId || this.prefetched.has(entityId)) return;
    this.prefetched.add(entityId);
    this.ensureFrame().post({ type: 'siyaq:prefetch', entityId });
  }

  /**
   * Once the frame is up, has it load the cards of the entities on the page (a few dozen small
   * messages at idle), so a click is a render in the frame, not a wait for the service worker.
   */
  private schedulePrefetch(): void {
    if (this.prefetchScheduled || this.prefetched.size >= PREFETCH_MAX) return;
    if (![...this.onPage].some((id) => !this.prefetched.has(id))) return;
    this.prefetchScheduled = true;
    this.whenIdle(() => {
      this.prefetchScheduled = false;
      const frame = this.frame;
      if (!frame?.ready) return;
      for (const entityId of this.onPage) {
        if (this.prefetched.size >= PREFETCH_MAX) break;
        if (this.prefetched.has(entityId)) continue;
        this.prefetched.add(entityId);
        frame.post({ type: 'siyaq:prefetch', entityId });
      }
    });
  }

  /** Re-attaches note marks at idle, once for any number of batches in between. */
  private scheduleMarkers(): void {
    if (this.markersScheduled) return;
    this.markersScheduled = true;
    this.whenIdle(() => {
      this.markersScheduled = false;
      this.applyMarkers();
    });
  }

  private whenIdle(task: () => void): void {
    const run = () => {
      if (!this.controller.signal.aborted) task();
    };
    // A long timeout: while the highlighter works through a long page there is no idle time, and a
    // callback forced in between its slices (creating the frame, re-marking notes) made the longest
    // frames of the bench page's run (77 → 54 ms with it out of the way). A click needs no prewarm.
    if (typeof this.win.requestIdleCallback === 'function') this.win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    else this.win.setTimeout(run, 200);
  }

  private onClick(e: MouseEvent): void {
    const hl = this.highlightOf(innerTarget(e));
    if (!hl || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // A name inside a link stays a link: the click is the page's; hover and keyboard still open.
    if (hl.closest('a[href]')) return;
    e.preventDefault();
    e.stopPropagation();
    this.open(hl, 'click', e.timeStamp);
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      this.focusNext(e.code === 'KeyN' ? 1 : -1);
      return;
    }
    if (e.key === 'Escape' && this.visible) {
      e.preventDefault();
      this.hide(this.openedBy !== 'hover');
      return;
    }
    const hl = this.highlightOf(innerTarget(e));
    if (hl && (e.key === 'Enter' || e.key === ' ') && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      e.stopPropagation();
      this.open(hl, 'keyboard', e.timeStamp);
    }
  }

  private onPointerOver(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    const hl = this.highlightOf(innerTarget(e));
    const first = hl ? this.firstPieceOf(hl) : null;
    if (this.visible && first === this.current) {
      this.clearGrace();
      return;
    }
    // Any other page element under the pointer means it is over neither the highlight nor the
    // frame (the frame's own area sends the page no events): a hover-opened popover starts its grace.
    if (this.visible && this.openedBy === 'hover' && this.graceTimer === undefined) this.startGrace();
    if (!first) return;
    this.prefetch(first);
    this.win.clearTimeout(this.intentTimer);
    const at = performance.now();
    this.intentTimer = this.win.setTimeout(() => {
      if (first.isConnected && (!this.visible || this.openedBy === 'hover')) this.open(first, 'hover', at + HOVER_INTENT_MS);
    }, HOVER_INTENT_MS);
  }

  private onPointerOut(e: PointerEvent): void {
    const hl = this.highlightOf(innerTarget(e));
    if (!hl) return;
    const to = this.highlightOf(e.relatedTarget);
    if (to && this.firstPieceOf(to) === this.firstPieceOf(hl)) return;
    this.win.clearTimeout(this.intentTimer);
    if (this.visible && this.openedBy === 'hover') this.startGrace();
  }

  private onPointerDown(e: PointerEvent): void {
    if (!this.visible || !this.frame) return;
    const path = e.composedPath();
    if (path.includes(this.frame.host)) return;
    const hl = this.highlightOf(innerTarget(e));
    if (hl && this.firstPieceOf(hl) === this.current) return;
    this.hide(false);
  }

  private startGrace(): void {
    this.clearGrace();
    this.graceTimer = this.win.setTimeout(() => {
      this.graceTimer = undefined;
      if (this.openedBy === 'hover') this.hide(false);
    }, HOVER_GRACE_MS);
  }

  private clearGrace(): void {
    this.win.clearTimeout(this.graceTimer);
    this.graceTimer = undefined;
  }

  private clearTimers(): void {
    this.win.clearTimeout(this.intentTimer);
    this.clearGrace();
    this.win.clearTimeout(this.showAnywayTimer);
  }

  private highlightOf(target: EventTarget | null): HTMLElement | null {
    if (!target || !(target as Node).nodeType) return null;
    const node = target as Node;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return el?.closest<HTMLElement>(HIGHLIGHT) ?? null;
  }

  /** A name split across inline elements is one highlight: its first piece stands for it. */
  private firstPieceOf(el: HTMLElement): HTMLElement {
    if (!el.hasAttribute(CONTINUATION_ATTRIBUTE)) return el;
    const entityId = el.dataset.entityId;
    const all = [...this.doc.querySelectorAll<HTMLElement>(`${FIRST_PIECE}[data-entity-id="${entityId}"]`)];
    let best: HTMLElement = el;
    for (const candidate of all) {
      if (candidate.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) best = candidate;
      else break;
    }
    return best;
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

/**
 * Starts the popover host on this page: listening at once. The page's note marks are loaded and
 * the frame is created (hidden) at idle once the page has highlights, or the frame at the first
 * hover/focus on one: nothing competes with the highlighter's first slices. Call the host's
 * `onHighlightsChanged(change)` after the highlighter adds or removes highlights.
 */
export function startPopoverHost(opts: PopoverHostOptions = {}): PopoverHost {
  const host = new PopoverHost(opts);
  host.start();
  return host;
}
