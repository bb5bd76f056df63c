/**
 * The compiled name matcher: every alias of the dataset in one trie-shaped RegExp, Arabic-aware
 * (spelling variants, diacritics, tatweel, invisibles, presentation forms, clitics, split
 * compounds), with the dataset's ambiguity rules and a few built-in safety rules. Pure: no DOM.
 *
 * Matching happens on the text prepared by {@link prepareForMatching} (diacritics, tatweel and
 * invisibles removed; usually the text itself) and every offset is mapped back to the original.
 */
import type { Ambiguity, MatcherIndex } from '../data/schema';
import {
  IGNORABLE_CLASS,
  foldLetter,
  isIgnorable,
  letterClass,
  normalizeKey,
  normalizeWords,
  prepareForMatching,
} from './arabic-normalize';

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
  /** Whether a pending hit counts, given how many unambiguous hits the page has so far. */
  acceptsPending(hit: Hit, unambiguousOnPage: number): boolean;
  /** Number of aliases compiled, for stats. */
  readonly aliasCount: number;
}

type Entry = MatcherIndex['entries'][number];

/** A word character for boundaries (JS `\b` is ASCII-only). */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
/** Quotes that may stand between a clitic and a name: لـ"داعش"، بـ«داعش»، لـ”داعش”. */
const QUOTES = '["\'«»“”‘’„‟‹›]';
/** Conjunctions و/ف, then one of the prepositions ب/ك/ل. */
const CLITIC_PREFIXES = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];
/** Words after which the next word may be written attached: عبد الكافي / عبدالكافي, أبو ظبي / أبوظبي. */
const COMPOUND_HEADS = ['عبد', 'ابو', 'ابي', 'ابا'];
/** Words that start with ال without being definite nouns (keys). */
const NOT_DEFINITE = new Set([
  'الي', 'الا', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي',
  'الان', 'الف', 'الاف', 'الله', 'اللهم',
]);
/** Particles that may open a clause before a verb (keys). */
const CLAUSE_OPENERS = new Set([
  'قد', 'لقد', 'وقد', 'فقد', 'كما', 'ثم', 'حيث', 'اذ', 'اذا', 'بعدما', 'عندما', 'حين', 'حينما', 'فيما',
  'بينما', 'لما', 'كلما', 'ما', 'وما', 'ان', 'لكن', 'ولكن', 'بل', 'فيما',
]);
/** Prepositions and place words: a bare name after or before them reads as a place, not a verb (keys). */
const PLACE_NEIGHBOURS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'وسط', 'شرق', 'غرب', 'شمال', 'جنوب', 'قرب', 'حول',
  'تحت', 'فوق', 'عبر', 'منذ', 'خلال', 'بعد', 'قبل', 'لدي', 'عند', 'ضد', 'نحو', 'داخل', 'خارج',
  'حتي', 'باتجاه', 'تجاه', 'مدينه', 'بلده', 'منطقه', 'محيط', 'اطراف', 'ضواحي', 'مدن', 'مدينتي',
]);
const PUNCTUATION_GAP = /[^\s]/u;

interface Rules {
  ambiguity: Ambiguity;
  /** Alias words (keys). */
  words: string[];
  exclude: Array<{ words: string[]; at: number }>;
  context: string[][];
}

interface Compiled {
  entry: Entry;
  rules: Rules | null;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

/** A prepared word of the text around a hit. */
interface Word {
  key: string;
  start: number;
  end: number;
}

/**
 * The trie tokens of an alias: folded letters, ' ' for a required space, '~' for an optional one
 * (after a compound head). Diacritics, tatweel and invisibles in the alias are dropped.
 */
function aliasTokens(alias: string): string[] {
  const words = alias
    .normalize('NFKC')
    .split(/[\s\u00A0]+/)
    .map((w) => [...w].filter((ch) => !isIgnorable(ch)).map(foldLetter).join(''))
    .filter((w) => w.length > 0);
  const tokens: string[] = [];
  words.forEach((word, i) => {
    if (i > 0) tokens.push(COMPOUND_HEADS.includes(words[i - 1]!) ? '~' : ' ');
    const head = COMPOUND_HEADS.find((h) => word.startsWith(h) && word.length - h.length >= 3);
    if (head) {
      tokens.push(...head, '~', ...word.slice(head.length));
    } else {
      tokens.push(...word);
    }
  });
  return tokens;
}

function insert(root: TrieNode, tokens: string[]): void {
  let node = root;
  for (const t of tokens) {
    let next = node.children.get(t);
    if (!next) {
      next = { children: new Map(), terminal: false };
      node.children.set(t, next);
    }
    node = next;
  }
  node.terminal = true;
}

/** How a trie token is written in the regex, for prepared text or for original text. */
type TokenWriter = (token: string) => string;

const preparedToken: TokenWriter = (t) => (t === ' ' ? '\\s+' : t === '~' ? '\\s*' : letterClass(t));
const originalToken: TokenWriter = (t) =>
  t === ' '
    ? `\\s[\\s\\p{Cf}\\u0640]*`
    : t === '~'
      ? `[\\s\\p{Cf}\\u0640]*`
      : `${letterClass(t)}${IGNORABLE_CLASS}*`;

/**
 * The regex source of a trie. Children first and the end of a name last (a greedy `?`), so at any
 * start the longest alias wins; letter classes are disjoint, so the trie stays deterministic.
 */
function trieSource(node: TrieNode, write: TokenWriter): string {
  const alternatives: string[] = [];
  for (const [token, child] of node.children) alternatives.push(write(token) + trieSource(child, write));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  if (!node.terminal) return body;
  return alternatives.length === 1 && !body.startsWith('(?:') ? `(?:${body})?` : `${body}?`;
}

function buildRegex(root: TrieNode, write: TokenWriter, original: boolean): RegExp {
  const ign = original ? `${IGNORABLE_CLASS}*` : '';
  const clitics = `(?:[وف]${ign}(?:[بكل]${ign})?|[بكل]${ign})`;
  const prefix = `((?:${clitics}(?:${QUOTES}${ign})?)?)`;
  const body = trieSource(root, write) || '(?!)';
  return new RegExp(`(?<!${WORD_CHAR})${prefix}(${body})(?!${WORD_CHAR})`, 'gu');
}

/** Every spelling of a word with clitics (and, for context words, the article) attached. */
function withClitics(key: string, article: boolean): string[] {
  const bases = [key];
  if (article && !key.startsWith('ال')) bases.push(`ال${key}`);
  const out = new Set<string>();
  for (const base of bases) {
    out.add(base);
    for (const p of CLITIC_PREFIXES) out.add(p + base);
    if (base.startsWith('ال')) for (const p of ['ل', 'ول', 'فل']) out.add(p + base.slice(1));
  }
  return [...out];
}

function wordIs(textKey: string, target: string): boolean {
  return textKey === target || withClitics(target, false).includes(textKey);
}

function compileRules(alias: string, ambiguity: Ambiguity): Rules {
  const words = normalizeWords(alias);
  const exclude = ambiguity.exclude.map((phrase) => {
    const p = normalizeWords(phrase);
    let at = -1;
    for (let k = 0; k + words.length <= p.length && at < 0; k++) {
      if (wordIs(p[k]!, words[0]!) && words.every((w, j) => j === 0 || p[k + j] === w)) at = k;
    }
    return { words: p, at };
  });
  return { ambiguity, words, exclude, context: ambiguity.context.map(normalizeWords) };
}

const WORD_RE = /[\p{L}\p{N}_]+/gu;

function wordsBefore(text: string, pos: number, n: number): Word[] {
  if (n <= 0) return [];
  const from = Math.max(0, pos - 40 * n - 40);
  const slice = text.slice(from, pos);
  const out: Word[] = [];
  for (const m of slice.matchAll(WORD_RE)) {
    if (m.index === 0 && from > 0 && /[\p{L}\p{N}_]/u.test(text[from - 1]!)) continue;
    out.push({ key: normalizeKey(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out.slice(-n);
}

function wordsAfter(text: string, pos: number, n: number): Word[] {
  const re = new RegExp(WORD_RE.source, 'gu');
  re.lastIndex = pos;
  const out: Word[] = [];
  let m: RegExpExecArray | null;
  while (out.length < n && (m = re.exec(text))) {
    out.push({ key: normalizeKey(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Whether `words` (text, in order) match `phrase` word for word, clitics allowed. */
function sequenceIs(words: Word[], phrase: string[], article = false): boolean {
  if (words.length !== phrase.length) return false;
  return phrase.every((p, i) => {
    const k = words[i]!.key;
    return k === p || withClitics(p, article).includes(k);
  });
}

function containsPhrase(words: Word[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (sequenceIs(words.slice(i, i + phrase.length), phrase, true)) return true;
  }
  return false;
}

function isDefinite(key: string): boolean {
  if (NOT_DEFINITE.has(key) || key.length <= 3) return false;
  return /^(?:[وف]?[بك]?ال|[وف]?لل)/.test(key);
}

/**
 * Built-in safety rules for ambiguous aliases, on top of the dataset's rules:
 * - Attributive adjective: a one-word ambiguous alias with the article, written without a clitic,
 *   right after a definite noun (only spaces between) is an adjective agreeing with that noun:
 *   الأسلحة البيضاء، الراية البيضاء، الخبراء المصريون. (A place after a noun is in a construct,
 *   whose first noun has no article: مدينة البيضاء.)
 * - Verb reading: a short (≤ 4 letters) one-word ambiguous alias without the article (سرت), with no
 *   clitic but و/ف, opening a clause (block start, punctuation, or a particle such as قد، كما)
 *   and followed directly by a noun that is not a preposition or place word — سرت شائعات،
 *   وسرت أنباء، سرت مخاوف — is the verb, not the place.
 */
function droppedByBuiltInRules(text: string, rules: Rules, prefix: string, nameStart: number, end: number): boolean {
  if (rules.words.length !== 1) return false;
  const key = rules.words[0]!;
  const [prev] = wordsBefore(text, nameStart - prefix.length, 1);
  if (key.startsWith('ال') && prefix === '') {
    if (prev && !PUNCTUATION_GAP.test(text.slice(prev.end, nameStart)) && isDefinite(prev.key)) return true;
  }
  if (!key.startsWith('ال') && key.length <= 4 && (prefix === '' || prefix === 'و' || prefix === 'ف')) {
    const start = nameStart - prefix.length;
    const opensClause =
      !prev || PUNCTUATION_GAP.test(text.slice(prev.end, start)) || CLAUSE_OPENERS.has(prev.key);
    const [next] = wordsAfter(text, end, 1);
    if (
      opensClause &&
      next &&
      !PUNCTUATION_GAP.test(text.slice(end, next.start)) &&
      !/\p{N}/u.test(next.key) &&
      !PLACE_NEIGHBOURS.has(next.key) &&
      !(isDefinite(next.key) && /(?:يه|ي)$/.test(next.key))
    ) {
      return true;
    }
  }
  return false;
}

function excluded(text: string, rules: Rules, start: number, end: number): boolean {
  for (const { words, at } of rules.exclude) {
    if (at >= 0) {
      const before = words.slice(0, at);
      const after = words.slice(at + rules.words.length);
      if (
        sequenceIs(wordsBefore(text, start, before.length), before) &&
        sequenceIs(wordsAfter(text, end, after.length), after)
      ) {
        return true;
      }
    } else if (
      sequenceIs(wordsAfter(text, end, words.length), words) ||
      sequenceIs(wordsBefore(text, start, words.length), words)
    ) {
      return true;
    }
  }
  return false;
}

function confirmedByContext(text: string, rules: Rules, start: number, end: number): boolean {
  const n = rules.ambiguity.window;
  const before = wordsBefore(text, start, n);
  const after = wordsAfter(text, end, n);
  return rules.context.some((phrase) => containsPhrase(before, phrase) || containsPhrase(after, phrase));
}

/** Compiles every alias of an index into one matcher. */
export function compileMatcher(index: MatcherIndex): Matcher {
  const root: TrieNode = { children: new Map(), terminal: false };
  const byKey = new Map<string, Compiled>();
  const rulesOf = new Map<string, Rules>();
  for (const entry of index.entries) {
    const key = normalizeKey(entry.alias);
    if (!key || byKey.has(key)) continue;
    const rules = entry.ambiguous ? compileRules(entry.alias, entry.ambiguous) : null;
    byKey.set(key, { entry, rules });
    if (rules) rulesOf.set(`${entry.entityId}\u0000${entry.alias}`, rules);
    const tokens = aliasTokens(entry.alias);
    insert(root, tokens);
    // ل + ال is written لل (للبيضاء): the alias without its alef, valid only after a ل clitic.
    if (tokens[0] === 'ا' && tokens[1] === 'ل' && tokens.length > 3) insert(root, tokens.slice(1));
  }
  const prepared = buildRegex(root, preparedToken, false);
  let original: RegExp | null = null;

  function scan(input: string): ScanResult {
    const hits: Hit[] = [];
    const pending: Hit[] = [];
    const { text, map } = prepareForMatching(input);
    const re = prepared;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const prefix = m[1] ?? '';
      const name = m[2] ?? '';
      const key = normalizeKey(name);
      let found = byKey.get(key);
      if (!found) {
        found = prefix.endsWith('ل') ? byKey.get(`ا${key}`) : undefined;
        if (!found) {
          re.lastIndex = m.index + 1;
          continue;
        }
      }
      const start = m.index;
      const nameStart = start + prefix.length;
      const end = nameStart + name.length;
      const { entry, rules } = found;
      let accepted = true;
      if (rules) {
        if (excluded(text, rules, start, end) || droppedByBuiltInRules(text, rules, prefix, nameStart, end)) continue;
        accepted = confirmedByContext(text, rules, start, end);
      }
      let origEnd = map ? map[end - 1]! + 1 : end;
      while (origEnd < input.length && isIgnorable(input[origEnd]!)) origEnd++;
      const hit: Hit = {
        start: map ? map[start]! : start,
        end: origEnd,
        nameStart: map ? map[nameStart]! : nameStart,
        entityId: entry.entityId,
        alias: entry.alias,
        ambiguous: rules !== null,
      };
      (accepted ? hits : pending).push(hit);
    }
    return { hits, pending };
  }

  return {
    get regex() {
      original ??= buildRegex(root, originalToken, true);
      return original;
    },
    scan,
    acceptsPending(hit, unambiguousOnPage) {
      const rules = rulesOf.get(`${hit.entityId}\u0000${hit.alias}`);
      if (!rules) return true;
      const needed = rules.ambiguity.pageMentions;
      return needed > 0 && unambiguousOnPage >= needed;
    },
    aliasCount: byKey.size,
  };
}
