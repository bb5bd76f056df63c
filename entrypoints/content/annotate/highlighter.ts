/**
 * The annotator: finds the dataset's names in a live page, block by block, visible blocks first,
 * in short time slices, and keeps up with content the page adds or changes. It never changes the
 * page's DOM: each name is a position in the page's own text nodes (./names.ts), painted through
 * the highlight registry (./highlights.ts) only while its block is near the viewport (./near-viewport.ts).
 */
import {
  PROSE_BLOCK_SELECTOR,
  blockWalker,
  collectSegments,
  isInSkippedTree,
  isInline,
  isPageChrome,
  isPossibleHost,
  isShadowRoot,
  ownerOf,
  type Owner,
} from './blocks';
import { HighlightPainter, memoryRegistry, type HighlightRegistryPort } from './highlights';
import { NameIndex, isCurrent, liveRangeOf, nameFromHit, staticRangeOf, type PageName } from './names';
import { NearViewport, type ViewportWatcherFactory } from './near-viewport';

export type { PageName } from './names';

/** A match as the matcher (core/matcher/matcher.ts) reports it; offsets are UTF-16 into the scanned text. */
export interface MatchHit {
  start: number;
  end: number;
  entityId: string;
  ambiguous: boolean;
  /** The alias that matched, when the matcher says (page hits are kept one per entity and alias). */
  alias?: string;
}

/** What the highlighter needs from the matcher. */
export interface HighlightMatcher<H extends MatchHit = MatchHit> {
  /**
   * `where.chrome`: the text is in a navigation menu or the site's footer (./blocks.ts
   * `isPageChrome`): its names are found, but are no evidence of what the page is about.
   */
  scan(text: string, where?: { chrome: boolean }): { hits: H[]; pending: H[] };
  /**
   * Whether a pending hit counts now. `pageHits` are the page's accepted unambiguous hits (one per
   * entity and alias), so a person's short form can count after the full name in another block.
   */
  acceptsPending(hit: H, unambiguousOnPage: number, pageHits?: readonly H[]): boolean;
  /**
   * A matcher that keeps its own page evidence (core/matcher/page-policy.ts `pageMatcher`): a
   * number that grows when the evidence does (pending hits are offered again then), and a reset.
   */
  evidenceVersion?(): number;
  /**
   * A matcher whose later evidence can take back a name already shown (core/matcher/page-policy.ts:
   * طرابلس in a headline, لبنان further down): the groups a shown hit is checked again with (empty:
   * never), the groups touched since a mark, and whether a shown hit still counts.
   */
  withdrawGroups?(hit: H, pending: boolean): readonly string[];
  changedSince?(mark: number): { mark: number; groups: ReadonlySet<string> };
  stillShown?(hit: H, pending: boolean): boolean;
  reset?(): void;
}

export interface HighlighterOptions {
  matcher: HighlightMatcher;
  /** Defaults to the global `document`. */
  document?: Document;
  /** Where highlights are registered: the highlight registry in a browser; a fake in unit tests. */
  registry?: HighlightRegistryPort;
  /** Longest stretch of work before yielding to the page (ms). */
  sliceMs?: number;
  /**
   * Characters of text the first slice (at start) reads, past `sliceMs` if need be (within a cap),
   * and paints before the viewport observer answers (default {@link FIRST_SLICE_CHARS}).
   */
  firstSliceChars?: number;
  /** Follow content the page adds or changes (default true). */
  observeMutations?: boolean;
  /** Annotate blocks in the viewport before the rest (default true where IntersectionObserver exists). */
  visibleFirst?: boolean;
  /**
   * Tells which blocks are near the viewport (only their names are registered). Defaults to an
   * IntersectionObserver; where there is none, every block counts as near.
   */
  viewport?: ViewportWatcherFactory;
  /** Runs `task` soon, as a new task; tests may pass their own. */
  schedule?: (task: () => void) => void;
  /**
   * Called for the document and once for each open shadow root entered: the `::highlight()`
   * rules must be in the tree scope of the text they paint.
   */
  adoptStyles?: (root: Document | ShadowRoot) => void;
}

export interface HighlightStats {
  /** Names found (a name split across elements counts once). */
  count: number;
  /** Per entity, most found first. */
  entities: Array<{ id: string; count: number }>;
}

export interface HighlightsChange {
  added: number;
  removed: number;
  /** Distinct entity ids of the names added in this batch (empty on removal). */
  entities: string[];
}

/** Timings (performance.now() ms) and work counters, for the benchmark and for debugging. */
export interface HighlighterMetrics {
  startedAt: number | null;
  /** When the first name was found (it is painted once its block's viewport check answers). */
  firstHighlightAt: number | null;
  /** When a name was first registered in the highlight registry. */
  firstPaintedAt: number | null;
  /** When the page's initial pass last ran out of work. */
  doneAt: number | null;
  slices: number;
  maxSliceMs: number;
  /** Sum of all slices: the main-thread time spent. */
  busyMs: number;
  /** Part of `busyMs` spent in `onHighlightsChanged` listeners (other parts of the extension). */
  listenerMs: number;
  /** Sum of the gaps between slices while work remained (frames, the page's own tasks). */
  waitMs: number;
  /** Kept for the bench's table: the wrapping engine's per-slice block budget; 0 here. */
  blockBudget: number;
  blocks: number;
  chars: number;
  /** Names registered in the highlight registry now (near the viewport). */
  registered: number;
}

interface PendingHit {
  hit: MatchHit;
  segment: number;
  text: string;
  /** Shown once, then taken back: it comes back when the evidence keeps it again (`stillShown`). */
  shown?: true;
}

interface OwnerWork {
  owner: Owner;
  segments: ReturnType<typeof collectSegments>;
  next: number;
  names: PageName[];
  pending: PendingHit[];
  /** Whether its text is page chrome (no evidence of the page's topic). */
  where: { chrome: boolean };
}

interface TreeWork {
  root: Node;
  walker: TreeWalker;
}

const OBSERVE_OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Prose blocks observed for visible-first; more than this and the document-order pass is as good. */
const MAX_OBSERVED = 6000;
/**
 * The first slice, run at start, reads on past {@link HighlighterOptions.sliceMs} until it has read
 * this much text from the top of the page (about two screens of prose: the first viewport and the
 * observer's margin below it), for at most {@link FIRST_SLICE_MAX_MS}. On a big page the next task
 * runs only after the page's first layout (~0.8 s on the bench's 1.3 MB article), and so does the
 * observer's first answer: what the first slice does not read and paint waits for it.
 */
const FIRST_SLICE_CHARS = 6000;
const FIRST_SLICE_MAX_MS = 40;
/** Open shadow roots followed at most. */
const MAX_SHADOW_ROOTS = 500;
/** Custom elements watched for a shadow root attached after they were first seen, at most. */
const MAX_WATCHED_HOSTS = 2000;
/** When (ms after start) to look again at custom elements not yet upgraded, besides mutations. */
const HOST_RECHECKS = [250, 1000, 3000, 8000];

/**
 * Finds a document's names and paints them. Call `start()` once; `setEnabled(false)` clears every
 * highlight and stops watching, `setEnabled(true)` starts again. The page's DOM is never written.
 */
export class Highlighter {
  private readonly doc: Document;
  private readonly matcher: HighlightMatcher;
  private readonly sliceMs: number;
  private readonly firstSliceChars: number;
  private readonly observeMutations: boolean;
  private readonly visibleFirst: boolean;
  private readonly post: (task: () => void) => void;
  private readonly adoptStyles: ((root: Document | ShadowRoot) => void) | undefined;
  private readonly painter: HighlightPainter;
  private readonly index = new NameIndex();
  private readonly viewportFactory: ViewportWatcherFactory | undefined;

  private running = false;
  private scheduled = false;
  /** Bumped by stop(): a slice scheduled before it does nothing. */
  private generation = 0;
  private lastSliceEnd: number | null = null;
  /**
   * True during the first slice after start: the blocks it reads are the top of the page, painted
   * at once as likely in the first viewport (the observer answers only after the page's first
   * layout; its answer then unpaints any that are far).
   */
  private firstSlice = false;

  /** Every name found, by the block that holds it. */
  private byOwner = new Map<Owner, PageName[]>();
  private ordered: PageName[] | null = null;
  private registered = 0;
  private done = new WeakSet<Owner>();
  private visible: Element[] = [];
  private promote = new Set<Owner>();
  private dirtyOwners = new Set<Owner>();
  private dirtyTrees: Node[] = [];
  private trees: TreeWork[] = [];
  private work: OwnerWork | null = null;
  private pending = new Map<Owner, PendingHit[]>();
  /** The page removed nodes since the last slice: names in detached blocks are dropped. */
  private removedSome = false;
  private unambiguous = 0;
  private unambiguousChecked = 0;
  /** Accepted unambiguous hits, one per entity and alias: the page context for pending ones. */
  private pageHits = new Map<string, MatchHit>();
  private pageHitList: MatchHit[] = [];
  private pageHitsChecked = 0;
  /** Shown names later evidence may take back, by group (`HighlightMatcher.withdrawGroups`). */
  private withdrawable = new Map<string, Set<PageName>>();
  private recheckOf = new Map<PageName, { hit: MatchHit; pending: boolean; groups: readonly string[]; text: string }>();
  private withdrawMark = 0;
  private removed = 0;
  private shadowRoots = new Set<ShadowRoot>();
  private hosts = new Set<Element>();
  private hostTimers: ReturnType<typeof setTimeout>[] = [];
  private hostsCheckedAt = -Infinity;
  private readonly onHost = (el: Element): void => this.foundHost(el);

  private observer: MutationObserver | null = null;
  private near: NearViewport | null = null;
  private readonly listeners = new Set<(change: HighlightsChange) => void>();
  private idleWaiters: Array<() => void> = [];
  private added = 0;
  private addedEntities = new Set<string>();
  private readonly stats_: HighlighterMetrics = emptyMetrics();

  constructor(opts: HighlighterOptions) {
    this.doc = opts.document ?? document;
    this.matcher = opts.matcher;
    this.sliceMs = opts.sliceMs ?? 12;
    this.firstSliceChars = opts.firstSliceChars ?? FIRST_SLICE_CHARS;
    this.observeMutations = opts.observeMutations ?? true;
    this.visibleFirst = opts.visibleFirst ?? true;
    this.post = opts.schedule ?? defaultSchedule();
    this.adoptStyles = opts.adoptStyles;
    this.painter = new HighlightPainter(opts.registry ?? memoryRegistry());
    this.viewportFactory = opts.viewport;
  }

  /** Whether it is highlighting (started and not disabled). */
  get enabled(): boolean {
    return this.running;
  }

  /** Starts highlighting the page and following its changes. Idempotent. */
  start(): void {
    if (this.running) return;
    const root = this.doc.body ?? this.doc.documentElement;
    if (this.doc.designMode === 'on') return;
    this.running = true;
    Object.assign(this.stats_, emptyMetrics(), { startedAt: performance.now() });
    this.adoptStyles?.(this.doc);
    this.near = new NearViewport(this.doc, {
      factory: this.viewportFactory,
      onNear: (el) => this.nearChanged(el, true),
      onFar: (el) => this.nearChanged(el, false),
    });
    if (this.observeMutations && typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver((records) => {
        this.queueMutations(records);
        if (this.hosts.size && performance.now() - this.hostsCheckedAt > 200) this.recheckHosts();
        this.schedule();
      });
      this.connect();
      for (const delay of HOST_RECHECKS)
        this.hostTimers.push(
          setTimeout(() => {
            if (!this.running || !this.hosts.size) return;
            this.recheckHosts();
            this.schedule();
          }, delay),
        );
    }
    this.dirtyTrees.push(root);
    // The first slice runs at once and reads the top of the page: a task hop, like the observer's
    // first answer, waits for the page's first layout, a long one on a big page.
    this.firstSlice = true;
    try {
      this.runSlice(this.firstSliceChars, FIRST_SLICE_MAX_MS);
    } finally {
      this.firstSlice = false;
    }
    if (this.running && this.hasWork() && this.visibleFirst) this.observeProse(root);
  }

  /** Stops scanning and watching; names already painted stay. */
  stop(): void {
    this.running = false;
    this.lastSliceEnd = null;
    this.scheduled = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    for (const timer of this.hostTimers) clearTimeout(timer);
    this.hostTimers = [];
    this.shadowRoots.clear();
    this.hosts.clear();
    this.near?.disconnect();
    this.near = null;
    this.visible = [];
    this.promote.clear();
    this.dirtyOwners.clear();
    this.dirtyTrees = [];
    this.trees = [];
    this.work = null;
    this.resolveIdle();
  }

  /** Stops, and clears every highlight (the page's DOM was never changed). */
  removeAll(): void {
    this.stop();
    let removed = 0;
    for (const names of this.byOwner.values()) removed += names.length;
    this.painter.clear();
    this.index.clear();
    this.registered = 0;
    this.byOwner.clear();
    this.ordered = null;
    this.pending.clear();
    this.pageHits.clear();
    this.pageHitList = [];
    this.pageHitsChecked = 0;
    this.withdrawable.clear();
    this.recheckOf.clear();
    this.withdrawMark = 0;
    this.done = new WeakSet();
    this.unambiguous = this.unambiguousChecked = 0;
    this.matcher.reset?.();
    if (removed) this.emit({ added: 0, removed, entities: [] });
  }

  /** Turns highlighting on (start) or off (clears every highlight). */
  setEnabled(enabled: boolean): void {
    if (enabled) this.start();
    else this.removeAll();
  }

  /** Every name on the page whose text is still there, in document order. */
  names(): readonly PageName[] {
    if (!this.ordered) {
      const all: PageName[] = [];
      for (const names of this.byOwner.values()) for (const n of names) if (isCurrent(n)) all.push(n);
      this.ordered = inDocumentOrder(all, this.doc);
    }
    return this.ordered;
  }

  /** How many names are on the page, per entity. */
  stats(): HighlightStats {
    const counts = new Map<string, number>();
    let count = 0;
    for (const names of this.byOwner.values())
      for (const n of names) {
        if (!isCurrent(n)) continue;
        count++;
        counts.set(n.entityId, (counts.get(n.entityId) ?? 0) + 1);
      }
    const entities = [...counts].map(([id, c]) => ({ id, count: c })).sort((a, b) => b.count - a.count);
    return { count, entities };
  }

  /**
   * The painted names whose text covers the caret position (node, offset), nearest first (the
   * hit test in ./hit-test.ts confirms one against its rects).
   */
  namesAt(node: Node, offset: number): PageName[] {
    return this.index.at(node, offset);
  }

  /** Painted names inside a shadow root (the hit test's fallback where the caret can't enter it). */
  paintedIn(root: ShadowRoot): PageName[] {
    const out: PageName[] = [];
    for (const [owner, names] of this.byOwner)
      if (owner === root || (owner.getRootNode?.() === root)) for (const n of names) if (n.painted) out.push(n);
    return out;
  }

  /** Open shadow roots the highlighter has entered (for `caretPositionFromPoint`'s `shadowRoots`). */
  openShadowRoots(): ShadowRoot[] {
    return [...this.shadowRoots];
  }

  /** Calls `cb` after each batch of names added or removed. Returns an unsubscribe function. */
  onHighlightsChanged(cb: (change: HighlightsChange) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Resolves when there is no work left (the page is fully read), or at once when stopped. */
  whenIdle(): Promise<void> {
    if (!this.running || !this.hasWork()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Timings and counters of the current run. */
  metrics(): HighlighterMetrics {
    return { ...this.stats_, registered: this.registered };
  }

  private schedule(): void {
    if (this.scheduled || !this.running) return;
    this.scheduled = true;
    const generation = this.generation;
    this.post(() => {
      if (generation !== this.generation) return;
      this.scheduled = false;
      this.runSlice();
    });
  }

  /**
   * One slice of work: `sliceMs`, or (the first slice) on past it until `untilChars` characters
   * have been read in all, up to `maxMs`.
   */
  private runSlice(untilChars = 0, maxMs = this.sliceMs): void {
    if (!this.running) return;
    const t0 = performance.now();
    const deadline = t0 + this.sliceMs;
    const cap = t0 + Math.max(maxMs, this.sliceMs);
    if (this.lastSliceEnd !== null) this.stats_.waitMs += t0 - this.lastSliceEnd;
    if (this.observer) this.queueMutations(this.observer.takeRecords());
    if (this.removedSome) this.dropDetached();
    while (this.step()) {
      const now = performance.now();
      if (now >= cap || (now >= deadline && this.stats_.chars >= untilChars)) break;
    }
    this.checkPending();
    this.checkWithdrawn();

    // Listeners run inside the slice, so their cost shows in the slice's time too.
    if (this.added || this.removed) {
      const change = { added: this.added, removed: this.removed, entities: [...this.addedEntities] };
      this.added = this.removed = 0;
      this.addedEntities.clear();
      const t1 = performance.now();
      this.emit(change);
      this.stats_.listenerMs += performance.now() - t1;
    }
    const elapsed = performance.now() - t0;
    this.stats_.slices++;
    this.stats_.maxSliceMs = Math.max(this.stats_.maxSliceMs, elapsed);
    this.stats_.busyMs += elapsed;
    if (this.hasWork()) {
      this.lastSliceEnd = performance.now();
      this.schedule();
    } else {
      this.lastSliceEnd = null;
      this.stats_.doneAt = performance.now();
      this.resolveIdle();
    }
  }

  private hasWork(): boolean {
    return !!(
      this.work ||
      this.visible.length ||
      this.promote.size ||
      this.dirtyOwners.size ||
      this.dirtyTrees.length ||
      this.trees.length ||
      this.evidence() > this.unambiguousChecked
    );
  }

  /** Does one small unit of work (at most one segment's scan); false when there is none. */
  private step(): boolean {
    if (this.work) {
      this.continueOwner(this.work);
      return true;
    }
    const visible = this.visible.pop();
    if (visible) return this.beginOwner(visible, false, true), true;
    const promoted = this.promote.size ? first(this.promote) : undefined;
    if (promoted) {
      this.promote.delete(promoted);
      this.promotePending(promoted);
      return true;
    }
    const dirty = this.dirtyOwners.size ? first(this.dirtyOwners) : undefined;
    if (dirty) {
      this.dirtyOwners.delete(dirty);
      this.beginOwner(dirty, true, true);
      return true;
    }
    const added = this.dirtyTrees.length ? this.dirtyTrees.shift() : undefined;
    if (added) return this.beginTree(added), true;
    const tree = this.trees[this.trees.length - 1];
    if (!tree) return false;
    if (!tree.root.isConnected) return this.trees.pop(), true;
    // The page may have removed the walker's current node: restart from the tree's root, the
    // blocks already done are skipped.
    const current = tree.walker.currentNode;
    if (current !== tree.root && !tree.root.contains(current)) tree.walker.currentNode = tree.root;
    const block = tree.walker.nextNode() as Element | null;
    if (!block) {
      this.trees.pop();
      return true;
    }
    this.beginOwner(block, false, false);
    return true;
  }

  private beginTree(node: Node): void {
    if (!node.isConnected || isInSkippedTree(node)) return;
    if (isShadowRoot(node)) {
      // Text at the root's top level has the root as its owner; its blocks are walked.
      this.beginOwner(node, false, false);
      this.trees.push({ root: node, walker: blockWalker(node, this.onHost) });
      return;
    }
    if (node.nodeType !== 1 || isInline(node as Element)) {
      const owner = ownerOf(node);
      if (owner) this.dirtyOwners.add(owner);
    } else this.beginOwner(node as Element, false, false);
    if (node.nodeType === 1) {
      if (isPossibleHost(node as Element)) this.foundHost(node as Element);
      this.trees.push({ root: node, walker: blockWalker(node, this.onHost) });
    }
  }

  /** Reads `owner` (again, when `force`): its old names are dropped, its text scanned anew. */
  private beginOwner(owner: Owner, force: boolean, checkAncestors: boolean): void {
    if (!force && this.done.has(owner)) return;
    this.done.add(owner);
    this.dropOwner(owner);
    this.pending.delete(owner);
    if (!owner.isConnected || (checkAncestors && isInSkippedTree(owner))) return;
    const segments = collectSegments(owner);
    this.stats_.blocks++;
    if (!segments.length) {
      if (owner.nodeType === 1) this.near?.forget(owner as Element);
      return;
    }
    this.work = { owner, segments, next: 0, names: [], pending: [], where: { chrome: isPageChrome(owner) } };
    this.continueOwner(this.work);
  }

  private continueOwner(work: OwnerWork): void {
    const index = work.next++;
    const segment = work.segments[index];
    if (segment) {
      this.stats_.chars += segment.text.length;
      const { hits, pending } = this.matcher.scan(segment.text, work.where);
      for (const hit of hits) {
        const name = nameFromHit(work.owner, index, segment, hit);
        if (name) work.names.push(name), this.counted(hit), this.mayWithdraw(name, hit, false, segment.text.slice(hit.start, hit.end));
      }
      for (const hit of pending) work.pending.push({ hit, segment: index, text: segment.text.slice(hit.start, hit.end) });
    }
    if (work.next < work.segments.length) return;
    this.work = null;
    // A block's later segments may have waited a slice, and the page may have changed them: its
    // mutation record has queued it again; what was read stays until then.
    this.addNames(work.owner, work.names);
    if (work.pending.length) {
      this.pending.set(work.owner, work.pending);
      // The page may already hold the context these need: don't wait for its next plain name.
      if (work.pending.some((p) => this.accepts(p.hit))) this.promote.add(work.owner);
    } else if (!work.names.length && work.owner.nodeType === 1) this.near?.forget(work.owner as Element);
  }

  /** Counts an accepted hit toward the page context of pending (ambiguous) ones. */
  private counted(hit: MatchHit): void {
    if (this.stats_.firstHighlightAt === null) this.stats_.firstHighlightAt = performance.now();
    if (hit.ambiguous) return;
    this.unambiguous++;
    const key = `${hit.entityId}\u0000${hit.alias ?? ''}`;
    if (!this.pageHits.has(key)) {
      this.pageHits.set(key, hit);
      this.pageHitList.push(hit);
    }
  }

  /** How much page evidence there is: the matcher's own when it keeps it, else the unambiguous count. */
  private evidence(): number {
    return this.matcher.evidenceVersion?.() ?? this.unambiguous;
  }

  private accepts(hit: MatchHit): boolean {
    return this.matcher.acceptsPending(hit, this.unambiguous, this.pageHitList);
  }

  /** Whether a waiting hit counts now: a pending one as the page accepts it, a taken-back one as it keeps it. */
  private acceptsWaiting(p: PendingHit, pageHits?: readonly MatchHit[]): boolean {
    if (p.shown) return this.matcher.stillShown?.(p.hit, false) !== false;
    return pageHits ? this.matcher.acceptsPending(p.hit, this.unambiguous, pageHits) : this.accepts(p.hit);
  }

  /** Moves blocks whose pending (ambiguous) hits the page's context now accepts. */
  private checkPending(): void {
    if (this.evidence() <= this.unambiguousChecked) return;
    this.unambiguousChecked = this.evidence();
    // Acceptance only grows with the count and the page hits, and every pending hit was offered
    // the page hits known when it was found: only the new ones need offering. On a long page
    // thousands of blocks wait here, so this loop must stay cheap.
    const fresh = this.pageHitList.slice(this.pageHitsChecked);
    this.pageHitsChecked = this.pageHitList.length;
    for (const [owner, list] of this.pending)
      if (!this.promote.has(owner) && list.some((p) => this.acceptsWaiting(p, fresh)))
        this.promote.add(owner);
  }

  private promotePending(owner: Owner): void {
    const list = this.pending.get(owner);
    if (!list) return;
    if (!owner.isConnected) {
      this.pending.delete(owner);
      return;
    }
    const segments = collectSegments(owner);
    const have = this.byOwner.get(owner) ?? [];
    const keep: PendingHit[] = [];
    const fresh: PageName[] = [];
    for (const p of list) {
      const segment = segments[p.segment];
      if (!segment || segment.text.slice(p.hit.start, p.hit.end) !== p.text) continue;
      if (!this.acceptsWaiting(p)) keep.push(p);
      else if (!have.some((n) => n.segment === p.segment && p.hit.start < n.end && p.hit.end > n.start)) {
        const name = nameFromHit(owner, p.segment, segment, p.hit);
        if (name) fresh.push(name), this.mayWithdraw(name, p.hit, !p.shown, p.text);
      }
    }
    if (keep.length) this.pending.set(owner, keep);
    else this.pending.delete(owner);
    this.addNames(owner, fresh);
  }

  /** Files a shown name under the groups whose later evidence may take it back. */
  private mayWithdraw(name: PageName, hit: MatchHit, pending: boolean, text: string): void {
    const groups = this.matcher.withdrawGroups?.(hit, pending);
    if (!groups?.length) return;
    this.recheckOf.set(name, { hit, pending, groups, text });
    for (const g of groups) {
      let set = this.withdrawable.get(g);
      if (!set) this.withdrawable.set(g, (set = new Set()));
      set.add(name);
    }
  }

  /**
   * Takes back the shown names that the evidence found since the last check no longer accepts, so
   * the page ends up as the page policy decides it for the whole page (headline first or not).
   * Only the groups that evidence touched are checked: on a long page thousands of names stay.
   */
  private checkWithdrawn(): void {
    // A block read halfway holds names not added yet: its slice ends first.
    if (!this.matcher.changedSince || !this.recheckOf.size || this.work) return;
    const { mark, groups } = this.matcher.changedSince(this.withdrawMark);
    this.withdrawMark = mark;
    for (const g of groups)
      for (const name of this.withdrawable.get(g) ?? []) {
        const r = this.recheckOf.get(name);
        if (!r || this.matcher.stillShown?.(r.hit, r.pending) !== false) continue;
        this.unpaint([name]);
        this.forgetWithdrawable(name);
        // It may count again when later evidence says so (a relative's page that names the person after all).
        const waiting = this.pending.get(name.owner) ?? [];
        waiting.push({ hit: r.hit, segment: name.segment, text: r.text, ...(r.pending ? {} : { shown: true as const }) });
        this.pending.set(name.owner, waiting);
        const list = this.byOwner.get(name.owner);
        const at = list ? list.indexOf(name) : -1;
        if (!list || at < 0) continue;
        list.splice(at, 1);
        if (!list.length) this.byOwner.delete(name.owner);
        this.ordered = null;
        this.removed++;
      }
  }

  private forgetWithdrawable(name: PageName): void {
    const r = this.recheckOf.get(name);
    if (!r) return;
    this.recheckOf.delete(name);
    for (const g of r.groups) this.withdrawable.get(g)?.delete(name);
  }

  private addNames(owner: Owner, names: PageName[]): void {
    if (!names.length) return;
    const list = this.byOwner.get(owner);
    if (list) list.push(...names);
    else this.byOwner.set(owner, names);
    this.ordered = null;
    this.added += names.length;
    for (const n of names) this.addedEntities.add(n.entityId);
    // Painted now if its block is near the viewport (or can't be watched), or is at the top of the
    // page (the first slice: near until the observer says otherwise); else when it comes near.
    if (this.firstSlice && owner.nodeType === 1) this.near?.assumeNear(owner as Element);
    if (this.near?.isNear(owner) ?? true) this.paint(names);
    else if (owner.nodeType === 1) this.near?.watch(owner as Element);
  }

  private paint(names: readonly PageName[]): void {
    for (const name of names) {
      if (name.painted || !isCurrent(name)) continue;
      name.painted = staticRangeOf(name, this.doc);
      this.painter.show(name.entityId, name.painted);
      this.index.add(name);
      this.registered++;
    }
    if (this.registered && this.stats_.firstPaintedAt === null) this.stats_.firstPaintedAt = performance.now();
  }

  private unpaint(names: readonly PageName[]): void {
    for (const name of names) {
      if (!name.painted) continue;
      this.painter.hide(name.entityId, name.painted);
      this.index.remove(name);
      name.painted = null;
      this.registered--;
    }
  }

  private dropOwner(owner: Owner): void {
    const names = this.byOwner.get(owner);
    if (!names) return;
    this.unpaint(names);
    if (this.recheckOf.size) for (const n of names) this.forgetWithdrawable(n);
    this.byOwner.delete(owner);
    this.ordered = null;
  }

  /** Names of blocks the page removed: unpainted and forgotten. */
  private dropDetached(): void {
    this.removedSome = false;
    for (const owner of [...this.byOwner.keys()]) if (!owner.isConnected) this.dropOwner(owner);
  }

  private nearChanged(el: Element, near: boolean): void {
    if (near && this.running && !this.done.has(el)) {
      this.visible.push(el);
      this.schedule();
    }
    const names = this.byOwner.get(el);
    if (!names) return;
    if (near) this.paint(names);
    else this.unpaint(names);
  }

  private queueMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const owner = ownerOf(record.target);
        if (owner) this.dirtyOwners.add(owner);
        continue;
      }
      if (record.removedNodes.length) {
        this.removedSome = true;
        const owner = ownerOf(record.target);
        if (owner && this.byOwner.has(owner)) this.dirtyOwners.add(owner);
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === 3) {
          const owner = ownerOf(node);
          if (owner) this.dirtyOwners.add(owner);
        } else if (node.nodeType === 1) this.dirtyTrees.push(node);
      }
    }
  }

  /**
   * An element with an open shadow root (walked as a tree of its own, and observed), or a custom
   * element without one yet (watched: its class may attach one when the page defines it later).
   */
  private foundHost(el: Element): void {
    const root = el.shadowRoot;
    if (!root) {
      if (this.hosts.size < MAX_WATCHED_HOSTS && !el.matches(':defined')) this.hosts.add(el);
      return;
    }
    if (this.shadowRoots.has(root) || this.shadowRoots.size >= MAX_SHADOW_ROOTS) return;
    this.shadowRoots.add(root);
    this.adoptStyles?.(root);
    this.observer?.observe(root, OBSERVE_OPTIONS);
    this.dirtyTrees.push(root);
  }

  /** Custom elements upgraded since: their shadow roots are entered; defined ones stop being watched. */
  private recheckHosts(): void {
    this.hostsCheckedAt = performance.now();
    for (const el of this.hosts) {
      if (el.shadowRoot) {
        this.hosts.delete(el);
        if (el.isConnected) this.foundHost(el);
      } else if (!el.isConnected || el.matches(':defined')) this.hosts.delete(el);
    }
  }

  /**
   * Observes the whole document, not just <body>: a framework that renders the whole document again
   * (React 18 after a hydration error it blames on anyone) puts a new <body> in, and an observer of
   * the old one heard nothing more. Shadow roots are added as they are found: MutationObserver
   * doesn't cross into them.
   */
  private connect(): void {
    this.observer?.observe(this.doc.documentElement ?? this.doc, OBSERVE_OPTIONS);
  }

  /** The page's prose blocks, for visible-first reading. */
  private observeProse(root: Element): void {
    const blocks = root.querySelectorAll(PROSE_BLOCK_SELECTOR);
    const n = Math.min(blocks.length, MAX_OBSERVED);
    for (let i = 0; i < n; i++) {
      const block = blocks[i];
      if (block && !this.done.has(block)) this.near?.watch(block);
    }
  }

  private resolveIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private emit(change: HighlightsChange): void {
    for (const cb of this.listeners) cb(change);
  }
}

/** A live Range over a name (geometry, scrolling, its text); null if the page changed its text. */
export { liveRangeOf };

/**
 * `names` in document order. A sort by `compareDocumentPosition` costs microseconds a comparison:
 * on a big page (~25,000 names) 0.13 s when the names come nearly in order, 3.7 s when a live page
 * has re-read its blocks in another order (Chromium, measured). Instead one walk numbers the
 * document's elements and text nodes (~1 ms) and the names sort by number (~27 ms for 25,000 in
 * any order). A name in a shadow root sorts at its host; names under one host by their position.
 */
function inDocumentOrder(names: PageName[], doc: Document): PageName[] {
  const rank = new Map<Node, number>();
  const walker = doc.createTreeWalker(doc, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  let i = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) rank.set(n, i++);
  const keyOf = (node: Node): number => {
    let at = node;
    let r = rank.get(at);
    while (r === undefined) {
      const root = at.getRootNode();
      if (!isShadowRoot(root)) return Number.MAX_SAFE_INTEGER;
      at = root.host;
      r = rank.get(at);
    }
    return r;
  };
  const keyed = names.map((name) => ({ name, key: keyOf(name.pieces[0]![0]) }));
  keyed.sort((a, b) => a.key - b.key || documentOrder(a.name, b.name));
  return keyed.map((k) => k.name);
}

function documentOrder(a: PageName, b: PageName): number {
  const na = a.pieces[0]![0];
  const nb = b.pieces[0]![0];
  if (na === nb) return a.pieces[0]![1] - b.pieces[0]![1];
  return na.compareDocumentPosition(nb) & 4 /* FOLLOWING */ ? -1 : 1;
}

function first<T>(set: Set<T>): T | undefined {
  for (const value of set) return value;
  return undefined;
}

function emptyMetrics(): HighlighterMetrics {
  return { startedAt: null, firstHighlightAt: null, firstPaintedAt: null, doneAt: null, slices: 0, maxSliceMs: 0, busyMs: 0, listenerMs: 0, waitMs: 0, blockBudget: 0, blocks: 0, chars: 0, registered: 0 };
}

/**
 * A new task as soon as possible: `scheduler.postTask` where it exists, else a MessageChannel
 * message (not setTimeout, which browsers clamp to 4 ms when nested), else setTimeout.
 */
function defaultSchedule(): (task: () => void) => void {
  const scheduler = (globalThis as { scheduler?: { postTask?: (cb: () => void, o?: object) => Promise<unknown> } })
    .scheduler;
  if (scheduler?.postTask) return (task) => void scheduler.postTask?.(task, { priority: 'user-visible' });
  if (typeof MessageChannel !== 'undefined' && typeof window !== 'undefined') {
    const channel = new MessageChannel();
    let queued: Array<() => void> = [];
    channel.port1.onmessage = () => {
      const tasks = queued;
      queued = [];
      for (const task of tasks) task();
    };
    return (task) => {
      queued.push(task);
      if (queued.length === 1) channel.port2.postMessage(null);
    };
  }
  return (task) => void setTimeout(task, 0);
}
