/** The built-in rules, each on real text (quoted from the pages of tests/quality/realtext). */
import { describe, expect, it } from 'vitest';

import type { MatcherIndex } from '../dataset/schema';
import { withClitics } from './rules';
import { compileMatcher } from './matcher';
import { amb } from './test-index';

const index: MatcherIndex = {
  version: 't',
  entries: [
    { entityId: 'syria', type: 'place', alias: 'سوريا' },
    { entityId: 'syria', type: 'place', alias: 'سورية', ambiguous: amb({ context: ['في', 'دمشق'] }) },
    { entityId: 'united-nations', type: 'organization', alias: 'الأمم المتحدة' },
    { entityId: 'khalifa-haftar', type: 'person', alias: 'خليفة حفتر' },
    { entityId: 'khalifa-haftar', type: 'person', alias: 'حفتر', ambiguous: amb({ exclude: ['صدام حفتر'], acceptUnconfirmed: true }) },
    { entityId: 'muammar-gaddafi', type: 'person', alias: 'القذافي', ambiguous: amb({ exclude: ['سيف الإسلام القذافي'], context: ['العقيد', 'الزعيم'] }) },
    { entityId: 'muammar-gaddafi', type: 'person', alias: 'معمر القذافي' },
    { entityId: 'ahmed-maiteeq', type: 'person', alias: 'معيتيق' },
    { entityId: 'ahmed-maiteeq', type: 'person', alias: 'أحمد معيتيق' },
    { entityId: 'abdel-fattah-el-sisi', type: 'person', alias: 'عبد الفتاح السيسي' },
    { entityId: 'abdel-fattah-el-sisi', type: 'person', alias: 'السيسي' },
    { entityId: 'fayez-al-sarraj', type: 'person', alias: 'فائز السراج' },
    { entityId: 'nouri-al-maliki', type: 'person', alias: 'نوري المالكي' },
    { entityId: 'nouri-al-maliki', type: 'person', alias: 'المالكي' },
    { entityId: 'islamic-state', type: 'organization', alias: 'تنظيم الدولة' },
    { entityId: 'islamic-state', type: 'organization', alias: 'الدولة الإسلامية في العراق والشام' },
    { entityId: 'iraq', type: 'place', alias: 'العراق' },
    { entityId: 'brega', type: 'place', alias: 'البريقة' },
    { entityId: 'abu-dhabi', type: 'place', alias: 'أبو ظبي' },
    { entityId: 'al-hila', type: 'place', alias: 'الحيلة', ambiguous: amb({ context: ['منطقة'], pageMentions: 0 }) },
    { entityId: 'sirte', type: 'place', alias: 'سرت', ambiguous: amb({ context: ['مدينة'] }) },
    { entityId: 'tobruk', type: 'place', alias: 'طبرق' },
    { entityId: 'libya', type: 'place', alias: 'ليبيا' },
    { entityId: 'egypt', type: 'place', alias: 'مصر', ambiguous: amb({ exclude: ['مصر على'], acceptUnconfirmed: true }) },
    { entityId: 'al-jazeera', type: 'outlet', alias: 'الجزيرة', ambiguous: amb({ context: ['قناة'], window: 4, pageMentions: 0 }) },
    { entityId: 'al-qaeda', type: 'organization', alias: 'تنظيم القاعدة' },
    { entityId: 'al-qaeda', type: 'organization', alias: 'القاعدة', ambiguous: amb({ exclude: ['القاعدة الجوية'], context: ['زعيم', 'عناصر'], pageMentions: 0 }) },
  ],
};
const matcher = compileMatcher(index);

/** Accepted hits as [surface, entity]. */
function found(text: string): string[][] {
  return matcher.scan(text).hits.map((h) => [text.slice(h.start, h.end), h.entityId]);
}

describe('built-in rules on real text', () => {
  it('reads a short place name governed by a noun as the place, quotes or not', () => {
    // Real text (Arabi21): «"تحرير" سرت والجفرة»; the verb reading stays where nothing governs it.
    expect(found('تصر على "تحرير" سرت والجفرة')).toEqual([['سرت', 'sirte']]);
    expect(found('سرت شائعات عن استقالة الوزير')).toEqual([]);
    // Real text (almarsad): a dash pairs two cities, it opens no clause («مصراتة – سرت المشكلة»).
    // Left to its context and the page (pending), not dropped as the verb.
    expect(matcher.scan('المنبثقة عن غرفة عمليات مصراتة – سرت المشكلة بقرار منه').pending.map((h) => h.entityId)).toEqual(['sirte']);
    // Real text (voiceofbeladynews, coptsunited; raw/c07): «المصطلح الشهير "سرت والجفرة»، «(سرت والجفرة)»:
    // a second name after «و», not the verb's subject.
    expect(matcher.scan('استخدم فيها المصطلح الشهير "سرت والجفرة').pending.map((h) => h.entityId)).toEqual(['sirte']);
    expect(matcher.scan('وتشترط تسليمهما (سرت والجفرة) قبل الجلوس').pending.map((h) => h.entityId)).toEqual(['sirte']);
  });

  it('reads a country with the possessive «our» (مصرنا، ليبيانا), not other names with نا', () => {
    expect(found('إن مصرنا لن تركع')).toEqual([['مصرنا', 'egypt']]);
    expect(found('وليبيانا الحبيبة تستحق الأفضل')).toEqual([['وليبيانا', 'libya']]);
    // Not a place name with the article, an ambiguous one, or one ending in ة (درنتنا).
    expect(found('سرتنا هناك والعراقنا')).toEqual([]);
  });

  it('does not read a verb with ف or ك (كسرت) as a context word of the place it contains (سرت)', () => {
    // Real text (safiralchamal, raw/c134): a Lebanese Tripoli page whose «كسرت أحادية التمثيل» ("broke") once
    // counted as Sirte among Tripoli's Libyan words, outweighing «ميقاتي» and «لبنان».
    expect(withClitics('سرت', false).has('كسرت')).toBe(false);
    expect(withClitics('سرت', false).has('فسرت')).toBe(false);
    expect(withClitics('سرت', false).has('بسرت')).toBe(true);
    expect(withClitics('مصر', false).has('فمصر')).toBe(true);
  });

  it('reads a city after باب as the name of a gate or quarter', () => {
    // Real text (Libya's Channel): «منطقة باب طبرق» is a quarter of Derna.
    expect(found('تساقط القذائف على منطقة باب طبرق')).toEqual([]);
    expect(found('وصل الوفد إلى طبرق')).toEqual([['طبرق', 'tobruk']]);
    // Real text (sauress/alwatan, raw/c09): «شارع سورية» in Lebanon's Tripoli; a street named after a
    // country (the Libya Streets of Arab capitals) likewise.
    expect(found('وفي شارع سورية الذي يفصل بين باب التبانة وجبل محسن')).toEqual([]);
    expect(found('مظاهرة في شارع ليبيا بالقاهرة')).toEqual([]);
    expect(found('وتقدمت القوات نحو طبرق')).toEqual([['طبرق', 'tobruk']]);
  });

  it("reads a family name after a district noun as the district (Tripoli's al-Sarraj), not the person", () => {
    // Real text (egypttelegraph, raw/c09): «وشهدت مناطق السراج، السياحية، والغيران اشتباكات عنيفة».
    const sarraj = compileMatcher({
      version: 't',
      entries: [{ entityId: 'fayez-al-sarraj', type: 'person', alias: 'السراج', ambiguous: amb({ context: ['اشتباكات'], pageMentions: 0 }) }],
    });
    const people = (text: string) => sarraj.scan(text).hits.map((h) => h.entityId);
    expect(people('وشهدت مناطق السراج، السياحية، والغيران اشتباكات عنيفة')).toEqual([]);
    expect(people('وشهدت لقاءات السراج اشتباكات')).toEqual(['fayez-al-sarraj']);
    // A family name of two words only after «حي» (strategianews, raw/c67: «في حي عبدالكافي بمدينة سبها»);
    // after «مناطق» a full name is the person whose areas they are.
    const twoWords = compileMatcher({
      version: 't',
      entries: [
        { entityId: 'adel-abdel-kafi', type: 'person', alias: 'عبد الكافي', ambiguous: amb({ context: ['سبها', 'قوات'], pageMentions: 0 }) },
        { entityId: 'khalifa-haftar', type: 'person', alias: 'خليفة حفتر' },
      ],
    });
    const named = (text: string) => twoWords.scan(text).hits.map((h) => h.entityId);
    expect(named('استمرت ساعات في حي عبدالكافي بمدينة سبها')).toEqual([]);
    expect(named('وقال عبدالكافي في سبها')).toEqual(['adel-abdel-kafi']);
    expect(named('في مناطق خليفة حفتر شرق البلاد')).toEqual(['khalifa-haftar']);
  });

  it('reads سورية after an indefinite noun as the nisba adjective, not the country', () => {
    expect(found('أفادت وسائل إعلام سورية مطلعة')).toEqual([]);
    expect(found('شنت فصائل سورية هجوما')).toEqual([]);
    // Plurals with a hamza on a yeh seat are read folded, as the text's words are (قبائل → قبايل).
    expect(found('وشاركت قبائل سورية في الاجتماع')).toEqual([]);
    expect(found('ووصلت بضائع سورية إلى الميناء')).toEqual([]);
    // The second of two nisbas joined by «و» (newsabah, raw/c88); after a definite country it is the country.
    expect(found('المستمرة لقوات روسية وسورية في الراموسة')).toEqual([]);
    expect(found('زار الوفد في جولته الأردن والسعودية وسورية')).toEqual([['وسورية', 'syria']]);
    expect(found('وقالت جهات سورية معارضة')).toEqual([]);
    expect(found('وتجاوز قاعدة عسكرية سورية.')).toEqual([]);
    // Real text (akhbrna, raw/c22): «من أصول سورية», of Syrian origin.
    expect(found('عائلتها من أصول سورية، فوالدها طبيب')).toEqual([]);
    expect(found('عاد اللاجئون للعيش في سورية')).toEqual([['سورية', 'syria']]);
    // Real text (almustaqbal, raw/c08): «عناصر من جنسيات غير سوريّة»: «غير» negates the adjective; not even pending.
    const r = matcher.scan('هم عناصر من جنسيات غير سوريّة من تنظيم القاعدة');
    expect([...r.hits, ...r.pending].map((h) => h.entityId)).not.toContain('syria');
  });

  it('reads a given name with a preposition before a family name as another person (بأحمد القذافي القحصي)', () => {
    // Real text (alwasatnews, raw/c22): Aisha Gaddafi's husband.
    expect(found('إذ ارتبطت بأحمد القذافي القحصي نسبة إلى فخد «القحوص»')).toEqual([]);
    expect(found('وقال العقيد القذافي إن')).toEqual([['القذافي', 'muammar-gaddafi']]);
  });

  it('reads «القاعدة» as a base when the block names a base («قاعدة حميميم»), before or after it, not after «و»', () => {
    // Real text (hibrpress, raw/c24): «القريبة من القاعدة» reads "near the base" here, "close to al-Qaeda" elsewhere.
    const hmeimim = 'سمعت في مدينة جبلة القريبة من القاعدة. وتتسبب الطائرات المقلعة من قاعدة حميميم العسكرية بقتل المدنيين';
    const candidates = (t: string): string[] => {
      const { hits, pending } = matcher.scan(t);
      return [...hits, ...pending].map((h) => h.entityId);
    };
    expect(candidates(hmeimim)).toEqual([]);
    expect(candidates('سمعت في مدينة جبلة القريبة من القاعدة.')).toEqual(['al-qaeda']);
    expect(found('أعلن زعيم القاعدة في بيان')).toEqual([['القاعدة', 'al-qaeda']]);
    // Real text (middleeastpost, raw/c19): coordinated with another group it is the organisation.
    const udeid = 'نشر طائراته فيها لاستهداف طالبان والقاعدة في أفغانستان، وبعد عامين، أصبحت قاعدة العديد المركز الرئيسي';
    expect(candidates(udeid)).toEqual(['al-qaeda']);
    // The base's name in quotes (almayadeen, raw/c45): «عناصر القاعدة» are its personnel.
    expect(candidates('سقط صاروخ في قاعدة "عين الأسد"، وأضرار في السياج الخارجي للقاعدة، دون إصابات بين عناصر القاعدة.')).toEqual([]);
    // «للقاعدة» is the definite noun, not a base named indefinite (aljareeda).
    expect(found('اشتباكات بين القبائل وعناصر تابعة للقاعدة من جهة، وتفجير من قبل القاعدة')).toEqual([
      ['للقاعدة', 'al-qaeda'],
      ['القاعدة', 'al-qaeda'],
    ]);
  });

  it("drops a relative's full name (صدام خليفة حفتر) but keeps the father's", () => {
    expect(found('برز اسم صدام خليفة حفتر كإحدى أكثر الشخصيات')).toEqual([]);
    expect(found('أعلن القائد العسكري خليفة حفتر أمس')).toEqual([['خليفة حفتر', 'khalifa-haftar']]);
  });

  it("drops a relative's name with a given name of two words and his father's name (سيف الإسلام معمر القذافي)", () => {
    // Real text (arabmubasher): the son's full name, then his father's in apposition.
    const text = 'سيف الإسلام معمر القذافي من مواليد 5 يونيو 1972، نجل الزعيم الليبي معمر القذافي.';
    expect(found(text)).toEqual([['معمر القذافي', 'muammar-gaddafi']]);
  });

  it("drops a relative or namesake the dataset does not list: a common given name not the person's own (محمود السيسي)", () => {
    // Real text (alaman, rassd): the president's son, next to his father's name.
    expect(found('وصول نجل الرئيس عبد الفتاح السيسي محمود السيسي إلى إسرائيل')).toEqual([['عبد الفتاح السيسي', 'abdel-fattah-el-sisi']]);
    expect(found('فقد أثرت زيارة محمود السيسي، الأولى إلى تل أبيب')).toEqual([]);
    // Real text (almaghribtoday.net): the president's father, «سعيد حسين خليل السيسى», then his son.
    expect(found('مصدر مُقرب من عائلة المرحوم سعيد حسين خليل السيسى، والد الرئيس عبد الفتاح السيسى')).toEqual([
      ['عبد الفتاح السيسى', 'abdel-fattah-el-sisi'],
    ]);
    // Real text (nanmedia): Belkacem Haftar, spelt بالقاسم, with his father's name.
    expect(found('وأكد بالقاسم خليفة حفتر، مدير عام صندوق التنمية')).toEqual([]);
    // The person's own given name before a father's name: «خليفة بلقاسم حفتر» is Khalifa Haftar.
    expect(found('قال المشير خليفة بلقاسم حفتر إن')).toEqual([['حفتر', 'khalifa-haftar']]);
    // Real text (calendarz.com): the person's own given name, then his father's and grandfathers', one
    // of them a name that is also a word (كامل "whole"): «نوري كامل محمد حسن المالكي».
    expect(found('نوري كامل محمد حسن المالكي (بالعربية: نوري المالكي ؛ مواليد 20 يونيو 1950)')).toEqual([
      ['المالكي', 'nouri-al-maliki'],
      ['نوري المالكي', 'nouri-al-maliki'],
    ]);
    // Real text (elbalad): the person's own given name, then his father's: «أحمد عمر معيتيق».
    expect(found('نائب رئيس المجلس الرئاسي أحمد عمر معيتيق')).toEqual([['معيتيق', 'ahmed-maiteeq']]);
    // A title, a verb or a preposition is no given name (على folds to علي, which is left out).
    expect(found('قال الرئيس السيسي إن')).toEqual([['السيسي', 'abdel-fattah-el-sisi']]);
    // A verb before its subject, spelled like a given name (حافظ "kept"), is no given name.
    expect(found('حافظ السيسي على موقفه من الأزمة')).toEqual([['السيسي', 'abdel-fattah-el-sisi']]);
    expect(found('اتصال هاتفي بين السيسي وحفتر ركز على السيسي')).toEqual([
      ['السيسي', 'abdel-fattah-el-sisi'],
      ['وحفتر', 'khalifa-haftar'],
      ['السيسي', 'abdel-fattah-el-sisi'],
    ]);
  });

  it('reads a family name followed by «الابن» as the son (القذافي الابن)', () => {
    // Real text (alwatannews): Saif al-Islam after the election commission; the father in the same story.
    expect(found('وظهر القذافي الابن، نجل الزعيم الراحل، محاطا بعدد من الحراس')).toEqual([]);
    // Quotes between (accessno, raw/c89): «“القذافي” الابن يعلن ترشحّه رسمياً».
    expect(found('“القذافي” الابن يعلن ترشحه رسميا')).toEqual([]);
    expect(found('وظهر الزعيم القذافي محاطا بعدد من الحراس')).toEqual([['القذافي', 'muammar-gaddafi']]);
  });

  it('reads a definite title before a surname as apposition (للعقيد القذافي)', () => {
    expect(found('وهو الابن الثاني للعقيد القذافي من زوجته الثانية')).toEqual([['القذافي', 'muammar-gaddafi']]);
  });

  it('splits a name glued to a whole word in scraped text, not to an ending or a number', () => {
    expect(found('برعاية الأممالمتحدة وتم')).toEqual([['الأممالمتحدة', 'united-nations']]);
    expect(found('قال عمرمعيتيق إن')).toEqual([['معيتيق', 'ahmed-maiteeq']]);
    expect(found('استقبل فائز السراجوالقائد العام')).toEqual([['فائز السراج', 'fayez-al-sarraj']]);
    expect(found('عناصر تنظيم الدولةمن المدينة')).toEqual([['تنظيم الدولة', 'islamic-state']]);
    expect(found('أنصار حفتر2020 في الشارع')).toEqual([]);
    expect(found('قال العراقيون إن')).toEqual([]);
  });

  it('finds a name across a line break and regional spellings', () => {
    expect(found('قوات اللواء المتقاعد خليفة\nحفتر')).toEqual([['خليفة\nحفتر', 'khalifa-haftar']]);
    expect(found('قال امعيتيق إن')).toEqual([['امعيتيق', 'ahmed-maiteeq']]);
    expect(found('نظام العقيد القدافي')).toEqual([['القدافي', 'muammar-gaddafi']]);
    expect(found('وصل إلى ابو ضبي')).toEqual([['ابو ضبي', 'abu-dhabi']]);
  });

  it('reads final ه for ة inside an ambiguous name the same way', () => {
    expect(found('المعارك في منطقة الحيله')).toEqual([['الحيله', 'al-hila']]);
  });

  it('lets the longest name win: العراق inside the organisation is not the country', () => {
    expect(found('انضم إلى الدولة الإسلامية في العراق والشام')).toEqual([['الدولة الإسلامية في العراق والشام', 'islamic-state']]);
  });

  it('does not take the place inside a company name (شركة البريقة لتسويق النفط)', () => {
    const r = matcher.scan('وشركة البريقة لتسويق النفط');
    expect(r.hits).toEqual([]);
    // The company: no namesake signal, but the page's other bare البريقة may be it (page policy, `within`).
    expect(r.signals).toBeUndefined();
    expect(r.within).toEqual(['brega']);
    expect(found('في ميناء البريقة')).toEqual([['البريقة', 'brega']]);
  });

  it("takes an organisation's short form in a paragraph that names it in full, not across the page", () => {
    // Real text (sauress, al-Watan): «تنظيم القاعدة», then «عمليات القاعدة» in the same paragraph.
    const text = 'وتعرضت جماعة الحوثي إلى ضربات موجعة من قبل تنظيم القاعدة، حيث قدرت عمليات القاعدة ضد مواقع مسلحي الحوثيين ب12 عملية';
    expect(found(text)).toEqual([['تنظيم القاعدة', 'al-qaeda'], ['القاعدة', 'al-qaeda']]);
    expect(found('حيث قدرت عمليات القاعدة ضد مواقع مسلحي الحوثيين ب12 عملية')).toEqual([]);
    // Its exclusions still apply: a base is not the organisation.
    expect(found('هاجم تنظيم القاعدة القاعدة الجوية قرب المدينة')).toEqual([['تنظيم القاعدة', 'al-qaeda']]);
  });

  it('reads a name after a participle of naming as the name, not an adjective (المسماة القاعدة)', () => {
    // Real text (masress, al-Shaab): a Houthi statement names al-Qaeda this way («عناصر» confirms it;
    // the full name after it does not: a short form follows its full name).
    const text = 'تمكنوا من تطهير مديرية الزاهر من عناصر الاستخبارات الأمريكية المسماة القاعدة. وكان تنظيم القاعدة يتمركز بها.';
    expect(found(text)).toEqual([['القاعدة', 'al-qaeda'], ['تنظيم القاعدة', 'al-qaeda']]);
  });

  it('drops a place with rules inside a company name, and keeps a state\'s central bank', () => {
    // Real text (aawsat): «شركة سرت للنفط» is a company; «غرفة عمليات سرت» describes the place.
    expect(found('إصدار تعليمات إلى إدارات كلّ من شركة سرت للنفط، وشركة الواحة للنفط')).toEqual([]);
    expect(found('وتعمل شركة سرت للنفط في مدينة البريقة')).toEqual([['البريقة', 'brega']]);
    expect(found('والعقيد علي الجيلاني من غرفة عمليات سرت في مدينة سرت')).toEqual([['سرت', 'sirte'], ['سرت', 'sirte']]);
    expect(found('وقال مصرف ليبيا المركزي إن الاحتياطيات تراجعت.')).toEqual([['ليبيا', 'libya']]);
  });

  it('lets punctuation after a name break an exclude phrase, not punctuation inside a relative\'s name', () => {
    // Real text (misralan): «تعرض مصر، على مدار الفترة» is the country; «مصر على» the adjective.
    expect(found('ولفت إلى تعرض مصر، على مدار الفترة الماضية لمحاولات ضغط')).toEqual([['مصر', 'egypt']]);
    expect(found('وأكد أنه مصر على المضي في الإصلاحات')).toEqual([]);
    // Real text (alnnas): a scraped comma inside «صدام، حفتر» still makes it the son.
    expect(found('أنهى صدام، حفتر، مساء السبت زيارة إلى إسلام آباد')).toEqual([]);
  });

  it("takes an outlet's name alone in brackets as its credit line (photo caption)", () => {
    // Real text (aljazeera.net): the caption's credit, then «عرب الجزيرة», Syria's Jazira region.
    expect(found('الحرب ألجأت عرب الحسكة إلى ظروف معيشية صعبة (الجزيرة)')).toEqual([['الجزيرة', 'al-jazeera']]);
    expect(found('وهم جزء مما يعرف بعرب الجزيرة، شمال شرقي البلاد')).toEqual([]);
    // Real text (al-jazirah.com, the Saudi daily writing its own name): brackets inside a sentence,
    // or glued to «لـ», set a name off; they are no credit line.
    expect(found('وقال سمو الأمير نايف رداً على أسئلة (الجزيرة) عقب حضوره الاحتفال')).toEqual([]);
    expect(found('أكد أن خادم الحرمين خير من يحمل الجائزة.. الأمير نايف لـ(الجزيرة):')).toEqual([]);
  });

  it('reads سورية before a definite noun as the country in a construct (صورة سورية المستقبل)', () => {
    // Real text (thawraonline, Telegram); a day after the adjective does not make it the country.
    const kept = (text: string) => {
      const r = matcher.scan(text);
      return [...r.hits, ...r.pending].map((h) => text.slice(h.start, h.end));
    };
    // Left for the page to decide (pending), not dropped as an adjective.
    expect(kept('والتلاحم في رسم صورة سورية المستقبل')).toEqual(['سورية']);
    expect(kept('وقالت جهات سورية الأحد إن الطريق مفتوح')).toEqual([]);
  });

  it('does not take a place that opens a company name before its trade (البريقة لتسويق النفط)', () => {
    // Real text (alwasat.ly): the company without «شركة», quoted or not.
    expect(found('«البريقة» لتسويق النفط: لا مبرر للازدحام على محطات الوقود')).toEqual([]);
    expect(found('وأرجع بيان البريقة لتسويق النفط سبب الازدحام إلى توقف بعض المحطات')).toEqual([]);
    // An object after the country is its own («إنتاج ليبيا للنفط»), and a preposition is not a trade.
    expect(found('ارتفع إنتاج ليبيا للنفط إلى مليون برميل')).toEqual([['ليبيا', 'libya']]);
    expect(found('وصلت القافلة إلى البريقة لتزويد المحطات')).toEqual([['البريقة', 'brega']]);
    // A refinery is named for the town it stands in (ltv.ly: «عمليات تشغيل مصفاة البريقة»).
    expect(found('وناقش المجتمعون عمليات تشغيل مصفاة البريقة، ونقل الغاز الطبيعي')).toEqual([['البريقة', 'brega']]);
  });
});
