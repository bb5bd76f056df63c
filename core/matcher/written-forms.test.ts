/** Readings from how a place name is written (./written-forms.ts), each on real text (tests/quality/realtext, batch c05). */
import { describe, expect, it } from 'vitest';

import type { MatcherIndex } from '../dataset/schema';
import { compileMatcher } from './matcher';
import { amb } from './test-index';

const index: MatcherIndex = {
  version: 't',
  entries: [
    { entityId: 'syria', type: 'place', alias: 'سوريا' },
    { entityId: 'libya', type: 'place', alias: 'ليبيا' },
    { entityId: 'isis', type: 'organization', alias: 'داعش' },
    { entityId: 'egypt', type: 'place', alias: 'مصر', ambiguous: amb({ exclude: ['مصر على'], acceptUnconfirmed: true }) },
    { entityId: 'cairo', type: 'place', alias: 'القاهرة', ambiguous: amb({ exclude: ['القوة القاهرة'], context: ['مدينة'] }) },
    { entityId: 'tripoli', type: 'place', alias: 'طرابلس', ambiguous: amb({ context: ['ليبيا'] }) },
  ],
};
const matcher = compileMatcher(index);
const found = (text: string): string[][] => matcher.scan(text).hits.map((h) => [text.slice(h.start, h.end), h.entityId]);

describe('readings from how a place name is written', () => {
  it('reads a country name with the accusative «ً» as the adjective (لاجئاً سورياً), either spelling', () => {
    // Real text (kurdistan24): «نحو 42 لاجئاً سورياً إلى الشمال السوري».
    expect(found('رحّلت السلطات نحو 42 لاجئاً سورياً إلى الشمال')).toEqual([]);
    expect(found('عيّن مسؤولًا ليبيًا في المنصب')).toEqual([]);
    // The country's name keeps other marks, and an organisation may take the accusative (داعشًا).
    expect(found('عاد إلى سوريَا بعد سنوات')).toEqual([['سوريَا', 'syria']]);
    expect(found('لن نترك داعشًا يعود')).toEqual([['داعشًا', 'isis']]);
  });

  it('reads a place after a brand in Latin or spelled-out letters as part of the brand (MBC مصر)', () => {
    // Real text (alwafd via masress; elmanshar): the channel «MBC مصر», «إم بى سى مصر».
    expect(found('رئاسة مجموعة قنوات MBC مصر، على رؤية أعمال هزلية')).toEqual([]);
    expect(found('خذلت مجموعة قنوات إم بى سى مصر مع انطلاق ماراثون رمضان')).toEqual([]);
    // Real text (shorouk via masress): in guillemets, «على قناة «mbc مصر»».
    expect(found('قال خلال برنامجه على قناة «mbc مصر»، مساء الجمعة')).toEqual([]);
    // One Arabic word that is also a letter's name is no brand; a preposition is not one at all.
    expect(found('قال إن في مصر فرصا كثيرة')).toEqual([['مصر', 'egypt']]);
    expect(found('زار سي مصر')).toEqual([['مصر', 'egypt']]);
  });

  it('reads a place opening its block before a date and a dash, or an agency, as a dateline', () => {
    // Real text (egypt-today; pm.gov.ly): «القاهرة - صفاء عبد القادر», «طرابلس 9 مايو 2012  - شُيع …».
    expect(found('القاهرة - صفاء عبد القادر')).toEqual([['القاهرة', 'cairo']]);
    expect(found('طرابلس 9 مايو 2012  - شُيع إلى مثواه الأخير عصر اليوم')).toEqual([['طرابلس', 'tripoli']]);
    expect(found('القاهرة (رويترز) - قالت مصادر')).toEqual([['القاهرة', 'cairo']]);
    // Not inside a sentence, and never the common word it excludes.
    expect(matcher.scan('وقال إن طرابلس - كما يعرف الجميع - مدينة قديمة').hits).toEqual([]);
    expect(found('القوة القاهرة - بيان')).toEqual([]);
  });

  it('reads a dateline with a colon, or after the reporter\'s name and a dash', () => {
    // Real text (aawsat, raw/c10): «القاهرة: جمال جوهر»; (dotalkhalij, raw/c11): «أحمد جودة - القاهرة - أعلن قائد …».
    expect(found('القاهرة: جمال جوهر')).toEqual([['القاهرة', 'cairo']]);
    expect(found('أحمد جودة - القاهرة - أعلن قائد قوات الدعم السريع موافقته على هدنة')).toEqual([['القاهرة', 'cairo']]);
    // Not after a longer stretch of words, nor without the dash after the place.
    expect(found('وأكد المتحدث باسم الحكومة في مؤتمر صحفي - القاهرة - أن')).toEqual([]);
    expect(found('أحمد جودة - القاهرة تستضيف القمة')).toEqual([]);
  });

  it('leaves a dateline to the page where the place has a namesake elsewhere (Lebanon\'s طرابلس)', () => {
    // A dateline says where an item was filed, not which of two namesakes: a Lebanese wire files from
    // its Tripoli as a Libyan one from its own. Real text (pm.gov.ly), the city with a namesake.
    const withNamesake = compileMatcher({
      version: 't',
      entries: [{ entityId: 'tripoli', type: 'place', alias: 'طرابلس', ambiguous: amb({ context: ['ليبيا'], elsewhere: ['لبنان'] }) }],
    });
    const scan = withNamesake.scan('طرابلس 9 مايو 2012  - شُيع إلى مثواه الأخير عصر اليوم');
    expect(scan.hits).toEqual([]);
    expect(scan.pending.map((h) => h.entityId)).toEqual(['tripoli']);
  });
});
