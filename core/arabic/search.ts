/**
 * Arabic-aware full-text search over the reader's notes (options page). Text is compared after the
 * same folding as names (core/arabic/normalize.ts: no diacritics or tatweel, alef/hamza forms
 * folded, ة→ه, ى→ي) but word boundaries are kept, so a query matches inside words: درنه finds
 * «بدرنة», ابو finds «أبو».
 */
import { normalizeKey } from './normalize';

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits → ASCII, so ٢٠١٦ finds 2016. */
function foldDigit(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return c;
}

/** Punctuation (Arabic and Latin) and symbols separate words like spaces do. */
const SEPARATOR = /[\s\p{P}\p{S}]/u;

/** A normalised text plus, for each of its characters, the index of the original character. */
export interface NormalizedText {
  text: string;
  map: number[];
}

/**
 * Normalises `s` for searching and keeps a map back to the original, so matches found in the
 * normalised text can be shown in the original one. Runs of spaces and punctuation become one
 * space; no leading or trailing space.
 */
export function normalizeWithMap(s: string): NormalizedText {
  let text = '';
  const map: number[] = [];
  let pendingSpace = false;
  let i = 0;
  for (const ch of s) {
    // Folding one original character at a time keeps the map exact; NFKC of a single character
    // (a presentation-form ligature like ﻻ) may give several.
    for (const part of ch.normalize('NFKC')) {
      if (SEPARATOR.test(part)) {
        pendingSpace = text.length > 0;
        continue;
      }
      const folded = normalizeKey(foldDigit(part)).toLowerCase();
      for (const out of folded) {
        if (pendingSpace) {
          text += ' ';
          map.push(i);
          pendingSpace = false;
        }
        text += out;
        map.push(i);
      }
    }
    i += ch.length;
  }
  return { text, map };
}

/** The search form of a text: see {@link normalizeWithMap}. */
export function normalizeText(s: string): string {
  return normalizeWithMap(s).text;
}

/** The words of a query, normalised; empty words dropped. */
export function queryTerms(query: string): string[] {
  return normalizeText(query)
    .split(' ')
    .filter((w) => w.length > 0);
}

/** True when every term of the query occurs in the text (in any order, inside words too). */
export function matchesQuery(haystack: string, terms: readonly string[]): boolean {
  const norm = normalizeText(haystack);
  return terms.every((t) => norm.includes(t));
}

/** A span of the original text, `[start, end)` in UTF-16 units. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Where the query's terms occur in `s`, as ranges of the original text (for `<mark>`), sorted and
 * merged when they overlap.
 */
export function findMatches(s: string, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const { text, map } = normalizeWithMap(s);
  const ranges: Range[] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(term, from);
      if (at < 0) break;
      const last = at + term.length - 1;
      const start = map[at]!;
      const lastOrig = map[last]!;
      // The end is after the whole original character (a surrogate pair counts as one) and after
      // any diacritics that were folded away right behind it.
      let end = lastOrig + (s.codePointAt(lastOrig)! > 0xffff ? 2 : 1);
      const nextMapped = last + 1 < map.length ? map[last + 1]! : s.length;
      while (end < nextMapped && normalizeKey(s[end]!) === '' && !/\s/.test(s[end]!)) end++;
      ranges.push({ start, end });
      from = at + 1;
    }
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r.start <= prev.end) prev.end = Math.max(prev.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * Filters items by a free-text query over the strings `fields` gives for each item. An empty query
 * keeps everything. Order is preserved.
 */
export function searchItems<T>(items: readonly T[], query: string, fields: (item: T) => readonly string[]): T[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [...items];
  return items.filter((item) => matchesQuery(fields(item).join('\n'), terms));
}
