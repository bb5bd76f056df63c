/** Facts about the document the content script runs in, cheap enough for every page. */

/**
 * The site this document belongs to: its hostname, or for an about:blank / srcdoc frame (no
 * hostname of its own) the origin it inherited from the page that made it, so the site switch
 * reaches it too.
 */
export function pageHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return self.origin !== 'null' ? new URL(self.origin).hostname : '';
  } catch {
    return '';
  }
}

/**
 * Whether this is a bench build (tools/bench.ts builds with WXT_SIYAQ_BENCH=true). Only such a build
 * reports timings and counts to the page (the `data-siyaq-bench` attribute, the `siyaq:popover`
 * performance entries): a page shares the content script's DOM and performance timeline, and in a
 * product build any page could opt in with the meta and watch the reader open popovers.
 */
export const BENCH_BUILD = import.meta.env.WXT_SIYAQ_BENCH === 'true';

export function benchOptIn(): boolean {
  return BENCH_BUILD && document.querySelector('meta[name="siyaq-bench"]') !== null;
}
