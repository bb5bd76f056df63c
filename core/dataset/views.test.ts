import { describe, expect, it } from 'vitest';

import type { Claim, DateSpec } from './schema';
import { testDataset } from '../../tests/fixtures/dataset';
import { cardFromDataset, entityGroups, timelineGroups } from './views';

const dataset = testDataset();

const claim = (id: string, date: DateSpec): Claim => ({
  id,
  kind: 'statement',
  claimant: 'person-a',
  subjects: ['organization-c'],
  places: [],
  date,
  summary: { ar: 'بحسب', en: 'According to' },
  citations: [{ articleId: 'article-one', quote: 'المنظمة ج وصلت إلى المدينة د' }],
});

describe('cardFromDataset', () => {
  it('gathers claims newest first (undated by their article date), articles without text, and names', () => {
    const card = cardFromDataset(dataset, 'organization-c')!;
    // claim-lost-control is undated but cites a 2017-02 article, so it sorts before 2016-05-10.
    expect(card.claims.map((c) => c.id)).toEqual(['claim-lost-control', 'claim-arrived']);
    expect(card.articles.map((a) => a.id).sort()).toEqual(['article-one', 'article-two']);
    expect(card.articles.every((a) => !('text' in a))).toBe(true);
    expect(card.related.map((r) => r.id)).toEqual(['person-a']);
    expect(card.refs.map((r) => r.id)).toEqual(['city-d', 'organization-c', 'outlet-b', 'person-a']);
  });

  it('includes claims where the entity is the claimant, and is undefined for an unknown id', () => {
    expect(cardFromDataset(dataset, 'person-a')!.claims.map((c) => c.id)).toEqual(['claim-arrived']);
    expect(cardFromDataset(dataset, 'nobody')).toBeUndefined();
  });
});

describe('entityGroups', () => {
  it('groups by type in a fixed order and filters Arabic-aware', () => {
    expect(entityGroups(dataset, '', 'ar').map((g) => g.type)).toEqual(['person', 'organization', 'place', 'outlet']);
    // «المنظمه» (ه for ة) finds «المنظمة ج».
    expect(entityGroups(dataset, 'المنظمه', 'ar')).toEqual([{ type: 'organization', entities: [dataset.entities[2]] }]);
    expect(entityGroups(dataset, 'city', 'en').flatMap((g) => g.entities.map((e) => e.id))).toEqual(['city-d']);
    expect(entityGroups(dataset, 'لا شيء كهذا', 'ar')).toEqual([]);
  });
});

describe('timelineGroups', () => {
  it('orders years, puts coarser dates first within a year, and keeps undated claims apart', () => {
    const claims = [
      claim('c-day', { value: '2017-01-06', precision: 'day', inferred: false }),
      claim('c-undated', { precision: 'unknown', inferred: false }),
      claim('c-year', { value: '2017', precision: 'year', inferred: false }),
      claim('c-period', { value: '2016-04/2016-05', precision: 'period', inferred: true }),
      claim('c-month', { value: '2016-03', precision: 'month', inferred: false }),
    ];
    expect(timelineGroups(claims).map((g) => [g.year, g.claims.map((c) => c.id)])).toEqual([
      ['2016', ['c-month', 'c-period']],
      ['2017', ['c-year', 'c-day']],
      [null, ['c-undated']],
    ]);
  });

  it('has no undated group when every claim is dated', () => {
    expect(timelineGroups([claim('a', { value: '2018', precision: 'year', inferred: false })]).map((g) => g.year)).toEqual(['2018']);
  });
});
