/**
 * Decides cheaply whether a page is Arabic, so the content script does nothing more on other pages.
 */

/** Languages written in Arabic script that are not Arabic: names would read differently there. */
const OTHER_ARABIC_SCRIPT_LANGS = new Set(['fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug', 'prs', 'pnb', 'ks']);

/** Elements whose text a reader never sees as prose. */
const SAMPLE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE', 'SVG']);

/** Arabic letters (basic, supplement, extended-A, presentation forms A and B). */
function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x06d3) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/**
 * A letter, close to `\p{L}` by char code: the door runs in every frame of every page, and the
 * first use of a Unicode property escape in a renderer costs ~2–9 ms (V8 builds its tables then),
 * more than everything else the door does on a page that is not Arabic. Not letters here: ASCII
 * and Latin-1 punctuation, digits and symbols, combining marks, Arabic signs, tashkeel, digits
 * and punctuation, general punctuation and symbols (U+2000–U+2BFF), CJK punctuation, variation
 * selectors, half-width forms and surrogates (astral letters are rare in prose, emoji are not).
 * `page-language.test.ts` compares it with `\p{L}` on text in several scripts.
 */
function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c < 0x0250) return c >= 0xc0 ? c !== 0xd7 && c !== 0xf7 : c === 0xaa || c === 0xb5 || c === 0xba;
  if (isArabicLetter(c)) return true;
  if (c >= 0x0300 && c <= 0x036f) return false;
  if (c >= 0x0600 && c <= 0x08ff) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c >= 0xfe00 && c <= 0xfe6f) return false;
  if (c >= 0xfeff && c <= 0xff20) return false;
  return c < 0xfff0;
}

export interface PageLanguage {
  arabic: boolean;
  /** `lang` when the `<html lang>` attribute decided, otherwise `sample`. */
  by: 'lang' | 'sample';
  /** Letters seen in the sample (0 when `lang` decided). */
  letters: number;
}

export interface DetectOptions {
  /** Characters of text to sample at most; ~3 KB is plenty and costs well under a millisecond. */
  sampleChars?: number;
  /** Share of letters that must be Arabic. */
  minShare?: number;
  /** Fewer letters than this in the sample can't decide "Arabic" (an empty SPA shell). */
  minLetters?: number;
}

/**
 * Reads the page's language: `<html lang="ar…">` decides at once; a declared Arabic-script
 * language other than Arabic (fa, ur…) says no; otherwise (no lang, or a wrong `lang="en"` that
 * many Arabic sites ship) the share of Arabic letters in a small text sample decides. The sample
 * walks text nodes with a TreeWalker and stops after `sampleChars`: no `innerText`, no layout.
 */
export function detectPageLanguage(doc: Document, opts: DetectOptions = {}): PageLanguage {
  const { sampleChars = 3000, minShare = 0.4, minLetters = 40 } = opts;
  const lang = (doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang') ?? '')
    .trim()
    .toLowerCase();
  const primary = lang.split(/[-_]/)[0] ?? '';
  if (primary === 'ar') return { arabic: true, by: 'lang', letters: 0 };
  if (OTHER_ARABIC_SCRIPT_LANGS.has(primary)) return { arabic: false, by: 'lang', letters: 0 };

  const { letters, arabic } = countLetters(sampleText(doc, sampleChars));
  return { arabic: letters >= minLetters && arabic / letters >= minShare, by: 'sample', letters };
}

/** Letters and Arabic letters in `text`, by char code (see {@link isLetter}). */
export function countLetters(text: string): { letters: number; arabic: number } {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c)) continue;
    letters++;
    if (isArabicLetter(c)) arabic++;
  }
  return { letters, arabic };
}

/** Whether the page is Arabic (see {@link detectPageLanguage}). */
export function isArabicPage(doc: Document, opts?: DetectOptions): boolean {
  return detectPageLanguage(doc, opts).arabic;
}

function sampleText(doc: Document, max: number): string {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && SAMPLE_SKIP.has((node as Element).nodeName.toUpperCase())
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let out = '';
  for (let node = walker.nextNode(); node && out.length < max; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = (node as Text).data;
    if (text.trim()) out += text.slice(0, max - out.length);
  }
  return out;
}
