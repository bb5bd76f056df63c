/**
 * The word trie: every alias as a sequence of folded words, and the walk that finds candidate
 * names in a prepared text (clitics, compound heads, quotes after a clitic, the accusative alef).
 */
import type { MatcherIndex } from '../dataset/schema';
import { IGNORABLE_CLASS, foldForMatching } from '../arabic/normalize';
import type { Rules } from './rules';

export type Entry = MatcherIndex['entries'][number];

/** A word character for boundaries (JS `\b` is ASCII-only). */
/** Underscore is not one: hashtags join words with it (#درنة_تحت_الحصار). */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** Quotes that may stand between a clitic and a name: لـ"داعش"، بـ«داعش»، لـ”داعش”. */
export const QUOTES = '["\'«»“”‘’„‟‹›]';
/** Conjunctions و/ف, then one of the prepositions ب/ك/ل. */
export const CLITIC_PREFIXES = ['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل'];
/** Words after which the next word may be written attached: عبد الكافي / عبدالكافي, أبو ظبي / أبوظبي. */
export const COMPOUND_HEADS = ['عبد', 'ابو', 'ابي', 'ابا'];
/** Words that start with ال without being definite nouns (keys). */

export interface Compiled {
  entry: Entry;
  rules: Rules | null;
  /** Not a name: an `elsewhere` word of this entity's ambiguous alias (لبنان for طرابلس). */
  signal?: string;
  /**
   * The aliases whose `elsewhere` lists have this word, for `signal` or `alsoSignals` (a settled
   * alias heeds only its own list).
   */
  signalFor?: string[];
  /** A name that is also an `elsewhere` word of these entities (العراق for مجلس شورى المجاهدين). */
  alsoSignals?: string[];
  /** Other persons whose full names end in this one-word name (محمد إدريس المنصوري for المنصوري). */
  surnameOf?: { ids: string[]; alias: string };
  /** Not an alias: only a family name of `surnameOf`'s persons (الحاسي of شكري الحاسي). */
  surnameOnly?: boolean;
}



/** A node of the word trie: aliases as sequences of folded words. */
export interface WordNode {
  next?: Map<string, WordNode>;
  compiled?: Compiled;
}

export const QUOTE_CHARS = new Set([...'"\'«»“”‘’„‟‹›']);
const QUOTES_ALL = new RegExp(QUOTES, 'gu');
/** Every ignorable letter (diacritics, tatweel, invisibles): one replace per word, not a test per letter. */
export const IGNORABLE_ALL = new RegExp(IGNORABLE_CLASS, 'gu');
export const CLITIC_SET = new Set(CLITIC_PREFIXES);
/**
 * Between two words of one name: spaces, a quote opening the next word or closing the last (شورى “ثوار”
 * بنغازي), or the underscore a hashtag writes for a space (#مجلس_شورى_درنة، #حكومة_الوفاق).
 */
const WORD_GAP = /^(?:["'«»“”‘’„‟‹›]?\s+["'«»“”‘’„‟‹›]?|_)$/u;

/** An alias as folded words, a compound head joined to the word after it (عبد الكافي → عبدالكافي). */
export function aliasWords(alias: string): string[] {
  const words = alias
    .normalize('NFKC')
    .split(/[\s\u00A0]+/)
    .map((w) => foldForMatching(w.replace(IGNORABLE_ALL, '').replace(QUOTES_ALL, '')))
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
export function needsPreparing(text: string): boolean {
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
export function tokenize(text: string): number[] {
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
export function dropsFinalHamza(tokens: string[]): boolean {
  return tokens.at(-1) === 'ء' && tokens.at(-2) === 'ا' && tokens.length > 4;
}

/** A match of the regex in prepared text, before the rules are applied. */
export interface Candidate {
  prefix: string;
  name: string;
  start: number;
  nameStart: number;
  end: number;
  found: Compiled;
}


/**
 * Every candidate in a prepared text, walking the word trie token by token: the cost per word is a
 * few hash lookups, whatever the number of aliases (a 10,000-alias regex takes seconds to compile).
 */
/** Alias words that scraped text may glue to a neighbour (الأممالمتحدة، عمرمعيتيق، حفترتقدمت). */
export interface GlueWords {
  words: Set<string>;
  /** Bit sets of their first and last three letters ({@link tri}), to reject most tokens cheaply. */
  heads: Uint32Array;
  tails: Uint32Array;
}

/** Words of ≥ 4 letters of the aliases (folded), for {@link splitGlued}. */
export function glueWords(aliases: Iterable<string[]>): GlueWords {
  const g: GlueWords = { words: new Set(), heads: new Uint32Array(1 << 13), tails: new Uint32Array(1 << 13) };
  for (const list of aliases)
    for (const w of list) {
      if (w.length < 4) continue;
      g.words.add(w);
      add(g.heads, tri(w, 0));
      add(g.tails, tri(w, w.length - 3));
    }
  return g;
}

/**
 * Three UTF-16 units from `i` as an 18-bit number, 6 bits of each: the Arabic letters (U+0621…U+064A)
 * are told apart, anything else may collide (a filter only: a collision costs a slice, not a miss).
 * A bit-set lookup instead of hashing a string or a 48-bit number (cost ~10% of compile at 10k aliases).
 */
function tri(s: string, i: number): number {
  return ((s.charCodeAt(i) & 63) << 12) | ((s.charCodeAt(i + 1) & 63) << 6) | (s.charCodeAt(i + 2) & 63);
}

function add(set: Uint32Array, n: number): void {
  set[n >>> 5]! |= 1 << (n & 31);
}

function has(set: Uint32Array, n: number): boolean {
  return (set[n >>> 5]! & (1 << (n & 31))) !== 0;
}

/** Endings that make a name another word (العراقيون، ليبيان، مصراتي): never a glued neighbour. */
const SUFFIXES = /^(?:ي|يه|يين|يون|يات|يا|ان|ين|ون|ات|ه|ها|هم|هما|هن|كم|نا|ا|تين|تان)$/;
/** Short words a glued neighbour may be (الدولةمن). */
const SHORT_WORDS = new Set(['من', 'في', 'عن', 'علي', 'الي', 'مع', 'ان', 'او', 'قد', 'لم', 'لن', 'ثم', 'بعد', 'قبل']);

/** Clitics and the article alone (ولل، وبال): a prefix of the name, not a word glued to it. */
const PREFIX_ONLY = /^[وف]?[بكل]?(?:ال|ل)?$/;

function wholeWord(w: string): boolean {
  if (/[^\p{L}]/u.test(w) || PREFIX_ONLY.test(w)) return false;
  return SHORT_WORDS.has(w) || (w.length >= 3 && !SUFFIXES.test(w) && !w.startsWith('ي'));
}

/**
 * Splits a word that scraped text glued from an alias word and a whole neighbour word (الأممالمتحدة →
 * الأمم|المتحدة، عمرمعيتيق → عمر|معيتيق، السراجوالقائد → السراج|والقائد). The alias word must be
 * ≥ 4 letters (after a clitic at the front), the rest a whole word: ≥ 3 letters and not an ending
 * (العراقيون stays whole), or a short preposition. A token the trie knows is never split.
 */
function splitGlued(folded: string, t: number[], known: WordNode, glue: GlueWords): number[] {
  let out: number[] | null = null;
  for (let k = 0; k < t.length; k += 2) {
    const s = t[k]!;
    const e = t[k + 1]!;
    let cut = -1;
    // Cheap rejections first: most long words neither start nor end like an alias word.
    if (
      e - s >= 6 &&
      (has(glue.heads, tri(folded, s)) ||
        has(glue.heads, tri(folded, s + 1)) ||
        has(glue.heads, tri(folded, s + 2)) ||
        has(glue.tails, tri(folded, e - 3)))
    ) {
      const w = folded.slice(s, e);
      if (!known.next?.has(w) && !known.next?.has(w.slice(1)) && !known.next?.has(w.slice(2))) {
        for (let p = 0; p <= 2 && cut < 0; p++) {
          if (p > 0 && !CLITIC_SET.has(w.slice(0, p))) continue;
          if (!has(glue.heads, tri(w, p))) continue;
          for (let L = w.length - 2; L >= p + 4 && cut < 0; L--) {
            if (glue.words.has(w.slice(p, L)) && wholeWord(w.slice(L))) cut = L;
          }
        }
        if (cut < 0 && has(glue.tails, tri(w, w.length - 3))) {
          for (let L = 3; L <= w.length - 4 && cut < 0; L++) {
            if (glue.words.has(w.slice(L)) && wholeWord(w.slice(0, L)) && !CLITIC_SET.has(w.slice(0, L))) cut = L;
          }
        }
      }
    }
    if (cut > 0) {
      out ??= t.slice(0, k);
      out.push(s, s + cut, s + cut, e);
    } else out?.push(s, e);
  }
  return out ?? t;
}

export function findCandidates(words: WordNode, text: string, glue?: GlueWords): Candidate[] {
  const out: Candidate[] = [];
  const folded = foldForMatching(text);
  const t = glue ? splitGlued(folded, tokenize(text), words, glue) : tokenize(text);
  const n = t.length / 2;
  const key = (i: number): string => folded.slice(t[2 * i]!, t[2 * i + 1]!);
  const gap = (i: number): string => text.slice(t[2 * i + 1]!, t[2 * i + 2]!);
  /** The node of a first word at token i (joined to the next if it is a compound head), and its last token. */
  const firstNode = (word: string, i: number): Array<[WordNode, number]> => {
    const found: Array<[WordNode, number]> = [];
    const node = words.next?.get(word);
    if (node) found.push([node, i]);
    if (COMPOUND_HEADS.includes(word) && i + 1 < n && /^\s+$/.test(gap(i))) {
      const joined = words.next?.get(word + key(i + 1));
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
    const found = words.next?.get(rest.slice(0, -1))?.compiled;
    if (!found || found.rules || /^ال|[اويهء]$/.test(rest.slice(0, -1))) return null;
    return aliasWords(found.entry.alias).length === 1 ? { compiled: found } : null;
  };
  /**
   * A country or city with the possessive «our» (مصرنا، ليبيانا: editorials and statements): only an
   * unambiguous (or settled) one-word place name without the article that does not end in ة (whose possessive is
   * written تنا), so the suffix cannot turn another alias into a different word.
   */
  const possessive = (rest: string): WordNode | null => {
    if (rest.length < 5 || rest.charCodeAt(rest.length - 1) !== 0x0627 || rest.charCodeAt(rest.length - 2) !== 0x0646) return null;
    const name = rest.slice(0, -2);
    const found = words.next?.get(name)?.compiled;
    // Settled aliases (مصر: its other readings are listed phrases) take it too; their exclusions still apply.
    if (!found || (found.rules && found.rules.ambiguity.acceptUnconfirmed !== true) || found.entry.type !== 'place' || /^ال|ه$/.test(name)) {
      return null;
    }
    return aliasWords(found.entry.alias).length === 1 ? { compiled: found } : null;
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
      const declined = nodes.length === 0 ? (accusative(rest) ?? possessive(rest)) : null;
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
        // An empty gap is a glued word split in two (splitGlued).
        while (j + 1 < n && (WORD_GAP.test(gap(j)) || gap(j) === '')) {
          let next = node.next?.get(key(j + 1));
          let step = 1;
          // A compound written apart (عبد الكافي), and «و» written apart from the next word of a name, as
          // informal writing does («بالدولة الاسلامية بالعراق و الشام»).
          if (!next && (COMPOUND_HEADS.includes(key(j + 1)) || key(j + 1) === 'و') && j + 2 < n && /^\s+$/.test(gap(j + 1))) {
            next = node.next?.get(key(j + 1) + key(j + 2));
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
