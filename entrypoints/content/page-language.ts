/**
 * Decides cheaply whether a page is Arabic, so the content script does nothing more on other pages.
 */

/** Languages written in Arabic script that are not Arabic: names would read differently there. */
const OTHER_ARABIC_SCRIPT_LANGS = new Set(['fa', 'ur', 'ps', 'ku', 'ckb', 'sd', 'ug', 'prs', 'pnb', 'ks']);

/** Elements whose text a reader never sees as prose. */
const SAMPLE_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE', 'SVG']);

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFF\uFE70-\uFEFC]/gu;
const ANY_LETTER = /\p{L}/gu;

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

  const sample = sampleText(doc, sampleChars);
  const letters = sample.match(ANY_LETTER)?.length ?? 0;
  const arabic = sample.match(ARABIC_LETTER)?.length ?? 0;
  return { arabic: letters >= minLetters && arabic / letters >= minShare, by: 'sample', letters };
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
