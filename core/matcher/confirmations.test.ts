/** The confirmations of core/matcher/confirmations.ts, each on real text (pages of tests/quality/realtext). */
import { describe, expect, it } from 'vitest';

import type { MatcherIndex } from '../dataset/schema';
import { compileMatcher } from './matcher';
import { amb } from './test-index';

const index: MatcherIndex = {
  version: 't',
  entries: [
    { entityId: 'egypt', type: 'place', alias: 'مصر', ambiguous: amb({ exclude: ['مصر على'], acceptUnconfirmed: true }) },
    {
      entityId: 'al-jazeera',
      type: 'outlet',
      alias: 'الجزيرة',
      ambiguous: amb({ exclude: ['الجزيرة العربية'], context: ['قناة', 'مراسل'], window: 4, pageMentions: 0 }),
    },
    { entityId: 'al-qaeda', type: 'organization', alias: 'تنظيم القاعدة' },
    {
      entityId: 'gnc',
      type: 'organization',
      alias: 'المؤتمر الوطني',
      ambiguous: amb({ context: ['الليبي', 'طرابلس'], window: 6 }),
    },
    {
      entityId: 'al-qaeda',
      type: 'organization',
      alias: 'القاعدة',
      ambiguous: amb({ exclude: ['القاعدة الجوية'], context: ['عناصر', 'زعيم'], window: 4, pageMentions: 0 }),
    },
  ],
};
const matcher = compileMatcher(index);

/** Accepted hits as surfaces. */
function found(text: string): string[] {
  return matcher.scan(text).hits.map((h) => text.slice(h.start, h.end));
}

describe('confirmations from the governing word', () => {
  it('takes an outlet that is told something or shows exclusive material (قال للجزيرة، صور خاصة بالجزيرة)', () => {
    // Real text (sauress / al-Azd): «صور خاصة بالجزيرة».
    expect(found('وأظهرت صور خاصة بالجزيرة من داخل مستشفى الهريش في مدينة درنة')).toEqual(['بالجزيرة']);
    // The speaker may stand between the verb and the outlet; punctuation breaks the link.
    expect(found('وقال مسؤول عسكري للجزيرة إن القصف استمر')).toEqual(['للجزيرة']);
    expect(found('وقال المسؤول: للجزيرة العربية تاريخ طويل')).toEqual([]);
    // Sources described at length (aljazeera, raw/c90); a goal scored for the club is not a thing said.
    expect(found('وقالت مصادر طبية بمركز بنغازي الطبي للجزيرة إن الاشتباكات اندلعت')).toEqual(['للجزيرة']);
    expect(found('ثم أضاف ميركو فوسينيتش الهدف الثاني للجزيرة في الدقيقة 69')).toEqual([]);
    expect(found('وقالت مصادر إن الطريق المؤدي للجزيرة مغلق')).toEqual([]);
    // Not the island or the region: no verb of saying before it, or ب without «خاصة».
    expect(found('وصل الوفد إلى الجزيرة صباحا')).toEqual([]);
    expect(found('وقال إنه سافر بالجزيرة')).toEqual([]);
  });

  it('takes an outlet named as the source of a report (وفق «الجزيرة»، بحسب الجزيرة، نقلا عن الجزيرة)', () => {
    // Real text (thenewkhalij, 2019): the closing attribution «وفق "الجزيرة"».
    expect(found('مؤكدا أن ما فشلت فيه ميليشيات "حفتر" طيلة الشهور التسعة الماضية، لن تحققه من جديد، وفق "الجزيرة".')).toEqual(['الجزيرة']);
    expect(found('وأفاد شهود عيان بتجدد القصف، بحسب الجزيرة.')).toEqual(['الجزيرة']);
    expect(found('وأعلن الجيش استعادة المدينة، وفقا للجزيرة.')).toEqual(['للجزيرة']);
    expect(found('وأعلن الجيش استعادة المدينة، نقلا عن الجزيرة.')).toEqual(['الجزيرة']);
    // Only right before the name: «حسب» further back attributes something else.
    expect(found('وقتل عشرة مدنيين حسب مصادر محلية في الجزيرة')).toEqual([]);
    expect(found('وصل الوفد حسب الخطة إلى الجزيرة')).toEqual([]);
  });

  it('takes مصر before على for the country where a preposition or construct noun governs it', () => {
    // Real text (alouroba): «قدرة مصر على الحشد»; the adjective «مُصِرّ على» stays excluded.
    expect(found('الغد: نراهن على قدرة مصر على الحشد الدولى لرؤيتها')).toEqual(['مصر']);
    expect(found('وعاد الوفد إلى مصر على متن طائرة خاصة')).toEqual(['مصر']);
    // Real text (almowatna, raw/c07): «يعكس حرص مصر على أهمية تحقيق الاستقرار»: a verbal noun heads it.
    expect(found('اللقاء يعكس حرص مصر على أهمية تحقيق الاستقرار في ليبيا')).toEqual(['مصر']);
    // The subject of «أن» and its sisters, or of «ظل» and its sisters, is a noun: the country (newsdana, raw/c89).
    expect(found('وأكد موضحا أن مصر على أتم الاستعداد للتعاون')).toEqual(['مصر']);
    expect(found('سوف تظل مصر على إيمانها بالحل')).toEqual(['مصر']);
    expect(found('إن الوزير مصر على موقفه')).toEqual([]);
    expect(found('وقال إنه مصر على المضي في الإصلاحات')).toEqual([]);
  });
});

describe('one sense per paragraph', () => {
  it("takes an organisation's bare name again in the paragraph where its context confirmed it once", () => {
    // Real text (aljareeda.net, Yemen): «عناصر تابعة للقاعدة … من قبل القاعدة».
    const text =
      'اشتباكات متقطعة بين القبائل وعناصر تابعة للقاعدة من جهة، والحوثيين من جهة أخرى، هذا إلى جانب تفجير سيارات مفخخة من قبل القاعدة، استهدفت من خلالها الحوثيين.';
    expect(found(text)).toEqual(['للقاعدة', 'القاعدة']);
    // Alone in its paragraph, the second is left to the page (pending), which for القاعدة means no.
    expect(found('هذا إلى جانب تفجير سيارات مفخخة من قبل القاعدة، استهدفت من خلالها الحوثيين.')).toEqual([]);
    // A base stays a base: its exclusion is read before any sense is shared.
    expect(found('قال زعيم القاعدة إن الهجوم على القاعدة الجوية نجح')).toEqual(['القاعدة']);
  });

  it('does not share a reading that only the governing words gave one occurrence (قال للجزيرة … في الجزيرة)', () => {
    // Adapted from real text (sawt-ye.net, 2026, Socotra: «قال شريف في تصريح لها إن … كانوا عالقين في
    // الجزيرة لعدة أيام»), the agency told replaced by the outlet: the outlet was told, the island is not it.
    const text = 'وقال شريف للجزيرة إن الخطوط الجوية نقلت 609 ركاب من جنسيات عربية وأجنبية، كانوا عالقين في الجزيرة لعدة أيام.';
    expect(found(text)).toEqual(['للجزيرة']);
    // Its own context word still shares it: «مراسل الجزيرة … الجزيرة».
    expect(found('وقال مراسل الجزيرة إن القصف استمر، وأكدت الجزيرة أن الطرق مغلقة')).toEqual(['الجزيرة', 'الجزيرة']);
  });
});

describe("other bodies of an organisation's name", () => {
  it('reads a foreign nisba right after the name as another country\'s body, on the rest of the block too', () => {
    // Real text (afadak, Iraq): «المؤتمر الوطني العراقي» and, before it, the bare name.
    const r = matcher.scan('وقال بيان صادر عن المؤتمر الوطني في طرابلس إن المؤتمر عقد في حياة المؤتمر الوطني العراقي.');
    expect(r.hits).toEqual([]);
    expect(r.signals).toEqual(['gnc']);
    // Its own nisba (a context word) and a descriptive one keep it.
    expect(found('أعلن المؤتمر الوطني الليبي')).toEqual(['المؤتمر الوطني']);
    expect(matcher.scan('أعلن المؤتمر الوطني الرسمي').signals).toBeUndefined();
    // A one-word name is also a common noun: «القاعدة الأمريكية» is a base, the block's al-Qaeda stays.
    expect(found('قال زعيم القاعدة إن القاعدة الأمريكية في النيجر استهدفت')).toEqual(['القاعدة']);
  });

  it('reads a nisba that does not agree with a one-word name as describing the noun before it (الجناح السوري للقاعدة العالمي)', () => {
    // Adapted from real text (shaharah.net: «جبهة النصرة” الجناح السوري لتنظيم “القاعدة” العالمي»), the
    // quotes and «تنظيم» left out: «العالمي» is masculine, so it describes «الجناح», not the feminine القاعدة.
    const r = matcher.scan('غالبيتهم مع جبهة النصرة، الجناح السوري للقاعدة العالمي.');
    expect(r.pending.map((h) => h.entityId)).toEqual(['al-qaeda']);
    expect(found('قال زعيم فرع القاعدة المغاربي إن')).toEqual(['القاعدة']);
    // A feminine nisba agrees with it: a base, as before.
    expect(matcher.scan('وكانت القاعدة الإنجليزية فى قناة السويس هى الأشهر').pending).toEqual([]);
  });

  it("takes an organisation's short form only after its full name in the paragraph (e3refblog, al-Udeid)", () => {
    const text = 'بدأ استخدام القاعدة من قبل الجيش الأميركي بعد أحداث 11 سبتمبر 2001، حيث أصبحت نقطة انطلاق للطائرات المشاركة في العمليات العسكرية ضد تنظيم القاعدة في أفغانستان.';
    expect(found(text)).toEqual(['تنظيم القاعدة']);
    expect(found('أجبر تنظيم القاعدة السكان على الرحيل، حيث قدرت عمليات القاعدة بالعشرات.')).toEqual(['تنظيم القاعدة', 'القاعدة']);
  });
});

describe('a name quoted as a name', () => {
  it('takes a one-word organisation quoted on both sides, whose other reading is a common noun (afrigate, arab48)', () => {
    // Real text (afrigate, raw/c64; arab48): quoted as a name, with no word of its own nearby.
    expect(found('ما يضع نموذج «داعش» على طرف النقيض مع استراتيجية «القاعدة» وأخواتها.')).toEqual(['القاعدة']);
    expect(found("إن الغارات استهدفت قوات مرتبطة بـ'القاعدة' في عدد من المواقع")).toEqual(["بـ'القاعدة"]);
    // A quote on one side only, or none: a base may follow («القاعدة» in a headline of a base, not set off).
    expect(found('استهدفت الطائرات "القاعدة الجوية" قرب المدينة')).toEqual([]);
    expect(found('أن القاعدة تعرضت للهجوم')).toEqual([]);
    expect(found('تعرضت "القاعدة لهجوم')).toEqual([]);
  });
});
