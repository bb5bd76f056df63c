import { describe, expect, it } from 'vitest';

import { DateSpec } from './dataset/schema';
import { dateSortKey, dateTimeAttr, formatDate } from './dates';

const d = (input: unknown) => DateSpec.parse(input);

describe('formatDate', () => {
  it('says «غير مؤرخ» for an unknown date and never invents one', () => {
    expect(formatDate(d({ precision: 'unknown' }), 'ar')).toBe('غير مؤرخ');
    expect(formatDate(d({ precision: 'unknown' }), 'en')).toBe('Undated');
  });

  it('shows a day, a month and a year at their own precision', () => {
    expect(formatDate(d({ value: '2016-04-26', precision: 'day' }), 'ar')).toBe('26 أبريل 2016');
    expect(formatDate(d({ value: '2017-01-06', precision: 'day' }), 'en')).toBe('6 January 2017');
    expect(formatDate(d({ value: '2018-02', precision: 'month' }), 'ar')).toBe('فبراير 2018');
    expect(formatDate(d({ value: '2017', precision: 'year' }), 'en')).toBe('2017');
  });

  it('hedges an inferred date', () => {
    expect(formatDate(d({ value: '2016-04', precision: 'period', inferred: true }), 'ar')).toBe(
      'نحو أبريل 2016 (تقدير)',
    );
    expect(formatDate(d({ value: '2017-01', precision: 'month', inferred: true }), 'en')).toBe(
      'about January 2017 (estimated)',
    );
  });

  it('shows a period as a range, not repeating a shared year', () => {
    expect(formatDate(d({ value: '2016-03/2016-04', precision: 'period' }), 'ar')).toBe('مارس – أبريل 2016');
    expect(formatDate(d({ value: '2016-12/2017-01', precision: 'period' }), 'en')).toBe('December 2016 – January 2017');
  });
});

describe('dateTimeAttr and dateSortKey', () => {
  it('gives <time datetime> only for a single known date', () => {
    expect(dateTimeAttr(d({ value: '2016-04-26', precision: 'day' }))).toBe('2016-04-26');
    expect(dateTimeAttr(d({ value: '2016-03/2016-04', precision: 'period' }))).toBeUndefined();
    expect(dateTimeAttr(d({ precision: 'unknown' }))).toBeUndefined();
  });

  it('sorts newest first with unknown dates last', () => {
    const specs = [
      d({ precision: 'unknown' }),
      d({ value: '2016-04-26', precision: 'day' }),
      d({ value: '2018-02', precision: 'month' }),
      d({ value: '2016-03/2016-04', precision: 'period' }),
    ];
    const sorted = [...specs].sort((a, b) => dateSortKey(b).localeCompare(dateSortKey(a)));
    expect(sorted.map((s) => s.value ?? '?')).toEqual(['2018-02', '2016-04-26', '2016-03/2016-04', '?']);
  });
});
