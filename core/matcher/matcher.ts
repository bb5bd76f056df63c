/**
 * The compiled name matcher: every alias of the dataset in one trie-shaped RegExp, Arabic-aware
 * (spelling variants, diacritics, tatweel, invisibles, presentation forms, clitics, split
 * compounds), with the dataset's ambiguity rules and a few built-in safety rules. Pure: no DOM.
 *
 * Matching happens on the text prepared by {@link prepareForMatching} (diacritics, tatweel and
 * invisibles removed; usually the text itself) and every offset is mapped back to the original.
 */
import type { Ambiguity, MatcherIndex } from '../dataset/schema';
import {
  IGNORABLE_CLASS,
  foldLetters,
  letterClass,
  normalizeKey,
  normalizeWords,
  prepareForMatching,
} from '../arabic/normalize';

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

type Entry = MatcherIndex['entries'][number];

/** A word character for boundaries (JS `\b` is ASCII-only). */
/** Underscore is not one: hashtags join words with it (#درنة_تحت_الحصار). */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
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
  'بينما', 'لما', 'كلما', 'ما', 'وما', 'لكن', 'ولكن', 'بل',
]);
/** Prepositions and place words: a bare name after or before them reads as a place, not a verb (keys). */
const PLACE_NEIGHBOURS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'وسط', 'شرق', 'غرب', 'شمال', 'جنوب', 'قرب', 'حول',
  'تحت', 'فوق', 'عبر', 'منذ', 'خلال', 'بعد', 'قبل', 'لدي', 'عند', 'ضد', 'نحو', 'داخل', 'خارج',
  'حتي', 'باتجاه', 'تجاه', 'مدينه', 'بلده', 'منطقه', 'محيط', 'اطراف', 'ضواحي', 'مدن', 'مدينتي',
]);
const PUNCTUATION_GAP = /[^\s]/u;
/** Words that govern a noun: a short bare place name right after one cannot be a verb (keys). */
const GOVERNORS = new Set([
  ...PLACE_NEIGHBOURS,
  'تحرير', 'معركه', 'معارك', 'اهالي', 'سكان', 'مدينه', 'محيط', 'ابناء', 'مشارف', 'حصار', 'ميناء',
]);

interface Rules {
  entityId: string;
  type: Entry['type'];
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
    .map((w) => foldLetters(w.replace(IGNORABLE_ALL, '')))
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

const originalToken: TokenWriter = (t) =>
  t === ' '
    ? `\\s[\\s\\p{Cf}\\u0640]*${QUOTES}?`
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
const variantCache = [new Map<string, Set<string>>(), new Map<string, Set<string>>()] as const;

function withClitics(key: string, article: boolean): Set<string> {
  const cache = variantCache[article ? 1 : 0];
  const cached = cache.get(key);
  if (cached) return cached;
  const bases = [key];
  if (article && !key.startsWith('ال')) bases.push(`ال${key}`);
  const out = new Set<string>();
  for (const base of bases) {
    out.add(base);
    for (const p of CLITIC_PREFIXES) out.add(p + base);
    if (base.startsWith('ال')) for (const p of ['ل', 'ول', 'فل']) out.add(p + base.slice(1));
  }
  cache.set(key, out);
  return out;
}

function wordIs(textKey: string, target: string): boolean {
  return textKey === target || withClitics(target, false).has(textKey);
}

function compileRules(entry: Entry, ambiguity: Ambiguity): Rules {
  const { entityId, type, alias } = entry;
  const words = normalizeWords(alias);
  const exclude = ambiguity.exclude.map((phrase) => {
    const p = normalizeWords(phrase);
    let at = -1;
    for (let k = 0; k + words.length <= p.length && at < 0; k++) {
      if (wordIs(p[k]!, words[0]!) && words.every((w, j) => j === 0 || p[k + j] === w)) at = k;
    }
    return { words: p, at };
  });
  return { entityId, type, ambiguity, words, exclude, context: ambiguity.context.map(normalizeWords) };
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Words read around a position, computed once per position and block (rules ask repeatedly). */
const WINDOW_MAX = 12;
let cachedText = '';
const beforeCache = new Map<number, Word[]>();
const afterCache = new Map<number, Word[]>();

function useCache(text: string): void {
  if (text === cachedText) return;
  cachedText = text;
  beforeCache.clear();
  afterCache.clear();
}

function readBefore(text: string, pos: number, n: number): Word[] {
  const from = Math.max(0, pos - 40 * n - 40);
  const out: Word[] = [];
  for (const m of text.slice(from, pos).matchAll(WORD_RE)) {
    if (m.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) continue;
    out.push({ key: foldLetters(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out.slice(-n);
}

function readAfter(text: string, pos: number, n: number): Word[] {
  const re = new RegExp(WORD_RE.source, 'gu');
  re.lastIndex = pos;
  const out: Word[] = [];
  let m: RegExpExecArray | null;
  while (out.length < n && (m = re.exec(text))) {
    out.push({ key: foldLetters(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function wordsBefore(text: string, pos: number, n: number): Word[] {
  if (n <= 0) return [];
  if (n > WINDOW_MAX) return readBefore(text, pos, n);
  useCache(text);
  let words = beforeCache.get(pos);
  if (!words) beforeCache.set(pos, (words = readBefore(text, pos, WINDOW_MAX)));
  return words.slice(-n);
}

function wordsAfter(text: string, pos: number, n: number): Word[] {
  if (n <= 0) return [];
  if (n > WINDOW_MAX) return readAfter(text, pos, n);
  useCache(text);
  let words = afterCache.get(pos);
  if (!words) afterCache.set(pos, (words = readAfter(text, pos, WINDOW_MAX)));
  return words.slice(0, n);
}

/** Whether `words` (text, in order) match `phrase` word for word, clitics allowed. */
function sequenceIs(words: Word[], phrase: string[], article = false): boolean {
  if (words.length !== phrase.length) return false;
  return phrase.every((p, i) => {
    const k = words[i]!.key;
    return k === p || withClitics(p, article).has(k);
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
 * Built-in safety rules for ambiguous aliases, applied after the dataset's `exclude` phrases and
 * before its `context` words (a confirming word nearby does not rescue these readings):
 * - Attributive adjective: a one-word ambiguous alias with the article, written without a clitic,
 *   right after a definite noun (only spaces between) is an adjective agreeing with that noun:
 *   الأسلحة البيضاء، القمصان البيضاء، الخبراء المصريون. A place after a noun stands in a construct,
 *   whose first noun has no article (مدينة البيضاء), or after a preposition (في البيضاء).
 * - Verb reading: a short (≤ 4 letters) one-word ambiguous alias without the article (سرت), with no
 *   clitic but و, opening a clause (block start, punctuation, or a particle such as قد، كما)
 *   and followed directly by a word that is not a preposition, a place word, a number or a definite
 *   nisba adjective (سرت الليبية) — سرت شائعات، وسرت أنباء، سرت مخاوف — is the verb, not the name.
 * - ف or ك before such a short bare alias ending in ت (the perfect's subject suffix) makes a verb
 *   far more often than a name: فسرت "she explained", كسرت "she broke" — a root letter, not a
 *   clitic. Other short aliases keep them (فمصر، كمصر: no such verb).
 */
function droppedByBuiltInRules(text: string, rules: Rules, c: Candidate): boolean {
  if (rules.words.length !== 1) return false;
  const key = rules.words[0]!;
  const { prefix, start, nameStart, end } = c;
  const [prev] = wordsBefore(text, start, 1);
  if (key.startsWith('ال') && prefix === '') {
    return !!prev && !PUNCTUATION_GAP.test(text.slice(prev.end, nameStart)) && isDefinite(prev.key);
  }
  if (!isVerbLike(key)) return false;
  if (/[فك]/.test(prefix) && key.endsWith('ت')) return true;
  if (prefix !== '' && prefix !== 'و') return false;
  const opensClause = !prev || PUNCTUATION_GAP.test(text.slice(prev.end, start)) || CLAUSE_OPENERS.has(prev.key);
  const [next] = wordsAfter(text, end, 1);
  return (
    opensClause &&
    !!next &&
    !PUNCTUATION_GAP.test(text.slice(end, next.start)) &&
    !/\p{N}/u.test(next.key) &&
    !PLACE_NEIGHBOURS.has(next.key) &&
    !(isDefinite(next.key) && /(?:يه|ي)$/.test(next.key)) &&
    // A name opening a sentence is usually followed by its verb (سرت تستعد); the subject of the
    // verb سرت is a noun, often a plural in ات (سرت تكهنات).
    !(next.key.startsWith('ت') && !/(?:ات|ه)$/.test(next.key))
  );
}

/** A short word without the article: the shape of a perfect verb (سرت). */
function isVerbLike(key: string): boolean {
  return !key.startsWith('ال') && key.length <= 4;
}

/**
 * Built-in confirmation: a verb-like place name (see {@link droppedByBuiltInRules}) governed by a
 * preposition — a clitic ب/ل/ك, or a preposition or construct noun right before it (في سرت، تحرير
 * سرت، محيط سرت) — is a noun, hence the place: a preposition cannot govern a verb.
 */
function governedPlace(text: string, rules: Rules, c: Candidate): boolean {
  if (c.found.entry.type !== 'place' || rules.words.length !== 1 || !isVerbLike(rules.words[0]!)) return false;
  if (/[بكل]$/.test(c.prefix)) return true;
  const [prev] = wordsBefore(text, c.start, 1);
  return !!prev && !PUNCTUATION_GAP.test(text.slice(prev.end, c.start)) && GOVERNORS.has(prev.key);
}

/**
 * Whether an `exclude` phrase covers the hit. A phrase that contains the alias must match the words
 * around it (الدار البيضاء، مصر على); a phrase written with the alias's clitic (فسرت) must match
 * the hit's whole word; a phrase without the alias must be right before or after it.
 */
function excluded(text: string, rules: Rules, c: Candidate): boolean {
  const hitWord = normalizeKey(c.prefix + c.name);
  for (const { words, at } of rules.exclude) {
    if (at >= 0) {
      const own = words[at]!;
      if (own !== rules.words[0] && own !== hitWord) continue;
      const before = words.slice(0, at);
      const after = words.slice(at + rules.words.length);
      if (sequenceIs(wordsBefore(text, c.start, before.length), before) && sequenceIs(wordsAfter(text, c.end, after.length), after)) {
        return true;
      }
    } else if (
      sequenceIs(wordsAfter(text, c.end, words.length), words) ||
      sequenceIs(wordsBefore(text, c.start, words.length), words)
    ) {
      return true;
    }
  }
  return false;
}

/** The prepared-text span of `n` words either side of a candidate. */
function windowOf(text: string, c: Candidate, n: number): { before: Word[]; after: Word[] } {
  return { before: wordsBefore(text, c.start, n), after: wordsAfter(text, c.end, n) };
}

/**
 * Whether an ambiguous alias is a short form of another alias of the same person (السراج of فائز
 * السراج, الأسد of بشار الأسد): news names a person in full, then by surname or title. Not for
 * organisations, places or events, whose short forms are common nouns that a page also uses in
 * their own sense (تنظيم القاعدة, then القاعدة الأمريكية في النيجر, a military base).
 */
function shortens(rules: Rules, full: { entityId: string; alias: string }): boolean {
  if (rules.type !== 'person' || full.entityId !== rules.entityId) return false;
  const long = normalizeWords(full.alias);
  const short = rules.words;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.length < long.length && short.every((w, j) => long[i + j] === w)) return true;
  }
  return false;
}

/** Prepositions (keys) that a context list may name; the clitics ب and ل are prepositions too. */
const PREPOSITIONS = new Set(['في', 'الي', 'من', 'علي', 'عن', 'ب', 'ل']);

/**
 * Where the dataset lets a preposition confirm an alias (القاهرة: في، إلى، من), a preposition
 * written as a clitic on the name confirms it the same way: بالقاهرة، للقاهرة، لسورية.
 */
function cliticPreposition(rules: Rules, c: Candidate): boolean {
  return /[بل]$/.test(c.prefix) && rules.context.some((phrase) => phrase.length === 1 && PREPOSITIONS.has(phrase[0]!));
}

function confirmedByContext(rules: Rules, before: Word[], after: Word[]): boolean {
  return rules.context.some((phrase) => containsPhrase(before, phrase) || containsPhrase(after, phrase));
}

/** A node of the word trie: aliases as sequences of folded words. */
interface WordNode {
  next: Map<string, WordNode>;
  compiled?: Compiled;
}

const QUOTE_CHARS = new Set([...'"\'«»“”‘’„‟‹›']);
const QUOTES_ALL = new RegExp(QUOTES, 'gu');
/** Every ignorable letter (diacritics, tatweel, invisibles): one replace per word, not a test per letter. */
const IGNORABLE_ALL = new RegExp(IGNORABLE_CLASS, 'gu');
const CLITIC_SET = new Set(CLITIC_PREFIXES);
const WORD_GAP = /^\s+["'«»“”‘’„‟‹›]?$/u;

/** An alias as folded words, a compound head joined to the word after it (عبد الكافي → عبدالكافي). */
function aliasWords(alias: string): string[] {
  const words = alias
    .normalize('NFKC')
    .split(/[\s\u00A0]+/)
    .map((w) => foldLetters(w.replace(IGNORABLE_ALL, '').replace(QUOTES_ALL, '')))
    .filter((w) => w.length > 0);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    out.push(COMPOUND_HEADS.includes(w) && i + 1 < words.length ? w + words[++i]! : w);
  }
  return out;
}

/** Whether the UTF-16 unit at `i` is a word character (a letter or a number: `WORD_RE`). */
function isWordCode(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0660 && code <= 0x0669) || (code >= 0x066e && code <= 0x06d3)) {
    return true;
  }
  // Common punctuation of Arabic text (no letter or number among them): no regex test, no string.
  if (code === 0xa0 || code === 0xab || code === 0xbb || code === 0x060c || code === 0x061b || code === 0x061f) return false;
  if (code >= 0x2000 && code <= 0x206f) return false;
  return WORD_UNIT.test(text[i]!);
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

/**
 * Whether `prepareForMatching` could change a text: false when every unit is one it keeps as is
 * (ASCII and Latin-1 but the soft hyphen, the Arabic letters but tatweel, Arabic digits and
 * punctuation, general punctuation but its invisibles). Then it would return the text unmapped;
 * checking this by char codes is several times cheaper than its Unicode-property regex.
 */
function needsPreparing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0300) {
      if (code === 0xad) return true;
    } else if (
      !(
        (code >= 0x0621 && code <= 0x063a) ||
        (code >= 0x0641 && code <= 0x064a) ||
        (code >= 0x0660 && code <= 0x0669) ||
        code === 0x060c ||
        code === 0x061b ||
        code === 0x061f ||
        (code >= 0x2010 && code <= 0x2027) ||
        (code >= 0x2030 && code <= 0x205f)
      )
    ) {
      return true;
    }
  }
  return false;
}

/** Word tokens of a prepared text, as flat [start, end] pairs. */
function tokenize(text: string): number[] {
  const out: number[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const word = isWordCode(text, i);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) out.push(start, text.length);
  return out;
}

/** Whether an alias's tokens end in alef + hamza, a final hamza informal writing drops. */
function dropsFinalHamza(tokens: string[]): boolean {
  return tokens.at(-1) === 'ء' && tokens.at(-2) === 'ا' && tokens.length > 4;
}

/** The trie tokens of every spelling of an alias the regex finds. */
function spellingsOf({ alias, accusative }: { alias: string; accusative: boolean }): string[][] {
  const tokens = aliasTokens(alias);
  const spellings = [tokens];
  // Informal writing drops a final hamza after alef: سينا for سيناء.
  if (dropsFinalHamza(tokens)) spellings.push(tokens.slice(0, -1));
  if (accusative) spellings.push([...tokens, 'ا']);
  return spellings;
}

/** A match of the regex in prepared text, before the rules are applied. */
interface Candidate {
  prefix: string;
  name: string;
  start: number;
  nameStart: number;
  end: number;
  found: Compiled;
}

/** Compiles every alias of an index into one matcher. */
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

  /**
   * Every candidate in a prepared text, walking the word trie token by token: the cost per word is a
   * few hash lookups, whatever the number of aliases (a 10,000-alias regex takes seconds to compile).
   */
  function candidates(text: string): Candidate[] {
    const out: Candidate[] = [];
    const folded = foldLetters(text);
    const t = tokenize(text);
    const n = t.length / 2;
    const key = (i: number): string => folded.slice(t[2 * i]!, t[2 * i + 1]!);
    const gap = (i: number): string => text.slice(t[2 * i + 1]!, t[2 * i + 2]!);
    /** The node of a first word at token i (joined to the next if it is a compound head), and its last token. */
    const firstNode = (word: string, i: number): Array<[WordNode, number]> => {
      const found: Array<[WordNode, number]> = [];
      const node = words.next.get(word);
      if (node) found.push([node, i]);
      if (COMPOUND_HEADS.includes(word) && i + 1 < n && /^\s+$/.test(gap(i))) {
        const joined = words.next.get(word + key(i + 1));
        if (joined) found.push([joined, i + 1]);
      }
      return found;
    };
    /**
     * A one-word name in the accusative with tanwin, written with its seat alef (داعشًا، داعشا:
     * the tanwin sign itself is already gone from prepared text). Only an unambiguous alias without
     * the article that ends in a consonant declines so; ambiguous ones are left out because the alef
     * makes other words too (مصرًّا "insisting").
     */
    const accusative = (rest: string): WordNode | null => {
      if (rest.length < 4 || !rest.endsWith('ا')) return null;
      const found = words.next.get(rest.slice(0, -1))?.compiled;
      if (!found || found.rules || /^ال|[اويهء]$/.test(rest.slice(0, -1))) return null;
      return aliasWords(found.entry.alias).length === 1 ? { next: new Map(), compiled: found } : null;
    };
    let i = 0;
    while (i < n) {
      const word = key(i);
      const starts: Array<{ nameStart: number; nodes: Array<[WordNode, number]> }> = [];
      for (let p = 0; p <= 2 && p < word.length; p++) {
        const prefix = word.slice(0, p);
        if (p > 0 && !CLITIC_SET.has(prefix)) continue;
        const rest = word.slice(p);
        const nodes = firstNode(rest, i);
        if (prefix.endsWith('ل') && rest.startsWith('ل')) nodes.push(...firstNode(`ا${rest}`, i));
        const declined = nodes.length === 0 ? accusative(rest) : null;
        if (declined) nodes.push([declined, i]);
        if (nodes.length) starts.push({ nameStart: t[2 * i]! + p, nodes });
      }
      // A clitic written apart from a quoted name: لـ"داعش" (tatweel already removed).
      if (CLITIC_SET.has(word) && i + 1 < n && gap(i).length === 1 && QUOTE_CHARS.has(gap(i))) {
        const nodes = firstNode(key(i + 1), i + 1);
        if (nodes.length) starts.push({ nameStart: t[2 * i + 2]!, nodes });
      }
      let best: { nameStart: number; last: number; compiled: Compiled } | null = null;
      for (const { nameStart, nodes } of starts) {
        for (const [first, firstLast] of nodes) {
          let node = first;
          let j = firstLast;
          let match = node.compiled ? j : -1;
          let matched = node.compiled;
          while (j + 1 < n && WORD_GAP.test(gap(j))) {
            let next = node.next.get(key(j + 1));
            let step = 1;
            if (!next && COMPOUND_HEADS.includes(key(j + 1)) && j + 2 < n && /^\s+$/.test(gap(j + 1))) {
              next = node.next.get(key(j + 1) + key(j + 2));
              step = 2;
            }
            if (!next) break;
            node = next;
            j += step;
            if (node.compiled) {
              match = j;
              matched = node.compiled;
            }
          }
          if (matched && match >= 0 && (!best || t[2 * match + 1]! > t[2 * best.last + 1]!)) {
            best = { nameStart, last: match, compiled: matched };
          }
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const start = t[2 * i]!;
      const end = t[2 * best.last + 1]!;
      out.push({
        prefix: text.slice(start, best.nameStart),
        name: text.slice(best.nameStart, end),
        start,
        nameStart: best.nameStart,
        end,
        found: best.compiled,
      });
      i = best.last + 1;
    }
    return out;
  }

  function scan(input: string): ScanResult {
    const hits: Hit[] = [];
    const pending: Hit[] = [];
    const { text, map } = needsPreparing(input) ? prepareForMatching(input) : { text: input, map: null };
    const all = candidates(text);
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
      if (!original) {
        const root: TrieNode = { children: new Map(), terminal: false };
        for (const t of regexAliases.flatMap(spellingsOf)) {
          insert(root, t);
          // ل + ال is written لل (للبيضاء): the alias without its alef, valid only after a ل clitic.
          if (t[0] === 'ا' && t[1] === 'ل' && t.length > 3) insert(root, t.slice(1));
        }
        original = buildRegex(root, originalToken, true);
      }
      return original;
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
