/**
 * Look-alikes on real text, through the real dataset and the shipped page policy: one page per
 * case, as the content script sees it. The sentences are quoted (some shortened) from stored public
 * pages (the `search` tool's `pages` corpus; the site is named in each test) found while writing
 * the dataset's ambiguity data for that kind of look-alike (data/entities.ts: `exclude`, `context`,
 * `elsewhere`); two are from the realtext tuning part (rt-wafaa-212206, rt-matnnews-199674).
 */
import { describe, expect, it } from 'vitest';

import { compileMatcher } from '../../core/matcher/matcher';
import { loadIndex, pageHighlights } from './score';

const matcher = compileMatcher(loadIndex());

/** What a page shows, as «surface → entity». */
function shown(page: string[], date?: string): string[] {
  return pageHighlights(matcher, page, date).flatMap((hits, i) => hits.map((h) => `${page[i]!.slice(h.start, h.end)} → ${h.entityId}`));
}

describe('namesakes on real pages', () => {
  it("reads a name another body took over by the page's date: «المجلس الرئاسي الليبي» after February 2021 is al-Menfi's council (alain, 2021)", () => {
    // Adapted from real text (alain, 2021; realtext c04): «منذ نتصيبه رئيسا للمجلس الرئاسي الليبي», of al-Menfi.
    const page = ['وصل رئيس المجلس الرئاسي الليبي إلى العاصمة في أول زيارة رسمية منذ تنصيبه رئيسا للمجلس الرئاسي الليبي.'];
    expect(shown(page, '2021-03-16')).toEqual([]);
    expect(shown(page, '2024')).toEqual([]);
    // Dated before, or not dated, or dated only by a year that began before: the dataset's council.
    expect(shown(page, '2016-04-01')).toEqual(['المجلس الرئاسي الليبي → presidential-council', 'للمجلس الرئاسي الليبي → presidential-council']);
    expect(shown(page)).toHaveLength(2);
    expect(shown(page, '2021')).toHaveLength(2);
    // The name the accord gave it, and its unambiguous forms, stay the dataset's council on any date.
    expect(shown(['وقال المجلس الرئاسي لحكومة الوفاق الوطني في بيان'], '2023-01-01')).toEqual(['المجلس الرئاسي لحكومة الوفاق الوطني → presidential-council']);
    // «حكومة الوحدة الوطنية» on a 2025 page is al-Dbeibah's (adapted from boutheina, 2025; realtext c03).
    expect(shown(['أعلنت حكومة الوحدة الوطنية في ليبيا الإفراج عن المواطن'], '2025-11-10')).toEqual(['ليبيا → libya']);
  });

  it("takes Yemen's al-Bayda for Yemen's on a page that names Yemen (alyemenalethadi, yemeress)", () => {
    // «مدينة» confirms the name; the Houthis in the paragraph, or on the page, make it Yemen's city.
    expect(shown(['أفادت مصادر محلية في مدينة البيضاء عاصمة محافظة البيضاء، بأن مليشيا الحوثي نفذت اليوم الاثنين حملة مداهمات واسعة.'])).toEqual([]);
    const page = ['وقال الحميقاني: نتوقع السيطرة على مركز المحافظة (مدينة البيضاء).', 'انسحب مسلحو ميليشيات الحوثي وحلفاؤهم من محافظة البيضاء وسط البلاد.'];
    expect(shown(page)).toEqual([]);
    expect(shown(page.slice(0, 1))).toEqual(['البيضاء → bayda']);
  });

  it("keeps Libya's al-Bayda on a Libyan page that lists Yemen among other countries (alamssar, afrigatenews)", () => {
    // Yemen named beside Libya in one list is not the page's topic; the government seated in al-Bayda is Libya's.
    const list = 'إن المجلس سيناقش حماية المدنيين خلال الصراع والأمن الغذائي في ليبيا وأوكرانيا والعراق ولبنان وسورية واليمن والسودان، حسب وكالة الأنباء الليبية.';
    const bayda = 'وتصارع الحكومة التي مقرها البيضاء للسيطرة على مؤسسات الدولة الكبرى مع حكومة منافسة في طرابلس.';
    const page = [list, 'أن الحكومة الليبية المؤقتة قررت نقل مقرها بصفة مؤقتة إلى منطقة لالي جنوب شرق مدينة البيضاء.', bayda];
    expect(shown(page).filter((s) => s.endsWith('bayda'))).toEqual(['البيضاء → bayda', 'البيضاء → bayda']);
  });

  it('takes the Al Jazira club for the club (mwlana)', () => {
    expect(shown(['يدور الحديث حول مباراة الجزيرة والعين، ومواجهة خاصة بين محمد النني لاعب الجزيرة ورامي ربيعة مدافع العين.'])).toEqual([]);
  });

  it("takes Gaddafi's son's names and foundation for the son's (baznews, essabq)", () => {
    expect(shown(['وقد ترأس مؤسسة القذافي للأعمال الخيرية والتنمية، التي فاوضت من أجل إطلاق سراح رهائن.'])).toEqual([]);
    expect(shown(['قال مسؤول إن سيف الإسلام القذافي بن معمر القذافي سجل اسمه الأحد كمرشح في الانتخابات الرئاسية.'])).toEqual([
      'معمر القذافي → muammar-gaddafi',
    ]);
  });

  it('takes the 2021 unity government for the new one where the page names the new council (wafaamagazine)', () => {
    const page = ['وقال السراج في بيان: نتمنى النجاح والتوفيق لمن اختيروا لتولي المسؤوليات في المجلس الرئاسي الجديد ورئاسة حكومة الوحدة الوطنية.'];
    expect(shown(page).filter((h) => h.includes('government-of-national-accord'))).toEqual([]);
  });

  it("takes bare سورية for the country in a paragraph about Syrians (matnnews)", () => {
    const page = ['الأخوة السوريون، تكتب اليوم صفحة جديدة في تاريخ سورية، لتدشن عهدا وميثاقا وطنيا يجمع كلمة السوريين.'];
    expect(shown(page)).toEqual(['سورية → syria']);
  });
});
