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

export function benchOptIn(): boolean {
  return document.querySelector('meta[name="siyaq-bench"]') !== null;
}
