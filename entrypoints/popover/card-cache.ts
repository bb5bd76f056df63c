/**
 * The popover frame's entity cards: fetched from the background once per frame, kept, and
 * prefetched one at a time behind the cards a reader asked for. The content script asks the frame
 * to prefetch the page's entities when it is up (~60 on a long article); sent all at once, those
 * requests queued in the service worker ahead of the first card's and of the channel's messages,
 * and put 400-800 ms between the frame rendering the card and the page showing it (bench probe).
 */
import type { EntityCard } from '../../protocol/messages';
import { ok, type Result } from '../../protocol/result';

/** Prefetches waiting at most; more are dropped (a page's entities are rarely over 60). */
const MAX_QUEUED = 100;

/** What the popover page needs of its cards (App's `PopoverBridge.cards`). */
export interface CardSource {
  /** The card, from the cache or at once from the background (ahead of any prefetch). */
  get(id: string): Promise<Result<EntityCard>>;
  /** Loads a card ahead, after the cards asked for with `get` and the prefetches before it. */
  prefetch(id: string): void;
  /** The card if it is already here. */
  peek(id: string): EntityCard | undefined;
}

export class CardCache implements CardSource {
  private readonly done = new Map<string, EntityCard>();
  private readonly pending = new Map<string, Promise<Result<EntityCard>>>();
  private readonly queue: string[] = [];
  /** Cards asked for with `get` and not answered yet: prefetches wait for them. */
  private wanted = 0;
  private prefetching = false;

  constructor(private readonly fetch: (id: string) => Promise<Result<EntityCard>>) {}

  peek(id: string): EntityCard | undefined {
    return this.done.get(id);
  }

  get(id: string): Promise<Result<EntityCard>> {
    const known = this.done.get(id);
    if (known) return Promise.resolve(ok(known));
    const request = this.pending.get(id) ?? this.load(id);
    this.wanted++;
    void request.finally(() => {
      this.wanted--;
      this.pump();
    });
    return request;
  }

  prefetch(id: string): void {
    if (this.done.has(id) || this.pending.has(id) || this.queue.includes(id) || this.queue.length >= MAX_QUEUED) return;
    this.queue.push(id);
    this.pump();
  }

  /** A failed answer is not kept: the next `get` asks again (the service worker may have restarted). */
  private load(id: string): Promise<Result<EntityCard>> {
    const request = this.fetch(id).then((r) => {
      this.pending.delete(id);
      if (r.ok) this.done.set(id, r.value);
      return r;
    });
    this.pending.set(id, request);
    return request;
  }

  private pump(): void {
    if (this.prefetching || this.wanted > 0) return;
    let id = this.queue.shift();
    while (id !== undefined && (this.done.has(id) || this.pending.has(id))) id = this.queue.shift();
    if (id === undefined) return;
    this.prefetching = true;
    void this.load(id).finally(() => {
      this.prefetching = false;
      this.pump();
    });
  }
}
