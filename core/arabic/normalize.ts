/**
 * Arabic normalisation for matching only: the page's text is never changed. Two strings that a
 * reader would take for the same name get the same key, and a page's text can be prepared for
 * matching with a map back to its original offsets.
 */

/** Harakat, tanween, shadda, sukun, small high/low marks, superscript alef. */
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
/** Tatweel, zero-width (non-)joiners, ZWSP, soft hyphen, LRM/RLM, ALM, word joiner, BOM. */
const INVISIBLE = /[\u0640\u200B-\u200F\u00AD\u061C\u2060\uFEFF]/g;

/**
 * Source of a character class of what may sit between the letters of a name without changing it:
 * every non-spacing mark (all Arabic diacritics), every format character (ZWNJ, ZWJ, soft hyphen,
 * LRM/RLM, ALM, BOM) and tatweel. Needs the `u` flag.
 */
export const IGNORABLE_CLASS = '[\\p{Mn}\\p{Cf}\\u0640]';

/** Arabic presentation forms A and B: only NFKC turns them into ordinary letters. */
const PRESENTATION_FORM = /[\uFB50-\uFDFF\uFE70-\uFEFF]/;
const IGNORABLE_OR_PRESENTATION = /[\p{Mn}\p{Cf}\u0640\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const IGNORABLE_ONE = /^[\p{Mn}\p{Cf}\u0640]$/u;

/** Letters that vary in spelling, folded to one representative (the others map to themselves). */
const FOLD: Readonly<Record<string, string>> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ة': 'ه',
  'ى': 'ي',
  'ئ': 'ي',
  'ؤ': 'و',
  // Persian keheh and Farsi yeh turn up in Arabic text typed on Persian keyboards.
  'ک': 'ك',
  'ی': 'ي',
};

/**
 * Folded for matching names only ({@link foldForMatching}): regional spelling writes the interdentals
 * as stops (Libyan and Egyptian: القدافي for القذافي, ابو ضبي for أبو ظبي); no two names of the
 * dataset differ only there (`npm run dataset` checks). Not in {@link FOLD}: stored note search keys
 * are {@link normalizeKey}s, and a changed key would no longer find them.
 */
const MATCH_FOLD: Readonly<Record<string, string>> = { ...FOLD, 'ذ': 'د', 'ظ': 'ض' };

/** For each representative letter, every spelling it stands for (as a regex class body). */
const VARIANTS: Readonly<Record<string, string>> = {
  'ا': 'اأإآٱ',
  'ه': 'هة',
  'ي': 'يىئی',
  'و': 'وؤ',
  'ك': 'كک',
  // The matcher's fold (MATCH_FOLD) only; the regex is the matcher's too.
  'د': 'دذ',
  'ض': 'ضظ',
};

/** Every letter a fold changes lies in U+0622…U+06CC: its representative's code, by offset (0 = kept). */
const FOLD_FROM = 0x0622;
function codes(table: Readonly<Record<string, string>>): Uint16Array {
  const out = new Uint16Array(0x06cd - FOLD_FROM);
  for (const [from, to] of Object.entries(table)) out[from.charCodeAt(0) - FOLD_FROM] = to.charCodeAt(0);
  return out;
}
const FOLD_CODES = codes(FOLD);
const MATCH_CODES = codes(MATCH_FOLD);

/** The representative of a letter's spelling variants (أ → ا, ة → ه, ى/ئ → ي, ؤ → و). */
export function foldLetter(ch: string): string {
  return FOLD[ch] ?? ch;
}

/** `s` with every letter folded to its representative ({@link foldLetter}); nothing else changes. */
export function foldLetters(s: string): string {
  return foldBy(s, FOLD_CODES);
}

/** {@link foldLetters} and ذ/ظ → د/ض: the name matcher's fold of texts and alias words. */
export function foldForMatching(s: string): string {
  return foldBy(s, MATCH_CODES);
}

/** The comparison key of a name for the matcher: {@link normalizeKey} with {@link foldForMatching}. */
export function matchKey(s: string): string {
  return foldForMatching(normalizeKey(s));
}

/** {@link normalizeWords} with {@link foldForMatching}. */
export function matchWords(s: string): string[] {
  return normalizeWords(s).map(foldForMatching);
}

function foldBy(s: string, FOLD_CODES: Uint16Array): string {
  // A char-code loop that copies only between folded letters: a regex replace with a callback cost
  // ~1.7× as much per paragraph and ~6× per short word, and every scan folds its text and each word
  // the rules read (ذ in هذا، الذي and ة everywhere make folds common).
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) - FOLD_FROM;
    if (k < 0 || k >= FOLD_CODES.length) continue;
    const to = FOLD_CODES[k]!;
    if (to === 0) continue;
    out += s.slice(last, i) + String.fromCharCode(to);
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

/** A regex fragment matching every spelling of a representative letter (ا → [اأإآٱ]). */
export function letterClass(folded: string): string {
  const variants = VARIANTS[folded];
  if (variants) return `[${variants}]`;
  return /[\p{L}\p{N}]/u.test(folded) ? folded : `\\u{${folded.codePointAt(0)!.toString(16)}}`;
}

/** Whether a character is dropped when matching: a diacritic, tatweel or an invisible. */
export function isIgnorable(ch: string): boolean {
  return IGNORABLE_ONE.test(ch);
}

/**
 * The comparison key of a name: NFKC (presentation forms), no diacritics or tatweel, alef forms
 * folded to ا, ة→ه, ى→ي, ئ/ؤ→ي/و, and no spaces (so أبو ظبي and أبوظبي, عبد الكافي and عبدالكافي
 * share a key).
 */
export function normalizeKey(s: string): string {
  return foldLetters(
    s
      .normalize('NFKC')
      .replace(DIACRITICS, '')
      .replace(INVISIBLE, '')
      .replace(/[\s\u00A0]+/g, ''),
  );
}

/**
 * The key of one word (or a phrase, words kept apart by single spaces): {@link normalizeKey}
 * without removing the spaces between words.
 */
export function normalizeWords(s: string): string[] {
  return s
    .trim()
    .split(/[\s\u00A0]+/)
    .map(normalizeKey)
    .filter((w) => w.length > 0);
}

/**
 * A page's text made ready for matching: diacritics, tatweel and invisibles removed, presentation
 * forms NFKC-expanded. Letters keep their spelling (the matcher's classes cover the variants).
 * `map` is null when nothing changed (the common case: offsets are the same); otherwise
 * `map[i]` is the original offset of prepared character `i`, and `map[text.length]` is the
 * original length.
 */
export interface PreparedText {
  text: string;
  map: Int32Array | null;
}

/** Prepares a text for matching; see {@link PreparedText}. */
export function prepareForMatching(original: string): PreparedText {
  if (!IGNORABLE_OR_PRESENTATION.test(original)) return { text: original, map: null };
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // Fast path for the letters, spaces and punctuation that make up almost all of a text.
    if (code < 0x0300 || (code >= 0x0621 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a)) {
      if (code !== 0x00ad) {
        out.push(original[i]!);
        map.push(i);
      }
      continue;
    }
    const isHigh = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length;
    const ch = isHigh ? original.slice(i, i + 2) : original[i]!;
    if (isIgnorable(ch)) {
      if (isHigh) i++;
      continue;
    }
    if (PRESENTATION_FORM.test(ch)) {
      const parts = [...ch.normalize('NFKC')].filter((part) => !isIgnorable(part));
      // The isolated forms of the harakat (U+FE70…) decompose to a space plus the mark: drop them.
      if (parts.join('').trim() === '') continue;
      for (const part of parts) {
        out.push(part);
        for (let k = 0; k < part.length; k++) map.push(i);
      }
      continue;
    }
    out.push(ch);
    map.push(i);
    if (isHigh) {
      map.push(i + 1);
      i++;
    }
  }
  map.push(original.length);
  return { text: out.join(''), map: Int32Array.from(map) };
}
