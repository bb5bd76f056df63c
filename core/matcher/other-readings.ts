/**
 * Readings of a dataset name that are another thing the text names: a nisba adjective spelled like
 * the place (فصائل سورية), a relative's full name (صدام خليفة حفتر), a company or club named after
 * the place (شركة البريقة، البريقة لتسويق النفط), a gate named after the city its road leads to.
 */
import { foldForMatching, matchKey, matchWords } from '../arabic/normalize';
import { GOVERNORS, isDefinite, PUNCTUATION_GAP, withClitics, wordIs, wordsAfter, wordsBefore, type Rules } from './rules';
import { fathersName, GIVEN_NAMES, givenNameBefore } from './given-names';
import type { Candidate } from './word-trie';

/**
 * The folded word right after a name when only spaces (and, with `quotes`, quotes) come between, or
 * null; with `first`, null unless the word opens with that letter. Read from the text directly:
 * most names have none of the words these rules ask about, and the words cache reads a dozen words.
 */
function nextWord(text: string, end: number, quotes: boolean, first?: string): string | null {
  let from = end;
  while (from < text.length && (SPACE.test(text[from]!) || (quotes && QUOTE.test(text[from]!)))) from++;
  if (first !== undefined && text[from] !== first) return null;
  let to = from;
  while (to < text.length && LETTER.test(text[to]!)) to++;
  return to > from ? foldForMatching(text.slice(from, to)) : null;
}

/** The folded word right before a name, as {@link nextWord}. */
export function prevWord(text: string, start: number, quotes: boolean): string | null {
  let end = start;
  while (end > 0 && (SPACE.test(text[end - 1]!) || (quotes && QUOTE.test(text[end - 1]!)))) end--;
  let from = end;
  while (from > 0 && LETTER.test(text[from - 1]!)) from--;
  return from < end ? foldForMatching(text.slice(from, end)) : null;
}

const SPACE = /\s/u;
const LETTER = /[\p{L}\p{N}]/u;
const QUOTE = /["'«»“”‘’„‟‹›]/u;

/**
 * A gate, street or square named after a city or country (باب طبرق in Derna, باب اليمن in Sanaa;
 * «شارع طرابلس» in Misrata, «شارع سورية» in Lebanon's Tripoli: yoo7 and sauress/alwatan, raw/c09;
 * ميدان مصر): a place name right after «باب», «شارع» or «ميدان» is part of that name.
 */
export function gateName(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  const prev = prevWord(text, c.start, false);
  return prev !== null && /^[وف]?[بل]?(?:باب|شارع|ميدان)$/.test(prev);
}

/**
 * A family name right after a noun of a district or quarter is the district named after the family
 * («مناطق السراج، السياحية، والغيران»: Tripoli's al-Sarraj; egypttelegraph, raw/c09), not the person.
 * A name of two words only after «حي» or «ضاحية» («حي عبدالكافي بمدينة سبها»: strategianews, raw/c67):
 * «مناطق خليفة حفتر» are the areas he holds.
 */
export function districtBefore(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  const prev = prevWord(text, c.start, false);
  if (prev === null) return false;
  return c.found.entry.alias.includes(' ') ? /^[وف]?[بل]?(?:حي|احياء|ضاحيه)$/.test(prev) : /^[وف]?[بل]?(?:منطقه|مناطق|حي|احياء|ضاحيه|شارع|ميدان)$/.test(prev);
}

/**
 * A place right after a noun of a town, its area, municipality or people (keys; not a port, which may be a company's berth): «مدينة البريقة هي مدينة تقع
 * في شمال ليبيا», «مناطق البريقة والسرير» (6abbo, raw/c111; sportsleb, raw/c103) are the town, on a page about the
 * company named after it too. No clitic on the place.
 */
export function townNounBefore(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  const prev = prevWord(text, c.start, false);
  return prev !== null && /^[وف]?[بل]?(?:ال)?(?:مدينه|بلده|منطقه|مناطق|بلديه|اهالي|سكان)$/.test(prev);
}

/** Plural nouns without ة or ات that a nisba adjective often follows (keys). */
const BROKEN_PLURALS = new Set([
  'قري', 'مدن', 'فصائل', 'وسائل', 'مصادر', 'قوي', 'اطراف', 'اوساط', 'مناطق', 'اراض', 'اراضي', 'دول', 'مدارس',
  'اسلحه', 'اعلام', 'شخصيات', 'معارضه', 'سلطات', 'قبائل', 'عشائر', 'مليشيات', 'ميليشيات', 'اصول',
  // Things, which take a feminine singular adjective («مواقع سورية معارضة»: raw/c27).
  'مواقع', 'قواعد', 'اسواق', 'مصانع', 'صحف', 'مواد', 'بضائع', 'اموال', 'عناصر', 'كتائب', 'الويه', 'صواريخ', 'شوارع', 'موانئ',
  // Folded as the text's words are: ئ is ي there (فصائل → فصايل).
].map(foldForMatching));

/**
 * A nisba adjective spelled like a place (سورية "Syrian", fem. or plural): a one-word alias ending in
 * ية, without article or clitic, right after an indefinite noun or adjective (no article, not a
 * preposition) that ends in ة or ات, or is a common broken plural — فصائل سورية، جهات سورية معارضة،
 * مدن وقرى سورية، قاعدة عسكرية سورية. The country after a noun stands in a construct with the
 * article on neither (حكومة سورية is read "a Syrian government" too) or after a preposition. A
 * definite noun right after it makes the construct «صورة سورية المستقبل» (the image of Syria of the
 * future): an indefinite adjective is not followed by a definite one; a day or «اليوم» may be. With «و»,
 * only right after another indefinite nisba (قوات روسية وسورية); «والسعودية وسورية» keeps the country.
 */
export function nisbaAdjective(text: string, c: Candidate, words: string[]): boolean {
  if (words.length !== 1 || !/^[^ا].*يه$/.test(words[0]!)) return false;
  // The second of two nisbas joined by «و»: «لقوات روسية وسورية», «مقاتلات مصرية وليبية» (newsabah, raw/c88).
  if (c.prefix === 'و') return /^و?[^وا].{2,}يه$/u.test(prevWord(text, c.start, false) ?? '');
  if (c.prefix !== '') return false;
  const prev = prevWord(text, c.start, false);
  if (prev === null) return false;
  const key = prev.replace(/^[وف]/, '');
  // «جنسيات غير سوريّة» (non-Syrian): «غير» before it negates an adjective.
  if (key === 'غير') return true;
  if (isDefinite(prev) || GOVERNORS.has(prev) || /\p{N}/u.test(key)) return false;
  const next = nextWord(text, c.end, false);
  if (next && /^ال/.test(next) && isDefinite(next) && !TIME_WORDS.has(next)) return false;
  return /(?:ه|ات)$/.test(key) || BROKEN_PLURALS.has(key) || BROKEN_PLURALS.has(prev);
}

/** Definite adverbs of time that follow a clause («قالت مصادر سورية الأحد»; keys). */
const TIME_WORDS = new Set(['اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الليله', 'الان']);

/**
 * A relative's or a namesake's full name (صدام خليفة حفتر = Saddam, son of Khalifa Haftar; صدام
 * حفتر؛ سيف الإسلام معمر القذافي؛ محمود السيسي): a name of the person right after a given name, of
 * one word or more, that the dataset's exclude phrases give a relative (`relatives`: folded words of
 * each given name), or a common given name (./given-names.ts) that is none of the person's own
 * (`own`: the words of the person's aliases). Not when the person's own name comes before that
 * given name: «خليفة بلقاسم حفتر» is Khalifa Haftar with his father's name.
 */
export function relativeBefore(
  text: string,
  c: Candidate,
  relatives: readonly string[][] | undefined,
  own?: ReadonlySet<string>,
): boolean {
  const prev = prevWord(text, c.start, false);
  if (prev === null) return false;
  // The words right before the name, nearest last, with nothing but spaces between them.
  const words = wordsBefore(text, c.start, 4);
  let joined = words.length;
  while (joined > 0 && !PUNCTUATION_GAP.test(text.slice(words[joined - 1]!.end, joined < words.length ? words[joined]!.start : c.start))) joined--;
  const near = words.slice(joined);
  // The person's own given name before it, past any more fathers' names (خليفة بلقاسم عمر حفتر,
  // نوري كامل محمد حسن المالكي: a name that is also a word counts there);
  // not the family name itself («عبد الفتاح السيسي محمود السيسي»: a new name starts there).
  const ownBefore = (n: number): boolean => {
    if (!own) return false;
    let i = near.length - n - 1;
    while (i > 0 && fathersName(near[i]!.key) && !own.has(near[i]!.key)) i--;
    const w = near[i];
    return !!w && own.has(w.key) && !matchWords(c.found.entry.alias).includes(w.key);
  };
  for (const given of relatives ?? []) {
    if (given.length === 1 ? !wordIs(prev, given[0]!) : prev !== given.at(-1)) continue;
    const at = near.slice(-given.length);
    if (at.length !== given.length) continue;
    if (wordIs(at[0]!.key, given[0]!) && given.every((g, i) => i === 0 || at[i]!.key === g) && !ownBefore(given.length)) return true;
  }
  // Glued in scraped text («عمرمعيتيق»), the word before may be anything: a father's name too.
  if (!own || c.prefix !== '' || !near.length || near.at(-1)!.end === c.start) return false;
  const keys = near.map((w) => stripConjunction(w.key));
  const n = givenNameBefore(keys);
  return n > 0 && !keys.slice(-n).every((k) => own.has(k)) && !ownBefore(n);
}

/**
 * A person's relatives' given names, by person: from the exclude phrases «given name + one of the
 * person's aliases» (صدام حفتر, سيف الإسلام القذافي). Before any name of the person they make a
 * relative's name (صدام خليفة حفتر، سيف الإسلام معمر القذافي): {@link relativeBefore}'s `relatives`.
 */
export function relativesByPerson(
  entries: ReadonlyArray<{ entityId: string; type: string; alias: string; ambiguous?: { exclude: readonly string[] } }>,
): Map<string, string[][]> {
  const relatives = new Map<string, string[][]>();
  for (const e of entries) {
    if (e.type !== 'person' || !e.ambiguous) continue;
    const own = matchWords(e.alias);
    for (const phrase of e.ambiguous.exclude) {
      const w = matchWords(phrase);
      const given = w.slice(0, w.length - own.length);
      if (given.length && own.every((o, i) => w[given.length + i] === o)) {
        const list = relatives.get(e.entityId) ?? [];
        if (!list.some((g) => g.join(' ') === given.join(' '))) list.push(given);
        relatives.set(e.entityId, list);
      }
    }
  }
  return relatives;
}

/**
 * A given name may carry «و» or a preposition (ومحمود السيسي، بأحمد القذافي القحصي): stripped from a word
 * only when what is left is a given name.
 */
function stripConjunction(key: string): string {
  const m = key.length > 3 ? /^(?:و|ف)?(?:ب|ل)?/u.exec(key)![0] : '';
  return m && GIVEN_NAMES.has(key.slice(m.length)) ? key.slice(m.length) : key;
}

/** Words after a family name that make it a son's (القذافي الابن = Saif al-Islam; keys). */
const SON = new Set(['الابن', 'الحفيد', 'الصغير']);

/** «القذافي الابن», «حفتر الابن»: the family name with «the son» after it names the son, not the father. */
export function sonAfter(text: string, c: Candidate): boolean {
  // Quotes between too: «“القذافي” الابن يعلن ترشحه» (accessno, raw/c89).
  const next = nextWord(text, c.end, true, 'ا');
  return next !== null && SON.has(next);
}

/**
 * Nouns that head a company's or a club's name, with their clitics: the place after them is part of
 * that name. Not a plant's (مصفاة البريقة، مصنع): a refinery or factory is
 * named for where it stands.
 */
const COMPANY_HEADS = new Set(['شركه', 'شركات', 'مصرف', 'بنك', 'نادي', 'فندق'].flatMap((h) => [...withClitics(h, false)]));
/** A fund's noun: only the place right after it is the fund's name («صندوق إعمار ليبيا» serves the place, rule 4). */
const FUND_HEADS = withClitics('صندوق', false);

/**
 * A place name inside a name that is not in the dataset: right after a noun that heads a
 * company's, a fund's or a club's name (شركة البريقة لتسويق النفط، شركة سرت للنفط، نادي الجزيرة، «صندوق أبوظبي
 * للتنمية»: raw/c127). Bodies
 * that describe the place they serve (جامعة بنغازي، مجلس النواب في طبرق) keep the place, and so
 * does a state's central bank (مصرف ليبيا المركزي).
 */
export function insideOtherName(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  const prev = prevWord(text, c.start, true);
  if (prev === null) return false;
  if (FUND_HEADS.has(prev)) return true;
  if (!COMPANY_HEADS.has(prev)) return secondWordOfName(text, c);
  return nextWord(text, c.end, false) !== 'المركزي';
}

/** Words between a company's noun and a place that make the place where it is, not its name (keys). */
const NOT_A_NAME = new Set(['في', 'داخل', 'خارج', 'من', 'الي', 'علي', 'عن', 'مع', 'بين', 'تعمل', 'مقرها', 'فرع', 'اخري', 'واحده', 'جديده', 'كبري']);

/**
 * The place as the second word of such a name: «شركة "هاتف ليبيا"» (a telecoms company, albawabh,
 * raw/c09), «نادي أهلي طرابلس», «نادي آثار طرابلس», of a ship's («الناقلة “أنوار ليبيا”») and a programme's
 * or a title's («برنامج شاعر ليبيا»). The word
 * between has no article and no clitic, and says nothing of where the company is (شركة تعمل في ليبيا).
 */
function secondWordOfName(text: string, c: Candidate): boolean {
  // Every place passes here: the two words before are read by hand, after a test of the first one's last letter.
  const middleEnd = skipBack(text, c.start, NAME_GAP);
  const middleStart = arabicWordStart(text, middleEnd);
  const headEnd = skipBack(text, middleStart, NAME_GAP);
  if (middleStart === middleEnd || headEnd === middleStart || headEnd === 0) return false;
  const headStart = arabicWordStart(text, headEnd);
  // The nouns end in one of HEAD_ENDINGS; a word between a ship's noun and its name has the article.
  if (!HEAD_ENDINGS.includes(text[headEnd - 1]!) && !text.startsWith('ال', headStart)) return false;
  let head = foldForMatching(text.slice(headStart, headEnd));
  // A ship's noun may take an adjective or its cargo before its name: «الناقلة الجديدة ( أنوار طرابلس )», «ناقلة النفط
  // “أنوار ليبيا”» (alsaaa24, arabkhabar; raw/c117, c123).
  if (isDefinite(head) && !VESSELS.has(head)) {
    const before = skipBack(text, headStart, ' ');
    head = foldForMatching(text.slice(arabicWordStart(text, before), before));
    if (!VESSELS.has(head)) return false;
  }
  if (!COMPANY_HEADS.has(head) && !VESSELS.has(head) && !PROGRAMMES.has(head)) return false;
  const middle = foldForMatching(text.slice(middleStart, middleEnd));
  return !isDefinite(middle) && !NOT_A_NAME.has(middle) && !/^[وفبلك]/u.test(middle);
}

/** The last letters of the nouns in COMPANY_HEADS, VESSELS and PROGRAMMES. */
const HEAD_ENDINGS = 'ةهتفكيقجلب';

/**
 * Nouns of a programme, a contest or a title, with or without the article: «برنامج شاعر ليبيا», «بلقب “شاعر
 * ليبيا”» (the Poet of Libya show and its title; 218tv, raw/c45).
 */
const PROGRAMMES = new Set(['برنامج', 'مسابقه', 'مسلسل', 'لقب'].flatMap((h) => [...withClitics(h, true)]));

/** Nouns of a ship, with or without the article: «الناقلة “أنوار ليبيا”» (a tanker; arraedlg, 218tv, raw/c35). */
const VESSELS = new Set(['ناقله', 'سفينه', 'باخره'].flatMap((h) => [...withClitics(h, true)]));

/** An Arabic letter by its char code (a word of a name here is one). */
function arabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

/** Where the characters of `gap` (spaces, quotes …) that end right before `end` begin. */
export function skipBack(text: string, end: number, gap: string): number {
  while (end > 0 && gap.includes(text[end - 1]!)) end--;
  return end;
}

/** Where the Arabic word that ends at `end` begins (`end` itself when none does): read by hand, no regex. */
export function arabicWordStart(text: string, end: number): number {
  while (end > 0 && arabicLetter(text.charCodeAt(end - 1))) end--;
  return end;
}

/** What may stand between the words of a company's name: spaces, an opening quote or bracket. */
export const NAME_GAP = ' \u00a0"\'«“(';

/** A company's trade with ل right after the place it is named after (keys, clitic ل included). */
const COMPANY_TRADES = new Set([
  'لتسويق', 'للخدمات', 'للاستثمار', 'للتجاره', 'للطيران', 'للاتصالات', 'للتامين', 'للمقاولات', 'للصناعات', 'للتوزيع',
  // Industry's («مصانع سيناء للمنجنيز»: ip, firstnewseg; raw/c117). Not a purpose a visitor comes for (مصر للسياحة،
  // ليبيا للعلاج: "to Egypt for tourism").
  'للاسمنت', 'للحديد', 'للصلب', 'للتعدين', 'للمنجنيز', 'للملاحه', 'للبتروكيماويات', 'للادويه', 'للانشاءات', 'للهندسه',
]);

/**
 * A place name that opens a company's name: right before «ل + its trade» (البريقة لتسويق النفط،
 * «البريقة» لتسويق النفط، مصر للطيران، ليبيا للاتصالات), quotes between or not. Only trades that a
 * country or city does not do in a construct: «إنتاج ليبيا للنفط» is Libya's oil output, so objects
 * (النفط، الغاز) are not listed.
 */
export function companyNameAfter(text: string, c: Candidate): boolean {
  const next = nextWord(text, c.end, true, 'ل');
  return next !== null && COMPANY_TRADES.has(next);
}

/**
 * Whether a namesake's marker (an `elsewhere` word of the hit's entity) stands within three words
 * of the hit, in apposition, not coordinated by «و».
 */
export function namesakeBeside(text: string, c: Candidate, signals: readonly Candidate[]): boolean {
  for (const s of signals) {
    const id = c.found.entry.entityId;
    if (s.found.signal !== id && !s.found.alsoSignals?.includes(id)) continue;
    if (s.start >= c.end ? s.prefix.startsWith('و') : c.prefix.startsWith('و')) continue;
    const near = s.start >= c.end ? wordsAfter(text, c.end, 3) : wordsBefore(text, c.start, 3);
    const at = near.findIndex((w) => (s.start >= c.end ? w.start === s.start : w.end === s.end));
    if (at < 0) continue;
    // A preposition between places the one in the other, not beside it: «سفارة لبنان في طرابلس الغرب».
    const between = s.start >= c.end ? near.slice(0, at) : near.slice(at + 1);
    if (!between.some((w) => BETWEEN_PLACES.has(w.key))) return true;
  }
  return false;
}

/** Prepositions that put a thing of one place in another (keys). */
const BETWEEN_PLACES = new Set(['في', 'الي', 'من', 'لدي', 'داخل']);

/**
 * An organisation's one-word name that is also a definite common noun (القاعدة: "the base") is that
 * noun when the block names one, indefinite, with a name or an adjective after it (quoted or not: «قاعدة
 * "عين الأسد"»): «قاعدة الوطية …
 * تأهيل القاعدة», «جبلة القريبة من القاعدة … من قاعدة حميميم العسكرية», «وفاق سطيف … الوفاق يريد» (a
 * club). The article points at the thing named there. Not «قاعدة الجهاد», al-Qaeda's own full name,
 * and not after «و»: coordinated with another group it is the organisation («طالبان والقاعدة … قاعدة العديد»).
 */
export function nounNamedBefore(text: string, c: Candidate, rules: Rules): boolean {
  const [word] = rules.words;
  if (rules.type !== 'organization' || rules.words.length !== 1 || !word!.startsWith('ال') || c.prefix.includes('و')) return false;
  const noun = word!.slice(2);
  const folded = foldForMatching(text);
  for (let at = folded.indexOf(noun); at >= 0; at = folded.indexOf(noun, at + 1)) {
    // Only «و»/«ف» and one preposition before it: «لل» and «ال» make it definite.
    const head = /(?:^|[^\p{L}])([وف]?[بل]?)$/u.exec(folded.slice(Math.max(0, at - 3), at));
    if (!head || LETTER.test(folded[at + noun.length] ?? ' ')) continue;
    const next = /^ +["'«“”]? *(\p{L}+)/u.exec(folded.slice(at + noun.length));
    if (next && next[1] !== 'الجهاد') return true;
  }
  return false;
}
