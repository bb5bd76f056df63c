/**
 * Finds a citation's quote in its article. Quotes are verbatim up to whitespace (the dataset build
 * checks that), so the match ignores whitespace; if that fails (a quote typed by hand, a dataset
 * from an older build) a second pass also ignores diacritics, hamza forms and punctuation.
 */
import { normalizeWithMap, type Range } from '../../core/arabic/search';

/** `s` without any whitespace, and for each kept character its index in `s`. */
function squash(s: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (/\s/.test(c)) continue;
    text += c;
    map.push(i);
  }
  return { text, map };
}

function locateIn(
  haystack: { text: string; map: number[] },
  needle: string,
  original: string,
): Range | null {
  if (needle.length === 0) return null;
  const at = haystack.text.indexOf(needle);
  if (at < 0) return null;
  const start = haystack.map[at]!;
  const last = haystack.map[at + needle.length - 1]!;
  // The next kept character bounds the match, so marks folded away after the last one stay inside.
  const next = at + needle.length < haystack.map.length ? haystack.map[at + needle.length]! : original.length;
  let end = last + 1;
  while (end < next && !/\s/.test(original[end]!)) end++;
  return { start, end };
}

/** The range of `quote` in `text`, or `null` when it is not there. */
export function locateQuote(text: string, quote: string): Range | null {
  const exact = locateIn(squash(text), squash(quote).text, text);
  if (exact) return exact;
  const norm = normalizeWithMap(text);
  const spaceless = squash(norm.text);
  const fuzzyMap = { text: spaceless.text, map: spaceless.map.map((i) => norm.map[i]!) };
  return locateIn(fuzzyMap, squash(normalizeWithMap(quote).text).text, text);
}

/** One paragraph of an article: its text and where it starts in the article. */
export interface Paragraph {
  text: string;
  start: number;
}

/** The article's non-empty lines, verbatim, with their offsets (the sources put one paragraph per line). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].trim().length > 0) out.push({ text: m[0], start: m.index });
  }
  return out;
}

/** The part of a paragraph a range of the whole article covers, in the paragraph's own offsets (none or one). */
export function rangeInParagraph(p: Paragraph, range: Range | null): Range[] {
  const end = p.start + p.text.length;
  if (!range || range.end <= p.start || range.start >= end) return [];
  return [{ start: Math.max(range.start, p.start) - p.start, end: Math.min(range.end, end) - p.start }];
}
