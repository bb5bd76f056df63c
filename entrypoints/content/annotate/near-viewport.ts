/**
 * Which blocks are near the viewport. Only their names are registered in the highlight registry: the
 * issue's measure on a 5,000-paragraph page was ~130 ms per page-mutation frame with all ~18k
 * ranges registered against ~35 ms (the no-extension baseline) with only those near the viewport.
 *
 * Known cost, not yet paid down: every observed element is recomputed by the IntersectionObserver
 * in each frame whose layout changed. On the bench page (5,000 paragraphs, one appended per frame,
 * plain Chromium, load ~5) observing all of them took the frame's task time from ~32–38 ms to
 * ~47–52 ms; observing 50 cost nothing measurable. Every block with names is watched here, so a
 * live long page pays it (the bench's live-page ratio). A bounded set (a window of blocks around
 * the near ones, re-found on a scroll jump) would not.
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

/**
 * One viewport above and below: ranges are in before a reader scrolling by wheel or keys reaches
 * the text (the observer answers once per frame).
 */
export const NEAR_MARGIN = '100% 0px';

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

export interface NearViewportOptions {
  factory?: ViewportWatcherFactory | undefined;
  onNear(el: Element): void;
  onFar(el: Element): void;
}

/** Tracks the watched blocks that are near the viewport now. */
export class NearViewport {
  private readonly watcher: ViewportWatcher | null;
  private readonly watched = new WeakSet<Element>();
  private readonly near = new Set<Element>();

  constructor(doc: Document, private readonly opts: NearViewportOptions) {
    const factory = opts.factory ?? intersectionWatcher(doc);
    this.watcher = factory
      ? factory((el, near) => {
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
    this.watcher.observe(el);
  }

  /** Stops watching `el` (a block without names). */
  forget(el: Element): void {
    if (!this.watcher || !this.watched.has(el)) return;
    this.watched.delete(el);
    this.near.delete(el);
    this.watcher.unobserve(el);
  }

  disconnect(): void {
    this.watcher?.disconnect();
    this.near.clear();
  }
}
