/**
 * A link to a note's passage on its page: the page URL with a text fragment
 * (`#:~:text=[prefix-,]start[,end][,-suffix]`, WICG scroll-to-text-fragment) built from the note's
 * quote, so browsers that support it scroll to and mark the passage; others just open the page.
 */
import type { TextQuoteAnchor } from '../../protocol/messages';

/** Percent-encodes a fragment term, including the characters the syntax reserves (`-`, `,`, `&`). */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const words = (s: string) => s.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);

/** The note's page URL (any fragment replaced) with a text fragment for its quote. */
export function textFragmentUrl(url: string, anchor: TextQuoteAnchor): string {
  const base = url.split('#')[0] ?? url;
  const exact = words(anchor.exact);
  if (exact.length === 0) return base;
  // A long quote as a range (its first and last words): a shorter URL that still matches once.
  const target = exact.length > 8 ? `${term(exact.slice(0, 4).join(' '))},${term(exact.slice(-4).join(' '))}` : term(exact.join(' '));
  const prefix = words(anchor.prefix).slice(-3).join(' ');
  const suffix = words(anchor.suffix).slice(0, 3).join(' ');
  return `${base}#:~:text=${prefix ? `${term(prefix)}-,` : ''}${target}${suffix ? `,-${term(suffix)}` : ''}`;
}
