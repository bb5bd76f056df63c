/**
 * Has the popover frame load the cards of the entities on the page ahead of a click, at idle, so
 * a click is a render in the frame, not a wait for the service worker.
 */

/** Cards prefetched per page at most (the dataset's entities on one page are rarely over 30). */
const PREFETCH_MAX = 60;
/** Idle work runs at the latest this long after it was asked for. */
const IDLE_TIMEOUT_MS = 5000;

export class Prefetcher {
  private readonly prefetched = new Set<string>();
  private readonly onPage = new Set<string>();
  private scheduled = false;

  constructor(
    private readonly win: Window,
    private readonly signal: AbortSignal,
    /** Sends a prefetch to the frame; false while there is no frame. */
    private readonly send: (entityId: string) => boolean,
  ) {}

  /** Entities found on the page (a batch of the highlighter's). */
  saw(entityIds: Iterable<string>): void {
    for (const id of entityIds) if (this.onPage.size < PREFETCH_MAX) this.onPage.add(id);
  }

  get any(): boolean {
    return this.onPage.size > 0;
  }

  /** Prefetches one entity now (hover intent, keyboard). */
  now(entityId: string): void {
    if (this.prefetched.has(entityId)) return;
    if (this.send(entityId)) this.prefetched.add(entityId);
  }

  /** Prefetches the page's entities at idle (call when the frame is ready or new entities came). */
  schedule(): void {
    if (this.scheduled || this.prefetched.size >= PREFETCH_MAX) return;
    if (![...this.onPage].some((id) => !this.prefetched.has(id))) return;
    this.scheduled = true;
    whenIdle(this.win, this.signal, () => {
      this.scheduled = false;
      for (const entityId of this.onPage) {
        if (this.prefetched.size >= PREFETCH_MAX) break;
        if (!this.prefetched.has(entityId) && !this.send(entityId)) break;
        this.prefetched.add(entityId);
      }
    });
  }
}

/**
 * Runs `task` at idle, at the latest after IDLE_TIMEOUT_MS: while the highlighter works through a
 * long page there is no idle time, and a callback forced between its slices made the longest frames.
 */
export function whenIdle(win: Window, signal: AbortSignal, task: () => void): void {
  const run = () => {
    if (!signal.aborted) task();
  };
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(run, 200);
}
