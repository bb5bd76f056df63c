import { describe, expect, it } from 'vitest';

import type { MatcherIndex } from '../dataset/schema';
import { compileMatcher, type Matcher } from './matcher';
import { amb } from './test-index';

const index: MatcherIndex = {
  version: 't',
  entries: [
    { entityId: 'khalifa-haftar', type: 'person', alias: 'حفتر' },
    { entityId: 'khalifa-haftar', type: 'person', alias: 'خليفة حفتر' },
    { entityId: 'khalifa-haftar', type: 'person', alias: 'المشير خليفة حفتر' },
    { entityId: 'derna', type: 'place', alias: 'درنة' },
    { entityId: 'council', type: 'organization', alias: 'مجلس شورى مجاهدي درنة' },
    { entityId: 'gna', type: 'organization', alias: 'حكومة الوفاق' },
    { entityId: 'gna', type: 'organization', alias: 'حكومة الوفاق الوطني' },
    { entityId: 'islamic-state', type: 'organization', alias: 'داعش' },
    { entityId: 'islamic-state', type: 'organization', alias: 'الدولة الإسلامية بالعراق والشام' },
    { entityId: 'adel', type: 'person', alias: 'عادل عبد الكافي' },
    { entityId: 'abu-dhabi', type: 'place', alias: 'أبو ظبي' },
    { entityId: 'sarraj', type: 'person', alias: 'فائز السراج' },
    { entityId: 'sarraj', type: 'person', alias: 'السراج', ambiguous: amb({ context: ['رئيس'] }) },
    { entityId: 'brega', type: 'place', alias: 'البريقة' },
    { entityId: 'sinai', type: 'place', alias: 'سيناء' },
    { entityId: 'mesryoon', type: 'outlet', alias: 'جريدة المصريون' },
    {
      entityId: 'bayda',
      type: 'place',
      alias: 'البيضاء',
      ambiguous: amb({ exclude: ['الدار البيضاء'], context: ['مدينة', 'طبرق'] }),
    },
    { entityId: 'sirte', type: 'place', alias: 'سرت', ambiguous: amb({ exclude: ['سرت شائعات'], context: ['ليبيا'] }) },
    { entityId: 'al-hila', type: 'place', alias: 'الحيلة', ambiguous: amb({ context: ['منطقة'], pageMentions: 0 }) },
    {
      entityId: 'united-states',
      type: 'place',
      alias: 'أمريكا',
      ambiguous: amb({ exclude: ['أمريكا اللاتينية'], acceptUnconfirmed: true, pageMentions: 0 }),
    },
    { entityId: 'cairo', type: 'place', alias: 'القاهرة', ambiguous: amb({ context: ['في', 'إلى'], window: 2, pageMentions: 0 }) },
  ],
};
const matcher = compileMatcher(index);

/** The accepted hits as [whole word, name only, entity id]. */
function found(m: Matcher, text: string): string[][] {
  return m.scan(text).hits.map((h) => [text.slice(h.start, h.end), text.slice(h.nameStart, h.end), h.entityId]);
}

describe('compileMatcher', () => {
  it('finds a name with every clitic combination, returning word and name spans', () => {
    for (const p of ['', 'و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل']) {
      expect(found(matcher, `قال ${p}حفتر اليوم`)).toEqual([[`${p}حفتر`, 'حفتر', 'khalifa-haftar']]);
    }
  });

  it('finds article-initial names with ال clitics, incl. ل + ال → لل', () => {
    for (const word of ['البريقة', 'والبريقة', 'بالبريقة', 'فالبريقة', 'كالبريقة', 'للبريقة', 'وللبريقة', 'فللبريقة']) {
      expect(found(matcher, `وصلوا ${word} أمس`).map((h) => h[0])).toEqual([word]);
    }
    expect(found(matcher, 'كلمة لبريقة وحدها')).toEqual([]);
  });

  it('does not put an article on a name that has none', () => {
    expect(found(matcher, 'وقال الحفتر')).toEqual([]);
  });

  it('allows tatweel and quotes between a clitic and the name', () => {
    expect(found(matcher, 'سمح لـ"داعش" بالخروج')).toEqual([['لـ"داعش', 'داعش', 'islamic-state']]);
    expect(found(matcher, 'وعلاقته بـ«داعش»')).toEqual([['بـ«داعش', 'داعش', 'islamic-state']]);
    expect(found(matcher, 'يتعرض لـ”داعش”')).toEqual([['لـ”داعش', 'داعش', 'islamic-state']]);
  });

  it('matches through spelling variants, marks, tatweel, invisibles and presentation forms', () => {
    expect(found(matcher, 'مع فايز السراج')[0]?.[2]).toBe('sarraj');
    expect(found(matcher, 'في درنه')[0]?.[2]).toBe('derna');
    expect(found(matcher, 'في دَرْنَةَ.')).toEqual([['دَرْنَةَ', 'دَرْنَةَ', 'derna']]);
    expect(found(matcher, 'قال حفـــتر')[0]?.[0]).toBe('حفـــتر');
    expect(found(matcher, 'قال حف\u200Cتر')[0]?.[0]).toBe('حف\u200Cتر');
    expect(found(matcher, 'قال \uFEA3\uFED4\uFE98\uFEAE أمس')[0]).toEqual(['\uFEA3\uFED4\uFE98\uFEAE', '\uFEA3\uFED4\uFE98\uFEAE', 'khalifa-haftar']);
    expect(found(matcher, 'إلى سينا')[0]?.[2]).toBe('sinai');
  });

  it('matches compounds split or joined, and quotes inside a name', () => {
    expect(found(matcher, 'قال عادل عبدالكافي')[0]?.[2]).toBe('adel');
    expect(found(matcher, 'في أبوظبي')[0]?.[2]).toBe('abu-dhabi');
    expect(found(matcher, 'في ابو  ظبي')[0]?.[2]).toBe('abu-dhabi');
    // «و» written apart inside a name (ouhida, raw/c46), not a lone «و» before another word.
    expect(found(matcher, 'نسمع بالدولة الاسلامية بالعراق و الشام، وغيرها')[0]?.[0]).toBe('بالدولة الاسلامية بالعراق و الشام');
    expect(found(matcher, 'بالدولة الاسلامية بالعراق و اليمن')).toEqual([]);
    expect(found(matcher, 'المصدر: جريدة “المصريون”')[0]?.[0]).toBe('جريدة “المصريون');
    // A word of the name quoted inside it (almarsad, 2016: «شورى “ثوار” بنغازي يتوعد»).
    expect(found(matcher, 'أعلن مجلس شورى “مجاهدي” درنة')[0]?.[2]).toBe('council');
    // A hashtag's underscores for spaces (alarabiya, raw/c26: «مسلحي #مجلس_شورى_درنة الإرهابي»).
    expect(found(matcher, 'مسلحي #مجلس_شورى_مجاهدي_درنة الإرهابي')).toEqual([['مجلس_شورى_مجاهدي_درنة', 'مجلس_شورى_مجاهدي_درنة', 'council']]);
    expect(found(matcher, '#حكومة_الوفاق')[0]?.[2]).toBe('gna');
  });

  it('respects Unicode word boundaries', () => {
    expect(found(matcher, 'قال الحفترية ودرنات وحفترهم')).toEqual([]);
    expect(found(matcher, 'وسم #درنة_تحت_الحصار')[0]?.[2]).toBe('derna');
    expect(found(matcher, 'Xحفتر 2حفتر')).toEqual([]);
  });

  it('prefers the longest alias at a position', () => {
    expect(found(matcher, 'أعلن مجلس شورى مجاهدي درنة')).toEqual([['مجلس شورى مجاهدي درنة', 'مجلس شورى مجاهدي درنة', 'council']]);
    expect(found(matcher, 'دعم حكومة الوفاق الوطني')[0]?.[0]).toBe('حكومة الوفاق الوطني');
    expect(found(matcher, 'أعلن المشير خليفة حفتر')[0]?.[0]).toBe('المشير خليفة حفتر');
    expect(found(matcher, 'دعم حكومة الوفاقية')).toEqual([]);
  });

  it('applies exclusion phrases, context words, page context and built-in rules to ambiguous aliases', () => {
    expect(matcher.scan('في الدار البيضاء').hits).toEqual([]);
    expect(matcher.scan('في الدار البيضاء').pending).toEqual([]);
    expect(found(matcher, 'وصل إلى مدينة البيضاء')[0]?.[2]).toBe('bayda');
    expect(matcher.scan('الأسلحة البيضاء').pending).toEqual([]);
    const bare = matcher.scan('اجتمعوا في البيضاء');
    expect(bare.hits).toEqual([]);
    expect(bare.pending.map((h) => h.entityId)).toEqual(['bayda']);
    expect(matcher.scan('سرت شائعات عن الحكومة')).toEqual({ hits: [], pending: [] });
    expect(matcher.scan('وسرت أنباء عن الحكومة')).toEqual({ hits: [], pending: [] });
    expect(matcher.scan('وفسرت الحكومة القرار')).toEqual({ hits: [], pending: [] });
    expect(matcher.scan('كسرت قوات الأمن الطوق')).toEqual({ hits: [], pending: [] });
    expect(matcher.scan('وكسرت الشرطة الباب')).toEqual({ hits: [], pending: [] });
    expect(found(matcher, 'تحرير سرت بالكامل')[0]?.[2]).toBe('sirte');
    expect(found(matcher, 'قصفوا بسرت مواقع')[0]?.[2]).toBe('sirte');
    expect(found(matcher, 'قال حفتر إن سرت مهمة')[0]?.[2]).toBe('khalifa-haftar');
    expect(found(matcher, 'قال حفتر إن سرت مهمة')[1]?.[2]).toBe('sirte');
    const trick = matcher.scan('لجأ إلى الحيلة');
    expect(trick.pending).toHaveLength(1);
    expect(matcher.pageRule(trick.pending[0]!)?.pageMentions).toBe(0);
    expect(found(matcher, 'في منطقة الحيلة')[0]?.[2]).toBe('al-hila');
  });

  it('reads the accusative tanwin alef on an unambiguous one-word name, and nowhere else', () => {
    expect(found(matcher, 'هزموا داعشًا في المدينة')).toEqual([['داعشًا', 'داعشًا', 'islamic-state']]);
    expect(found(matcher, 'ولم يعد داعشا كما كان')).toEqual([['داعشا', 'داعشا', 'islamic-state']]);
    expect(found(matcher, 'وصلوا إلى درنةا')).toEqual([]);
    expect(matcher.scan('وبقي سرتا هناك')).toEqual({ hits: [], pending: [] });
    const text = 'هزموا داعشًا';
    expect([...text.matchAll(matcher.regex)].map((m) => m[0])).toEqual(['داعشًا']);
  });

  it('lets a clitic preposition confirm an alias whose context names prepositions', () => {
    expect(found(matcher, 'عقدوا اجتماعهم في القاهرة')[0]?.[2]).toBe('cairo');
    expect(found(matcher, 'عقدوا اجتماعهم بالقاهرة')[0]?.[2]).toBe('cairo');
    expect(found(matcher, 'ووصلت الطائرة للقاهرة مساء')[0]?.[2]).toBe('cairo');
    expect(found(matcher, 'نفت القاهرة ذلك')).toEqual([]);
    expect(found(matcher, 'استولوا عليها بالحيلة')).toEqual([]);
  });

  it('accepts a settled alias outside its exclusions, without context, as an unambiguous mention', () => {
    const hits = matcher.scan('وقالت أمريكا إنها لن تتدخل').hits;
    expect(hits.map((h) => [h.entityId, h.ambiguous])).toEqual([['united-states', false]]);
    expect(matcher.scan('ويزور الوفد أمريكا اللاتينية')).toEqual({ hits: [], pending: [] });
    // Like an unambiguous name, it lets a nearby ambiguous alias count (see the sentence rule).
    expect(found(matcher, 'أمريكا تقصف سرت').map((h) => h[2])).toEqual(['united-states', 'sirte']);
  });

  it("lets a person's surname count after their full name in the block (page-policy.test.ts: on the page)", () => {
    expect(found(matcher, 'وصل فائز السراج إلى روما، وبحث السراج ملف الهجرة').map((h) => h[0])).toEqual([
      'فائز السراج',
      'السراج',
    ]);
    const alone = matcher.scan('وبحث السراج ملف الهجرة');
    expect(alone.hits).toEqual([]);
    expect(alone.pending.map((h) => h.entityId)).toEqual(['sarraj']);
  });

  it('counts a nearby multi-word name that reaches into the window, not only one wholly inside it', () => {
    const text = 'قال المشير خليفة حفتر إنه سيزور قريبا جدا سرت';
    expect(found(matcher, text).map((h) => h[2])).toEqual(['khalifa-haftar', 'sirte']);
    expect(found(matcher, 'قال حفتر أمس إنه سيزور بعد أيام قليلة جدا سرت').map((h) => h[2])).toEqual(['khalifa-haftar']);
  });

  it('exposes one global Unicode regex over original text that finds every hit', () => {
    expect(matcher.regex.flags).toContain('g');
    expect(matcher.regex.flags).toContain('u');
    const text = 'قال المشير خليفة حفتر لـ"داعش" في دَرْنَةَ وللبريقة وأبوظبي';
    const hits = matcher.scan(text).hits;
    const candidates = [...text.matchAll(matcher.regex)].map((m) => [m.index, m.index + m[0].length]);
    for (const h of hits) expect(candidates).toContainEqual([h.start, h.end]);
    expect(matcher.aliasCount).toBe(index.entries.length);
  });

  it('compiles 10,000 aliases and still finds the real names', () => {
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const entries: MatcherIndex['entries'] = [...index.entries];
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
      return ((t ^ (t >>> 14)) >>> 0) % n;
    };
    while (entries.length < 10_000) {
      const word = (): string => Array.from({ length: 3 + rand(4) }, () => letters[rand(letters.length)]).join('');
      const alias = rand(3) === 0 ? `ال${word()} ${word()}` : word();
      entries.push({ entityId: `synthetic-${entries.length}`, type: 'person', alias });
    }
    const big = compileMatcher({ version: 'big', entries });
    expect(big.aliasCount).toBeGreaterThan(9_000);
    expect(found(big, 'أعلن مجلس شورى مجاهدي درنة أن حفتر وللبريقة')).toEqual(found(matcher, 'أعلن مجلس شورى مجاهدي درنة أن حفتر وللبريقة'));
  });
});

describe('a namesake in apposition to a full name', () => {
  const m = compileMatcher({
    version: 't',
    entries: [
      { entityId: 'pc', type: 'organization', alias: 'المجلس الرئاسي الليبي' },
      { entityId: 'pc', type: 'organization', alias: 'المجلس الرئاسي', ambiguous: amb({ elsewhere: ['المنفي', 'اليمني'] }) },
      { entityId: 'ifta', type: 'organization', alias: 'دار الإفتاء الليبية' },
      { entityId: 'ifta', type: 'organization', alias: 'دار الإفتاء', ambiguous: amb({ elsewhere: ['المصرية'] }) },
      { entityId: 'tripoli', type: 'place', alias: 'طرابلس الغرب' },
      { entityId: 'tripoli', type: 'place', alias: 'طرابلس', ambiguous: amb({ elsewhere: ['لبنان', 'اللبنانية'] }) },
    ],
  });
  const ids = (t: string) => m.scan(t).hits.map((h) => h.entityId);

  it('drops the full name when the namesake marker stands next to it (real: almidanalyemeni, the 2021 council)', () => {
    expect(ids('بعث بها الرئيس هادي إلى رئيس المجلس الرئاسي الليبي، محمد المنفي، بمناسبة شهر رمضان.')).toEqual([]);
    expect(ids('واستقبل محمد المنفي رئيس المجلس الرئاسي الليبي الوفد.')).toEqual([]);
  });

  it('keeps it when the marker is far away or coordinated by و', () => {
    expect(ids('وقال رئيس المجلس الرئاسي الليبي إن الحكومة ستعمل من العاصمة بعد أن التقى الوفد ثم المنفي.')).toEqual(['pc']);
    expect(ids('وأصدرت دار الإفتاء الليبية والمصرية بيانين.')).toEqual(['ifta']);
  });

  it('keeps it when a preposition puts the one in the other (real: naharnet, beirutobserver, raw/c28)', () => {
    expect(ids('داعية اللبنانيين إلى "التواصل الدائم مع سفارة لبنان في طرابلس الغرب على الأرقام الآتية')).toEqual(['tripoli']);
    expect(ids('مهاجمة السفارة اللبنانية في طرابلس الغرب، والاعتداء عليها')).toEqual(['tripoli']);
    expect(ids('طرابلس الغرب اللبنانية')).toEqual([]);
  });
});

describe("a settled name heeds its own namesake's words only", () => {
  const settled = (alias: string) => ({
    entityId: 'gna',
    type: 'organization' as const,
    alias,
    ambiguous: amb({ elsewhere: ['الفلسطينية', 'الفلسطيني', 'رام الله'], context: ['ليبيا'], acceptUnconfirmed: true }),
  });
  const m = compileMatcher({
    version: 't',
    entries: [
      settled('حكومة الوفاق الوطني'),
      settled('حكومة الوفاق'),
      { entityId: 'gna', type: 'organization', alias: 'حكومة الوحدة الوطنية', ambiguous: amb({ elsewhere: ['باشاغا'] }) },
      { entityId: 'libya', type: 'place', alias: 'ليبيا' },
    ],
  });
  const ids = (t: string) => m.scan(t).hits.map((h) => h.entityId);

  it('drops it on a block about its namesake (real: el-emarat, the Palestinian consensus government)', () => {
    expect(ids('انتقدت حكومة الوفاق الفلسطينية اليوم الثلاثاء حركة حماس.')).toEqual([]);
    expect(ids('وعقدت حكومة الوفاق الوطني اجتماعها في رام الله.')).toEqual([]);
  });

  it("keeps it next to the entity's other aliases' namesake words (باشاغا was a GNA minister)", () => {
    expect(ids('وقال وزير داخلية حكومة الوفاق فتحي باشاغا إن القوات تقدمت.')).toEqual(['gna']);
    expect(ids('واستقبل السفير الفلسطيني لدى ليبيا وزير خارجية حكومة الوفاق الوطني.')).toEqual(['libya', 'gna']);
  });
});

describe('namesake words written split or joined', () => {
  it('reads a namesake word in either of its written forms when the dataset lists both (syrianpc, raw/c119)', () => {
    const m = compileMatcher({
      version: 't',
      entries: [{ entityId: 'jufra', type: 'place', alias: 'الجفرة', ambiguous: amb({ elsewhere: ['دير الزور', 'ديرالزور'], acceptUnconfirmed: true }) }],
    });
    // Real text (syrianpc, raw/c119): «على أطراف بلدة الجفرة وعلى أسوار مطار ديرالزور العسكري». The two forms share a
    // key; only the first listed was once put in the word trie.
    expect(m.scan('على أطراف بلدة الجفرة وعلى أسوار مطار ديرالزور العسكري').hits).toEqual([]);
    expect(m.scan('على أطراف بلدة الجفرة قرب دير الزور').hits).toEqual([]);
    expect(m.scan('على أطراف بلدة الجفرة في وسط ليبيا').hits.map((h) => h.entityId)).toEqual(['jufra']);
  });
});
