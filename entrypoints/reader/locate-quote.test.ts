import { describe, expect, it } from 'vitest';

import { rangeInParagraph, locateQuote, splitParagraphs } from './locate-quote';

const article = 'العنوان\n\nانسحب التنظيم من منطقة الفتائح آخر معاقله.\nقصفت طائرات حفتر مواقع لثوار درنة ومناطق سكنية.\n';

describe('locateQuote', () => {
  it('finds a verbatim quote', () => {
    const r = locateQuote(article, 'قصفت طائرات حفتر مواقع');
    expect(r && article.slice(r.start, r.end)).toBe('قصفت طائرات حفتر مواقع');
  });

  it('ignores whitespace differences, including across a line break', () => {
    const r = locateQuote(article, 'آخر   معاقله. قصفت\tطائرات');
    expect(r && article.slice(r.start, r.end)).toBe('آخر معاقله.\nقصفت طائرات');
  });

  it('falls back to ignoring diacritics and hamza forms', () => {
    const r = locateQuote(article, 'انسحب التنظيمُ من منطقه الفتايح');
    // The quote spells الفتايح with ي for ئ: folded, both read «الفتايح».
    expect(r && article.slice(r.start, r.end)).toBe('انسحب التنظيم من منطقة الفتائح');
  });

  it('returns null for a quote that is not there, or an empty one', () => {
    expect(locateQuote(article, 'نص غير موجود في المقال')).toBeNull();
    expect(locateQuote(article, '   ')).toBeNull();
  });
});

describe('splitParagraphs and rangeInParagraph', () => {
  it('keeps non-empty lines verbatim with their offsets', () => {
    const ps = splitParagraphs(article);
    expect(ps.map((p) => p.text)).toEqual([
      'العنوان',
      'انسحب التنظيم من منطقة الفتائح آخر معاقله.',
      'قصفت طائرات حفتر مواقع لثوار درنة ومناطق سكنية.',
    ]);
    for (const p of ps) expect(article.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });

  it('marks the part of each paragraph a range covers', () => {
    const ps = splitParagraphs(article);
    const r = locateQuote(article, 'آخر معاقله. قصفت طائرات')!;
    const marked = ps.map((p) => rangeInParagraph(p, r).map((x) => p.text.slice(x.start, x.end)));
    expect(marked).toEqual([[], ['آخر معاقله.'], ['قصفت طائرات']]);
  });
});
