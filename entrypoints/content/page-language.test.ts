// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { countLetters, detectPageLanguage, isArabicPage } from './page-language';

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

describe('countLetters (char codes instead of \\p{L}, which costs ms to warm up in every frame)', () => {
  const byRegex = (text: string) => ({
    letters: text.match(/\p{L}/gu)?.length ?? 0,
    arabic: text.match(/[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFF\uFE70-\uFEFC]/gu)?.length ?? 0,
  });
  const SAMPLES = [
    ENGLISH,
    ARABIC,
    'وَقَالَ المُتَحَدِّثُ إِنَّ القُوَّاتِ تَقَدَّمَتْ، «نَحْوَ» دَرْنَة؟ ١٢٣ ۴۵۶ — ٪ ؛',
    'Le porte-parole a déclaré : « Les forces ont avancé » — 12 % ; Ærø, Øster, naïve.',
    'Представитель сил заявил, что бои продолжались; Ελληνικά κείμενα, 42!',
    'وزارت امور خارجه ایران اعلام کرد که گفتگوها ادامه دارد.',
    '发言人说，战斗仍在继续。「新闻」 2024年',
    'Mixed عربي and English 😀 #hashtag @user https://example.com/path?q=1 – “quotes” … •',
    'ﺍﻟﺴﻼﻡ ﻋﻠﻴﻜﻢ ﷲ ـــ tatweel',
  ];

  it('counts the same letters as \\p{L} on prose in Arabic, Latin, Cyrillic, Greek, Persian and CJK', () => {
    for (const text of SAMPLES) expect(countLetters(text), text).toEqual(byRegex(text));
  });

  it('gives the same Arabic decision as \\p{L} would on mixed samples', () => {
    for (const text of SAMPLES) {
      const a = countLetters(text);
      const b = byRegex(text);
      expect(a.letters >= 40 && a.arabic / a.letters >= 0.4, text).toBe(b.letters >= 40 && b.arabic / b.letters >= 0.4);
    }
  });
});
