/**
 * Which blocks are near the viewport. Only their names are registered in the highlight registry: the
 * issue's measure on a 5,000-paragraph page was ~130 ms per page-mutation frame with all ~18k
 * ranges registered against ~35 ms (the no-extension baseline) with only those near the viewport.
 *
 * The IntersectionObserver itself has a cost too: every observed element is recomputed in each
 * frame whose layout changed. On the bench page (5,000 paragraphs, one appended per frame, plain
 * Chromium, load ~5) observing all of them took the frame's task time from ~32–38 ms to ~47–52 ms;
 * observing 50 cost nothing measurable. So on a page with many watched blocks only a window of them
 * is observed: those within {@link WINDOW_VIEWPORTS} viewport heights, found by a binary search
 * over the blocks in document order (a few rects read, once per frame at most, on scroll, resize
 * or when an observed block moves), while the observer decides which of them are near.
 */
import type { Owner } from './blocks';

/** A watcher of elements' nearness (an IntersectionObserver in a browser; a fake in unit tests). */
export interface ViewportWatcher {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

/** Makes a watcher that calls `cb(el, near)` when an observed element comes near or goes far. */
export type ViewportWatcherFactory = (cb: (el: Element, near: boolean) => void) => ViewportWatcher;

/** Where blocks are: their rects, the viewport's height, a frame, scroll and resize (a browser's by default). */
export interface ViewportGeometry {
  rect(el: Element): { top: number; bottom: number };
  height(): number;
  frame(cb: () => void): void;
  /** Calls `cb` on scroll (any scroller) and resize; returns a function that stops it. */
  onMove(cb: () => void): () => void;
}

/**
 * One viewport above and below: ranges are in before a reader scrolling by wheel or keys reaches
 * the text (the observer answers once per frame). Each registered range costs something in every
 * frame of a page that mutates: Chromium rebuilds every custom-highlight marker, and repaints its
 * text, on every DOM change (HighlightRegistry::ValidateHighlightMarkers keys on the DOM tree
 * version). A quarter viewport (28 ranges instead of 39 at the top of the bench page) saved only
 * ~2 ms of a ~42 ms frame on the live page (load ~6, 5 runs), not worth names appearing a frame
 * late after a page-down.
 */
export const NEAR_MARGIN = '100% 0px';

/** Watched blocks above which only a window of them is observed (a news article has tens). */
export const WINDOW_FROM = 300;
/** The observed window: blocks within this many viewport heights above or below the viewport. */
const WINDOW_VIEWPORTS = 3;
/** Blocks observed beyond the window's edges in document order (so a layout shift there is heard). */
const WINDOW_PAD = 2;

/** The default: an IntersectionObserver with {@link NEAR_MARGIN}; null where there is none. */
export function intersectionWatcher(doc: Document): ViewportWatcherFactory | null {
  const IO = doc.defaultView?.IntersectionObserver;
  if (!IO) return null;
  return (cb) => {
    const io = new IO(
      (entries) => {
        for (const entry of entries) cb(entry.target, entry.isIntersecting);
      },
      { rootMargin: NEAR_MARGIN },
    );
    return { observe: (el) => io.observe(el), unobserve: (el) => io.unobserve(el), disconnect: () => io.disconnect() };
  };
}

/** The document's own geometry; null without a window. */
export function documentGeometry(doc: Document): ViewportGeometry | null {
  const win = doc.defaultView;
  if (!win) return null;
  return {
    rect: (el) => el.getBoundingClientRect(),
    height: () => win.innerHeight,
    frame: (cb) => void win.requestAnimationFrame(cb),
    onMove: (cb) => {
      const opts = { capture: true, passive: true };
      doc.addEventListener('scroll', cb, opts);
      win.addEventListener('resize', cb, opts);
      return () => {
        doc.removeEventListener('scroll', cb, opts);
        win.removeEventListener('resize', cb, opts);
      };
    },
  };
}

export interface NearViewportOptions {
  factory?: ViewportWatcherFactory | undefined;
  geometry?: ViewportGeometry | undefined;
  onNear(el: Element): void;
  onFar(el: Element): void;
}

/** Tracks the watched blocks that are near the viewport now. */
export class NearViewport {
  private readonly watcher: ViewportWatcher | null;
  private readonly geometry: ViewportGeometry | null;
  private readonly watched = new Set<Element>();
  /** Watched blocks of the document (not of shadow roots), in document order; compacted lazily. */
  private order: Element[] = [];
  /** Watched blocks inside shadow roots: always observed (document order doesn't reach them). */
  private readonly loose = new Set<Element>();
  private readonly observed = new Set<Element>();
  private readonly near = new Set<Element>();
  private windowed = false;
  /** The window has been placed once (until then, new blocks wait for it). */
  private placed = false;
  private first: Element | null = null;
  private last: Element | null = null;
  private atHead = false;
  private atTail = false;
  private framePending = false;
  private stopMoves: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly opts: NearViewportOptions,
  ) {
    const factory = opts.factory ?? intersectionWatcher(doc);
    this.geometry = opts.geometry ?? (opts.factory ? null : documentGeometry(doc));
    this.watcher = factory
      ? factory((el, near) => {
          if (!this.observed.has(el)) return;
          if (this.windowed) this.requestWindow();
          if (near === this.near.has(el)) return;
          if (near) {
            this.near.add(el);
            this.opts.onNear(el);
          } else {
            this.near.delete(el);
            this.opts.onFar(el);
          }
        })
      : null;
  }

  /** Whether `owner`'s names should be painted now: near, or not watchable (a shadow root; no observer). */
  isNear(owner: Owner): boolean {
    if (!this.watcher || owner.nodeType !== 1) return true;
    return this.near.has(owner as Element);
  }

  /** Starts watching `el` (its first answer comes from the observer, in a later frame). */
  watch(el: Element): void {
    if (!this.watcher || this.watched.has(el)) return;
    this.watched.add(el);
    if (el.getRootNode() !== this.doc) {
      this.loose.add(el);
      this.observe(el);
      return;
    }
    this.insert(el);
    if (this.windowed) {
      if (this.inWindow(el)) {
        this.observe(el);
        this.requestWindow();
      }
      return;
    }
    this.observe(el);
    if (this.geometry && this.watched.size - this.loose.size > WINDOW_FROM) {
      this.windowed = true;
      this.stopMoves = this.geometry.onMove(() => this.requestWindow());
      this.requestWindow();
    }
  }

  /**
   * Watches `el` and counts it near until the observer answers (its first answer comes after the
   * page's first layout): a far answer, or the window moving away from it, then reports it far.
   */
  assumeNear(el: Element): void {
    if (!this.watcher) return;
    this.watch(el);
    if (this.observed.has(el)) this.near.add(el);
  }

  /** Stops watching `el` (a block without names). */
  forget(el: Element): void {
    if (!this.watched.delete(el)) return;
    this.loose.delete(el);
    this.near.delete(el);
    if (this.observed.delete(el)) this.watcher?.unobserve(el);
  }

  disconnect(): void {
    this.watcher?.disconnect();
    this.stopMoves?.();
    this.stopMoves = null;
    this.windowed = this.placed = false;
    this.first = this.last = null;
    this.near.clear();
    this.observed.clear();
    this.watched.clear();
    this.loose.clear();
    this.order = [];
  }

  private observe(el: Element): void {
    if (this.observed.has(el)) return;
    this.observed.add(el);
    this.watcher?.observe(el);
  }

  /** Puts `el` in document order (blocks mostly come in that order: then it is a push). */
  private insert(el: Element): void {
    const order = this.order;
    const n = order.length;
    if (!n || follows(order[n - 1]!, el)) {
      order.push(el);
      return;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (follows(order[mid]!, el)) lo = mid + 1;
      else hi = mid;
    }
    order.splice(lo, 0, el);
  }

  /** Whether `el` (new) lies inside the current window, or past an edge the window touches. */
  private inWindow(el: Element): boolean {
    if (!this.placed) return false;
    if (!this.first || !this.last) return true;
    const afterStart = this.atHead || el === this.first || follows(this.first, el);
    const beforeEnd = this.atTail || el === this.last || follows(el, this.last);
    return afterStart && beforeEnd;
  }

  private requestWindow(): void {
    if (this.framePending || !this.geometry) return;
    this.framePending = true;
    this.geometry.frame(() => {
      this.framePending = false;
      if (this.windowed) this.moveWindow();
    });
  }

  /** Observes the blocks within the window around the viewport, and only those (and loose ones). */
  private moveWindow(): void {
    const geometry = this.geometry!;
    const seen = new Set<Element>();
    const order = (this.order = this.order.filter((el) => this.watched.has(el) && el.isConnected && !seen.has(el) && !!seen.add(el)));
    const n = order.length;
    const h = geometry.height();
    const top = -WINDOW_VIEWPORTS * h;
    const bottom = (1 + WINDOW_VIEWPORTS) * h;
    // Document order is (mostly) top to bottom: the first block ending below `top`, the first
    // starting below `bottom`.
    const from = Math.max(0, searchFirst(n, (i) => geometry.rect(order[i]!).bottom >= top) - WINDOW_PAD);
    const to = Math.min(n, Math.max(from, searchFirst(n, (i) => geometry.rect(order[i]!).top > bottom)) + WINDOW_PAD);
    const next = new Set(order.slice(from, to));
    for (const el of this.observed) {
      if (next.has(el) || this.loose.has(el)) continue;
      this.observed.delete(el);
      this.watcher?.unobserve(el);
      if (this.near.delete(el)) this.opts.onFar(el);
    }
    for (const el of next) this.observe(el);
    this.first = order[from] ?? null;
    this.last = order[to - 1] ?? null;
    this.atHead = from === 0;
    this.atTail = to === n;
    this.placed = true;
  }
}

/** Whether `b` comes after `a` in document order. */
function follows(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);
}

/** The first index in [0, n) where `pred` holds, `pred` being false then true along the range; n if none. */
function searchFirst(n: number, pred: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
