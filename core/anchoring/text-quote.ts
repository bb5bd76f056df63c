/**
 * W3C Web Annotation TextQuoteSelector: describe a passage by its exact text plus some context on
 * either side, and find it again later even if the page changed a little. Used for notes: a note
 * remembers the highlight it was written on, and the content script re-attaches it on revisit.
 *
 * Whitespace never counts: pages reflow text between visits, so every comparison runs on text
 * whose whitespace runs are collapsed to one space.
 */
import { normalizeKey } from '../arabic/normalize';
import type { TextQuoteAnchor } from '../../protocol/messages';

/** Characters of context kept on each side of the exact text. */
export const QUOTE_CONTEXT = 32;

/** Longest exact text the fuzzy search will try (names and short passages; the DP is O(text × exact)). */
const FUZZY_MAX_EXACT = 128;

/** Schema limits of TextQuoteAnchor (protocol/messages.ts). */
const MAX_EXACT = 2000;

/** A passage found in a text: character offsets in the ORIGINAL text and how well it agrees. */
export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well the context (and, for fuzzy matches, the exact text) agrees with the selector. */
  score: number;
  /** True when the exact text was found as stored (modulo whitespace), false for a fuzzy match. */
  exact: boolean;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Collapsed text plus, for each of its characters, the offset of that character in the original. */
function collapseWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (inSpace) continue;
      inSpace = true;
      out += ' ';
    } else {
      inSpace = false;
      out += ch;
    }
    map.push(i);
  }
  map.push(text.length);
  return { text: out, map };
}

/** Describes `text.slice(start, end)` as a selector with `context` characters either side. */
export function createTextQuote(text: string, start: number, end: number, context = QUOTE_CONTEXT): TextQuoteAnchor {
  return {
    exact: text.slice(start, end).slice(0, MAX_EXACT),
    prefix: text.slice(Math.max(0, start - context), start),
    suffix: text.slice(end, end + context),
  };
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient on character bigrams: 1 for equal strings, tolerant of a small edit anywhere. */
function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigrams(a);
  let common = 0;
  for (const [g, n] of bigrams(b)) common += Math.min(n, ga.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

/**
 * Agreement of one side of the context. `fromEnd` compares prefixes from their ends (the part
 * nearest the quote matters most); otherwise suffixes from their starts.
 */
function sideScore(stored: string, found: string, fromEnd: boolean): number {
  const a = stored.replace(/\s+/g, '');
  const b = found.replace(/\s+/g, '');
  if (a.length === 0) return b.length === 0 ? 1 : 0.5;
  const n = Math.min(a.length, b.length);
  let same = 0;
  while (same < n && (fromEnd ? a[a.length - 1 - same] === b[b.length - 1 - same] : a[same] === b[same])) same++;
  return Math.max(same / a.length, dice(a, b));
}

/** 0..1: how well two selectors' contexts agree (1 = identical prefix and suffix). */
export function contextScore(
  stored: Pick<TextQuoteAnchor, 'prefix' | 'suffix'>,
  found: Pick<TextQuoteAnchor, 'prefix' | 'suffix'>,
): number {
  return (sideScore(stored.prefix, found.prefix, true) + sideScore(stored.suffix, found.suffix, false)) / 2;
}

/**
 * Approximate substring search (Sellers): for each end offset in `text`, the fewest edits that
 * turn some substring ending there into `pattern`, with that substring's start.
 */
function bestApproximate(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  const m = pattern.length;
  let cost = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  const hits: { start: number; end: number; errors: number }[] = [];
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    const nextFrom = [j];
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const del = cost[i]! + 1;
      const ins = next[i - 1]! + 1;
      if (sub <= del && sub <= ins) {
        next.push(sub);
        nextFrom.push(from[i - 1]!);
      } else if (del <= ins) {
        next.push(del);
        nextFrom.push(from[i]!);
      } else {
        next.push(ins);
        nextFrom.push(nextFrom[i - 1]!);
      }
    }
    cost = next;
    from = nextFrom;
    if (cost[m]! <= maxErrors) hits.push({ start: from[m]!, end: j, errors: cost[m]! });
  }
  return hits;
}

/**
 * Finds a selector in a text. First every occurrence of the exact text, the one whose context
 * agrees best; if the exact text is gone, the closest approximate match (up to one edit in five
 * characters), scored on both its own edits and its context. Returns null when nothing fits.
 */
export function anchorTextQuote(text: string, selector: TextQuoteAnchor): QuoteMatch | null {
  const { text: flat, map } = collapseWithMap(text);
  const exact = collapse(selector.exact).trim();
  if (exact.length === 0) return null;
  const around = (s: number, e: number) => ({
    prefix: flat.slice(Math.max(0, s - QUOTE_CONTEXT), s),
    suffix: flat.slice(e, e + QUOTE_CONTEXT),
  });
  const toOriginal = (s: number, e: number, score: number, isExact: boolean): QuoteMatch => ({
    start: map[s]!,
    end: map[e - 1]! + 1,
    score,
    exact: isExact,
  });

  let best: QuoteMatch | null = null;
  for (let at = flat.indexOf(exact); at !== -1; at = flat.indexOf(exact, at + 1)) {
    const score = contextScore(selector, around(at, at + exact.length));
    if (!best || score > best.score) best = toOriginal(at, at + exact.length, score, true);
    if (score === 1) break;
  }
  if (best || exact.length > FUZZY_MAX_EXACT) return best;

  const maxErrors = Math.max(1, Math.floor(exact.length / 5));
  for (const hit of bestApproximate(flat, exact, maxErrors)) {
    const textScore = 1 - hit.errors / exact.length;
    const score = (textScore + contextScore(selector, around(hit.start, hit.end))) / 2;
    if (!best || score > best.score) best = toOriginal(hit.start, hit.end, score, false);
  }
  // A short name with one wrong letter and no agreeing context is another word, not our passage.
  return best && best.score >= 0.5 ? best : null;
}

/**
 * Picks which of several candidate passages (e.g. the highlights of one entity on a page,
 * described by their own selectors) a stored selector belongs to: among candidates with the same
 * exact text (compared as name keys) the one whose context agrees best; failing that, the
 * candidate with the most similar context if it agrees at least `minScore`. Returns -1 if none.
 */
export function pickBestCandidate(
  candidates: readonly TextQuoteAnchor[],
  selector: TextQuoteAnchor,
  minScore = 0.35,
): number {
  const key = normalizeKey(selector.exact);
  let bestSame = -1;
  let bestSameScore = -1;
  let bestAny = -1;
  let bestAnyScore = -1;
  candidates.forEach((c, i) => {
    const score = contextScore(selector, c);
    if (normalizeKey(c.exact) === key && score > bestSameScore) {
      bestSame = i;
      bestSameScore = score;
    }
    if (score > bestAnyScore) {
      bestAny = i;
      bestAnyScore = score;
    }
  });
  if (bestSame !== -1) return bestSame;
  return bestAnyScore >= minScore ? bestAny : -1;
}
