import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { findMatches, matchesQuery, normalizeText, normalizeWithMap, queryTerms, searchItems } from './search';

const notes = [
  { id: 'a', text: 'قوات حفتر لم تستهدف التنظيم في درنة' },
  { id: 'b', text: 'انسحاب مقاتلي «الدولة» من بنغازي' },
  { id: 'c', text: 'مقال رأي عن سِرْت، نُشر عام ٢٠١٧' },
  { id: 'd', text: 'Meeting notes about Haftar' },
];
const byText = (n: { text: string }) => [n.text];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe('normalizeText', () => {
  it('folds taa marbuta, alef maqsura, hamza forms and diacritics but keeps words apart', () => {
    expect(normalizeText('مدينةُ درنة')).toBe('مدينه درنه');
    expect(normalizeText('أبو إسماعيل آمر مُؤَسَّسة على')).toBe('ابو اسماعيل امر موسسه علي');
    expect(normalizeText('  «الدولة»،   في  بنغازي. ')).toBe('الدوله في بنغازي');
  });

  it('removes tatweel and folds Arabic-Indic digits and Latin case', () => {
    expect(normalizeText('حفـــتر ٢٠١٦ HAFTAR')).toBe('حفتر 2016 haftar');
  });

  it('maps every normalised character back to an original index in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'درنةً أإآ ـ،.abc٢'.split('')) }), (s) => {
        const { text, map } = normalizeWithMap(s);
        expect(map).toHaveLength(text.length);
        for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
        for (const j of map) expect(j).toBeLessThan(s.length);
      }),
    );
  });
});

describe('searchItems', () => {
  it('finds درنة when searching درنه (taa marbuta folded)', () => {
    expect(ids(searchItems(notes, 'درنه', byText))).toEqual(['a']);
  });

  it('ignores diacritics on either side', () => {
    expect(ids(searchItems(notes, 'سرت', byText))).toEqual(['c']);
    expect(ids(searchItems(notes, 'دَرْنَة', byText))).toEqual(['a']);
  });

  it('matches inside words (clitics) and across punctuation', () => {
    expect(ids(searchItems(notes, 'الدوله بنغازي', byText))).toEqual(['b']);
    expect(ids(searchItems(notes, 'تنظيم', byText))).toEqual(['a']);
  });

  it('requires every term', () => {
    expect(ids(searchItems(notes, 'حفتر بنغازي', byText))).toEqual([]);
  });

  it('matches digits written either way and Latin case-insensitively', () => {
    expect(ids(searchItems(notes, '2017', byText))).toEqual(['c']);
    expect(ids(searchItems(notes, 'haftar', byText))).toEqual(['d']);
  });

  it('keeps everything for an empty or punctuation-only query', () => {
    expect(ids(searchItems(notes, '', byText))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(searchItems(notes, ' ، ', byText))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('searches every field the caller gives', () => {
    const withTitle = [{ id: 'x', text: 'ملاحظة', title: 'تقرير الجزيرة' }];
    expect(ids(searchItems(withTitle, 'الجزيره', (n) => [n.text, n.title]))).toEqual(['x']);
    expect(matchesQuery('ملاحظة\nتقرير', queryTerms('ملاحظه تقرير'))).toBe(true);
  });
});

describe('findMatches', () => {
  it('returns ranges of the original text, including folded diacritics', () => {
    const s = 'في مدينةِ درنةً اليوم';
    const ranges = findMatches(s, queryTerms('درنه'));
    expect(ranges).toHaveLength(1);
    expect(s.slice(ranges[0]!.start, ranges[0]!.end)).toBe('درنةً');
  });

  it('finds every occurrence and merges overlaps', () => {
    const s = 'درنة ثم درنة';
    expect(findMatches(s, queryTerms('درنه')).map((r) => s.slice(r.start, r.end))).toEqual(['درنة', 'درنة']);
    expect(findMatches('حفتر', queryTerms('حف فتر'))).toEqual([{ start: 0, end: 4 }]);
  });

  it('finds nothing for no terms', () => {
    expect(findMatches('درنة', [])).toEqual([]);
  });
});
