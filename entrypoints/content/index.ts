/**
 * The content script's door, injected into every frame (the manifest entry is in wxt.config.ts):
 * decides cheaply whether the page is Arabic (./page-language.ts) and does nothing else on other
 * pages. On Arabic pages it loads the other half, `/content-main.js` (./main-entry.ts → ./main.ts:
 * matcher, dataset index, zod, highlights, site switch, popover host), with `loadMain()`, and main
 * makes the content-script context (WXT's `ContentScriptContext`: invalidation when the extension
 * reloads or updates, the stopping of an older copy of the script).
 *
 * The door is built as a plain script, not through WXT's `defineContentScript`: that wrapper makes
 * the context in every frame, and reads `runtime.id` while doing so, which instantiates the
 * extension bindings in the frame's isolated world — about half the door's cost on pages that are
 * not Arabic. Here the extension API is touched only on Arabic pages (./door-api.ts). Keep this
 * file's imports to the few cheap modules it has: everything they pull in runs in every frame of
 * every page (`tests/e2e/door.e2e.ts` checks that the door's bundle holds no matcher index, zod or
 * WXT context).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

import { askSiteEarly, type EarlyAsk } from './early-ask';
import { loadMain } from './load-main';
import { benchOptIn, pageHost } from './page-facts';
import { detectPageLanguage } from './page-language';

/** Re-checks for pages that render their text later (SPA shells): ms after start. */
const LATE_LANGUAGE_CHECKS = [1500, 5000];

export default defineUnlistedScript(() => {
  // Only where the page declares Arabic: other pages send the background nothing until they
  // turn out to be Arabic (Firefox has no <html> element yet at document_start: no early ask).
  // There main starts loading now too, in parallel with the page's parsing.
  let early: EarlyAsk | null = null;
  if (declaresArabic()) {
    try {
      early = askSiteEarly(pageHost());
    } catch {
      early = null;
    }
    void loadMain().catch(() => undefined);
  }
  if (document.readyState !== 'loading') return afterParse(early);
  document.addEventListener('DOMContentLoaded', () => afterParse(early), { once: true });
});

function declaresArabic(): boolean {
  return /^ar(?:$|[-_])/i.test(document.documentElement?.getAttribute('lang')?.trim() ?? '');
}

/** Reads the parsed page: on an Arabic page, loads and runs main; elsewhere stops, or looks again later. */
function afterParse(early: EarlyAsk | null): void {
  const t0 = performance.now();
  const language = detectPageLanguage(document);
  if (language.arabic) return start(early);
  early?.takeChanges();
  if (benchOptIn())
    document.documentElement.setAttribute(
      'data-siyaq-bench',
      JSON.stringify({ arabic: false, detectMs: performance.now() - t0, letters: language.letters }),
    );
  // An empty shell (too few letters to tell) may fill in later: look again, twice at most.
  if (language.by === 'sample' && language.letters < 40)
    for (const delay of LATE_LANGUAGE_CHECKS)
      setTimeout(() => {
        if (detectPageLanguage(document).arabic) start(null);
      }, delay);
}

let started = false;

function start(early: EarlyAsk | null): void {
  if (started) return;
  started = true;
  loadMain().then(
    (main) => main.run(early),
    // After the extension was reloaded or removed, this frame's copy has no runtime any more.
    (error: unknown) => console.error('Siyaq: the content script could not load its main module', error),
  );
}
