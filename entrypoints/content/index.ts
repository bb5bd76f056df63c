/**
 * The content script's door, injected into every frame: decides cheaply whether the page is Arabic
 * (./page-language.ts) and does nothing else on other pages. On Arabic pages it loads the other
 * half, `/content-main.js` (./main-entry.ts → ./main.ts: matcher, dataset index, zod, highlights,
 * site switch, popover host), with `loadMain()`. Keep this file's imports to the few cheap modules
 * it has: everything they pull in runs in every frame of every page (`tests/e2e/door.e2e.ts`
 * checks that the door's bundle holds no matcher index and no zod).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { askSiteEarly, type EarlyAsk } from './early-ask';
import { loadMain } from './load-main';
import { benchOptIn, pageHost } from './page-facts';
import { detectPageLanguage } from './page-language';

/** Re-checks for pages that render their text later (SPA shells): ms after start. */
const LATE_LANGUAGE_CHECKS = [1500, 5000];

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
    // There main starts loading now too, in parallel with the page's parsing.
    let early: EarlyAsk | null = null;
    if (declaresArabic()) {
      early = askSiteEarly(pageHost(), ctx.signal);
      void loadMain().catch(() => undefined);
    }
    if (document.readyState !== 'loading') return afterParse(ctx, early);
    document.addEventListener('DOMContentLoaded', () => afterParse(ctx, early), { once: true, signal: ctx.signal });
  },
});

function declaresArabic(): boolean {
  return /^ar(?:$|[-_])/i.test(document.documentElement?.getAttribute('lang')?.trim() ?? '');
}

/** Reads the parsed page: on an Arabic page, loads and runs main; elsewhere stops, or looks again later. */
function afterParse(ctx: ContentScriptContext, early: EarlyAsk | null): void {
  const t0 = performance.now();
  const language = detectPageLanguage(document);
  if (language.arabic) return start(ctx, early);
  early?.takeChanges();
  if (benchOptIn())
    document.documentElement.setAttribute(
      'data-siyaq-bench',
      JSON.stringify({ arabic: false, detectMs: performance.now() - t0, letters: language.letters }),
    );
  // An empty shell (too few letters to tell) may fill in later: look again, twice at most.
  if (language.by === 'sample' && language.letters < 40)
    for (const delay of LATE_LANGUAGE_CHECKS)
      ctx.setTimeout(() => {
        if (detectPageLanguage(document).arabic) start(ctx, null);
      }, delay);
}

function start(ctx: ContentScriptContext, early: EarlyAsk | null): void {
  loadMain().then(
    (main) => {
      if (!ctx.isInvalid) main.run(ctx, early);
    },
    (error: unknown) => console.error('Siyaq: the content script could not load its main module', error),
  );
}
