/**
 * The content script's side of the per-site toggle and of the popup: asks the background whether
 * this site is on, switches the highlighter on or off when the setting changes (no reload), and
 * answers the popup's `page.stats`, `page.scrollTo` and `page.host` and the keyboard commands' `page.nav`.
 */
import { listenToContent, sendToBackground } from '../../protocol/messaging';
import { SiteState, ToContent, type Result, type ToContentResponse } from '../../protocol/messages';
import { normalizeHost } from '../../core/site-host';
import type { EarlyAsk } from './early-ask';

/** What the toggle needs from the highlighter (entrypoints/content's `Highlighter`). */
export interface ToggleableHighlighter {
  /** Highlights the page (true) or removes every highlight (false). Idempotent. */
  setEnabled(enabled: boolean): void | Promise<void>;
  /** Highlights on the page now, in total and per entity. */
  stats(): ToContentResponse<'page.stats'>;
  /** Scrolls to the next name of `entityId` and opens its card; false if the page has none. */
  scrollTo(entityId: string): boolean;
  /** Scrolls to the next (1) or previous (-1) name and opens its card; false if the page has none. */
  step?(direction: 1 | -1): boolean;
}

export interface SiteToggleOptions {
  /** The page's host; defaults to `location.hostname`. */
  host?: string;
  /** Stops listening when aborted (the content script context's signal). */
  signal?: AbortSignal;
  /**
   * Answer the popup's `page.stats`, `page.scrollTo` and `page.host` (default true). Only the top
   * frame does: every frame of a tab hears the popup's message and the first answer wins, so a
   * frame (an ad, an embed on another host) must not say which site the tab is on. The stats
   * therefore count the top document's highlights.
   */
  answerPopup?: boolean;
  /**
   * The door's raw early `site.get` (./early-ask.ts): its reply is used instead of asking again,
   * and the `site.changed` it heard meanwhile are applied, both validated here first.
   */
  ask?: EarlyAsk;
}

/** Whether a state means "highlight": the site is on and there is no global pause. */
export function isHighlighting(state: Pick<SiteState, 'enabled' | 'paused'>): boolean {
  return state.enabled && !state.paused;
}

/**
 * Starts following the site setting: listens for `site.changed` first (so no change is missed),
 * then asks `site.get` and applies the answer with `highlighter.setEnabled`. Resolves with the
 * state applied. If the background cannot answer, highlighting stays on (the default) rather than
 * leaving the reader without it; a `site.changed` that arrives before the answer wins over it.
 */
export async function startSiteToggle(
  highlighter: ToggleableHighlighter,
  { host = location.hostname, signal, answerPopup = true, ask }: SiteToggleOptions = {},
): Promise<SiteState> {
  let changed = false;
  const onChanged = async (state: SiteState): Promise<null> => {
    // Frames of another host in the same tab hear the broadcast too.
    if (state.host !== host.toLowerCase().replace(/\.$/, '')) return null;
    changed = true;
    await highlighter.setEnabled(isHighlighting(state));
    return null;
  };
  listenToContent(
    {
      'site.changed': onChanged,
      ...(answerPopup
        ? {
            'page.stats': () => highlighter.stats(),
            'page.scrollTo': ({ entityId }: { entityId: string }) => highlighter.scrollTo(entityId),
            'page.nav': ({ direction }: { direction: 1 | -1 }) => highlighter.step?.(direction) ?? false,
            'page.host': () => {
              const normalized = normalizeHost(host);
              if (!normalized) throw new Error('this page has no hostname');
              return normalized;
            },
          }
        : {}),
    },
    signal,
  );

  // Changes the door heard before this listener existed, in order (raw: validated like any request).
  for (const raw of ask?.takeChanges() ?? []) {
    const { type: _type, ...payload } = raw as Record<string, unknown>;
    const parsed = ToContent['site.changed'].request.safeParse(payload);
    if (parsed.success) await onChanged(parsed.data);
  }
  const answer = ask ? siteReply(await ask.reply) : await sendToBackground('site.get', { host });
  const state: SiteState = answer.ok ? answer.value : { host, enabled: true, paused: false };
  if (!changed && !signal?.aborted) await highlighter.setEnabled(isHighlighting(state));
  return state;
}

/** Validates the door's raw `site.get` reply as a `Result<SiteState>`; anything else is an error. */
function siteReply(reply: unknown): Result<SiteState> {
  if (typeof reply !== 'object' || reply === null) return { ok: false, error: 'no reply from the background' };
  const r = reply as { ok?: unknown; value?: unknown; error?: unknown };
  if (r.ok !== true) return { ok: false, error: typeof r.error === 'string' ? r.error : 'site.get failed' };
  const state = SiteState.safeParse(r.value);
  return state.success ? { ok: true, value: state.data } : { ok: false, error: `invalid site.get reply: ${state.error.message}` };
}

/** A site toggle started before its highlighter exists (see {@link startEarlySiteToggle}). */
export interface EarlySiteToggle {
  /**
   * Hands over the highlighter once the page is parsed. If the background has answered by then,
   * the highlighter gets the latest state synchronously (it starts in this very task); otherwise
   * when the answer comes. Later calls are ignored.
   */
  attach(highlighter: ToggleableHighlighter): void;
  /** The state first applied, as {@link startSiteToggle} resolves it. */
  readonly ready: Promise<SiteState>;
}

/**
 * {@link startSiteToggle} without a highlighter yet: call it at `document_start`, so the
 * `site.get` round trip runs while the page is still parsing, then `attach` the highlighter at
 * DOMContentLoaded. Why: the background's answer is a task on the page's main thread, and once
 * the page is parsed that thread's next work is the page's first layout (about a second on a
 * 1 MB article); an answer arriving after DOMContentLoaded waits for it, and the first highlights
 * with it. Until `attach`, the popup's `page.stats` sees no highlights and `page.scrollTo` none.
 */
export function startEarlySiteToggle(opts: SiteToggleOptions = {}): EarlySiteToggle {
  let target: ToggleableHighlighter | null = null;
  let wanted: boolean | null = null;
  const proxy: ToggleableHighlighter = {
    setEnabled: (enabled) => {
      wanted = enabled;
      return target?.setEnabled(enabled);
    },
    stats: () => target?.stats() ?? { count: 0, entities: [] },
    scrollTo: (entityId) => target?.scrollTo(entityId) ?? false,
    step: (direction) => target?.step?.(direction) ?? false,
  };
  const ready = startSiteToggle(proxy, opts);
  return {
    ready,
    attach(highlighter) {
      if (target) return;
      target = highlighter;
      if (wanted !== null) void highlighter.setEnabled(wanted);
    },
  };
}
