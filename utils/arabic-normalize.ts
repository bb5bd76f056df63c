/**
 * Arabic normalisation for matching only: the page's text is never changed. Two strings that a
 * reader would take for the same name get the same key.
 */

/** Harakat, tanween, shadda, sukun, small high/low marks, superscript alef. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
/** Tatweel, zero-width (non-)joiners, ZWSP, soft hyphen, LRM/RLM, ALM, word joiner, BOM. */
const INVISIBLE = /[\u0640\u200B-\u200F\u00AD\u061C\u2060\uFEFF]/g;

/**
 * The comparison key of a name: NFKC (presentation forms), no diacritics or tatweel, alef forms
 * folded to ا, ة→ه, ى→ي, ئ/ؤ→ي/و, and no spaces (so أبو ظبي and أبوظبي, عبد الكافي and عبدالكافي
 * share a key).
 */
export function normalizeKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(INVISIBLE, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/ئ/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/[\s\u00A0]+/g, '');
}
