/**
 * The rules that decide an ambiguous alias inside one block: the dataset's `exclude` phrases and
 * `context` words, and the built-in linguistic rules (attributive adjective, verb reading,
 * governed place, clitic preposition, a person's short form after the full name).
 */
import type { Ambiguity } from '../dataset/schema';
import { foldForMatching, matchKey, matchWords } from '../arabic/normalize';
import { CLITIC_PREFIXES, type Candidate, type Entry } from './word-trie';

/** «ال» words that are no definite noun (keys, ذ folded to د; not «الذين», which folds to «الدين», "the religion"). */
const NOT_DEFINITE = new Set(
  ['الي', 'الا', 'الذي', 'التي', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللاتي', 'اللواتي', 'الان', 'الف', 'الاف', 'الله', 'اللهم'].map(foldForMatching),
);
/** Particles that may open a clause before a verb (keys). */
const CLAUSE_OPENERS = new Set(
  ['قد', 'لقد', 'وقد', 'فقد', 'كما', 'ثم', 'حيث', 'اذ', 'اذا', 'بعدما', 'عندما', 'حين', 'حينما', 'فيما', 'بينما', 'لما', 'كلما', 'ما', 'وما', 'لكن', 'ولكن', 'بل'].map(foldForMatching),
);
/** Prepositions and place words: a bare name after or before them reads as a place, not a verb (keys). */
const PLACE_NEIGHBOURS = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'وسط', 'شرق', 'غرب', 'شمال', 'جنوب', 'قرب', 'حول',
  'تحت', 'فوق', 'عبر', 'منذ', 'خلال', 'بعد', 'قبل', 'لدي', 'عند', 'ضد', 'نحو', 'داخل', 'خارج',
  'حتي', 'باتجاه', 'تجاه', 'مدينه', 'بلده', 'منطقه', 'محيط', 'اطراف', 'ضواحي', 'مدن', 'مدينتي',
].map(foldForMatching));
export const PUNCTUATION_GAP = /[^\s]/u;
export const QUOTES_ALL = /["'«»“”‘’„‟‹›]/gu;
/** Words that govern a noun: a short bare place name right after one cannot be a verb (keys). */
export const GOVERNORS = new Set([
  ...PLACE_NEIGHBOURS,
  'تحرير', 'معركه', 'معارك', 'اهالي', 'سكان', 'مدينه', 'محيط', 'ابناء', 'مشارف', 'حصار', 'ميناء',
]);


export interface Rules {
  entityId: string;
  type: Entry['type'];
  ambiguity: Ambiguity;
  /** Alias words (keys). */
  words: string[];
  exclude: Array<{ words: string[]; at: number }>;
  context: string[][];
  /**
   * The context words that count anywhere in the block: names (another alias of the dataset) and
   * nisba adjectives (الليبية), not common nouns (مدينة، قوات), which a paragraph uses in other senses.
   * For aliases that may count on page context, and for persons' names (المالكي in a paragraph about
   * العراق), whose other bearers the page would not let count (pageMentions 0).
   */
  readonly blockContext: string[][];
}


/** A prepared word of the text around a hit. */
export interface Word {
  key: string;
  start: number;
  end: number;
}


/** Every spelling of a word with clitics (and, for context words, the article) attached. */
const variantCache = [new Map<string, Set<string>>(), new Map<string, Set<string>>()] as const;

export function withClitics(key: string, article: boolean): Set<string> {
  const cache = variantCache[article ? 1 : 0];
  const cached = cache.get(key);
  if (cached) return cached;
  const bases = [key];
  if (article && !key.startsWith('ال')) bases.push(`ال${key}`);
  const out = new Set<string>();
  // ف or ك on a short word ending in ت makes a verb (فسرت "she explained", كسرت "she broke"), as for aliases
  // (droppedByBuiltInRules): «كسرت أحادية التمثيل» is no word «سرت» (safiralchamal, raw/c134).
  const verbT = isVerbLike(key) && key.endsWith('ت');
  for (const base of bases) {
    out.add(base);
    for (const p of CLITIC_PREFIXES) if (!(verbT && base === key && /[فك]/.test(p))) out.add(p + base);
    if (base.startsWith('ال')) for (const p of ['ل', 'ول', 'فل']) out.add(p + base.slice(1));
  }
  cache.set(key, out);
  return out;
}

export function wordIs(textKey: string, target: string): boolean {
  return textKey === target || withClitics(target, false).has(textKey);
}

/** A nisba adjective with the article: الليبية، الليبي، الليبيين، الليبيون، العراقية. */
export const NISBA = /^ال..+ي(?:ه|ين|ون)?$/;

export function compileRules(entry: Entry, ambiguity: Ambiguity, isName: (key: string) => boolean): Rules {
  const { entityId, type, alias } = entry;
  const words = matchWords(alias);
  const exclude = ambiguity.exclude.map((phrase) => {
    const p = matchWords(phrase);
    let at = -1;
    for (let k = 0; k + words.length <= p.length && at < 0; k++) {
      if (wordIs(p[k]!, words[0]!) && words.every((w, j) => j === 0 || p[k + j] === w)) at = k;
    }
    return { words: p, at };
  });
  const context = ambiguity.context.map(matchWords);
  let blockContext: string[][] | null = null;
  return {
    entityId,
    type,
    ambiguity,
    words,
    exclude,
    context,
    // Computed on first use, when every alias of the index is known to `isName`.
    get blockContext() {
      return (blockContext ??=
        ambiguity.pageMentions > 0 || type === 'person' ? context.filter((p) => isName(p.join('')) || (p.length === 1 && NISBA.test(p[0]!))) : []);
    },
  };
}

export const WORD_RE = /[\p{L}\p{N}]+/gu;

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
    out.push({ key: foldForMatching(m[0]), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out.slice(-n);
}

function readAfter(text: string, pos: number, n: number): Word[] {
  const re = new RegExp(WORD_RE.source, 'gu');
  re.lastIndex = pos;
  const out: Word[] = [];
  let m: RegExpExecArray | null;
  while (out.length < n && (m = re.exec(text))) {
    out.push({ key: foldForMatching(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function wordsBefore(text: string, pos: number, n: number): Word[] {
  if (n <= 0) return [];
  if (n > WINDOW_MAX) return readBefore(text, pos, n);
  useCache(text);
  let words = beforeCache.get(pos);
  if (!words) beforeCache.set(pos, (words = readBefore(text, pos, WINDOW_MAX)));
  return words.slice(-n);
}

export function wordsAfter(text: string, pos: number, n: number): Word[] {
  if (n <= 0) return [];
  if (n > WINDOW_MAX) return readAfter(text, pos, n);
  useCache(text);
  let words = afterCache.get(pos);
  if (!words) afterCache.set(pos, (words = readAfter(text, pos, WINDOW_MAX)));
  return words.slice(0, n);
}

/** Whether `words` (text, in order) match `phrase` word for word, clitics allowed. */
export function sequenceIs(words: Word[], phrase: string[], article = false): boolean {
  if (words.length !== phrase.length) return false;
  return phrase.every((p, i) => {
    const k = words[i]!.key;
    return k === p || withClitics(p, article).has(k);
  });
}

export function containsPhrase(words: Word[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (sequenceIs(words.slice(i, i + phrase.length), phrase, true)) return true;
  }
  return false;
}

export function isDefinite(key: string): boolean {
  if (NOT_DEFINITE.has(key) || key.length <= 3) return false;
  return /^(?:[وف]?[بك]?ال|[وف]?لل)/.test(key);
}

/**
 * Built-in safety rules for ambiguous aliases, applied after the dataset's `exclude` phrases and
 * before its `context` words (a confirming word nearby does not rescue these readings):
 * - Attributive adjective: a one-word ambiguous alias with the article, written without a clitic,
 *   right after a definite noun (only spaces between) is an adjective agreeing with that noun, and
 *   after a demonstrative it is the common noun (هذه القاعدة: the base just named):
 *   الأسلحة البيضاء، القمصان البيضاء، الخبراء المصريون. A place after a noun stands in a construct,
 *   whose first noun has no article (مدينة البيضاء), or after a preposition (في البيضاء); after a
 *   participle of naming (المسماة القاعدة) or «العاصمة» and its nisba (العاصمة المصرية القاهرة: a
 *   city in apposition) it is the name.
 * - Verb reading: a short (≤ 4 letters) one-word ambiguous alias without the article (سرت), with no
 *   clitic but و, opening a clause (block start, punctuation, or a particle such as قد، كما)
 *   and followed directly by a word that is not a preposition, a place word, a number, a definite
 *   nisba adjective (سرت الليبية) or a second name after «و» (سرت والجفرة) — سرت شائعات، وسرت أنباء،
 *   سرت مخاوف — is the verb, not the name.
 * - ف or ك before such a short bare alias ending in ت (the perfect's subject suffix) makes a verb
 *   far more often than a name: فسرت "she explained", كسرت "she broke" — a root letter, not a
 *   clitic. Other short aliases keep them (فمصر، كمصر: no such verb).
 */
export function droppedByBuiltInRules(text: string, rules: Rules, c: Candidate): boolean {
  if (rules.words.length !== 1) return false;
  const key = rules.words[0]!;
  const { prefix, start, nameStart, end } = c;
  const [prev] = wordsBefore(text, start, 1);
  // A definite noun before a person's name is a title in apposition (العقيد القذافي), not a noun the
  // name would qualify as an adjective.
  if (key.startsWith('ال') && prefix === '' && rules.type !== 'person') {
    if (!prev || PUNCTUATION_GAP.test(text.slice(prev.end, nameStart))) return false;
    // «العاصمة» (with its nisba or not) names a city in apposition: «العاصمة المصرية القاهرة».
    if (CAPITAL.test(prev.key) || (NISBA.test(prev.key) && CAPITAL.test(wordsBefore(text, prev.start, 1)[0]?.key ?? ''))) return false;
    // A demonstrative points at a thing just named (هذه القاعدة: the base), never at a proper name.
    return (isDefinite(prev.key) && !NAMING.has(prev.key)) || DEMONSTRATIVES.has(prev.key.replace(/^[وف]/, ''));
  }
  if (!isVerbLike(key)) return false;
  if (/[فك]/.test(prefix) && key.endsWith('ت')) return true;
  if (prefix !== '' && prefix !== 'و') return false;
  // A preposition or construct noun governs a noun, never a verb («"تحرير" سرت والجفرة»).
  if (governedPlace(text, rules, c)) return false;
  // A dash or slash pairs two names (غرفة عمليات مصراتة – سرت، سرت/الجفرة): no clause opens there.
  const gap = text.slice(prev?.end ?? 0, start);
  const opensClause = !prev || (PUNCTUATION_GAP.test(gap) && !PAIRING.test(gap)) || CLAUSE_OPENERS.has(prev.key);
  const [next] = wordsAfter(text, end, 1);
  return (
    opensClause &&
    !!next &&
    !PUNCTUATION_GAP.test(text.slice(end, next.start)) &&
    !/\p{N}/u.test(next.key) &&
    !PLACE_NEIGHBOURS.has(next.key) &&
    !(isDefinite(next.key) && /(?:يه|ي)$/.test(next.key)) &&
    // «و» and a definite noun coordinate a second name («"سرت والجفرة»); a verb's subject comes first.
    !/^وال/u.test(next.key) &&
    // A name opening a sentence is usually followed by its verb (سرت تستعد); the subject of the
    // verb سرت is a noun, often a plural in ات (سرت تكهنات).
    !(next.key.startsWith('ت') && !/(?:ات|ه)$/.test(next.key))
  );
}

const PAIRING = /^\s*[-–—/]\s*$/u;
const CAPITAL = /^[وف]?[بل]?العاصمه$/u;
const DEMONSTRATIVES = new Set(['هده', 'هدا', 'تلك', 'دلك', 'هاته', 'هدي']);

/** Participles of naming: a name follows them, not an adjective («الاستخبارات الأمريكية المسماة القاعدة»; keys). */
const NAMING = new Set(['المسمي', 'المسماه', 'المدعو', 'المدعوه', 'الملقب', 'الملقبه', 'المعروف', 'المعروفه']);

/** A short word without the article: the shape of a perfect verb (سرت). */
function isVerbLike(key: string): boolean {
  return !key.startsWith('ال') && key.length <= 4;
}

/**
 * Built-in confirmation: a verb-like place name (see {@link droppedByBuiltInRules}) governed by a
 * preposition — a clitic ب/ل/ك, or a preposition or construct noun right before it (في سرت، تحرير
 * سرت، محيط سرت) — is a noun, hence the place: a preposition cannot govern a verb.
 */
export function governedPlace(text: string, rules: Rules, c: Candidate): boolean {
  if (c.found.entry.type !== 'place' || rules.words.length !== 1 || !isVerbLike(rules.words[0]!)) return false;
  if (/[بكل]$/.test(c.prefix)) return true;
  const [prev] = wordsBefore(text, c.start, 1);
  // Quotes around either word do not break the construct: «"تحرير" سرت».
  return !!prev && !PUNCTUATION_GAP.test(text.slice(prev.end, c.start).replace(QUOTES_ALL, '')) && GOVERNORS.has(prev.key);
}

/**
 * Whether an `exclude` phrase covers the hit. A phrase that contains the alias must match the words
 * around it (الدار البيضاء، مصر على); a phrase written with the alias's clitic (فسرت) must match
 * the hit's whole word; a phrase without the alias must be right before or after it. A phrase that
 * puts a preposition after the alias (an adjective's complement) is skipped where `governed` says a
 * word governs the name.
 */
export function excluded(text: string, rules: Rules, c: Candidate, governed?: (c: Candidate) => boolean): boolean {
  const hitWord = matchKey(c.prefix + c.name);
  for (const { words, at } of rules.exclude) {
    if (at >= 0) {
      const own = words[at]!;
      if (own !== rules.words[0] && own !== hitWord) continue;
      // «مصر على» (an adjective and its complement) is no adjective where a word governs the name.
      if (PREPOSITIONS.has(words[at + rules.words.length] ?? '') && governed?.(c)) continue;
      const before = wordsBefore(text, c.start, at);
      const after = wordsAfter(text, c.end, words.length - at - rules.words.length);
      if (
        sequenceIs(before, words.slice(0, at)) &&
        sequenceIs(after, words.slice(at + rules.words.length)) &&
        unbroken(text, [{ key: '', start: c.start, end: c.end }, ...after])
      ) {
        return true;
      }
    } else {
      const after = wordsAfter(text, c.end, words.length);
      const before = wordsBefore(text, c.start, words.length);
      const hit = { key: '', start: c.start, end: c.end };
      if ((sequenceIs(after, words) && unbroken(text, [hit, ...after])) || sequenceIs(before, words)) return true;
    }
  }
  return false;
}

/**
 * Whether consecutive words are one phrase: only spaces and quotes between them. Punctuation after
 * the name breaks an exclude phrase: «تعرض مصر، على مدار الفترة» is the country, «مصر على» the
 * adjective "insisting". Before the name it does not: scraped text splits a relative's name
 * («صدام، حفتر»), and no complement comes before a name.
 */
function unbroken(text: string, words: readonly Word[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (PUNCTUATION_GAP.test(text.slice(words[i - 1]!.end, words[i]!.start).replace(QUOTES_ALL, ''))) return false;
  }
  return true;
}

/** The prepared-text span of `n` words either side of a candidate. */
export function windowOf(text: string, c: Candidate, n: number): { before: Word[]; after: Word[] } {
  return { before: wordsBefore(text, c.start, n), after: wordsAfter(text, c.end, n) };
}

/**
 * Whether an ambiguous alias is a short form of another alias of the same person (السراج of فائز
 * السراج, الأسد of بشار الأسد): news names a person in full, then by surname or title. Across a
 * page not for organisations, places or events, whose short forms are common nouns that a page also
 * uses in their own sense (تنظيم القاعدة, then القاعدة الأمريكية في النيجر, a military base); within
 * one paragraph (`sameBlock`) an organisation's too: «أجبر تنظيم القاعدة … حيث قدرت عمليات القاعدة».
 */
export function shortens(rules: Rules, full: { entityId: string; alias: string }, sameBlock = false): boolean {
  const kind = rules.type === 'person' || (sameBlock && rules.type === 'organization');
  if (!kind || full.entityId !== rules.entityId) return false;
  const long = matchWords(full.alias);
  // In a paragraph an organisation's short form may take the article its full name's word lacks:
  // «مجلس الشورى» after «مجلس شورى مجاهدي درنة», «مجلس شورى الثوار» after «مجلس شورى ثوار بنغازي».
  const bare = (w: string): string => (sameBlock && rules.type === 'organization' && w.startsWith('ال') ? w.slice(2) : w);
  const short = rules.words;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.length < long.length && short.every((w, j) => long[i + j] === w || long[i + j] === bare(w))) return true;
  }
  return false;
}

/** Prepositions (keys) that a context list may name; the clitics ب and ل are prepositions too. */
const PREPOSITIONS = new Set(['في', 'الي', 'من', 'علي', 'عن', 'ب', 'ل']);

/**
 * Where the dataset lets a preposition confirm an alias (القاهرة: في، إلى، من), a preposition
 * written as a clitic on the name confirms it the same way: بالقاهرة، للقاهرة، لسورية.
 */
export function cliticPreposition(rules: Rules, c: Candidate): boolean {
  return /[بل]$/.test(c.prefix) && rules.context.some((phrase) => phrase.length === 1 && PREPOSITIONS.has(phrase[0]!));
}

/**
 * An outlet's name alone in brackets that closes its block is its credit under a photo or a quote:
 * «… ظروف معيشية صعبة (الجزيرة)». Inside a sentence the brackets only set a name off, and a
 * newspaper writes its own name so: «رداً على أسئلة (الجزيرة) عقب حضوره», «الأمير نايف لـ(الجزيرة):»
 * (Saudi al-Jazirah), so there the name is left to its context; a clitic glued to the bracket
 * («لـ(») makes it a complement, not a credit.
 */
export function creditLine(text: string, c: Candidate): boolean {
  if (c.found.entry.type !== 'outlet' || c.prefix !== '') return false;
  if (!/(?:^|\s)\(\s*$/u.test(text.slice(Math.max(0, c.start - 4), c.start))) return false;
  CREDIT_END.lastIndex = c.end;
  return CREDIT_END.test(text);
}

/** The bracket that closes a credit line, then only spaces or a full stop to the block's end (sticky: no copy). */
const CREDIT_END = /\s*\)[\s.]*$/uy;

/**
 * Context anywhere in the block: a name or nisba among the alias's context words elsewhere in
 * the same paragraph (سرت … مصراتة … طرابلس; `Rules.blockContext`), for an alias the dataset lets
 * count on page context. Other context words count only in the window ({@link confirmedByContext}).
 */
export function confirmedInBlock(rules: Rules, words: Word[]): boolean {
  return rules.blockContext.some((phrase) => (rules.type === 'person' ? containsAlone(words, phrase) : containsPhrase(words, phrase)));
}

/**
 * For a person's name (the dataset lets a person's context names count in the block even without
 * page evidence): the name counts only outside a list. «في اليمن والعراق وسوريا» is a region the
 * paragraph surveys (Turki al-Maliki on Iran), «احتلال الولايات المتحدة للعراق» is the topic.
 */
function containsAlone(words: Word[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (!sequenceIs(words.slice(i, i + phrase.length), phrase, true)) continue;
    const next = words[i + phrase.length];
    if (!(words[i]!.key !== phrase[0] && words[i]!.key.startsWith('و')) && !next?.key.startsWith('و')) return true;
  }
  return false;
}

export function confirmedByContext(rules: Rules, before: Word[], after: Word[]): boolean {
  return rules.context.some((phrase) => containsPhrase(before, phrase) || containsPhrase(after, phrase));
}
