/**
 * The popover on one page, wired: the frame (./host.ts), what opens it (./interaction.ts), the
 * keyboard path (./navigation.ts), prefetching (./prefetch.ts) and the notes a card opens with
 * (./note-anchors.ts). The frame is created only when it is first needed: the pointer over a name
 * (a click or hover intent follows) or an open. Never ahead, at idle: an element in the document
 * before a late whole-document hydration (React 18 `hydrateRoot(document)`, as the Next.js App
 * Router does) made React report a hydration error and render the page again.
 */
import type { NameSource } from '../annotate/hit-test';
import type { PageName } from '../annotate/names';
import { quoteForName } from '../annotate/range-quote';
import { PopoverHost, notesUrl, type OpenedBy } from './host';
import { startInteraction, type Interaction } from './interaction';
import { NameNavigation } from './navigation';
import { NoteAnchors } from './note-anchors';
import { Prefetcher } from './prefetch';

/** What the popover needs from the highlighter. */
export interface PopoverNames extends NameSource {
  names(): readonly PageName[];
}

/** A batch of names added or removed (the highlighter's `HighlightsChange`). */
export interface HighlightsBatch {
  entities: readonly string[];
  removed: number;
}

export interface PagePopover {
  readonly host: PopoverHost;
  /** Call after the highlighter added or removed names. */
  onHighlightsChanged(batch: HighlightsBatch): void;
  /** The next / previous name's card (the keyboard commands). */
  step(direction: 1 | -1): boolean;
  /** The next card of an entity (the popup's list). */
  toEntity(entityId: string): boolean;
}

export function startPagePopover(opts: {
  document?: Document;
  signal?: AbortSignal;
  names: PopoverNames;
  /** The reader's hover intent (ms), or null for click only (entrypoints/content/reader-settings.ts). */
  hoverIntentMs?: () => number | null;
}): PagePopover {
  const doc = opts.document ?? document;
  const win = doc.defaultView ?? window;
  let interaction: Interaction | null = null;
  // The page notes are filed under: for an about:blank or srcdoc frame, the page that wrote it.
  const pageUrl = (): string => notesUrl(doc);
  let prefetcher: Prefetcher | null = null;
  let notes: NoteAnchors | null = null;
  let navigation: NameNavigation | null = null;
  const host = new PopoverHost({
    document: doc,
    signal: opts.signal,
    events: {
      onReady: () => prefetcher?.schedule(),
      onFramePointer: (inside) => interaction?.framePointer(inside),
      onNotesChanged: () => void notes?.refresh(),
      onNav: (direction) => void navigation?.step(direction),
    },
  });
  const signal = host.signal;
  prefetcher = new Prefetcher(win, signal, (id) => host.prefetch(id));
  notes = new NoteAnchors(pageUrl, signal);

  const open = (name: PageName, by: OpenedBy, eventTime = performance.now()): void => {
    // The entity's other names only when the reader has notes on it here: the first `names()` on a
    // big page sorts every name in document order (0.6-1.1 s on the bench page under load).
    const same = (): PageName[] => opts.names.names().filter((n) => n.entityId === name.entityId);
    host.open(name, { anchor: quoteForName(name), noteIds: notes?.noteIdsFor(name, same) ?? [] }, by, eventTime);
  };
  navigation = new NameNavigation({
    document: doc,
    names: () => opts.names.names(),
    current: () => host.state.name,
    open: (name) => open(name, 'keyboard'),
  });
  interaction = startInteraction({
    document: doc,
    names: opts.names,
    host,
    open,
    prefetch: (id) => {
      if (!host.hasFrame) host.prewarm();
      prefetcher?.now(id);
    },
    signal,
    hoverIntentMs: opts.hoverIntentMs,
  });

  return {
    host,
    onHighlightsChanged(batch) {
      prefetcher?.saw(batch.entities);
      const current = host.state.name;
      if (current && batch.removed && !opts.names.names().includes(current)) host.hide(false);
      if (!prefetcher?.any) return;
      prefetcher.schedule();
      notes?.ensureLoaded();
    },
    step: (direction) => navigation?.step(direction) != null,
    toEntity: (entityId) => navigation?.toEntity(entityId) ?? false,
  };
}
