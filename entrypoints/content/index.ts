/**
 * The content script: on Arabic pages, highlights the dataset's names (entrypoints/content/annotate/highlighter.ts) and
 * follows the per-site setting (./site-toggle.ts). On other pages it samples a few KB of text and
 * stops.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';

import matcherIndex from '../../data/generated/matcher-index.json';
import type { MatcherIndex } from '../../core/dataset/schema';
import { Highlighter } from './annotate/highlighter';
import { compileMatcher, type Matcher } from '../../core/matcher/matcher';
import { detectPageLanguage } from './page-language';
import { startPopoverHost } from './popover/host';
import { startEarlySiteToggle, startSiteToggle, type EarlySiteToggle } from './site-switch';
import './style.css';
import highlightCss from './style.css?raw';

/** Re-checks for pages that render their text later (SPA shells): ms after start. */
const LATE_LANGUAGE_CHECKS = [1500, 5000];

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

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_start only to ask for the site's setting early (see `startEarlySiteToggle`); the
  // page is read once it is parsed, as at document_end.
  runAt: 'document_start',
  // Every frame is a page of its own (an embedded article, a live blog in an iframe); about:blank
  // and srcdoc frames the page writes into too. Only the top frame answers the popup (see
  // `startSiteToggle`'s answerPopup): page stats count the top document.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    // Only where the page declares Arabic: other pages send the background nothing until they
    // turn out to be Arabic (Firefox has no <html> element yet at document_start: no early ask).
    const early = declaresArabic()
      ? startEarlySiteToggle({ signal: ctx.signal, host: pageHost(), answerPopup: window === window.top })
      : null;
    if (document.readyState !== 'loading') return afterParse(ctx, early);
    document.addEventListener('DOMContentLoaded', () => afterParse(ctx, early), { once: true, signal: ctx.signal });
  },
});

function declaresArabic(): boolean {
  return /^ar(?:$|[-_])/i.test(document.documentElement?.getAttribute('lang')?.trim() ?? '');
}

/** Reads the parsed page: on an Arabic page, highlights (`run`); elsewhere stops, or looks again later. */
function afterParse(ctx: ContentScriptContext, early: EarlySiteToggle | null): void {
  const t0 = performance.now();
  const language = detectPageLanguage(document);
  if (language.arabic) return run(ctx, early);
  if (benchOptIn())
    document.documentElement.setAttribute(
      'data-siyaq-bench',
      JSON.stringify({ arabic: false, detectMs: performance.now() - t0, letters: language.letters }),
    );
  // An empty shell (too few letters to tell) may fill in later: look again, twice at most.
  if (language.by === 'sample' && language.letters < 40)
    for (const delay of LATE_LANGUAGE_CHECKS)
      ctx.setTimeout(() => {
        if (!started && detectPageLanguage(document).arabic) run(ctx);
      }, delay);
}

let started = false;

function run(ctx: ContentScriptContext, early: EarlySiteToggle | null = null): void {
  if (started || ctx.isInvalid) return;
  started = true;
  const highlighter = new Highlighter({ matcher: matcher(), adoptStyles });
  // The extension was reloaded or removed: leave the page as it was.
  ctx.onInvalidated(() => highlighter.removeAll());
  if (benchOptIn()) reportForBenchmark(highlighter);
  // The popover (an extension-origin frame) and the note marks; both follow the highlights.
  const popover = startPopoverHost({ signal: ctx.signal });
  highlighter.onHighlightsChanged((change) => popover.onHighlightsChanged(change));
  if (early) early.attach(highlighter);
  else void startSiteToggle(highlighter, { signal: ctx.signal, host: pageHost(), answerPopup: window === window.top });
}

/**
 * The site this document belongs to: its hostname, or for an about:blank / srcdoc frame (no
 * hostname of its own) the origin it inherited from the page that made it, so the site switch
 * reaches it too.
 */
function pageHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return self.origin !== 'null' ? new URL(self.origin).hostname : '';
  } catch {
    return '';
  }
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

function benchOptIn(): boolean {
  return document.querySelector('meta[name="siyaq-bench"]') !== null;
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
