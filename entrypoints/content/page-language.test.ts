// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { detectPageLanguage, isArabicPage } from './page-language';

const ARABIC = 'أعلن المتحدث باسم القوات في مدينة درنة أن الاشتباكات تواصلت مع مسلحي التنظيم شرق البلاد. ';
const ENGLISH = 'The spokesman for the forces in the city said that clashes continued east of the country. ';

function page(lang: string | null, body: string): Document {
  document.documentElement.removeAttribute('lang');
  if (lang !== null) document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = body;
  return document;
}

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

describe('isArabicPage', () => {
  it('trusts <html lang="ar…"> without sampling', () => {
    expect(detectPageLanguage(page('ar-LY', `<p>${ENGLISH}</p>`))).toEqual({ arabic: true, by: 'lang', letters: 0 });
    expect(isArabicPage(page('AR', ''))).toBe(true);
  });

  it('says no for other Arabic-script languages', () => {
    expect(isArabicPage(page('fa-IR', `<p>${ARABIC}</p>`))).toBe(false);
    expect(isArabicPage(page('ur', `<p>${ARABIC}</p>`))).toBe(false);
  });

  it('samples text when lang is missing or wrong', () => {
    expect(isArabicPage(page(null, `<p>${ARABIC}</p>`))).toBe(true);
    expect(isArabicPage(page('en', `<nav>Home News</nav><p>${ARABIC.repeat(3)}</p>`))).toBe(true);
    expect(isArabicPage(page(null, `<p>${ENGLISH.repeat(3)}</p>`))).toBe(false);
    expect(isArabicPage(page('en', `<p>${ENGLISH} درنة بنغازي</p>`))).toBe(false);
  });

  it('ignores script and style text when sampling', () => {
    const doc = page(null, `<script>var s = "${ARABIC.repeat(5)}";</script><style>/* ${ARABIC} */</style><p>${ENGLISH}</p>`);
    expect(isArabicPage(doc)).toBe(false);
  });

  it('reads only a bounded sample', () => {
    const doc = page(null, `<p>${ENGLISH.repeat(60)}</p><p>${ARABIC.repeat(500)}</p>`);
    const result = detectPageLanguage(doc, { sampleChars: 2000 });
    expect(result.arabic).toBe(false);
    expect(result.letters).toBeLessThanOrEqual(2000);
  });

  it('cannot decide Arabic from an almost empty shell', () => {
    expect(isArabicPage(page(null, '<div id="app">درنة</div>'))).toBe(false);
  });
});
