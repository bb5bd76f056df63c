/**
 * Readings a place name gets from how it is written around it, not from the words' meaning: the
 * accusative ending of an adjective (لاجئاً سورياً), a brand's Latin letters before it (MBC مصر),
 * and a news item's dateline (القاهرة - …).
 */
import type { Candidate } from './word-trie';

const TANWEEN_FATH = 0x064b;

/**
 * A country name ending in alef, written with the accusative ending «ً» (سورياً، سوريًا، ليبياً): the
 * nisba adjective in the accusative, «لاجئاً سورياً» (a Syrian refugee), «مسؤولاً ليبياً». The name
 * of a country never takes it. `original` is the text as written, `from`–`to` the name in it.
 */
export function tanweenAdjective(original: string, from: number, to: number, alias: string): boolean {
  if (!/ا$/u.test(alias)) return false;
  for (let i = Math.max(from, to - 3); i < original.length && i < to + 2; i++) {
    if (original.charCodeAt(i) === TANWEEN_FATH) return true;
    if (i >= to && !/[\p{Mn}\u0640]/u.test(original[i]!)) break;
  }
  return false;
}

/** Latin letters as Arabic writes them in acronyms (إم بي سي، بي بي سي، سي إن إن; keys), not في، إن، أو. */
const LETTER_NAMES = new Set(['ام', 'بي', 'سي', 'تي', 'دي', 'ار', 'ايه', 'جي', 'ال', 'اس', 'اف', 'اتش', 'كيو', 'اكس', 'زد']);

/**
 * A place right after a brand in Latin letters or spelled-out ones: «MBC مصر», «قنوات إم بى سى مصر»
 * (a channel). Only spaces between; two or more letter names (one alone may be a word).
 */
export function brandBefore(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  let end = c.start;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === c.start) return false;
  let from = end;
  while (from > 0 && /[A-Za-z0-9&.+]/.test(text[from - 1]!)) from--;
  if (from < end && /[A-Za-z]/.test(text.slice(from, end)) && (from === 0 || !/[\p{L}\p{N}]/u.test(text[from - 1]!))) return true;
  // Spelled-out letters, read back word by word.
  let letters = 0;
  let at = end;
  for (;;) {
    let start = at;
    while (start > 0 && /[\u0621-\u064a]/u.test(text[start - 1]!)) start--;
    if (start === at || !LETTER_NAMES.has(fold(text.slice(start, at)))) break;
    letters++;
    at = start;
    while (at > 0 && text[at - 1] === ' ') at--;
  }
  return letters >= 2;
}

function fold(word: string): string {
  return word.replace(/[أإآ]/gu, 'ا').replace(/ى/gu, 'ي');
}

const MONTHS =
  'يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|' +
  'كانون|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|أيلول|ايلول|تشرين|الأول|الاول|الثاني';
/** After a dateline's place: its date if any, then a dash, a colon or an agency in brackets. */
const DATELINE_REST = new RegExp(`\\s*(?:(?:[0-9٠-٩/.]+|${MONTHS})\\s*)*(?:[-–—:]|\\()`, 'uy');
/** A reporter's name of one to three words and a dash before the place: «أحمد جودة - القاهرة - أعلن». */
const BYLINE_BEFORE = /^\s*(?:\p{L}+\s+){1,3}[-–—]\s*$/u;

/**
 * A dateline: the place a news item was filed from, opening its block, then its date if any and a
 * dash, a colon or the agency (القاهرة - صفاء عبد القادر; طرابلس 9 مايو 2012 - شُيع…; القاهرة (رويترز) -;
 * القاهرة: جمال جوهر), or after the reporter's name and a dash (أحمد جودة - القاهرة - أعلن…). The
 * city, whatever else its name means (القوة القاهرة). Not for a place whose namesake elsewhere the
 * dataset knows (`elsewhere`: Lebanon's طرابلس, Yemen's البيضاء): a dateline says where an item was
 * filed, not which of the two, and a Lebanese wire files from its Tripoli as a Libyan one from its
 * own; there the page decides.
 */
export function dateline(text: string, c: Candidate): boolean {
  if (c.prefix !== '' || c.found.entry.type !== 'place') return false;
  let first = 0;
  while (first < c.start && /\s/u.test(text[first]!)) first++;
  if (first < c.start && (c.start - first > 40 || !BYLINE_BEFORE.test(text.slice(first, c.start)))) return false;
  if (c.found.rules?.ambiguity.elsewhere !== undefined) return false;
  DATELINE_REST.lastIndex = c.end;
  return DATELINE_REST.test(text);
}

/** Quotation marks that set a name off. */
export const QUOTES = '"\'«»“”';

/**
 * A place name with the possessive «our» (ليبيانا، مصرنا), set off in quotation marks on both sides: a
 * brand's name, the mobile operator «ليبيانا» (aawsat, raw/c70; albawabh, raw/c09), not «our Libya»
 * (عاشت ليبيانا حرة), which nobody quotes as a single word.
 */
export function quotedPossessive(text: string, c: Candidate): boolean {
  if (c.prefix !== '' || !c.name.endsWith('نا') || c.found.entry.alias.endsWith('نا')) return false;
  return QUOTES.includes(text[c.start - 1] ?? ' ') && QUOTES.includes(text[c.end] ?? ' ');
}
