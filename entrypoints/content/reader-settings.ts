/**
 * The reader's settings and "not this one" marks as the content script applies them: asked from
 * the background (`settings.get`, `dismissals.forPage`), followed on `settings.changed`, and
 * applied to the matcher's hits through core/settings/filter-hits.ts before anything is painted.
 */
import type { EntityType } from '../../core/dataset/schema';
import { filterHits } from '../../core/settings/filter-hits';
import { DEFAULT_SETTINGS, type PageDismissal, type Settings } from '../../protocol/messages';
import { listenToContent, sendToBackground } from '../../protocol/messaging';
import type { HighlightMatcher, MatchHit } from './annotate/highlighter';

export interface ReaderSettings {
  /** The matcher with the reader's density, kinds and dismissals applied to what it finds. */
  matcher<H extends MatchHit>(inner: HighlightMatcher<H>): HighlightMatcher<H>;
  /** Hover intent in ms, or null when cards open on click only. */
  hoverIntentMs(): number | null;
  /** The page is read again from the start (highlighting switched back on): forget what was shown. */
  restart(): void;
}

/**
 * Starts following the settings. `onChange` runs after a change that alters what is painted (the
 * caller re-reads the page); the first answer counts as a change only if it differs from the defaults.
 */
export function startReaderSettings(opts: {
  url: () => string;
  typeOf: (entityId: string) => EntityType | undefined;
  onChange: () => void;
  signal?: AbortSignal;
}): ReaderSettings {
  let settings: Settings = DEFAULT_SETTINGS;
  /** The phrases dismissed on this page (the background applied their scope). */
  let dismissals: PageDismissal[] = [];
  // Page density across blocks; reset whenever the page is re-read from the start.
  let seenOnPage = new Set<string>();
  // Whether anything is filtered at all: with the defaults and no dismissal a scan's hits pass as
  // they are (checked once per answer, not per scan: on a 1M-character page scans run by thousands).
  let filtering = false;

  const load = async (): Promise<void> => {
    const [s, d] = await Promise.all([sendToBackground('settings.get', {}), sendToBackground('dismissals.forPage', { url: opts.url() })]);
    const next = s.ok ? s.value : settings;
    const nextDismissals = d.ok ? d.value : dismissals;
    const paints = (x: Settings) => JSON.stringify([x.density, [...x.types].sort()]);
    const changed = paints(next) !== paints(settings) || JSON.stringify(nextDismissals) !== JSON.stringify(dismissals);
    settings = next;
    dismissals = nextDismissals;
    filtering = paints(settings) !== paints(DEFAULT_SETTINGS) || dismissals.length > 0;
    if (changed) {
      seenOnPage = new Set();
      opts.onChange();
    }
  };
  listenToContent(
    {
      'settings.changed': async () => {
        await load();
        return null;
      },
    },
    opts.signal,
  );
  void load();

  return {
    matcher: (inner) => ({
      scan(text, where) {
        const { hits, pending } = inner.scan(text, where);
        if (!filtering) return { hits, pending };
        const keep = <H extends MatchHit>(list: H[], seen?: Set<string>) =>
          filterHits(
            list.map((h) => ({ ...h, hit: h, text: text.slice(h.start, h.end), block: 0 })),
            { settings, dismissals, url: opts.url(), typeOf: opts.typeOf, seenOnPage: seen },
          ).map((x) => x.hit);
        // A scan is one block's text: `paragraph` density is per call, `page` carries across calls.
        return { hits: keep(hits, seenOnPage), pending: keep(pending, new Set()) };
      },
      acceptsPending: (hit, count, pageHits) => inner.acceptsPending(hit, count, pageHits),
      // The page policy's own evidence count and reset (core/matcher/page-policy.ts pageMatcher):
      // without them the highlighter re-offered every waiting block after each slice that found a
      // name, and a re-read page kept the evidence of the text it replaced.
      ...(inner.evidenceVersion ? { evidenceVersion: () => inner.evidenceVersion!() } : {}),
      ...(inner.reset ? { reset: () => inner.reset!() } : {}),
      // Names the page's later evidence takes back (a namesake named further down).
      ...(inner.changedSince
        ? {
            withdrawGroups: (hit, pending) => inner.withdrawGroups?.(hit, pending) ?? [],
            changedSince: (mark) => inner.changedSince!(mark),
            stillShown: (hit, pending) => inner.stillShown?.(hit, pending) ?? true,
          }
        : {}),
    }),
    hoverIntentMs: () => (settings.open === 'click' ? null : settings.hoverDelay),
    restart: () => {
      seenOnPage = new Set();
    },
  };
}
