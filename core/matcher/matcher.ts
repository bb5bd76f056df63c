/**
 * The compiled name matcher: every alias of the dataset in one trie-shaped RegExp, Arabic-aware
 * (spelling variants, diacritics, tatweel, invisibles, presentation forms, clitics, split
 * compounds), with the dataset's ambiguity rules and a few built-in safety rules. Pure: no DOM.
 *
 * Matching happens on the text prepared by {@link prepareForMatching} (diacritics, tatweel and
 * invisibles removed; usually the text itself) and every offset is mapped back to the original.
 */
import type { MatcherIndex } from '../dataset/schema';
import { matchKey, prepareForMatching } from '../arabic/normalize';
import { PersonsOwnWords } from './given-names';
import { dateline, tanweenAdjective } from './written-forms';
import { aliasTokens, buildAliasRegex } from './regex';
import { familyBefore, otherPlaceReading, outletTitle, tanweenNounBefore } from './look-alikes';
import {
  cliticPreposition,
  compileRules,
  confirmedByContext,
  creditLine,
  droppedByBuiltInRules,
  excluded,
  confirmedInBlock,
  governedPlace,
  shortens,
  windowOf,
  wordsAfter,
  type Rules,
  type Word,
} from './rules';
import { foreignNisbaAfter, formerBody, governedName, quotedName, toldOutlet } from './confirmations';
import { familyAliasesOf, familyReading } from './relatives';
import { companyNameAfter, districtBefore, nounNamedBefore, insideOtherName, namesakeBeside, relativesByPerson, townNounBefore } from './other-readings';
import { aliasWords, dropsFinalHamza, findCandidates, glueWords, needsPreparing, type Compiled, type WordNode } from './word-trie';
import { addFamilyNames, adjectiveReading, familyName, type SurnameRule } from './surnames';
import { eraInBlock, eraWordsOf } from './successors';
import type { Hit, ScanResult } from './hit';

export type { Hit, ScanResult } from './hit';

/** What the page policy needs to know about a pending hit's alias. */
export interface PageRule {
  entityId: string;
  /** Unambiguous mentions of related entities the page needs (`Ambiguity.pageMentions`); 0 = never. */
  pageMentions: number;
  /** The entity and the entities related to it: their mentions are evidence for it. */
  related: ReadonlySet<string>;
  /** Whether an accepted hit is a fuller name of the same person (فائز السراج for السراج). */
  shortens(full: Hit): boolean;
  /** A person's name: one accepted by its context on the page makes the page's other ones count. */
  person: boolean;
  /** The last day the name meant this entity (`Ambiguity.until`): not on a page dated later. */
  until?: string;
  /** The first day it could (`Ambiguity.since`): not on a page dated earlier. */
  since?: string;
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
  /** The page rule of a pending hit's alias (null for an alias without ambiguity rules). */
  pageRule(hit: Hit): PageRule | null;
  /** For a one-word family name that full names of several persons end in: whose it is on a page. */
  surnameRule(hit: Hit): SurnameRule | null;
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
  const pageRules = new Map<string, PageRule>();
  const surnameRules = new Map<string, SurnameRule>();
  /** Family names of persons' full-name aliases (`familyName`), with their persons and spelling. */
  const families = new Map<string, { ids: Set<string>; alias: string }>();
  const words: WordNode = { next: new Map() };
  const insertWords = (list: string[], compiled: Compiled): void => {
    let node = words;
    for (const w of list) {
      let next = node.next?.get(w);
      // Most nodes are leaves: their map is made only when a longer alias goes through them.
      if (!next) (node.next ??= new Map()).set(w, (next = {}));
      node = next;
    }
    node.compiled ??= compiled;
  };
  /** A person's relatives' given names, from the dataset's exclude phrases (`relativesByPerson`). */
  const relativesOf = relativesByPerson(index.entries);
  /** Bare family names of persons with relatives listed (حفتر of خليفة حفتر; not بشار), by person. */
  const familyAliases = familyAliasesOf(index.entries, relativesOf);
  const ownWords = new PersonsOwnWords(index.entries);
  /** Whether a key is an alias: asked only after every alias is in `byKey` (see `compileRules`). */
  const isName = (key: string): boolean => byKey.has(key);
  const aliasLists: string[][] = [];
  /** One-word context words of all an entity's aliases: a nisba among them is its own (الليبية). */
  const contextWords = new Map<string, Set<string>>();
  let aliasCount = 0;
  for (const entry of index.entries) {
    const key = matchKey(entry.alias);
    if (!key || byKey.has(key)) continue;
    aliasCount++;
    const rules = entry.ambiguous ? compileRules(entry, entry.ambiguous, isName) : null;
    if (rules) for (const p of rules.context) if (p.length === 1) contextWords.set(entry.entityId, (contextWords.get(entry.entityId) ?? new Set()).add(p[0]!));
    const compiled = { entry, rules };
    byKey.set(key, compiled);
    if (rules) {
      pageRules.set(`${entry.entityId}\u0000${entry.alias}`, {
        entityId: entry.entityId,
        pageMentions: rules.ambiguity.pageMentions,
        related: new Set([entry.entityId, ...(entry.related ?? [])]),
        shortens: (full) => shortens(rules, full),
        person: entry.type === 'person',
        ...(rules.ambiguity.until ? { until: rules.ambiguity.until } : {}),
        ...(rules.ambiguity.since ? { since: rules.ambiguity.since } : {}),
      });
    }
    // Informal writing drops a final hamza after alef: سينا for سيناء (as `spellingsOf`; the
    // tokens only for an alias with a hamza at all).
    if (entry.alias.normalize('NFKC').includes('ء') && dropsFinalHamza(aliasTokens(entry.alias))) {
      if (!byKey.has(key.slice(0, -1))) byKey.set(key.slice(0, -1), compiled);
    }
    const list = aliasWords(entry.alias);
    aliasLists.push(list);
    const family = entry.type === 'person' ? familyName(list) : null;
    if (family) {
      const f = families.get(family) ?? { ids: new Set<string>(), alias: entry.alias.trim().split(/\s+/).at(-1)! };
      families.set(family, f);
      f.ids.add(entry.entityId);
    }
    // The accusative with tanwin and its seat alef (داعشًا), as `candidates` accepts it.
    const accusative = !rules && list.length === 1 && !/^ال|[اويهء]$/.test(list[0]!) && list[0]!.length >= 3;
    insertWords(list, compiled);
    // Libyan writing puts an alef before a name that opens with م and a consonant: امعيتيق، امحمد.
    if (list.some((w) => w.length >= 5 && w[0] === 'م')) {
      insertWords(list.map((w) => (w.length >= 5 && w[0] === 'م' ? `ا${w}` : w)), compiled);
    }
    const last = list.at(-1)!;
    if (last.endsWith('اء') && last.length > 3) insertWords([...list.slice(0, -1), last.slice(0, -1)], compiled);
    regexAliases.push({ alias: entry.alias, accusative });
  }
  // `elsewhere` words go into the same trie, so finding them costs the scan nothing; an alias with
  // the same key keeps its place (it is a name, the word is only a signal).
  /**
   * The rules of the place names whose namesake elsewhere a block may name, by entity: a block that
   * also names the place's own country or region (ليبيا، الليبية، بنغازي for البيضاء) is not about the
   * namesake. Places only: an organisation's namesake (the 2021 council of المنفي) is in the same country.
   */
  const ownContext = new Map<string, Rules[]>();
  // Less the one-word ambiguous name of a body or an event, which is also a common noun: «بالعمل
  // والكرامة» ("dignity") does not make a Lebanese page's طرابلس Libya's (beiruttimes, raw/c41).
  const named = (p: string[]): boolean => p.length === 1 && /^(?:organization|event)$/.test(byKey.get(p[0]!)?.rules?.type ?? '');
  for (const entry of index.entries) {
    if (entry.type !== 'place' || !entry.ambiguous?.elsewhere?.length) continue;
    const rules = byKey.get(matchKey(entry.alias))?.rules;
    if (!rules || rules.entityId !== entry.entityId) continue;
    ownContext.set(entry.entityId, [...(ownContext.get(entry.entityId) ?? []), { ...rules, blockContext: rules.blockContext.filter((p) => !named(p)) }]);
  }
  for (const entry of index.entries) {
    for (const phrase of entry.ambiguous?.elsewhere ?? []) {
      const key = matchKey(phrase);
      const name = byKey.get(key);
      if (name?.signal === entry.entityId) name.signalFor!.push(entry.alias);
      else if (name) (name.alsoSignals ??= []).push(entry.entityId), (name.signalFor ??= []).push(entry.alias);
      // The same key written split another way («دير الزور», «ديرالزور»): its words lead to the same namesake.
      if (name?.signal !== undefined && !name.rules) insertWords(aliasWords(phrase), name);
      if (!key || name) continue;
      const compiled: Compiled = { entry: { ...entry, alias: phrase }, rules: null, signal: entry.entityId, signalFor: [entry.alias] };
      byKey.set(key, compiled);
      insertWords(aliasWords(phrase), compiled);
    }
  }
  // A family name counts for the persons whose full names end in it, unless it is their own alias.
  for (const { id, alias, rule } of addFamilyNames(families, byKey, (key, compiled) => insertWords([key], compiled), surnameRules)) {
    pageRules.set(`${id}\u0000${alias}`, {
      entityId: id,
      pageMentions: 0,
      related: new Set([id]),
      shortens: (full) => rule.fullName(full) === 'mine',
      person: false,
    });
  }
  const glue = glueWords(aliasLists);
  /** For a name a later body took over (`until`): the words of its own era (./successors.ts). */
  const eraOf = eraWordsOf(index.entries, byKey);
  let original: RegExp | null = null;


  function scan(input: string): ScanResult {
    const hits: Hit[] = [];
    const pending: Hit[] = [];
    const { text, map } = needsPreparing(input) ? prepareForMatching(input) : { text: input, map: null };
    const found = findCandidates(words, text, glue);
    const signals: string[] = [];
    /** Namesakes the block names (`elsewhere` words), before its own context is weighed. */
    const namesakes: string[] = [];
    /** Where the block names a namesake (for the apposition rule below); most blocks have none. */
    let signalAt: Array<(typeof found)[number]> | null = null;
    const all: typeof found = [];
    let within: string[] | null = null;
    let recent: Map<string, boolean | string> | null = null; // per person: whether the block's last full name was a relative's
    let relatives: string[] | null = null;
    /** The hit of a candidate: offsets in the original text. */
    const origin = (i: number): number => (map ? map[i]! : i); // an offset of the prepared text, in the original
    const hitOf = (c: (typeof found)[number], entityId: string, alias: string, ambiguous: boolean): Hit => {
      let end = origin(c.end - 1) + 1;
      // Keep the marks on the last letter (درنةَ) inside the highlight: split off, they render alone.
      while (end < input.length && /[\p{Mn}\u0640]/u.test(input[end]!)) end++;
      return {
        start: origin(c.start),
        end,
        nameStart: origin(c.nameStart),
        entityId,
        alias,
        ambiguous,
        // In the literal, as undefined: a field added to some hits afterwards cost the scan ×1.4 (matcher-ab).
        town: undefined,
      };
    };
    for (const c of found) {
      // A family name of other persons: theirs only after their full name on the page (page policy).
      const family = c.found.surnameOf;
      if (family && !adjectiveReading(text, c)) for (const id of family.ids) pending.push(hitOf(c, id, family.alias, true));
      if (c.found.surnameOnly) continue;
      if (c.found.alsoSignals) namesakes.push(...c.found.alsoSignals);
      if (c.found.alsoSignals || c.found.signal !== undefined) (signalAt ??= []).push(c);
      if (c.found.signal !== undefined) namesakes.push(c.found.signal);
      else if (c.found.entry.type === 'place' && !c.found.rules && (insideOtherName(text, c) || companyNameAfter(text, c))) {
        // شركة البريقة, البريقة لتسويق النفط: the company, and the page's other bare البريقة may be it too (`within`).
        (within ??= []).push(c.found.entry.entityId);
      } else if (c.found.rules && c.found.entry.type === 'organization' && foreignNisbaAfter(text, c, c.found.rules, contextWords.get(c.found.entry.entityId))) {
        // المؤتمر الوطني العراقي: another country's body of that name, and a page about it; a one-word
        // name is also a common noun (القاعدة الأمريكية: a base), so it drops only this hit.
        if (c.found.rules.words.length > 1) signals.push(c.found.entry.entityId);
      } else all.push(c);
    }
    let blockWords: Word[] | null = null;
    /** Ambiguous names accepted by their context in this block (one sense per paragraph). */
    let sensed: Set<string> | null = null;
    // A namesake named beside the entity's own context is one item of a list, not the block's topic:
    // «في ليبيا وأوكرانيا والعراق ولبنان وسورية واليمن» does not make the page's البيضاء Yemen's.
    for (const id of namesakes) {
      const own = ownContext.get(id);
      if (own?.some((r) => confirmedInBlock(r, (blockWords ??= wordsAfter(text, 0, Infinity))))) continue;
      signals.push(id);
    }
    const unambiguous = all.filter(
      (c) => !c.found.rules || (c.found.rules.ambiguity.acceptUnconfirmed === true && !excluded(text, c.found.rules, c)),
    );
    for (const c of all) {
      const { entry, rules } = c.found;
      const settled = rules?.ambiguity.acceptUnconfirmed === true;
      const former = rules !== null && formerBody(text, c, rules, entry.related, unambiguous);
      // The block names this name's namesake elsewhere (طرابلس next to لبنان): not this entity. A
      // settled name (حكومة الوفاق الوطني) heeds only its own namesake's words (الفلسطينية، رامي الحمد الله),
      // not those of the entity's other aliases (باشاغا for «حكومة الوحدة الوطنية»).
      if (rules && !settled && !former && signals.includes(entry.entityId)) continue;
      // Its own context words in the block (ليبيا، السراج) outweigh them: a Libyan story may name Palestinians.
      if (
        settled &&
        !former &&
        signalAt?.some(
          (s) => (s.found.signal === entry.entityId || s.found.alsoSignals?.includes(entry.entityId)) && s.found.signalFor?.includes(entry.alias),
        ) &&
        !confirmedInBlock(rules, (blockWords ??= wordsAfter(text, 0, Infinity)))
      ) {
        continue;
      }
      // Even a full name means the namesake when that one's marker stands in apposition right next
      // to it («رئيس المجلس الرئاسي الليبي، محمد المنفي» is the 2021 council; «المؤتمر الوطني العام في
      // السودان»). Not across «و» (two things coordinated: «الليبية والمصرية»).
      if (!rules && signalAt && namesakeBeside(text, c, signalAt)) continue;
      const family = entry.type === 'person' ? familyReading(text, c, relativesOf.get(entry.entityId), ownWords.of(entry.entityId), familyAliases.get(entry.entityId), (recent ??= new Map())) : null;
      if (family?.names) (relatives ??= []).push(family.names);
      if (family?.relative || (entry.type === 'person' && (familyBefore(text, c) || districtBefore(text, c)))) continue;
      // A place inside a company's name: for a name with rules the company drops only this hit
      // (شركة سرت للنفط); the page's bare سرت keeps its own rules.
      const company = companyNameAfter(text, c) || (rules !== null && insideOtherName(text, c));
      if (entry.type === 'place' && company) (within ??= []).push(entry.entityId);
      if (entry.type === 'place' && (company || otherPlaceReading(text, c, rules?.words ?? []) || tanweenAdjective(input, origin(c.start), origin(c.end - 1) + 1, entry.alias) || tanweenNounBefore(input, origin(c.start), entry.alias, c.prefix))) continue;
      // A body's or an event's one-word name after a channel's noun is the channel («تلفزيون الكرامة»: sauress, raw/c93).
      if ((entry.type === 'organization' || entry.type === 'event') && rules?.words.length === 1 && outletTitle(text, c)) continue;
      let [accepted, weak, senses] = [true, false, false];
      // An alias whose other readings are all listed phrases is settled once none of them applies.
      if (rules && settled) {
        if (excluded(text, rules, c, (x) => governedName(text, x))) continue;
      } else if (rules) {
        if (excluded(text, rules, c) || droppedByBuiltInRules(text, rules, c) || nounNamedBefore(text, c, rules)) continue;
        const { before, after } = windowOf(text, c, rules.ambiguity.window);
        const from = before[0]?.start ?? c.start;
        const to = after.at(-1)?.end ?? c.end;
        // A name that may count on page context may also count on the context of a sentence that
        // names one of the dataset's entities unambiguously (السراج next to حفتر). A long name counts
        // when its end reaches into the window (تنظيم الدولة الإسلامية … في طرابلس). A name among the
        // context (ليبيا، درنة، the nisba الليبية) or a fuller name beside it ties the hit to this
        // entity; common words (مدينة، العاصمة) and prepositions only to some place. The window is
        // read first: reading the whole block is the costly test, asked only when needed.
        // An organisation's short form follows its full name: «استخدام القاعدة … ضد تنظيم القاعدة» is a base.
        const fuller = (): boolean => unambiguous.some((u) => u !== c && shortens(rules, u.found.entry, true) && (entry.type === 'person' || u.start < c.start));
        const nearName = (): boolean => rules.ambiguity.pageMentions > 0 && unambiguous.some((u) => u !== c && u.end > from && u.start < to);
        const inBlock = (): boolean => confirmedInBlock(rules, (blockWords ??= wordsAfter(text, 0, Infinity)));
        const byName = (): boolean => fuller() || nearName() || inBlock();
        const byContext = former || !!family?.tied || confirmedByContext(rules, before, after);
        const nearby =
          byContext || cliticPreposition(rules, c) || governedPlace(text, rules, c) ||
          creditLine(text, c) || toldOutlet(text, c) || dateline(text, c) || quotedName(text, c, rules);
        if (!nearby) {
          accepted = byName();
          // Only another name in its window (داعش beside طرابلس): a page naming the namesake's country overrules it.
          weak = accepted && rules.ambiguity.elsewhere !== undefined && !fuller() && !inBlock();
        } else weak = !former && rules.ambiguity.elsewhere !== undefined && !byName();
        // Words governing this one occurrence (قال للجزيرة، في سرت) say nothing of the paragraph's others.
        senses = accepted && !weak && (byContext || !nearby || byName());
      }
      // Confirmed only by words both bodies share (ليبيا، الليبية، طرابلس), a taken-over name is weak: a page
      // naming the new body's people (المنفي، الدبيبة) in another paragraph takes it back.
      if (rules?.ambiguity.until && rules.ambiguity.elsewhere && accepted && !weak && !former) {
        weak = !eraInBlock(eraOf(entry.entityId), (blockWords ??= wordsAfter(text, 0, Infinity))) && !unambiguous.some((u) => u !== c && shortens(rules, u.found.entry, true));
        senses &&= !weak;
      }
      // Settled hits count as unambiguous page mentions, as they did before their exclusions.
      const hit = hitOf(c, entry.entityId, entry.alias, rules !== null && !settled);
      if (weak) hit.weak = true;
      if (former) hit.former = true;
      if (family?.bare || family?.kin) hit[family.bare ? 'bare' : 'kin'] = true;
      if (entry.type === 'place' && !rules && townNounBefore(text, c)) hit.town = true;
      (accepted ? hits : pending).push(hit);
      if (senses) (sensed ??= new Set()).add(`${entry.entityId}\u0000${entry.alias}`);
    }
    // One sense per paragraph: a name its context confirmed once (by a name or a word of its own, not by
    // a common word or the words governing it) is the same referent where the paragraph repeats it («عناصر تابعة
    // للقاعدة … من قبل القاعدة», «معسكر الحيلة بمدخل درنة … محور الحيلة»). Exclusions and the
    // built-in readings (an adjective, a verb) are applied to each occurrence before.
    const same = sensed ? pending.filter((h) => sensed!.has(`${h.entityId}\u0000${h.alias}`)) : [];
    if (same.length) hits.push(...same), hits.sort((a, b) => a.start - b.start);
    // `relatives` is in the literal even when empty: set after it, it cost the scan ×1.35 (matcher-ab).
    const result: ScanResult = { hits, pending: same.length ? pending.filter((h) => !same.includes(h)) : pending, relatives: relatives ?? undefined };
    if (signals.length) result.signals = signals;
    if (within) result.within = within;
    return result;
  }

  return {
    get regex() {
      return (original ??= buildAliasRegex(regexAliases));
    },
    scan,
    pageRule: (hit) => pageRules.get(`${hit.entityId}\u0000${hit.alias}`) ?? null,
    surnameRule: (hit) => (surnameRules.size ? surnameRules.get(`${hit.entityId}\u0000${hit.alias}`) ?? null : null),
    aliasCount,
  };
}
