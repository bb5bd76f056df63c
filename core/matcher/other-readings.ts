/**
 * Readings of a dataset name that are another thing the text names: a nisba adjective spelled like
 * the place (فصائل سورية), a relative's full name (صدام خليفة حفتر), a company or club named after
 * the place (شركة البريقة، البريقة لتسويق النفط), a gate named after the city its road leads to.
 */
import { GOVERNORS, isDefinite, PUNCTUATION_GAP, QUOTES_ALL, wordIs, wordsAfter, wordsBefore } from './rules';
import type { Candidate } from './word-trie';

/**
 * A gate or quarter named after the city its road leads to (باب طبرق in Derna, باب دمشق in
 * Jerusalem, باب اليمن in Sanaa): a place name right after «باب» is part of that name.
 */
export function gateName(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  const [prev] = wordsBefore(text, c.start, 1);
  return !!prev && !PUNCTUATION_GAP.test(text.slice(prev.end, c.start)) && /^[وف]?باب$/.test(prev.key);
}

/** Plural nouns without ة or ات that a nisba adjective often follows (keys). */
const BROKEN_PLURALS = new Set([
  'قري', 'مدن', 'فصائل', 'وسائل', 'مصادر', 'قوي', 'اطراف', 'اوساط', 'مناطق', 'اراض', 'اراضي', 'دول', 'مدارس',
  'اسلحه', 'اعلام', 'شخصيات', 'معارضه', 'سلطات', 'قبائل', 'عشائر', 'مليشيات', 'ميليشيات',
]);

/**
 * A nisba adjective spelled like a place (سورية "Syrian", fem. or plural): a one-word alias ending in
 * ية, without article or clitic, right after an indefinite noun or adjective (no article, not a
 * preposition) that ends in ة or ات, or is a common broken plural — فصائل سورية، جهات سورية معارضة،
 * مدن وقرى سورية، قاعدة عسكرية سورية. The country after a noun stands in a construct with the
 * article on neither (حكومة سورية is read "a Syrian government" too) or after a preposition. A
 * definite noun right after it makes the construct «صورة سورية المستقبل» (the image of Syria of the
 * future): an indefinite adjective is not followed by a definite one; a day or «اليوم» may be.
 */
export function nisbaAdjective(text: string, c: Candidate, words: string[]): boolean {
  if (words.length !== 1 || c.prefix !== '' || !/^[^ا].*يه$/.test(words[0]!)) return false;
  const [prev] = wordsBefore(text, c.start, 1);
  if (!prev || PUNCTUATION_GAP.test(text.slice(prev.end, c.start))) return false;
  const key = prev.key.replace(/^[وف]/, '');
  if (isDefinite(prev.key) || GOVERNORS.has(prev.key) || /\p{N}/u.test(key)) return false;
  const [next] = wordsAfter(text, c.end, 1);
  if (next && !PUNCTUATION_GAP.test(text.slice(c.end, next.start)) && /^ال/.test(next.key) && isDefinite(next.key) && !TIME_WORDS.has(next.key)) return false;
  return /(?:ه|ات)$/.test(key) || BROKEN_PLURALS.has(key) || BROKEN_PLURALS.has(prev.key);
}

/** Definite adverbs of time that follow a clause («قالت مصادر سورية الأحد»; keys). */
const TIME_WORDS = new Set(['اليوم', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الليله', 'الان']);

/**
 * A relative's full name (صدام خليفة حفتر = Saddam, son of Khalifa Haftar; صدام حفتر؛ سيف الإسلام
 * معمر القذافي): a name of the person right after a given name, of one word or more, that the
 * dataset's exclude phrases give a relative (`relatives`: folded words of each given name).
 */
export function relativeBefore(text: string, c: Candidate, relatives: readonly string[][] | undefined): boolean {
  if (!relatives) return false;
  for (const given of relatives) {
    const words = wordsBefore(text, c.start, given.length);
    if (words.length !== given.length) continue;
    const joined = words.every((w, i) => !PUNCTUATION_GAP.test(text.slice(w.end, i + 1 < words.length ? words[i + 1]!.start : c.start)));
    if (joined && wordIs(words[0]!.key, given[0]!) && given.every((g, i) => i === 0 || words[i]!.key === g)) return true;
  }
  return false;
}

/** Words after a family name that make it a son's (القذافي الابن = Saif al-Islam; keys). */
const SON = new Set(['الابن', 'الحفيد', 'الصغير']);

/** «القذافي الابن», «حفتر الابن»: the family name with «the son» after it names the son, not the father. */
export function sonAfter(text: string, c: Candidate): boolean {
  const [next] = wordsAfter(text, c.end, 1);
  return !!next && !PUNCTUATION_GAP.test(text.slice(c.end, next.start)) && SON.has(next.key);
}

/** Nouns that head a company's or a club's name: the place after them is part of that name. */
const COMPANY_HEADS = new Set(['شركه', 'شركات', 'مصرف', 'بنك', 'نادي', 'فندق', 'مصنع', 'مصفاه']);

/**
 * A place name inside a name that is not in the dataset: right after a noun that heads a
 * company's or a club's name (شركة البريقة لتسويق النفط، شركة سرت للنفط، نادي الجزيرة). Bodies
 * that describe the place they serve (جامعة بنغازي، مجلس النواب في طبرق) keep the place, and so
 * does a state's central bank (مصرف ليبيا المركزي).
 */
export function insideOtherName(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  const [prev] = wordsBefore(text, c.start, 1);
  if (!prev || PUNCTUATION_GAP.test(text.slice(prev.end, c.start).replace(/["'«»“”]/gu, ''))) return false;
  if (![...COMPANY_HEADS].some((head) => wordIs(prev.key, head))) return false;
  const [next] = wordsAfter(text, c.end, 1);
  return !(next && next.key === 'المركزي' && !PUNCTUATION_GAP.test(text.slice(c.end, next.start)));
}

/** A company's trade with ل right after the place it is named after (keys, clitic ل included). */
const COMPANY_TRADES = new Set([
  'لتسويق', 'للخدمات', 'للاستثمار', 'للتجاره', 'للطيران', 'للاتصالات', 'للتامين', 'للمقاولات', 'للصناعات', 'للتوزيع',
]);

/**
 * A place name that opens a company's name: right before «ل + its trade» (البريقة لتسويق النفط،
 * «البريقة» لتسويق النفط، مصر للطيران، ليبيا للاتصالات), quotes between or not. Only trades that a
 * country or city does not do in a construct: «إنتاج ليبيا للنفط» is Libya's oil output, so objects
 * (النفط، الغاز) are not listed.
 */
export function companyNameAfter(text: string, c: Candidate): boolean {
  const [next] = wordsAfter(text, c.end, 1);
  return !!next && !PUNCTUATION_GAP.test(text.slice(c.end, next.start).replace(QUOTES_ALL, '')) && COMPANY_TRADES.has(next.key);
}

