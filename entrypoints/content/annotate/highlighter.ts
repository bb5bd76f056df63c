/**
 * The DOM highlighter: finds the dataset's names in a live page and wraps each in a highlight
 * element, block by block, visible blocks first, in short time slices, and keeps up with content
 * the page adds later. Everything it does can be undone exactly.
 */
import {
  HIGHLIGHT_TAG,
  PROSE_BLOCK_SELECTOR,
  blockWalker,
  collectSegments,
  isInSkippedTree,
  isInline,
  isPossibleHost,
  isShadowRoot,
  ownerOf,
  type Owner,
  type Segment,
} from './blocks';

export { HIGHLIGHT_TAG } from './blocks';

/** Class on every highlight element; `.siyaq-hl[data-entity-id]` is the selector other parts use. */
export const HIGHLIGHT_CLASS = 'siyaq-hl';
/** Selector of the highlight that starts a name (the focusable one; see `CONTINUATION_ATTRIBUTE`). */
export const HIGHLIGHT_SELECTOR = `${HIGHLIGHT_TAG}.${HIGHLIGHT_CLASS}`;
/**
 * Set on the second and later pieces of a name split across inline elements
 * (`<b>خليفة</b> حفتر`): each piece is wrapped with the same entity id, only the first is a tab stop.
 */
export const CONTINUATION_ATTRIBUTE = 'data-siyaq-cont';

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
  scan(text: string): { hits: H[]; pending: H[] };
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
  reset?(): void;
}

export interface HighlighterOptions {
  matcher: HighlightMatcher;
  /** Defaults to the global `document`. */
  document?: Document;
  /** Longest stretch of work before yielding to the page (ms). */
  sliceMs?: number;
  /**
   * Blocks changed per slice to begin with. The browser lays out every changed paragraph again in
   * the frame after a slice (0.5–1.5 ms per Arabic paragraph on a slow machine), so that frame,
   * not the slice, is the long task to bound: the budget then adapts to how long the main thread
   * was busy between our slices (see `adaptBudget`).
   */
  blocksPerSlice?: number;
  /** Follow content the page adds or changes (default true). */
  observeMutations?: boolean;
  /** Annotate blocks in the viewport before the rest (default true where IntersectionObserver exists). */
  visibleFirst?: boolean;
  /** Runs `task` soon, as a new task; tests may pass their own. */
  schedule?: (task: () => void) => void;
  /**
   * Called once for each open shadow root the highlighter enters: the page's (and the content
   * script's) stylesheets don't reach inside one, so the highlight styles must be adopted there.
   */
  adoptStyles?: (root: ShadowRoot) => void;
}

export interface HighlightStats {
  /** Names highlighted (a name split across elements counts once). */
  count: number;
  /** Per entity, most highlighted first. */
  entities: Array<{ id: string; count: number }>;
}

export interface HighlightsChange {
  added: number;
  removed: number;
  /**
   * Distinct entity ids of the highlights added in this batch (empty on removal): listeners that
   * prefetch per entity should use this rather than re-query the page after every batch.
   */
  entities: string[];
}

/** Timings (performance.now() ms) and work counters, for the benchmark and for debugging. */
export interface HighlighterMetrics {
  startedAt: number | null;
  firstHighlightAt: number | null;
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
  /** Blocks changed per slice at the end (adapted to the frames' cost). */
  blockBudget: number;
  blocks: number;
  chars: number;
}

interface MarkRecord {
  el: HTMLElement;
  entityId: string;
  first: boolean;
  /** The text node that was cut: it never moves, only its data shrinks (see `wrapPiece`). */
  source: Text;
  /**
   * The highlighted text was cut off the head of `source` into a new node (the name began the
   * node): on removal it goes back in front of `source`'s data. Otherwise `source` kept the head.
   */
  lead: boolean;
  /** Text nodes our splits made, in order; merged back on removal. */
  created: Text[];
  /** Every piece of the same name (one record unless the name runs across inline elements). */
  pieces: MarkRecord[];
}

interface PendingHit {
  hit: MatchHit;
  segment: number;
  text: string;
}

interface OwnerWork {
  owner: Owner;
  segments: Segment[];
  next: number;
  pending: PendingHit[];
}

interface TreeWork {
  root: Node;
  walker: TreeWalker;
}

const OBSERVE_OPTIONS: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** Prose blocks observed for visible-first; more than this and the document-order pass is as good. */
const MAX_OBSERVED = 6000;
/** Up to this many highlights, `setEnabled(false)` restores the page in one go. */
const SYNC_REMOVAL_MAX = 2000;
/** Open shadow roots followed at most (each is observed again after every slice). */
const MAX_SHADOW_ROOTS = 500;
/** Custom elements watched for a shadow root attached after they were first seen, at most. */
const MAX_WATCHED_HOSTS = 2000;
/** When (ms after start) to look again at custom elements not yet upgraded, besides mutations. */
const HOST_RECHECKS = [250, 1000, 3000, 8000];

/**
 * Highlights a document's names. Call `start()` once; `setEnabled(false)` removes every highlight
 * and stops watching, `setEnabled(true)` starts again.
 *
 * Why a custom element (`<siyaq-mark>`) rather than `<mark>` or `<span>`: pages style `mark` and
 * `span` (`article span { … }`, `mark { padding: 0 4px }`), and padding or a font change inside an
 * Arabic word breaks letter joining; no page has rules for `siyaq-mark`, and style.css resets it.
 *
 * Why not mark.js for the wrapping: `markRanges` re-walks the block to rebuild its own offset map
 * (which differs from ours: it crosses nested blocks, we don't), and `unmark` calls
 * `parent.normalize()`, which merges text nodes the page had split itself, so removal would not
 * restore the DOM exactly. We already hold each text node and offset, so wrapping is a few lines
 * of `splitText`, and each split is recorded to be merged back.
 */
export class Highlighter {
  private readonly doc: Document;
  private readonly matcher: HighlightMatcher;
  private readonly sliceMs: number;
  private blockBudget: number;
  /** Blocks changed in the current slice. */
  private changedBlocks = 0;
  /** End of the last slice while work remained (null when idle): the gap to the next is the page's. */
  private lastSliceEnd: number | null = null;
  /** Start of the last slice: with the gap after it, the length of the frame it was part of. */
  private lastSliceStart = 0;
  private readonly observeMutations: boolean;
  private readonly visibleFirst: boolean;
  private readonly post: (task: () => void) => void;
  private readonly adoptStyles: ((root: ShadowRoot) => void) | undefined;

  private running = false;
  private scheduled = false;
  /** Bumped by stop(): a slice scheduled before it does nothing. */
  private generation = 0;

  private records: MarkRecord[] = [];
  private compactAt = 1024;
  private done = new WeakSet<Owner>();
  private visible: Element[] = [];
  private promote = new Set<Owner>();
  private dirtyOwners = new Set<Owner>();
  private dirtyTrees: Node[] = [];
  private trees: TreeWork[] = [];
  private work: OwnerWork | null = null;
  private pending = new Map<Owner, PendingHit[]>();
  private unambiguous = 0;
  private unambiguousChecked = 0;
  /** Accepted unambiguous hits, one per entity and alias: the page context for pending ones. */
  private pageHits = new Map<string, MatchHit>();
  /** `pageHits`' values in the order found; the first `pageHitsChecked` were offered to every pending hit. */
  private pageHitList: MatchHit[] = [];
  private pageHitsChecked = 0;
  /** Records by the text node they cut: a page write to that node must drop them (`repair`). */
  private splitOf = new WeakMap<Text, MarkRecord[]>();
  /** Page text nodes we cut that the page has since rewritten or removed. */
  private repairs = new Set<Text>();
  /** Open shadow roots entered (observed along with the document). */
  private shadowRoots = new Set<ShadowRoot>();
  /** Custom elements seen without a shadow root: they may attach one once defined. */
  private hosts = new Set<Element>();
  private hostTimers: ReturnType<typeof setTimeout>[] = [];
  private hostsCheckedAt = -Infinity;
  /** A removal in slices under way (`removeAllInSlices`): the records still to undo, newest last. */
  private removal: { records: MarkRecord[]; removed: number; done: Promise<void>; resolve: () => void } | null = null;
  private readonly onHost = (el: Element): void => this.foundHost(el);

  private observer: MutationObserver | null = null;
  private io: IntersectionObserver | null = null;
  private readonly listeners = new Set<(change: HighlightsChange) => void>();
  private idleWaiters: Array<() => void> = [];
  private added = 0;
  private addedEntities = new Set<string>();
  private readonly protoFirst: Element;
  private readonly protoCont: Element;
  private scrollCursor = new Map<string, number>();
  private readonly stats_: HighlighterMetrics = emptyMetrics();

  constructor(opts: HighlighterOptions) {
    this.doc = opts.document ?? document;
    this.matcher = opts.matcher;
    this.sliceMs = opts.sliceMs ?? 12;
    this.blockBudget = opts.blocksPerSlice ?? 24;
    this.observeMutations = opts.observeMutations ?? true;
    this.visibleFirst = opts.visibleFirst ?? true;
    this.post = opts.schedule ?? defaultSchedule();
    this.adoptStyles = opts.adoptStyles;
    this.protoFirst = this.doc.createElement(HIGHLIGHT_TAG);
    this.protoFirst.className = HIGHLIGHT_CLASS;
    this.protoFirst.setAttribute('tabindex', '0');
    this.protoFirst.setAttribute('role', 'button');
    this.protoFirst.setAttribute('aria-haspopup', 'dialog');
    this.protoCont = this.doc.createElement(HIGHLIGHT_TAG);
    this.protoCont.className = HIGHLIGHT_CLASS;
    this.protoCont.setAttribute(CONTINUATION_ATTRIBUTE, '');
  }

  /** Whether it is highlighting (started and not disabled). */
  get enabled(): boolean {
    return this.running;
  }

  /** Starts highlighting the page and following its changes. Idempotent. */
  start(): void {
    if (this.running) return;
    this.finishRemoval();
    const root = this.doc.body ?? this.doc.documentElement;
    if (this.doc.designMode === 'on') return;
    this.running = true;
    Object.assign(this.stats_, emptyMetrics(), { startedAt: performance.now() });
    if (this.observeMutations && typeof MutationObserver !== 'undefined') {
      this.observer = new MutationObserver((records) => {
        this.queueMutations(records);
        // A page write to a text node we cut is mended in this microtask, before any paint: the
        // page never shows its new text beside our stale pieces. Our own records are dropped.
        if (this.repairs.size) {
          this.runRepairs();
          this.observer?.takeRecords();
        }
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
    // The first slice runs at once (a task hop costs a frame on a busy page: the first highlight
    // is what the reader sees); the viewport observer after it, so its setup doesn't delay it.
    this.runSlice(firstSliceMs(this.doc, this.sliceMs));
    if (this.running && this.hasWork() && this.visibleFirst && typeof IntersectionObserver !== 'undefined')
      this.observeViewport(root);
  }

  /** Stops scanning and watching; highlights already made stay. */
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
    this.repairs.clear();
    this.io?.disconnect();
    this.io = null;
    this.visible = [];
    this.promote.clear();
    this.dirtyOwners.clear();
    this.dirtyTrees = [];
    this.trees = [];
    this.work = null;
    this.resolveIdle();
  }

  /** Stops, and removes every highlight, restoring the page's DOM exactly. */
  removeAll(): void {
    this.stop();
    this.finishRemoval();
    let removed = 0;
    for (let i = this.records.length - 1; i >= 0; i--) {
      const record = this.records[i];
      if (!record) continue;
      if (record.first && record.el.isConnected) removed++;
      undoMark(record);
    }
    this.records = [];
    this.forgetPage();
    if (removed) this.emit({ added: 0, removed, entities: [] });
  }

  /**
   * {@link removeAll} in time slices: on a page with thousands of highlights, undoing them all is
   * one long task. Highlights are undone newest first, as `removeAll` does, so the page's DOM is
   * restored exactly; `start()` or `removeAll()` meanwhile finish the removal at once. Resolves
   * when the page is restored. A page with few highlights is restored at once.
   */
  removeAllInSlices(): Promise<void> {
    if (this.removal) return this.removal.done;
    if (this.records.length <= SYNC_REMOVAL_MAX) {
      this.removeAll();
      return Promise.resolve();
    }
    this.stop();
    const records = this.records;
    this.records = [];
    this.forgetPage();
    let resolve: () => void = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    const removal = { records, removed: 0, done, resolve };
    this.removal = removal;
    const chunk = (): void => {
      if (this.removal !== removal) return;
      this.removeChunk(performance.now() + this.sliceMs);
      if (this.removal === removal) this.post(chunk);
    };
    chunk();
    return done;
  }

  private finishRemoval(): void {
    if (this.removal) this.removeChunk(Infinity);
  }

  private removeChunk(deadline: number): void {
    const removal = this.removal;
    if (!removal) return;
    const { records } = removal;
    for (let n = 1; records.length; n++) {
      const record = records.pop();
      if (record?.first && record.el.isConnected) removal.removed++;
      if (record) undoMark(record);
      if (n % 64 === 0 && performance.now() >= deadline) break;
    }
    if (records.length) return;
    this.removal = null;
    if (removal.removed) this.emit({ added: 0, removed: removal.removed, entities: [] });
    removal.resolve();
  }

  /** Forgets what the highlighter knew about the page's names (after its highlights are gone). */
  private forgetPage(): void {
    this.pending.clear();
    this.pageHits.clear();
    this.pageHitList = [];
    this.pageHitsChecked = 0;
    this.splitOf = new WeakMap();
    this.done = new WeakSet();
    this.unambiguous = this.unambiguousChecked = 0;
    this.matcher.reset?.();
    this.scrollCursor.clear();
  }

  /**
   * Turns highlighting on (start) or off (remove every highlight, in slices on a big page:
   * the promise resolves once the page is restored).
   */
  setEnabled(enabled: boolean): void | Promise<void> {
    if (enabled) return this.start();
    return this.removeAllInSlices();
  }

  /** How many names are highlighted on the page, per entity. */
  stats(): HighlightStats {
    const counts = new Map<string, number>();
    let count = 0;
    for (const r of this.records) {
      if (!r.first || !r.el.isConnected) continue;
      count++;
      counts.set(r.entityId, (counts.get(r.entityId) ?? 0) + 1);
    }
    const entities = [...counts].map(([id, n]) => ({ id, count: n })).sort((a, b) => b.count - a.count);
    return { count, entities };
  }

  /**
   * Scrolls to a highlight of `entityId` and focuses it; repeated calls step through the page's
   * highlights of that entity. Returns false when the page has none.
   */
  scrollTo(entityId: string): boolean {
    if (!/^[a-z0-9-]+$/.test(entityId)) return false;
    const marks = this.doc.querySelectorAll<HTMLElement>(
      `${HIGHLIGHT_SELECTOR}[data-entity-id="${entityId}"]:not([${CONTINUATION_ATTRIBUTE}])`,
    );
    if (!marks.length) return false;
    const index = (this.scrollCursor.get(entityId) ?? -1) + 1;
    const el = marks[index % marks.length];
    if (!el) return false;
    this.scrollCursor.set(entityId, index % marks.length);
    el.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    return true;
  }

  /** Calls `cb` after each batch of highlights added or removed. Returns an unsubscribe function. */
  onHighlightsChanged(cb: (change: HighlightsChange) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Resolves when there is no work left (the page is fully annotated), or at once when stopped. */
  whenIdle(): Promise<void> {
    if (!this.running || !this.hasWork()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Timings and counters of the current run. */
  metrics(): HighlighterMetrics {
    return { ...this.stats_ };
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

  /** `ms`: this slice's length; a longer one (before the first paint) has no block budget. */
  private runSlice(ms = this.sliceMs): void {
    if (!this.running) return;
    const t0 = performance.now();
    const deadline = t0 + ms;
    // Before the page's first paint nothing is laid out yet: blocks changed now cost no relayout.
    const blockBudget = ms > this.sliceMs ? Infinity : this.blockBudget;
    // Our own writes must never come back to us as mutations: take what the page did so far,
    // then stop listening while we write.
    if (this.observer) {
      this.queueMutations(this.observer.takeRecords());
      this.observer.disconnect();
    }
    if (this.lastSliceEnd !== null) this.adaptBudget(t0 - this.lastSliceEnd);
    this.lastSliceStart = t0;
    this.changedBlocks = 0;
    if (this.repairs.size) this.runRepairs();
    while (this.step() && performance.now() < deadline && this.changedBlocks < blockBudget);
    this.checkPending();
    if (this.observer) this.connect();

    // Listeners run inside the slice, so their cost shows in the slice's time too.
    if (this.added) {
      const change = { added: this.added, removed: 0, entities: [...this.addedEntities] };
      this.added = 0;
      this.addedEntities.clear();
      const t1 = performance.now();
      this.emit(change);
      this.stats_.listenerMs += performance.now() - t1;
    }
    const elapsed = performance.now() - t0;
    this.stats_.slices++;
    this.stats_.maxSliceMs = Math.max(this.stats_.maxSliceMs, elapsed);
    this.stats_.busyMs += elapsed;
    this.stats_.blockBudget = this.blockBudget;
    if (this.hasWork()) {
      this.lastSliceEnd = performance.now();
      this.schedule();
    } else {
      this.lastSliceEnd = null;
      this.becameIdle();
    }
  }

  /**
   * Between two of our slices the browser renders a frame (laying out what we changed) and runs
   * the page's tasks. A long gap means that frame was long: change fewer blocks per slice; a short
   * one leaves room for more, so fast machines finish in fewer frames.
   */
  private adaptBudget(gapMs: number): void {
    this.stats_.waitMs += gapMs;
    // A frame is our slice plus this gap's rendering: aim at 35–45 ms, under 50. Why whole frames,
    // not the gap alone: a frame that relays out any paragraph of a long page has a large fixed
    // cost (the parent block's layout, pre-paint and paint walk all its children: ~25–30 ms for
    // 5,000 paragraphs on the bench machine) plus ~0.2 ms per changed paragraph, so the way to
    // finish sooner is fewer, fuller frames. A gap-only threshold below that fixed cost never let
    // the budget grow there.
    const frameMs = this.lastSliceEnd !== null ? this.lastSliceEnd - this.lastSliceStart + gapMs : gapMs;
    if (frameMs > 45) this.blockBudget = Math.max(8, Math.floor(this.blockBudget * 0.8));
    else if (frameMs < 35) this.blockBudget = Math.min(400, Math.ceil(this.blockBudget * 1.15) + 4);
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
      if (!this.trees.length) this.io?.disconnect();
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
    // Observed from the end of the slice on (`connect`), not during our own writes.
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

  /** Observes the document and every open shadow root entered (MutationObserver doesn't cross into them). */
  private connect(): void {
    const observer = this.observer;
    if (!observer) return;
    observer.observe(this.doc.body ?? this.doc.documentElement, OBSERVE_OPTIONS);
    for (const root of this.shadowRoots)
      if (root.host.isConnected) observer.observe(root, OBSERVE_OPTIONS);
      else this.shadowRoots.delete(root);
  }

  private beginOwner(owner: Owner, force: boolean, checkAncestors: boolean): void {
    if (!force && this.done.has(owner)) return;
    this.done.add(owner);
    if (owner.nodeType === 1) this.io?.unobserve(owner as Element);
    if (!owner.isConnected || (checkAncestors && isInSkippedTree(owner))) return;
    const segments = collectSegments(owner);
    this.stats_.blocks++;
    if (!segments.length) {
      this.pending.delete(owner);
      return;
    }
    this.work = { owner, segments, next: 0, pending: [] };
    this.continueOwner(this.work);
  }

  private continueOwner(work: OwnerWork): void {
    const index = work.next++;
    const segment = work.segments[index];
    // A block's later segments may wait a slice, and the page may change them meanwhile: then
    // the block is read again (its mutation record has queued it too).
    if (segment && index > 0 && !isIntact(segment)) this.dirtyOwners.add(work.owner);
    else if (segment) {
      this.stats_.chars += segment.text.length;
      const { hits, pending } = this.matcher.scan(segment.text);
      this.wrapHits(segment, hits.filter((h) => !overlapsMarked(segment, h)));
      for (const hit of pending)
        if (!overlapsMarked(segment, hit))
          work.pending.push({ hit, segment: index, text: segment.text.slice(hit.start, hit.end) });
    }
    if (work.next >= work.segments.length) {
      this.work = null;
      if (work.pending.length) {
        this.pending.set(work.owner, work.pending);
        // The page may already hold the context these need: don't wait for its next plain name.
        if (work.pending.some((p) => this.accepts(p.hit))) this.promote.add(work.owner);
      } else this.pending.delete(work.owner);
    }
  }

  /** How much page evidence there is: the matcher's own when it keeps it, else the unambiguous count. */
  private evidence(): number {
    return this.matcher.evidenceVersion?.() ?? this.unambiguous;
  }

  private accepts(hit: MatchHit): boolean {
    return this.matcher.acceptsPending(hit, this.unambiguous, this.pageHitList);
  }

  /** Moves blocks whose pending (ambiguous) hits the page's unambiguous count now accepts. */
  private checkPending(): void {
    if (this.evidence() <= this.unambiguousChecked) return;
    this.unambiguousChecked = this.evidence();
    // Acceptance only grows with the count and the page hits, and every pending hit was offered
    // the page hits known when it was found (`continueOwner`): only the new ones need offering.
    // On a long page thousands of blocks wait here, so this loop must stay cheap.
    const fresh = this.pageHitList.slice(this.pageHitsChecked);
    this.pageHitsChecked = this.pageHitList.length;
    for (const [owner, list] of this.pending)
      if (!this.promote.has(owner) && list.some((p) => this.matcher.acceptsPending(p.hit, this.unambiguous, fresh)))
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
    const keep: PendingHit[] = [];
    const bySegment = new Map<number, MatchHit[]>();
    for (const p of list) {
      const segment = segments[p.segment];
      if (!segment || segment.text.slice(p.hit.start, p.hit.end) !== p.text) continue;
      if (!this.accepts(p.hit)) keep.push(p);
      else if (!overlapsMarked(segment, p.hit)) bySegment.set(p.segment, [...(bySegment.get(p.segment) ?? []), p.hit]);
    }
    for (const [index, hits] of bySegment) {
      const segment = segments[index];
      if (segment) this.wrapHits(segment, hits.sort((a, b) => a.start - b.start));
    }
    if (keep.length) this.pending.set(owner, keep);
    else this.pending.delete(owner);
  }

  /** Wraps non-overlapping hits, last first, so that earlier offsets stay valid in the kept prefixes. */
  private wrapHits(segment: Segment, hits: MatchHit[]): void {
    if (hits.length) this.changedBlocks++;
    for (let i = hits.length - 1; i >= 0; i--) {
      const hit = hits[i];
      if (hit) this.wrapHit(segment, hit);
    }
  }

  private wrapHit(segment: Segment, hit: MatchHit): void {
    const { nodes, starts, text } = segment;
    const pieces: Array<[Text, number, number]> = [];
    for (let i = 0; i < nodes.length; i++) {
      const nodeStart = starts[i] ?? 0;
      const nodeEnd = starts[i + 1] ?? text.length;
      if (nodeEnd <= hit.start) continue;
      if (nodeStart >= hit.end) break;
      let from = Math.max(hit.start, nodeStart);
      let to = Math.min(hit.end, nodeEnd);
      while (from < to && isSpace(text.charCodeAt(from))) from++;
      while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
      const node = nodes[i];
      if (node && to > from) pieces.push([node, from - nodeStart, to - nodeStart]);
    }
    const group: MarkRecord[] = [];
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i];
      if (piece) this.wrapPiece(piece[0], piece[1], piece[2], hit.entityId, i === 0, group);
    }
    if (!pieces.length) return;
    if (!hit.ambiguous) {
      this.unambiguous++;
      const key = `${hit.entityId}\u0000${hit.alias ?? ''}`;
      if (!this.pageHits.has(key)) {
        this.pageHits.set(key, hit);
        this.pageHitList.push(hit);
      }
    }
    if (this.stats_.firstHighlightAt === null) this.stats_.firstHighlightAt = performance.now();
    this.added++;
  }

  /**
   * Wraps `node`'s text [from, to). The page's own text node never moves and is never put inside
   * a highlight: frameworks (React, Preact, Vue) hold their text nodes and later set their `data`,
   * remove them or insert before them, which would throw or misplace text if the node now sat in
   * our element. So the highlighted text always goes into a new node: split off the tail when the
   * name is inside the node (the page's node keeps the head), or cut off the head when the name
   * starts it (the page's node keeps the rest, possibly empty).
   */
  private wrapPiece(node: Text, from: number, to: number, entityId: string, first: boolean, group: MarkRecord[]): void {
    const parent = node.parentNode;
    if (!parent || to > node.length) return;
    const created: Text[] = [];
    let target: Text;
    const lead = from === 0;
    if (lead) {
      target = this.doc.createTextNode(node.data.slice(0, to));
      node.deleteData(0, to);
      created.push(target);
    } else {
      if (to < node.length) created.push(node.splitText(to));
      created.push((target = node.splitText(from)));
    }
    // Cloning a prototype copies its attributes natively: cheaper than five setAttribute calls.
    const el = (first ? this.protoFirst : this.protoCont).cloneNode(false) as HTMLElement;
    el.setAttribute('data-entity-id', entityId);
    parent.insertBefore(el, lead ? node : target);
    el.appendChild(target);
    const record: MarkRecord = { el, entityId, first, source: node, lead, created, pieces: group };
    group.push(record);
    this.records.push(record);
    const family = this.splitOf.get(node);
    if (family) family.push(record);
    else this.splitOf.set(node, [record]);
    this.addedEntities.add(entityId);
  }

  private queueMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const owner = ownerOf(record.target);
        if (owner) this.dirtyOwners.add(owner);
        if (this.splitOf.has(record.target as Text)) this.repairs.add(record.target as Text);
        continue;
      }
      for (const node of record.removedNodes)
        if (node.nodeType === 3 && this.splitOf.has(node as Text)) this.repairs.add(node as Text);
      for (const node of record.addedNodes) {
        if (node.nodeType === 3) {
          const owner = ownerOf(node);
          if (owner) this.dirtyOwners.add(owner);
        } else if (node.nodeType === 1 && (node as Element).localName !== HIGHLIGHT_TAG) this.dirtyTrees.push(node);
      }
    }
  }

  private runRepairs(): void {
    for (const source of this.repairs) this.repair(source);
    this.repairs.clear();
  }

  /**
   * The page rewrote (`data = …`) or removed a text node we had cut: its new text is the truth,
   * and the pieces we cut off it (highlights and split-off tails) hold stale text. They are
   * dropped, other pieces of the same names are unwrapped, and the block is read again.
   * A page that reads its node back before writing (`node.data += …`) sees only its own piece:
   * that is the one case this cannot mend.
   */
  private repair(source: Text): void {
    const family = new Set<MarkRecord>();
    const stack = [source];
    for (let node = stack.pop(); node; node = stack.pop()) {
      const records = this.splitOf.get(node);
      if (!records) continue;
      this.splitOf.delete(node);
      for (const r of records) {
        family.add(r);
        stack.push(...r.created);
      }
    }
    for (const r of family)
      for (const piece of r.pieces)
        if (!family.has(piece) && piece.el.isConnected) {
          undoMark(piece);
          const owner = ownerOf(piece.source);
          if (owner) this.dirtyOwners.add(owner);
        }
    for (const r of family) {
      r.el.remove();
      for (const node of r.created) node.remove();
    }
    const owner = source.isConnected ? ownerOf(source) : null;
    if (owner) this.dirtyOwners.add(owner);
  }

  private observeViewport(root: Element): void {
    this.io = new IntersectionObserver(
      (entries) => {
        for (const entry of entries)
          if (entry.isIntersecting && !this.done.has(entry.target)) this.visible.push(entry.target);
        if (this.visible.length) this.schedule();
      },
      { rootMargin: '25% 0px' },
    );
    const blocks = root.querySelectorAll(PROSE_BLOCK_SELECTOR);
    const n = Math.min(blocks.length, MAX_OBSERVED);
    for (let i = 0; i < n; i++) {
      const block = blocks[i];
      if (block) this.io.observe(block);
    }
  }

  private becameIdle(): void {
    this.stats_.doneAt = performance.now();
    this.io?.disconnect();
    this.io = null;
    if (this.records.length > this.compactAt) {
      this.records = this.records.filter((r) => r.el.isConnected);
      this.compactAt = Math.max(1024, this.records.length * 2);
    }
    this.resolveIdle();
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

/** Unwraps a highlight and merges the text nodes its splits made back into their neighbours. */
function undoMark(record: MarkRecord): void {
  const { el, created, source } = record;
  const parent = el.parentNode;
  if (parent) {
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
  }
  if (record.lead) {
    // The head cut off the source node goes back in front of its data.
    const head = created[0];
    if (head?.parentNode && head.nextSibling === source) {
      source.insertData(0, head.data);
      head.remove();
    }
    return;
  }
  // A split-off node always follows a piece of the node it was split from; merging into the
  // previous text sibling (never parent.normalize()) leaves the page's own text nodes alone.
  for (let i = created.length - 1; i >= 0; i--) {
    const node = created[i];
    const prev = node?.previousSibling;
    if (node?.parentNode && prev?.nodeType === 3) {
      (prev as Text).appendData(node.data);
      node.remove();
    }
  }
}

function isIntact(segment: Segment): boolean {
  let text = '';
  for (const node of segment.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === segment.text;
}

function overlapsMarked(segment: Segment, hit: MatchHit): boolean {
  return segment.marked.some(([s, e]) => hit.start < e && hit.end > s);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 160 || (code >= 9 && code <= 13) || code === 0x200f || code === 0x200e;
}

/** The first slice before the page's first paint: longer (see {@link firstSliceMs}). */
const UNPAINTED_SLICE_MS = 40;

/**
 * How long the first slice may run. Before the page has painted (the content script starts at
 * DOMContentLoaded; a long page's first layout comes after it), wrapping costs no relayout: the
 * first layout includes the highlights. Every block done then saves ~0.2–0.5 ms of relayout in a
 * later frame, and the reader's first view is highlighted from its first paint. Longer would
 * delay that first paint.
 */
function firstSliceMs(doc: Document, sliceMs: number): number {
  const win = doc.defaultView;
  // Only where the browser reports paints at all (not in DOM emulations).
  if (!win?.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return sliceMs;
  return win.performance.getEntriesByType('paint').length === 0 ? Math.max(sliceMs, UNPAINTED_SLICE_MS) : sliceMs;
}

function first<T>(set: Set<T>): T | undefined {
  for (const value of set) return value;
  return undefined;
}

function emptyMetrics(): HighlighterMetrics {
  return { startedAt: null, firstHighlightAt: null, doneAt: null, slices: 0, maxSliceMs: 0, busyMs: 0, listenerMs: 0, waitMs: 0, blockBudget: 0, blocks: 0, chars: 0 };
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
