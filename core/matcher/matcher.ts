/**
 * The compiled name matcher: every alias of the dataset in one trie-shaped RegExp, Arabic-aware
 * (spelling variants, diacritics, tatweel, invisibles, presentation forms, clitics, split
 * compounds), with the dataset's ambiguity rules and a few built-in safety rules. Pure: no DOM.
 *
 * Matching happens on the text prepared by {@link prepareForMatching} (diacritics, tatweel and
 * invisibles removed; usually the text itself) and every offset is mapped back to the original.
 */
import type { MatcherIndex } from '../dataset/schema';
import { normalizeKey, prepareForMatching } from '../arabic/normalize';
import { buildAliasRegex } from './regex';
import {
  cliticPreposition,
  compileRules,
  confirmedByContext,
  droppedByBuiltInRules,
  excluded,
  governedPlace,
  shortens,
  windowOf,
  type Rules,
} from './rules';
import { aliasWords, dropsFinalHamza, findCandidates, needsPreparing, type Compiled, type WordNode } from './word-trie';
import { aliasTokens } from './regex';

/** One name found in a text. */
export interface Hit {
  /** UTF-16 offsets into the scanned text: the whole word incl. clitics/tatweel/quotes. */
  start: number;
  end: number;
  /** Where the name itself starts (after clitics), for callers who highlight only the name. */
  nameStart: number;
  entityId: string;
  /** The alias (dataset text) that matched. */
  alias: string;
  /** The alias has ambiguity rules that needed context (not one settled by its exclusions alone). */
  ambiguous: boolean;
}

/** What {@link Matcher.scan} finds in one block of text. */
export interface ScanResult {
  /** Accepted: unambiguous, or ambiguous confirmed by nearby context. */
  hits: Hit[];
  /** Ambiguous, not excluded, no nearby context: acceptable only with page context. */
  pending: Hit[];
}

/** All aliases of an index compiled into one matcher. */
export interface Matcher {
  /**
   * One global RegExp (flags `gu`) over ORIGINAL text that finds every candidate (a superset of
   * the hits; group 1 is the clitic prefix, always participating, group 2 the name). It does not
   * see names written in presentation forms: {@link Matcher.scan} does. Compiled on first use.
   */
  readonly regex: RegExp;
  /** All hits in a text (a block's text: a paragraph), non-overlapping, longest match wins, in order. */
  scan(text: string): ScanResult;
  /**
   * Whether a pending hit counts, given how many hits the page has so far: count the `hits` of
   * every scan (unambiguous, or confirmed by context), never promoted pending ones. A caller that
   * also passes those hits lets a short form count after the entity's full name anywhere on the
   * page (فائز السراج in one paragraph, السراج in the next), as `scan` does within a block.
   */
  acceptsPending(hit: Hit, unambiguousOnPage: number, pageHits?: readonly Hit[]): boolean;
  /** Number of aliases compiled, for stats. */
  readonly aliasCount: number;
}


export function compileMatcher(index: MatcherIndex): Matcher {
  /**
   * The aliases the regex is built from, with what their spellings depend on: the regex is built
   * only when asked for (the bench's floor; scan never uses it), so compiling skips its tokens.
   */
  const regexAliases: Array<{ alias: string; accusative: boolean }> = [];
  /** Alias keys, and the keys of their written variants (final hamza dropped: سينا، البيضا). */
  const byKey = new Map<string, Compiled>();
  const rulesOf = new Map<string, Rules>();
  const words: WordNode = { next: new Map() };
  const insertWords = (list: string[], compiled: Compiled): void => {
    let node = words;
    for (const w of list) {
      let next = node.next.get(w);
      if (!next) node.next.set(w, (next = { next: new Map() }));
      node = next;
    }
    node.compiled ??= compiled;
  };
  let aliasCount = 0;
  for (const entry of index.entries) {
    const key = normalizeKey(entry.alias);
    if (!key || byKey.has(key)) continue;
    aliasCount++;
    const rules = entry.ambiguous ? compileRules(entry, entry.ambiguous) : null;
    const compiled = { entry, rules };
    byKey.set(key, compiled);
    if (rules) rulesOf.set(`${entry.entityId}\u0000${entry.alias}`, rules);
    // Informal writing drops a final hamza after alef: سينا for سيناء (as `spellingsOf`; the
    // tokens only for an alias with a hamza at all).
    if (entry.alias.normalize('NFKC').includes('ء') && dropsFinalHamza(aliasTokens(entry.alias))) {
      if (!byKey.has(key.slice(0, -1))) byKey.set(key.slice(0, -1), compiled);
    }
    const list = aliasWords(entry.alias);
    // The accusative with tanwin and its seat alef (داعشًا), as `candidates` accepts it.
    const accusative = !rules && list.length === 1 && !/^ال|[اويهء]$/.test(list[0]!) && list[0]!.length >= 3;
    insertWords(list, compiled);
    const last = list.at(-1)!;
    if (last.endsWith('اء') && last.length > 3) insertWords([...list.slice(0, -1), last.slice(0, -1)], compiled);
    regexAliases.push({ alias: entry.alias, accusative });
  }
  let original: RegExp | null = null;


  function scan(input: string): ScanResult {
    const hits: Hit[] = [];
    const pending: Hit[] = [];
    const { text, map } = needsPreparing(input) ? prepareForMatching(input) : { text: input, map: null };
    const all = findCandidates(words, text);
    const unambiguous = all.filter(
      (c) => !c.found.rules || (c.found.rules.ambiguity.acceptUnconfirmed === true && !excluded(text, c.found.rules, c)),
    );
    for (const c of all) {
      const { entry, rules } = c.found;
      let accepted = true;
      // An alias whose other readings are all listed phrases is settled once none of them applies.
      const settled = rules?.ambiguity.acceptUnconfirmed === true;
      if (rules && settled) {
        if (excluded(text, rules, c)) continue;
      } else if (rules) {
        if (excluded(text, rules, c) || droppedByBuiltInRules(text, rules, c)) continue;
        const { before, after } = windowOf(text, c, rules.ambiguity.window);
        const from = before[0]?.start ?? c.start;
        const to = after.at(-1)?.end ?? c.end;
        // A name that may count on page context may also count on the context of a sentence that
        // names one of the dataset's entities unambiguously (السراج next to حفتر). A long name counts
        // when its end reaches into the window (تنظيم الدولة الإسلامية … في طرابلس).
        accepted =
          confirmedByContext(rules, before, after) ||
          unambiguous.some((u) => u !== c && shortens(rules, u.found.entry)) ||
          cliticPreposition(rules, c) ||
          governedPlace(text, rules, c) ||
          (rules.ambiguity.pageMentions > 0 && unambiguous.some((u) => u !== c && u.end > from && u.start < to));
      }
      let end = map ? map[c.end - 1]! + 1 : c.end;
      // Keep the marks on the last letter (درنةَ) inside the highlight: split off, they render alone.
      while (end < input.length && /[\p{Mn}\u0640]/u.test(input[end]!)) end++;
      const hit: Hit = {
        start: map ? map[c.start]! : c.start,
        end,
        nameStart: map ? map[c.nameStart]! : c.nameStart,
        entityId: entry.entityId,
        alias: entry.alias,
        // Settled hits count as unambiguous page mentions, as they did before their exclusions.
        ambiguous: rules !== null && !settled,
      };
      (accepted ? hits : pending).push(hit);
    }
    return { hits, pending };
  }

  return {
    get regex() {
      return (original ??= buildAliasRegex(regexAliases));
    },
    scan,
    acceptsPending(hit, unambiguousOnPage, pageHits) {
      const rules = rulesOf.get(`${hit.entityId}\u0000${hit.alias}`);
      if (!rules || rules.ambiguity.acceptUnconfirmed) return true;
      if (pageHits?.some((h) => !h.ambiguous && shortens(rules, h))) return true;
      const needed = rules.ambiguity.pageMentions;
      return needed > 0 && unambiguousOnPage >= needed;
    },
    aliasCount,
  };
}
