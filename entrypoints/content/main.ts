/**
 * Everything the content script does on an Arabic page, once index.ts has decided the page is
 * Arabic: the matcher, the highlighter, the site switch and the popover host.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import matcherIndex from '../../data/generated/matcher-index.json';
import type { MatcherIndex } from '../../core/dataset/schema';
import { compileMatcher, type Matcher } from '../../core/matcher/matcher';
import { pageMatcher } from '../../core/matcher/page-policy';
import { Highlighter } from './annotate/highlighter';
import { cssHighlightRegistry, memoryRegistry } from './annotate/highlights';
import { notesUrl } from './popover/host';
import { startPagePopover } from './popover/start';
import { startEarlySiteToggle, startSiteToggle, type EarlySiteToggle } from './site-switch';
import { onPageReplaced } from './spa-navigation';
import { benchOptIn, pageDate, pageHost } from './page-facts';
import { startReaderSettings } from './reader-settings';

export { startEarlySiteToggle, type EarlySiteToggle };

let compiled: Matcher | undefined;
let compileMs = 0;

/** The matcher, compiled once per content-script instance: its cost counts toward the first highlight. */
function matcher(): Matcher {
  if (!compiled) {
    const t0 = performance.now();
    compiled = compileMatcher(matcherIndex as MatcherIndex);
    compileMs = performance.now() - t0;
  }
  return compiled;
}

let started = false;

export function run(ctx: ContentScriptContext, early: EarlySiteToggle | null = null): void {
  if (started || ctx.isInvalid) return;
  started = true;
  const entityIds = [...new Set((matcherIndex as MatcherIndex).entries.map((e) => e.entityId))];
  // Without the API (no supported browser lacks it: see the manifest's minimum versions) names are
  // still found, for the popup's list and the keyboard path, but nothing is painted.
  const registry = cssHighlightRegistry() ?? memoryRegistry();
  // The reader's density, kinds and "not this one" marks filter what the matcher finds; a change
  // re-reads the page (as switching the site off and on does).
  const types = new Map((matcherIndex as MatcherIndex).entries.map((e) => [e.entityId, e.type]));
  const reader = startReaderSettings({
    // The page a "not this one" made here is filed under (the popover files it there): for a
    // srcdoc or about:blank frame, the page that wrote it; the background answers a content script
    // only about its own site.
    url: () => notesUrl(document),
    typeOf: (id) => types.get(id),
    signal: ctx.signal,
    onChange: () => reread(),
  });
  // Everything read again: the page's names, its evidence and its date (the page policy's reset).
  const reread = (): void => {
    if (!highlighter.enabled) return;
    highlighter.setEnabled(false);
    reader.restart();
    highlighter.setEnabled(true);
  };
  const highlighter = new Highlighter({
    // Every scan feeds the ONE page policy (core/matcher/page-policy.ts) the quality tests score;
    // the reader's settings and dismissals then filter what it accepts.
    matcher: reader.matcher(pageMatcher(matcher(), () => pageDate())),
    registry,
    adoptStyles: (root) => registry.adoptStyles(root, entityIds),
  });
  // The extension was reloaded or removed: its highlights go (the page's DOM was never touched).
  ctx.onInvalidated(() => highlighter.removeAll());
  // A single-page site's next article: not the evidence nor the date of the one before it.
  onPageReplaced(ctx, reread);
  if (benchOptIn()) reportForBenchmark(highlighter);
  const popover = startPagePopover({ signal: ctx.signal, names: highlighter, hoverIntentMs: reader.hoverIntentMs });
  highlighter.onHighlightsChanged((change) => popover.onHighlightsChanged(change));
  const toggleable = {
    setEnabled: (on: boolean) => {
      if (on && !highlighter.enabled) reader.restart();
      return highlighter.setEnabled(on);
    },
    stats: () => highlighter.stats(),
    scrollTo: (entityId: string) => popover.toEntity(entityId),
    step: (direction: 1 | -1) => popover.step(direction),
  };
  if (early) early.attach(toggleable);
  else void startSiteToggle(toggleable, { signal: ctx.signal, host: pageHost(), answerPopup: window === window.top });
}

/**
 * Benchmark hook, only for pages that opt in with `<meta name="siyaq-bench">` (tools/bench.ts):
 * performance marks for the first highlight and for done, and the highlighter's metrics as JSON in
 * `data-siyaq-bench` on <html>. Pages without the meta see nothing of this.
 */
function reportForBenchmark(highlighter: Highlighter): void {
  const off = highlighter.onHighlightsChanged(() => {
    off();
    performance.mark('siyaq:first-highlight');
  });
  const report = (): void => {
    document.documentElement.setAttribute(
      'data-siyaq-bench',
      JSON.stringify({ arabic: true, compileMs, ...highlighter.metrics(), stats: highlighter.stats() }),
    );
  };
  // Tests of pages that never go idle (a ticker) ask for the figures now.
  document.addEventListener('siyaq-bench-report', report);
  const waitForDone = (): void => {
    // The site toggle starts the highlighter once the background has answered.
    if (!highlighter.enabled) return void setTimeout(waitForDone, 5);
    void highlighter.whenIdle().then(() => {
      performance.mark('siyaq:done');
      report();
    });
  };
  waitForDone();
}
