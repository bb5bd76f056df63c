/**
 * What opens the popover: a click on a name, hover intent over one, Esc and a press elsewhere to
 * close. Names have no elements, so every event is resolved by its point (../annotate/hit-test.ts).
 * Only the browser's own (trusted) events count: a page script's synthetic click opens nothing.
 */
import { nameAtPoint, type NameSource } from '../annotate/hit-test';
import type { PageName } from '../annotate/names';
import { probe, type OpenedBy, type PopoverHost } from './host';

/** Hover intent before opening, and grace after the pointer leaves (as Wikipedia's previews). */
export const HOVER_INTENT_MS = 150;
export const HOVER_GRACE_MS = 300;

export interface InteractionDeps {
  document: Document;
  names: NameSource;
  host: PopoverHost;
  /** Opens the card of `name` (computes its quote and notes). */
  open(name: PageName, by: OpenedBy, eventTime: number): void;
  /** Loads a card ahead (on hover, before the intent delay is over). */
  prefetch(entityId: string): void;
  signal: AbortSignal;
  /** The reader's hover intent (ms), or null when cards open on click only; default HOVER_INTENT_MS. */
  hoverIntentMs?: () => number | null;
}

/** What the host reports back to the interaction (the pointer over its frame). */
export interface Interaction {
  framePointer(inside: boolean): void;
}

/**
 * The element or text node an event really happened on: for text inside a web component's open
 * shadow root, `e.target` at the document is the component (retargeted).
 */
function innerTarget(e: Event): EventTarget | null {
  return e.composedPath()[0] ?? e.target;
}

function inLink(e: Event): boolean {
  return e.composedPath().some((n) => (n as Element).localName === 'a' && (n as Element).hasAttribute?.('href'));
}

/** Listens on the document until `signal` aborts. */
export function startInteraction(deps: InteractionDeps): Interaction {
  const { document: doc, names, host, signal } = deps;
  const win = doc.defaultView ?? window;
  let hovered: PageName | null = null;
  let intentTimer: number | undefined;
  let graceTimer: number | undefined;
  let frameQueued = false;
  let last: { x: number; y: number; target: EventTarget | null; time: number } | null = null;

  const clearGrace = (): void => {
    win.clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startGrace = (): void => {
    if (graceTimer !== undefined) return;
    graceTimer = win.setTimeout(() => {
      graceTimer = undefined;
      if (host.state.openedBy === 'hover') host.hide(false);
    }, HOVER_GRACE_MS);
  };

  /** Hover: one hit test per animation frame, on the latest pointer position. */
  const checkHover = (): void => {
    frameQueued = false;
    if (!last) return;
    const name = nameAtPoint(doc, names, last.x, last.y, last.target);
    const { visible, name: current, openedBy } = host.state;
    // Over the name whose card is open (or opening, after a click): nothing to start.
    if (name && name === current) {
      hovered = name;
      clearGrace();
      return;
    }
    // The page gets the event, so the pointer is over neither the card's name nor its frame (the
    // frame's area sends the page nothing): a hover-opened card starts its grace.
    if (visible && openedBy === 'hover') startGrace();
    if (name === hovered) return;
    hovered = name;
    win.clearTimeout(intentTimer);
    if (!name) return;
    probe('hover-name');
    deps.prefetch(name.entityId);
    const intent = deps.hoverIntentMs ? deps.hoverIntentMs() : HOVER_INTENT_MS;
    if (intent === null) return;
    const at = last.time;
    intentTimer = win.setTimeout(() => {
      const state = host.state;
      if (hovered === name && (!state.name || state.openedBy === 'hover')) deps.open(name, 'hover', at + intent);
    }, intent);
  };

  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, capture = false): void =>
    doc.addEventListener(type, fn, { signal, capture, passive: type !== 'keydown' });

  on('pointermove', (e) => {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    last = { x: e.clientX, y: e.clientY, target: innerTarget(e), time: performance.now() };
    if (frameQueued) return;
    frameQueued = true;
    win.requestAnimationFrame(checkHover);
  });
  on('pointerleave', () => {
    last = null;
    hovered = null;
    win.clearTimeout(intentTimer);
    if (host.state.visible && host.state.openedBy === 'hover') startGrace();
  });
  on(
    'click',
    (e) => {
      if (!e.isTrusted || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
      probe('click-handler');
      // The end of a text selection is not a click on a name.
      const selection = doc.getSelection();
      if (selection && !selection.isCollapsed) return;
      const name = nameAtPoint(doc, names, e.clientX, e.clientY, innerTarget(e));
      // A name inside a link stays a link: the click is the page's (hover still shows the card).
      probe('hit-tested');
      if (!name || inLink(e)) return;
      win.clearTimeout(intentTimer);
      clearGrace();
      deps.open(name, 'click', e.timeStamp);
    },
    true,
  );
  on(
    'pointerdown',
    (e) => {
      if (!e.isTrusted || !host.state.visible) return;
      const el = host.element;
      if (el && e.composedPath().includes(el)) return;
      const name = nameAtPoint(doc, names, e.clientX, e.clientY, innerTarget(e));
      if (name && name === host.state.name) return;
      host.hide(false);
    },
    true,
  );
  on(
    'keydown',
    (e) => {
      if (!e.isTrusted || e.key !== 'Escape' || !host.state.visible) return;
      e.preventDefault();
      host.hide(host.state.openedBy !== 'hover');
    },
    true,
  );
  signal.addEventListener('abort', () => {
    win.clearTimeout(intentTimer);
    clearGrace();
  });

  return {
    framePointer(inside) {
      if (inside) clearGrace();
      else if (host.state.openedBy === 'hover') startGrace();
    },
  };
}
