import { describe, expect, it } from 'vitest';

import type { MatcherIndex } from '../dataset/schema';
import { compileMatcher, type Hit, type Matcher } from './matcher';
import { acceptPage, pageMatcher, PagePolicy } from './page-policy';
import { amb } from './test-index';

/** What a page of `blocks` shows under the policy, as «block:text». */
function shownOnPage(m: Matcher, blocks: string[]): string[] {
  return acceptPage(m, blocks.map((b) => m.scan(b))).flatMap((hits, i) => hits.map((h) => `${i}:${blocks[i]!.slice(h.start, h.end)}`));
}

/** The entities a page of `blocks` shows under the policy, in order; `date` as the page gives it. */
function entitiesOnPage(m: Matcher, blocks: string[], date?: string): string[] {
  return acceptPage(m, blocks.map((b) => m.scan(b)), date).flat().map((h) => h.entityId);
}

/** The texts of the hits one block's scan accepts. */
function acceptedIn(m: Matcher, text: string): string[] {
  return m.scan(text).hits.map((h) => text.slice(h.start, h.end));
}

const index: MatcherIndex = {
  version: 't',
  entries: [
    { entityId: 'libya', type: 'place', alias: 'ليبيا' },
    { entityId: 'egypt', type: 'place', alias: 'مصر' },
    { entityId: 'united-nations', type: 'organization', alias: 'الأمم المتحدة' },
    { entityId: 'khalifa-haftar', type: 'person', alias: 'حفتر' },
    { entityId: 'brega', type: 'place', alias: 'البريقة' },
    // Its namesake in Aden, by the words of Aden (as data/entities.ts has it).
    { entityId: 'brega', type: 'place', alias: 'مرسى البريقة', ambiguous: amb({ elsewhere: ['عدن'], acceptUnconfirmed: true }) },
    { entityId: 'fayez-al-sarraj', type: 'person', alias: 'فائز السراج' },
    {
      entityId: 'fayez-al-sarraj',
      type: 'person',
      alias: 'السراج',
      ambiguous: amb({ context: ['رئيس'] }),
      related: [],
    },
    {
      entityId: 'tripoli',
      type: 'place',
      alias: 'طرابلس',
      ambiguous: amb({ context: ['الليبية'], elsewhere: ['لبنان', 'اللبناني', 'عكار', 'طرابلس الشمال'] }),
      related: ['libya', 'khalifa-haftar'],
    },
  ],
};
const matcher = compileMatcher(index);

/** What a page of blocks shows, as [block, text, entity]. */
function shown(blocks: string[]): string[][] {
  return acceptPage(matcher, blocks.map((b) => matcher.scan(b))).flatMap((hits, i) =>
    hits.map((h: Hit) => [String(i), blocks[i]!.slice(h.start, h.end), h.entityId]),
  );
}

describe('PagePolicy', () => {
  it('accepts a pending name on related evidence, not on any three names', () => {
    // Real headline (LBC): a Lebanese page; three unrelated names elsewhere do not make it Libya's.
    const lebanon = ['مقتل جندي وإصابة 7 بطرابلس', 'دعت الأمم المتحدة ومصر إلى التهدئة، وقالت الأمم المتحدة إنها تتابع.'];
    expect(shown(lebanon).map((h) => h[2])).toEqual(['united-nations', 'egypt', 'united-nations']);
    // The same bare name on a page that names Libya or Haftar (related in the dataset).
    expect(shown(['وصل الوفد إلى طرابلس أمس.', 'وقال مسؤول في ليبيا إن الزيارة مهمة.'])).toContainEqual(['0', 'طرابلس', 'tripoli']);
    expect(shown(['وصل الوفد إلى طرابلس أمس.', 'ورحب حفتر بالزيارة.'])).toContainEqual(['0', 'طرابلس', 'tripoli']);
  });

  it('accepts nothing on page evidence where the page names the namesake elsewhere', () => {
    const page = ['اشتباكات في طرابلس الشمال ليلا.', 'وقال مصدر أمني إن طرابلس هادئة اليوم.', 'ونفت ليبيا أي علاقة.'];
    expect(shown(page).map((h) => h[2])).toEqual(['libya']);
    // In the block itself the namesake word drops the name even with Libyan evidence on the page.
    expect(shown(['زار الوفد طرابلس ثم عكار.', 'ونفت ليبيا أي علاقة.']).map((h) => h[2])).toEqual(['libya']);
  });

  it("lets a person's surname count after the full name elsewhere on the page", () => {
    expect(shown(['وبحث السراج ملف الهجرة.'])).toEqual([]);
    expect(shown(['وصل فائز السراج إلى روما.', 'وبحث السراج ملف الهجرة.'])).toEqual([
      ['0', 'فائز السراج', 'fayez-al-sarraj'],
      ['1', 'السراج', 'fayez-al-sarraj'],
    ]);
  });

  it("takes a family name for the person whose full name the page gives, listed or not", () => {
    const people: MatcherIndex = {
      version: 'p',
      entries: [
        { entityId: 'shukri-al-hasi', type: 'person', alias: 'شكري الحاسي' },
        { entityId: 'mohammed-al-mansouri', type: 'person', alias: 'محمد المنصوري' },
        { entityId: 'mohammed-al-mansouri', type: 'person', alias: 'المنصوري', ambiguous: amb({ context: ['المكتب'], pageMentions: 0 }), related: [] },
        { entityId: 'mohammed-idris-al-mansouri', type: 'person', alias: 'محمد إدريس المنصوري' },
      ],
    };
    const m = compileMatcher(people);
    const show = (blocks: string[]) => acceptPage(m, blocks.map((b) => m.scan(b))).flatMap((hits, i) => hits.map((h) => [String(i), blocks[i]!.slice(h.start, h.end), h.entityId]));
    // Real text: «الحاسي» alone after «شكري الحاسي»; the family name is not an alias of its own.
    expect(show(['وقال رئيس المؤتمر شكري الحاسي إن الجلسة انعقدت.', 'وأضاف الحاسي أن التصويت تأجل.'])).toEqual([
      ['0', 'شكري الحاسي', 'shukri-al-hasi'],
      ['1', 'الحاسي', 'shukri-al-hasi'],
    ]);
    expect(show(['وأضاف الحاسي أن التصويت تأجل.'])).toEqual([]);
    // An adjective of the noun before it is not the family name.
    expect(show(['قال شكري الحاسي إن الفريق الحاسي فاز.']).map((h) => h[1])).toEqual(['شكري الحاسي']);
    // «المنصوري» is an alias of another man: after this man's full name it is this man, even with
    // the other's context word nearby; after the other's full name it stays his.
    expect(show(['قتل القائد محمد إدريس المنصوري أمس.', 'وكان المنصوري مدير المكتب سابقا.'])).toEqual([
      ['0', 'محمد إدريس المنصوري', 'mohammed-idris-al-mansouri'],
      ['1', 'المنصوري', 'mohammed-idris-al-mansouri'],
    ]);
    expect(show(['قال محمد المنصوري إن الرتل عبر.', 'وأضاف المنصوري أن المدينة آمنة.'])).toEqual([
      ['0', 'محمد المنصوري', 'mohammed-al-mansouri'],
      ['1', 'المنصوري', 'mohammed-al-mansouri'],
    ]);
    // The content script's path drops the other man's hit once the page has given this man's name.
    const pm = pageMatcher(m);
    pm.scan('قتل القائد محمد إدريس المنصوري أمس.');
    const r = pm.scan('وكان المنصوري مدير المكتب سابقا.');
    expect(r.hits).toEqual([]);
    expect(r.pending.filter((h) => pm.acceptsPending(h)).map((h) => h.entityId)).toEqual(['mohammed-idris-al-mansouri']);
  });

  it("takes a bare family name for the relative a page names in full when it never names the person himself", () => {
    const family: MatcherIndex = {
      version: 'f',
      entries: [
        { entityId: 'khalifa-haftar', type: 'person', alias: 'خليفة حفتر' },
        { entityId: 'khalifa-haftar', type: 'person', alias: 'حفتر', ambiguous: amb({ exclude: ['صدام حفتر', 'بلقاسم حفتر'], acceptUnconfirmed: true }) },
        { entityId: 'abdel-fattah-el-sisi', type: 'person', alias: 'عبد الفتاح السيسي' },
        { entityId: 'abdel-fattah-el-sisi', type: 'person', alias: 'السيسي', ambiguous: amb({ exclude: ['سعيد السيسي'], acceptUnconfirmed: true }) },
      ],
    };
    const m = compileMatcher(family);
    const shown = (blocks: string[]) => shownOnPage(m, blocks);
    // Real text (nanmedia, raw/c03): Belkacem in full, then «أشار حفتر» two paragraphs on.
    expect(shown(['وأكد بلقاسم حفتر، مدير عام صندوق التنمية، أن السياسيين أرهقوا الدولة.', 'أشار حفتر إلى أن الوضع المتهالك للبنية التحتية دفع مجلس النواب.'])).toEqual([]);
    // The person himself named on the page (in full, or with his sons: «حفتر يعين نجله صدام»).
    expect(shown(['أعلن خليفة حفتر تعيين نجله صدام نائبا له.', 'يعزز من قوة حفتر وعائلته. ويذكر أن صدام حفتر ضابط.'])).toEqual(['0:خليفة حفتر', '1:حفتر']);
    expect(shown(['حفتر يعين نجله صدام نائبا له', 'صدام حفتر خلال عرض عسكري'])).toEqual(['0:حفتر']);
    // His forces and titles tie the name to him (قوات حفتر، المشير حفتر).
    expect(shown(['وقال بلقاسم حفتر إن الصندوق مستقل.', 'وتقدمت قوات حفتر نحو المدينة.'])).toEqual(['1:حفتر']);
    // A relative named as his kin names him too («والده سعيد السيسي»: a profile of the president).
    expect(shown(['"السيسي" لم يستقر في منطقة واحدة.', 'انتقل والده سعيد السيسي إلى القاهرة.'])).toEqual(['0:السيسي']);
  });

  it("does not count the person's full name as a relative's kin as the page naming him", () => {
    const family: MatcherIndex = {
      version: 'f',
      entries: [
        { entityId: 'muammar-gaddafi', type: 'person', alias: 'معمر القذافي' },
        { entityId: 'muammar-gaddafi', type: 'person', alias: 'القذافي', ambiguous: amb({ exclude: ['سيف الإسلام القذافي'], acceptUnconfirmed: true }) },
        { entityId: 'khalifa-haftar', type: 'person', alias: 'خليفة حفتر' },
        { entityId: 'khalifa-haftar', type: 'person', alias: 'حفتر', ambiguous: amb({ exclude: ['صدام حفتر'], acceptUnconfirmed: true }) },
      ],
    };
    const m = compileMatcher(family);
    const shown = (blocks: string[]) => shownOnPage(m, blocks);
    // Real text (alfadjr, raw/c22): the son in full, the father only as his («نجل معمر القذافي»), then
    // the son by the family name; the father's name stays highlighted.
    const saif = 'سيف الإسلام القذافي نجل معمر القذافي الزعيم الليبي، يطلق سراحه، وناشدت الكتيبة التي أطلقت سراح القذافي المؤسسات';
    expect(shown([saif])).toEqual(['0:معمر القذافي']);
    // Titles and nisbas between (نجل الزعيم الليبي الراحل), a headline before the names.
    expect(shown(['القذافي يعود', 'قدم سيف الإسلام القذافي، نجل الرئيس الليبي الراحل معمر القذافي، أوراق ترشحه'])).toEqual(['1:معمر القذافي']);
    // Not across a comma or a verb: «ابن عمه، معمر القذافي» and «شقيق الضحية أكد أن معمر القذافي» name him.
    expect(shown(['قال سيف الإسلام القذافي إن ابن عمه، معمر القذافي', 'وقال القذافي'])).toEqual(['0:معمر القذافي', '1:القذافي']);
    expect(shown(['سيف الإسلام القذافي. شقيق الضحية أكد أن معمر القذافي أمر', 'وقال القذافي'])).toEqual(['0:معمر القذافي', '1:القذافي']);
    // An uncle's page (okaz, raw/c86): «رفعت الأسد عم رئيس النظام السوري بشار الأسد … قدم خلالها الأسد» is
    // Rifaat; «رئيس» between counts as a title (folded: رييس). «الأسد يفقد ابن عمه»: his cousin, so him.
    const uncles: MatcherIndex = {
      version: 'u',
      entries: [
        { entityId: 'bashar-al-assad', type: 'person', alias: 'بشار الأسد' },
        { entityId: 'bashar-al-assad', type: 'person', alias: 'الأسد', ambiguous: amb({ exclude: ['رفعت الأسد', 'بهجت الأسد'], acceptUnconfirmed: true }) },
      ],
    };
    const u = compileMatcher(uncles);
    const rifaat = 'أيدت المحكمة إدانة رفعت الأسد عم رئيس النظام السوري بشار الأسد، وجاء الحكم في ختام عملية قدم خلالها الأسد طعونا.';
    expect(shownOnPage(u, [rifaat])).toEqual(['0:بشار الأسد']);
    expect(shownOnPage(u, ['الأسد يفقد ابن عمه الثالث', 'نبأ مقتل ابن عم الرئيس السوري بشار الأسد، بهجت الأسد'])).toEqual(['0:الأسد', '1:بشار الأسد']);
    // His office and command are his (c26: «نجل اللواء المتقاعد خليفة حفتر … المكتب الإعلامي لقيادة حفتر»).
    expect(shown(['أجرى صدام حفتر، نجل خليفة حفتر، زيارة وفق المكتب الإعلامي لقيادة حفتر.'])).toEqual(['0:خليفة حفتر', '0:حفتر']);
    // His deputy (alhakim, raw/c91): «صدام حفتر … نائب حفتر» names the father as the one whose deputy he is.
    expect(shown(['وقع صدام حفتر بصفته نائب حفتر اتفاقا'])).toEqual(['0:حفتر']);
    // His kin, rule or office confirm a family name that needs confirming (24post, raw/c45: «نجل القذافي»
    // names the father); a title does not (العقيد المالكي is also a Saudi colonel).
    const needs: MatcherIndex = {
      version: 'n',
      entries: [
        { entityId: 'muammar-gaddafi', type: 'person', alias: 'القذافي', ambiguous: amb({ exclude: ['سيف الإسلام القذافي'], context: ['معمر'] }) },
        { entityId: 'muammar-gaddafi', type: 'person', alias: 'معمر القذافي' },
        { entityId: 'nouri-al-maliki', type: 'person', alias: 'نوري المالكي' },
        { entityId: 'nouri-al-maliki', type: 'person', alias: 'المالكي', ambiguous: amb({ exclude: ['حسن المالكي'], context: ['العراق'] }) },
      ],
    };
    const n = compileMatcher(needs);
    const accepted = (t: string) => acceptedIn(n, t);
    expect(accepted('وقال نشطاء ليبيون إن نجل القذافي كان يصلي في الصحراء')).toEqual(['القذافي']);
    expect(accepted('وقال العقيد المالكي للصحفيين إن التحالف')).toEqual([]);
    // Untied, a family name after a relative's full name in the same block is the relative's, even on a
    // page naming the person (libyaakhbar, raw/c22: Maher); his title or forces still tie it to him.
    const assad: MatcherIndex = {
      version: 'a',
      entries: [
        { entityId: 'bashar-al-assad', type: 'person', alias: 'بشار الأسد' },
        { entityId: 'bashar-al-assad', type: 'person', alias: 'الأسد', ambiguous: amb({ exclude: ['ماهر الأسد'], acceptUnconfirmed: true }) },
      ],
    };
    const a = compileMatcher(assad);
    const inBlock = (t: string) => acceptedIn(a, t);
    expect(inBlock('أصدر الرئيس بشار الأسد قرارا بترقية ماهر الأسد إلى لواء ركن، وأكدت تولى “الأسد” قيادة الفرقة الرابعة')).toEqual(['بشار الأسد']);
    expect(inBlock('قرار بترقية ماهر الأسد، وقال الرئيس الأسد إن')).toEqual(['الأسد']);
    expect(inBlock('قال الأسد إن ماهر الأسد سيقود الفرقة')).toEqual(['الأسد']);
    // The title the block gave a relative ties the family name to him again (yoo7, raw/c116: Hafez), not another
    // title: «الشقيق الأصغر للرئيس حافظ الأسد … قادها الرئيس الأسد».
    const hafez: MatcherIndex = {
      version: 'h',
      entries: [
        { entityId: 'bashar-al-assad', type: 'person', alias: 'بشار الأسد' },
        { entityId: 'bashar-al-assad', type: 'person', alias: 'الأسد', ambiguous: amb({ exclude: ['حافظ الأسد'], acceptUnconfirmed: true }) },
      ],
    };
    const h = compileMatcher(hafez);
    expect(acceptedIn(h, 'الشقيق الأصغر للرئيس حافظ الأسد، شارك في الحركة التصحيحية التي قادها الرئيس الأسد .')).toEqual([]);
    expect(acceptedIn(h, 'زار حافظ الأسد المدينة عام 1990، ثم زارها الرئيس الأسد عام 2010')).toEqual(['الأسد']);
    // The family name said again is no word of his own (3rbi, raw/c46: the lion, «رمزا دون الأسد، ثم هناك الأسد»).
    const lions = compileMatcher({
      version: 'l',
      entries: [
        { entityId: 'bashar-al-assad', type: 'person', alias: 'بشار الأسد' },
        { entityId: 'bashar-al-assad', type: 'person', alias: 'الأسد', ambiguous: amb({ exclude: ['ماهر الأسد'], context: ['سوريا', 'نظام'] }) },
      ],
    });
    const lion = 'اتخذ من الطاووس رمزا دون الأسد، ثم هناك الأسد البريطاني الذي عاشت إمبراطوريته تحت ظله';
    expect(acceptPage(lions, [lions.scan(lion)]).flat()).toEqual([]);
    expect(acceptPage(lions, [lions.scan('قال بشار الأسد إن الأسد لن يرحل')]).flat().map((h) => h.alias)).toEqual(['بشار الأسد', 'الأسد']);
    // A trade's title none of them goes by is another of the family (almenassa, raw/c43: Belgasem).
    expect(shown(['المشير خليفة حفتر', 'وأكد المهندس حفتر، على أن جهود الإعمار مستمرة'])).toEqual(['0:خليفة حفتر']);
    expect(shown(['المشير خليفة حفتر', 'وأكد المشير حفتر أن', 'المكتب الإعلامي لحفتر'])).toEqual(['0:خليفة حفتر', '1:حفتر', '2:لحفتر']);
  });

  it('gives the content script the same answer, a withheld family name coming back when the person is named', () => {
    const family: MatcherIndex = {
      version: 'f',
      entries: [
        { entityId: 'khalifa-haftar', type: 'person', alias: 'خليفة حفتر' },
        { entityId: 'khalifa-haftar', type: 'person', alias: 'حفتر', ambiguous: amb({ exclude: ['صدام حفتر'], acceptUnconfirmed: true }) },
      ],
    };
    const pm = pageMatcher(compileMatcher(family));
    const first = pm.scan('يعزز من قوة حفتر وعائلته. ويذكر أن صدام حفتر ضابط.');
    expect(first.hits).toEqual([]);
    expect(first.pending.map((h) => [h.entityId, pm.acceptsPending(h)])).toEqual([['khalifa-haftar', false]]);
    pm.scan('أعلن خليفة حفتر تعيين نجله صدام نائبا له.');
    expect(first.pending.map((h) => pm.acceptsPending(h))).toEqual([true]);
  });

  it("takes a person's name again on a page where its context confirmed it once", () => {
    // Real text (Iraqi news): «المالكي» beside its context, then alone in the next paragraph.
    const people: MatcherIndex = {
      version: 'p',
      entries: [
        { entityId: 'nouri-al-maliki', type: 'person', alias: 'المالكي', ambiguous: amb({ context: ['العراق'], pageMentions: 0 }), related: [] },
        { entityId: 'al-qaeda', type: 'organization', alias: 'القاعدة', ambiguous: amb({ context: ['تنظيم'], pageMentions: 0 }), related: [] },
      ],
    };
    const m = compileMatcher(people);
    const show = (blocks: string[]) => entitiesOnPage(m, blocks);
    expect(show(['وأكد المالكي أنه لن يغادر.'])).toEqual([]);
    expect(show(['قال رئيس وزراء العراق المالكي إن الحرب طويلة.', 'وأضاف المالكي: "سنستمر".'])).toEqual(['nouri-al-maliki', 'nouri-al-maliki']);
    // Not for names that are also common nouns: the organisation, then a military base.
    expect(show(['وأعلن تنظيم القاعدة مسؤوليته.', 'وقصفت الطائرات القاعدة قرب المطار.'])).toEqual(['al-qaeda']);
  });

  it('drops a name its common context words confirmed on a page about its namesake, not one a name confirmed', () => {
    const places: MatcherIndex = {
      version: 'y',
      entries: [
        { entityId: 'benghazi', type: 'place', alias: 'بنغازي' },
        {
          entityId: 'bayda',
          type: 'place',
          alias: 'البيضاء',
          ambiguous: amb({ context: ['محافظة', 'مديريات', 'مدينة', 'بنغازي'], elsewhere: ['اليمن', 'الحوثيين'] }),
          related: ['benghazi'],
        },
      ],
    };
    const m = compileMatcher(places);
    const show = (blocks: string[]) => entitiesOnPage(m, blocks);
    // Real text (yemeress, almashhad): Yemen is named in another paragraph of the page; «مديريات»
    // beside the name fits Yemen's al-Bayda as well as Libya's.
    const yemen = ['وتدور مواجهات متقطعة بين المقاومة وحلفائها في عدد من مديريات البيضاء منذ أكتوبر 2015.', 'وتشهد اليمن منذ أكثر من عامين حربا عنيفة.'];
    expect(show(yemen)).toEqual([]);
    expect(show(yemen.slice(0, 1))).toEqual(['bayda']);
    // A name beside it (بنغازي) ties it to Libya's city even there.
    expect(show(['وصل الوفد إلى مدينة البيضاء قادما من بنغازي.', yemen[1]!])).toEqual(['bayda', 'benghazi']);
  });

  it('takes a bare place for the company the page names after شركة', () => {
    // Real text (NOC and Sada): شركة البريقة لتسويق النفط, then البريقة alone for the company.
    const page = ['تعلن المؤسسة الوطنية للنفط وشركة البريقة لتسويق النفط عن انطلاق قافلة وقود.', 'وختمت البريقة في بيانها أن المحطات كانت بموافقة الوزارة.'];
    expect(shown(page)).toEqual([]);
    expect(shown(['وصلت الناقلة إلى ميناء البريقة.'])).toEqual([['0', 'البريقة', 'brega']]);
    // A noun of the town keeps the town on that page (6abbo, raw/c111: «مدينة البريقة هي مدينة تقع في شمال ليبيا»),
    // but not on a page naming its namesake's words (Aden's al-Buraiqa: yemeress, raw/c78).
    expect(shown([page[0]!, 'مدينة البريقة هي مدينة تقع في شمال ليبيا.'])).toEqual([['1', 'البريقة', 'brega'], ['1', 'ليبيا', 'libya']]);
    expect(shown(['وصلت إلى مدينة عدن الدفعة الأولى.', 'ورست الباخرة بمدينة البريقة.'])).toEqual([]);
  });

  it('takes a bare place for the company the page names by its trade, without شركة', () => {
    // «البريقة لتسويق النفط» names the company as «شركة البريقة» does; the port town stays on a page without it.
    const page = ['أعلنت البريقة لتسويق النفط عن توزيع أسطوانات الغاز في سبها.', 'وأضافت البريقة في بيانها أن الشحنة وصلت.'];
    expect(shown(page)).toEqual([]);
    expect(shown(page.slice(1))).toEqual([['0', 'البريقة', 'brega']]);
  });

  it('gives the content script the same answer through pageMatcher, and grows its version on evidence', () => {
    const pm = pageMatcher(matcher);
    const pending = pm.scan('وصل الوفد إلى طرابلس أمس.').pending;
    expect(pending).toHaveLength(1);
    expect(pm.acceptsPending(pending[0]!)).toBe(false);
    const v = pm.evidenceVersion();
    pm.scan('ونفت ليبيا أي علاقة.');
    expect(pm.evidenceVersion()).toBeGreaterThan(v);
    expect(pm.acceptsPending(pending[0]!)).toBe(true);
    pm.reset();
    expect(pm.acceptsPending(pending[0]!)).toBe(false);
    // Scanning a block again adds no evidence.
    const policy = new PagePolicy(matcher);
    const r = matcher.scan('ونفت ليبيا أي علاقة.');
    policy.add(r);
    const once = policy.version;
    policy.add(r);
    expect(policy.version).toBe(once);
  });

  it('keeps a taken-over name qualified «السابق» (the former body) on a later page, beside the new body', () => {
    const council: MatcherIndex = {
      version: 'f',
      entries: [
        { entityId: 'fayez-al-sarraj', type: 'person', alias: 'فائز السراج' },
        {
          entityId: 'presidential-council',
          type: 'organization',
          alias: 'المجلس الرئاسي',
          ambiguous: amb({ exclude: ['المجلس الرئاسي الجديد'], context: ['السراج', 'الوفاق'], elsewhere: ['المنفي', 'الدبيبة'], until: '2021-02-04' }),
          related: ['fayez-al-sarraj'],
        },
      ],
    };
    const m = compileMatcher(council);
    const show = (blocks: string[], date: string | null) =>
      acceptPage(m, blocks.map((b) => m.scan(b)), date).flatMap((hits, i) => hits.map((h) => [String(i), blocks[i]!.slice(h.start, h.end)]));
    // Real text (ar.libyaobserver.ly, «مارس 16, 2021»): the handover; the former council, then the new one.
    const handover = [
      'وتم نقل السلطة في مقر الحكومة في العاصمة طرابلس بحضور رئيس المجلس الرئاسي الجديد ورئيس حكومة الوحدة الوطنية إلى جانب أعضاء المجلس الرئاسي السابق وعلى رأسهم فائز السراج، الذي أعرب عن أمله',
      'من جانبه تعهد رئيس المجلس الرئاسي الجديد محمد المنفي بتسليم السلطة نهاية هذا العام',
    ];
    expect(show(handover, '2021-03-16')).toEqual([
      ['0', 'المجلس الرئاسي'],
      ['0', 'فائز السراج'],
    ]);
    // Real text (218tv.net): the new council's head named in the same sentence.
    const text = 'سلّم رئيس المجلس الرئاسي السابق، فائز السراج، مهامه لرئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، ورئيس المجلس الرئاسي محمد المنفي.';
    expect(show([text], null)).toEqual([
      ['0', 'المجلس الرئاسي'],
      ['0', 'فائز السراج'],
    ]);
    // «السابق» without one of the old body's people may be a later holder's (once the new one is replaced).
    expect(show(['قال رئيس المجلس الرئاسي السابق محمد المنفي إن المشاورات مستمرة'], '2030-01-01')).toEqual([]);
    // Without «السابق» the later page's name is the new body.
    expect(show(['وقال المجلس الرئاسي في بيان إن المشاورات مستمرة مع السراج'], '2021-03-16')).toEqual([]);
  });

  it('does not read a name as a body on a page dated before the body was formed (since)', () => {
    // Iraq's Mujahideen Shura Council claimed attacks in 2006 (aljazeera, raw/c92); Derna's was formed in 2014.
    const council: MatcherIndex = {
      version: 's',
      entries: [
        { entityId: 'al-qaeda', type: 'organization', alias: 'تنظيم القاعدة' },
        {
          entityId: 'derna-mujahideen-shura-council',
          type: 'organization',
          alias: 'مجلس شورى المجاهدين',
          ambiguous: amb({ context: ['درنة'], pageMentions: 1, since: '2014-01-01' }),
          related: ['al-qaeda'],
        },
      ],
    };
    const m = compileMatcher(council);
    const show = (blocks: string[], date?: string) => entitiesOnPage(m, blocks, date);
    const page = ['تنظيم القاعدة', 'من جانبه تبنى مجلس شورى المجاهدين قتل الجنديين'];
    expect(show(page, '2006-06-20')).toEqual(['al-qaeda']);
    // A month or a year that may reach the first day counts; an undated page is left to the other rules.
    expect(show(page, '2014')).toEqual(['al-qaeda', 'derna-mujahideen-shura-council']);
    expect(show(page)).toEqual(['al-qaeda', 'derna-mujahideen-shura-council']);
    // Even its own context does not make it the body before it existed.
    expect(show(['وقال مجلس شورى المجاهدين في درنة'], '2013-12')).toEqual([]);
    expect(show(['وقال مجلس شورى المجاهدين في درنة'], '2015-03-01')).toEqual(['derna-mujahideen-shura-council']);
  });

  it('reads the page date again when the content script starts over (a single-page site\'s next article)', () => {
    const council: MatcherIndex = {
      version: 'd',
      entries: [{ entityId: 'presidential-council', type: 'place', alias: 'المجلس الرئاسي', ambiguous: amb({ acceptUnconfirmed: true, until: '2021-02-04' }), related: [] }],
    };
    let date: string | null = '2024-06-02';
    const pm = pageMatcher(compileMatcher(council), () => date);
    const shown = (text: string) => { const r = pm.scan(text); return [...r.hits, ...r.pending.filter((h) => pm.acceptsPending(h))].filter((h) => pm.stillShown(h, false)).length; };
    expect(shown('قال المجلس الرئاسي إن المشاورات مستمرة.')).toBe(0);
    date = '2016-09-20';
    pm.reset();
    expect(shown('قال المجلس الرئاسي إن المشاورات مستمرة.')).toBe(1);
  });
});
