/**
 * Sites are keyed by hostname: lower-case, without a trailing dot, IDN in punycode (as `URL` gives
 * it). Pure and DOM-free: the background, the popup and the content script agree through it.
 */

/** A hostname normalised as the `sites` table keys it, or undefined if `host` is not a hostname. */
export function normalizeHost(host: string): string | undefined {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])$/.test(h) ? h : undefined;
}

/** The normalised hostname of an http(s) URL; undefined for any other URL (chrome://, file:, …). */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return normalizeHost(u.hostname);
  } catch {
    return undefined;
  }
}
