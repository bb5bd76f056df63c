/**
 * A single-page site shows another article without loading a page (history.pushState, the
 * Navigation API): the content script stays, so the page's evidence and date would stay the old
 * article's. This tells main.ts when to read the page again from the start.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** How long the document must stay unchanged after a navigation before it is read again. */
const QUIET_MS = 400;
/** A page that never goes quiet (a ticker, a clock) is read again after this long anyway. */
const LONGEST_WAIT_MS = 4000;

/** The address without its fragment: a jump to «#section» is the same page. */
function withoutFragment(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

/**
 * Calls `reread` once the page has become another: after a navigation to a new address (pushed or
 * back/forward; not a fragment of this one, not a replaced address), when the document has stopped
 * changing for {@link QUIET_MS} (the site renders the new article after the address changes, often
 * after a fetch), or after {@link LONGEST_WAIT_MS}. Navigations in between restart the wait.
 */
export function onPageReplaced(ctx: ContentScriptContext, reread: () => void): void {
  let quiet: number | undefined;
  let longest: number | undefined;
  let observer: MutationObserver | undefined;
  const stop = (): void => {
    clearTimeout(quiet);
    clearTimeout(longest);
    observer?.disconnect();
    observer = quiet = longest = undefined;
  };
  const done = (): void => {
    stop();
    if (!ctx.isInvalid) reread();
  };
  ctx.onInvalidated(stop);
  /** The document changed (or the address did): wait for it to be quiet again. */
  const wait = (): void => {
    clearTimeout(quiet);
    quiet = window.setTimeout(done, QUIET_MS);
  };
  const navigated = (): void => {
    wait();
    longest ??= window.setTimeout(done, LONGEST_WAIT_MS);
    if (observer) return;
    observer = new MutationObserver(wait);
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['content', 'datetime'] });
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // A replaced address is the same reading going on: infinite-scroll news sites rewrite it as
    // each next article scrolls into view, with the articles before it still on the page.
    navigation.addEventListener(
      'navigate',
      (event) => {
        if (event.navigationType === 'replace' || event.navigationType === 'reload' || event.hashChange) return;
        navigated();
      },
      { signal: ctx.signal },
    );
  } else {
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl, oldUrl }) => {
      if (withoutFragment(newUrl) !== withoutFragment(oldUrl)) navigated();
    });
  }
}

/** The Navigation API as used here (Chromium 102+; the DOM typings may not have it). */
interface NavigationLike {
  addEventListener(
    type: 'navigate',
    listener: (event: { navigationType: 'push' | 'replace' | 'reload' | 'traverse'; hashChange: boolean }) => void,
    options: { signal: AbortSignal },
  ): void;
}
