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
import { startPopoverHost } from './popover/host';
import { startEarlySiteToggle, startSiteToggle, type EarlySiteToggle } from './site-switch';
import { benchOptIn, pageHost } from './page-facts';
import './style.css';
import highlightCss from './style.css?raw';

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
  // Every scan feeds the ONE page policy (core/matcher/page-policy.ts) the quality tests score.
  const highlighter = new Highlighter({ matcher: pageMatcher(matcher()), adoptStyles });
  // The extension was reloaded or removed: leave the page as it was.
  ctx.onInvalidated(() => highlighter.removeAll());
  if (benchOptIn()) reportForBenchmark(highlighter);
  // The popover (an extension-origin frame) and the note marks; both follow the highlights.
  const popover = startPopoverHost({ signal: ctx.signal });
  highlighter.onHighlightsChanged((change) => popover.onHighlightsChanged(change));
  if (early) early.attach(highlighter);
  else void startSiteToggle(highlighter, { signal: ctx.signal, host: pageHost(), answerPopup: window === window.top });
}

let shadowSheet: CSSStyleSheet | null | undefined;

/**
 * Gives an open shadow root the highlight styles: the manifest's content-script CSS styles the
 * document only. A constructed stylesheet, adopted: no <style> element a strict page CSP would block.
 */
function adoptStyles(root: ShadowRoot): void {
  if (shadowSheet === undefined) {
    try {
      shadowSheet = new CSSStyleSheet();
      shadowSheet.replaceSync(highlightCss);
    } catch {
      shadowSheet = null;
    }
  }
  if (!shadowSheet) return;
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, shadowSheet];
  } catch {
    // A root of another document (a frame's) can't adopt this one; its highlights stay unstyled.
  }
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
