/**
 * Holdout corpus for the Arabic name matcher, written BLIND: without reading core/matcher/matcher.ts,
 * tests/quality/corpus/ or tests/quality/corpus.test.ts, and committed before anything was run against it. Only
 * data/entities.ts (which entities and aliases exist) and core/dataset/schema.ts were read. The sentences
 * imitate news copy (Al Jazeera, Al Arabiya, BBC Arabic, Libya Observer, Libyan and Egyptian papers,
 * militia statements on Facebook, wire datelines) from 2014–2024; none is copied from data/articles/.
 *
 * Annotation policy (a linguist's, not the matcher's):
 * - `surface` is the whole word(s) as written, with attached clitics (و ف ب ل ك, ال/لل) and any
 *   tatweel or quote between clitic and name (لـ"داعش"). Where the dataset lists a longer alias
 *   (a title, «تنظيم داعش», «المجلس الرئاسي لحكومة الوفاق الوطني»), the surface is that longest
 *   span and the names nested inside it are not counted separately.
 * - Only entities in data/entities.ts count. Other people and places (the LNA, the UAE as a state,
 *   Saddam Haftar, Saif al-Islam Gaddafi, Tripoli in Lebanon) expect nothing.
 * - Nisba adjectives and demonyms (مصري، الليبية، البنغازيون، داعشي) are not mentions: the dataset
 *   lists no such alias and uses them as context words only.
 * - A place name inside the name of an organisation that is not in the dataset (قناة ليبيا الحدث،
 *   مصرف ليبيا المركزي، قوات سوريا الديمقراطية) still names the place and counts.
 * - A city used for its government (نفت القاهرة) is still the city's entity.
 * - Some expectations need a real alias the dataset lacks (قوات الوفاق → «الوفاق», اتفاقية
 *   الصخيرات): they are marked in `note` and kept, because a reader meets them on real pages.
 */

/** One expected mention: the surface as written and the dataset entity it names. */
export interface HoldoutMention {
  surface: string;
  entityId: string;
}

interface CaseBase {
  id: string;
  /** Mentions in order of appearance (across paragraphs for a page). */
  expected: HoldoutMention[];
  note?: string;
}

/** A single paragraph of text. */
export interface TextCase extends CaseBase {
  text: string;
}

/** A multi-paragraph page: page-level rules (mentions elsewhere on the page) apply. */
export interface PageCase extends CaseBase {
  paragraphs: string[];
}

export type HoldoutCase = TextCase | PageCase;

const m = (surface: string, entityId: string): HoldoutMention => ({ surface, entityId });

export const holdoutCases: HoldoutCase[] = [
  // ── Everyday mentions and clitics ──────────────────────────────────────────────────────────
  {
    id: 'basic-haftar-sabri',
    text: 'قال المتحدث باسم قوات حفتر إن الاشتباكات تجددت في محور الصابري وسط بنغازي.',
    expected: [m('حفتر', 'khalifa-haftar'), m('الصابري', 'sabri'), m('بنغازي', 'benghazi')],
  },
  {
    id: 'basic-wifaq-forces-sirte',
    text: 'وأعلنت قوات الوفاق سيطرتها الكاملة على مدينة سرت بعد معارك استمرت سبعة أشهر مع تنظيم الدولة.',
    expected: [m('الوفاق', 'government-of-national-accord'), m('سرت', 'sirte'), m('تنظيم الدولة', 'islamic-state')],
    note: '«قوات الوفاق» (GNA forces) is everyday usage in 2016–2020 copy; the dataset has no bare «الوفاق» alias.',
  },
  {
    id: 'clitic-wa-bi-derna',
    text: 'وبدرنة، تواصل القصف الجوي على أحياء المدينة القديمة لليوم الثالث على التوالي.',
    expected: [m('وبدرنة', 'derna')],
  },
  {
    id: 'basic-gna-cairo-libya',
    text: 'وصل وفد من حكومة الوفاق الوطني إلى القاهرة للقاء مسؤولين مصريين بشأن الأوضاع في ليبيا.',
    expected: [m('حكومة الوفاق الوطني', 'government-of-national-accord'), m('القاهرة', 'cairo'), m('ليبيا', 'libya')],
  },
  {
    id: 'basic-benghazi-ganfouda',
    text: 'وفي بنغازي، قال شهود عيان إن أصوات انفجارات سمعت في منطقة قنفودة غربي المدينة.',
    expected: [m('بنغازي', 'benghazi'), m('قنفودة', 'ganfouda')],
  },
  {
    id: 'longest-presidential-council-full',
    text: 'أكد المجلس الرئاسي لحكومة الوفاق الوطني رفضه أي تدخل عسكري أجنبي في ليبيا.',
    expected: [m('المجلس الرئاسي لحكومة الوفاق الوطني', 'presidential-council'), m('ليبيا', 'libya')],
  },
  {
    id: 'basic-sarraj-hammond',
    text: 'والتقى رئيس المجلس الرئاسي فائز السراج، اليوم الاثنين، بوزير الخارجية البريطاني فيليب هاموند الذي وصل إلى طرابلس في زيارة لم يعلن عنها مسبقا.',
    expected: [
      m('المجلس الرئاسي', 'presidential-council'),
      m('فائز السراج', 'fayez-al-sarraj'),
      m('فيليب هاموند', 'philip-hammond'),
      m('طرابلس', 'tripoli'),
    ],
  },
  {
    id: 'basic-daesh-sirte',
    text: 'فرّ عدد من عناصر داعش من سرت باتجاه الجنوب بعد انهيار دفاعات التنظيم.',
    expected: [m('داعش', 'islamic-state'), m('سرت', 'sirte')],
  },
  {
    id: 'quote-li-jazeera-net',
    text: 'وفي تصريح لـ"الجزيرة نت"، قال عادل عبد الكافي إن الطيران المسير غيّر موازين المعركة.',
    expected: [m('لـ"الجزيرة نت', 'al-jazeera-net'), m('عادل عبد الكافي', 'adel-abdel-kafi')],
  },
  {
    id: 'basic-cairo-abudhabi-joined',
    text: 'ويرى مراقبون أن التقارب بين القاهرة وأبوظبي في الملف الليبي يصب في مصلحة حفتر.',
    expected: [m('القاهرة', 'cairo'), m('وأبوظبي', 'abu-dhabi'), m('حفتر', 'khalifa-haftar')],
  },
  {
    id: 'clitic-wa-li-dawaesh',
    text: 'وللدواعش حضور قديم في المدينة يعود إلى عام 2014.',
    expected: [m('وللدواعش', 'islamic-state')],
  },
  {
    id: 'clitic-fa-haftar',
    text: 'فحفتر لم يعترف يوما بشرعية المجلس الرئاسي.',
    expected: [m('فحفتر', 'khalifa-haftar'), m('المجلس الرئاسي', 'presidential-council')],
  },
  {
    id: 'clitic-wa-sirte-misrata',
    text: 'وأشار إلى أن الطريق الساحلي بين مصراتة وسرت بات آمنا بعد انسحاب مقاتلي التنظيم.',
    expected: [m('مصراتة', 'misrata'), m('وسرت', 'sirte')],
  },
  {
    id: 'gulf-of-sirte-brega',
    text: 'وتقع البريقة على خليج سرت، وتضم أحد أهم موانئ تصدير النفط في منطقة الهلال النفطي.',
    expected: [m('البريقة', 'brega'), m('الهلال النفطي', 'oil-crescent')],
    note: '«خليج سرت» is the Gulf of Sidra, not the city.',
  },
  {
    id: 'egyptian-adjective-derna',
    text: 'ونفذت طائرات حربية مصرية غارات على مواقع في درنة، ردا على هجوم استهدف أقباطا في المنيا.',
    expected: [m('درنة', 'derna')],
  },
  {
    id: 'basic-fataeh-ain-mara',
    text: 'وبحسب مصادر محلية، فإن الطيران استهدف منطقة الفتائح ومحيط عين مارة.',
    expected: [m('الفتائح', 'fataeh'), m('عين مارة', 'ain-mara')],
  },
  {
    id: 'egypt-arms-embargo',
    text: 'واتهمت المنظمة كلا من مصر والإمارات بتزويد قوات حفتر بالسلاح، في انتهاك لحظر الأسلحة المفروض على ليبيا.',
    expected: [m('مصر', 'egypt'), m('حفتر', 'khalifa-haftar'), m('ليبيا', 'libya')],
  },
  {
    id: 'clitic-bi-haftar-sisi',
    text: 'كما التقى السيسي بحفتر في القاهرة أكثر من مرة خلال العام الماضي.',
    expected: [m('السيسي', 'abdel-fattah-el-sisi'), m('بحفتر', 'khalifa-haftar'), m('القاهرة', 'cairo')],
  },
  {
    id: 'basic-tobruk',
    text: 'وكانت طبرق مقرا لمجلس النواب المنتخب منذ عام 2014.',
    expected: [m('طبرق', 'tobruk')],
  },
  {
    id: 'clitic-li-tanzim',
    text: 'وأعلن الجيش الأمريكي أن غارة جوية استهدفت معسكرا لتنظيم الدولة جنوب سرت.',
    expected: [m('لتنظيم الدولة', 'islamic-state'), m('سرت', 'sirte')],
  },
  {
    id: 'basic-gna-short',
    text: 'وتتهم حكومة الوفاق خصومها في الشرق بالسعي إلى تقسيم البلاد.',
    expected: [m('حكومة الوفاق', 'government-of-national-accord')],
  },
  {
    id: 'metonymy-cairo-denies',
    text: 'وكالعادة، نفت القاهرة أي تورط لها في الغارات.',
    expected: [m('القاهرة', 'cairo')],
    note: 'Metonymy: the city for the Egyptian government, with no other context in the sentence.',
  },
  {
    id: 'clitic-wa-bi-iraq',
    text: 'وبالعراق وسوريا خسر التنظيم معظم الأراضي التي سيطر عليها عام 2014.',
    expected: [m('وبالعراق', 'iraq'), m('وسوريا', 'syria')],
  },
  {
    id: 'sisi-abu-dhabi-split',
    text: 'وبالتزامن مع ذلك، وصل السيسي إلى أبو ظبي في زيارة رسمية.',
    expected: [m('السيسي', 'abdel-fattah-el-sisi'), m('أبو ظبي', 'abu-dhabi')],
  },
  {
    id: 'un-benghazi-displaced',
    text: 'وأكدت الأمم المتحدة أن أكثر من مئة ألف شخص نزحوا من بنغازي منذ بدء القتال.',
    expected: [m('الأمم المتحدة', 'united-nations'), m('بنغازي', 'benghazi')],
  },
  {
    id: 'mitiga-is-not-maiteeq',
    text: 'وللمرة الأولى منذ سنوات، هبطت طائرة قادمة من بنغازي في مطار معيتيقة بطرابلس.',
    expected: [m('بنغازي', 'benghazi'), m('بطرابلس', 'tripoli')],
    note: '«معيتيقة» (Mitiga airport) contains «معيتيق» but is not Ahmed Maiteeq.',
  },
  {
    id: 'maiteeq-deputy',
    text: 'ويشغل أحمد معيتيق منصب نائب رئيس المجلس الرئاسي.',
    expected: [m('أحمد معيتيق', 'ahmed-maiteeq'), m('المجلس الرئاسي', 'presidential-council')],
  },
  {
    id: 'maiteeq-surname',
    text: 'وطالب معيتيق بفتح تحقيق عاجل في ملابسات الهجوم.',
    expected: [m('معيتيق', 'ahmed-maiteeq')],
  },
  {
    id: 'bunyan-forces-sirte',
    text: 'وقالت مصادر إن قوات البنيان المرصوص تقدمت نحو حي الجيزة البحرية في سرت.',
    expected: [m('قوات البنيان المرصوص', 'bunyan-al-marsous'), m('سرت', 'sirte')],
  },
  {
    id: 'gnc-skhirat',
    text: 'ويرفض المؤتمر الوطني العام الاعتراف باتفاق الصخيرات.',
    expected: [m('المؤتمر الوطني العام', 'general-national-congress'), m('باتفاق الصخيرات', 'skhirat-agreement')],
  },
  {
    id: 'ifta-nafir',
    text: 'وأصدرت دار الإفتاء الليبية بيانا دعت فيه إلى النفير لمواجهة قوات حفتر.',
    expected: [m('دار الإفتاء الليبية', 'dar-al-ifta'), m('حفتر', 'khalifa-haftar')],
  },
  {
    id: 'tripoli-capital',
    text: 'وفي العاصمة الليبية طرابلس، خرج مئات المتظاهرين إلى ميدان الشهداء.',
    expected: [m('طرابلس', 'tripoli')],
  },
  {
    id: 'brsc-dissolved',
    text: 'فيما أعلن مجلس شورى ثوار بنغازي حل نفسه في مايو 2017.',
    expected: [m('مجلس شورى ثوار بنغازي', 'benghazi-revolutionaries-shura-council')],
  },
  {
    id: 'dmsc-expelled-is',
    text: 'وكان مجلس شورى مجاهدي درنة قد طرد تنظيم الدولة من المدينة في صيف 2015.',
    expected: [m('مجلس شورى مجاهدي درنة', 'derna-mujahideen-shura-council'), m('تنظيم الدولة', 'islamic-state')],
  },
  {
    id: 'jufra-airbase',
    text: 'وشهدت الجفرة غارات متكررة استهدفت قاعدتها الجوية.',
    expected: [m('الجفرة', 'jufra')],
  },
  {
    id: 'brega-reuters',
    text: 'ونقلت وكالة رويترز عن مسؤول في البريقة قوله إن الصادرات استؤنفت.',
    expected: [m('البريقة', 'brega')],
  },
  {
    id: 'uk-us-ceasefire',
    text: 'وطالبت بريطانيا والولايات المتحدة وفرنسا وإيطاليا بوقف فوري لإطلاق النار في ليبيا.',
    expected: [m('بريطانيا', 'united-kingdom'), m('والولايات المتحدة', 'united-states'), m('ليبيا', 'libya')],
  },
  {
    id: 'gaddafi-fall',
    text: 'وتعود جذور الأزمة إلى ما بعد سقوط نظام معمر القذافي عام 2011.',
    expected: [m('معمر القذافي', 'muammar-gaddafi')],
  },
  {
    id: 'coalition-america',
    text: 'وأعلن التحالف الذي تقوده أمريكا عن ضربات جديدة ضد داعش في العراق وسوريا.',
    expected: [m('أمريكا', 'united-states'), m('داعش', 'islamic-state'), m('العراق', 'iraq'), m('وسوريا', 'syria')],
  },
  {
    id: 'sabri-recaptured',
    text: 'بعد يومين من الاشتباكات، استعاد الثوار السيطرة على الصابري.',
    expected: [m('الصابري', 'sabri')],
  },
  {
    id: 'un-secretary-general',
    text: 'وقال الأمين العام للأمم المتحدة إن الحل في ليبيا لن يكون عسكريا.',
    expected: [m('للأمم المتحدة', 'united-nations'), m('ليبيا', 'libya')],
  },
  {
    id: 'lil-jazeera-interview',
    text: 'وفي حديث للجزيرة، قال المتحدث إن قواته لن تنسحب من مواقعها.',
    expected: [m('للجزيرة', 'al-jazeera')],
  },
  {
    id: 'lil-presidential-council',
    text: 'ووجه النائب انتقادات للمجلس الرئاسي بسبب تأخر صرف الرواتب في ليبيا.',
    expected: [m('للمجلس الرئاسي', 'presidential-council'), m('ليبيا', 'libya')],
  },
  {
    id: 'lil-cairo-arrived',
    text: 'ووصلت الطائرة للقاهرة مساء أمس.',
    expected: [m('للقاهرة', 'cairo')],
  },
  {
    id: 'lil-iraq',
    text: 'وعاد السفير للعراق بعد غياب طويل.',
    expected: [m('للعراق', 'iraq')],
  },
  {
    id: 'lil-islamic-state-loyal',
    text: 'وأعلن مقاتلون موالون للدولة الإسلامية في ليبيا مسؤوليتهم عن الهجوم على حاجز أمني.',
    expected: [m('للدولة الإسلامية', 'islamic-state'), m('ليبيا', 'libya')],
    note: 'Wire copy: «موالون للدولة الإسلامية» without «تنظيم».',
  },
  {
    id: 'clitic-wa-bi-bayda',
    text: 'وبالبيضاء، نظم أهالي المدينة وقفة تضامنية مع درنة.',
    expected: [m('وبالبيضاء', 'bayda'), m('درنة', 'derna')],
  },
  {
    id: 'clitic-fa-li-libya',
    text: 'فلليبيا حدود طويلة مع مصر والسودان وتشاد والنيجر.',
    expected: [m('فلليبيا', 'libya'), m('مصر', 'egypt')],
  },
  {
    id: 'clitic-bi-sirte-battles',
    text: 'واشتدت المعارك بسرت في الأسابيع الأخيرة.',
    expected: [m('بسرت', 'sirte')],
  },
  {
    id: 'clitic-li-sirte-convoy',
    text: 'وصلت قافلة مساعدات لسرت قادمة من مصراتة.',
    expected: [m('لسرت', 'sirte'), m('مصراتة', 'misrata')],
  },
  {
    id: 'clitic-bi-tobruk',
    text: 'وعقد مجلس النواب جلسته بطبرق.',
    expected: [m('بطبرق', 'tobruk')],
  },
  {
    id: 'clitic-wa-iraq-border',
    text: 'وتمتد الحدود بين سوريا والعراق لأكثر من 600 كيلومتر.',
    expected: [m('سوريا', 'syria'), m('والعراق', 'iraq')],
  },
  {
    id: 'clitic-li-egypt',
    text: 'وقال إن لمصر مصالح استراتيجية في ليبيا.',
    expected: [m('لمصر', 'egypt'), m('ليبيا', 'libya')],
  },
  {
    id: 'clitic-bi-egypt',
    text: 'ويقيم آلاف الليبيين بمصر منذ عام 2014.',
    expected: [m('بمصر', 'egypt')],
  },
  {
    id: 'clitic-wa-sisi',
    text: 'ويلتقي ترامب والسيسي الأسبوع المقبل في البيت الأبيض.',
    expected: [m('والسيسي', 'abdel-fattah-el-sisi')],
  },
  {
    id: 'clitic-wa-li-sarraj',
    text: 'وللسراج علاقات وثيقة بالعواصم الغربية.',
    expected: [m('وللسراج', 'fayez-al-sarraj')],
    note: 'Bare surname with no nearby context: hard.',
  },
  {
    id: 'clitic-bi-cairo-meeting',
    text: 'وعقدت اللجنة العسكرية المشتركة اجتماعها بالقاهرة.',
    expected: [m('بالقاهرة', 'cairo')],
  },
  {
    id: 'clitic-ka-iraq',
    text: 'وحذر من أن تتحول ليبيا إلى ساحة صراع كالعراق.',
    expected: [m('ليبيا', 'libya'), m('كالعراق', 'iraq')],
  },
  {
    id: 'clitic-li-daesh-charges',
    text: 'وتتعلق التهم بالانتماء لداعش والتخطيط لهجمات.',
    expected: [m('لداعش', 'islamic-state')],
  },
  {
    id: 'clitic-li-america-hamza',
    text: 'وقال إن لأميركا مصلحة في استقرار ليبيا.',
    expected: [m('لأميركا', 'united-states'), m('ليبيا', 'libya')],
  },
  {
    id: 'clitic-fa-presidential-council',
    text: 'فالمجلس الرئاسي لم يعد يملك سوى سلطة رمزية في طرابلس.',
    expected: [m('فالمجلس الرئاسي', 'presidential-council'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'clitic-bi-gna-li-libya',
    text: 'واعترفت الدول الغربية بحكومة الوفاق ممثلا شرعيا وحيدا لليبيا.',
    expected: [m('بحكومة الوفاق', 'government-of-national-accord'), m('لليبيا', 'libya')],
  },
  {
    id: 'clitic-bi-benghazi-mosque',
    text: 'واستهدف تفجير مزدوج مسجدا ببنغازي.',
    expected: [m('ببنغازي', 'benghazi')],
  },
  {
    id: 'tripoli-benghazi-flights',
    text: 'وتوقفت الرحلات الجوية بين طرابلس وبنغازي.',
    expected: [m('طرابلس', 'tripoli'), m('وبنغازي', 'benghazi')],
  },
  {
    id: 'detached-waw',
    text: 'التقى السيسي و حفتر في القاهرة لبحث الأوضاع الأمنية.',
    expected: [m('السيسي', 'abdel-fattah-el-sisi'), m('حفتر', 'khalifa-haftar'), m('القاهرة', 'cairo')],
    note: 'Informal spelling: waw detached by a space.',
  },

  // ── Spelling variants ─────────────────────────────────────────────────────────────────────
  {
    id: 'ta-marbuta-derna-ha',
    text: 'اندلعت اشتباكات عنيفة في درنه بين مجلس شورى المجاهدين ومسلحي داعش.',
    expected: [
      m('درنه', 'derna'),
      m('مجلس شورى المجاهدين', 'derna-mujahideen-shura-council'),
      m('داعش', 'islamic-state'),
    ],
  },
  {
    id: 'ta-marbuta-misrata-ha',
    text: 'وصلت تعزيزات عسكرية من مصراته إلى سرت.',
    expected: [m('مصراته', 'misrata'), m('سرت', 'sirte')],
  },
  {
    id: 'ya-hamza-fayez',
    text: 'قال المتحدث إن فايز السراج سيزور الجزائر الأسبوع المقبل.',
    expected: [m('فايز السراج', 'fayez-al-sarraj')],
  },
  {
    id: 'alef-maqsura-benghazi',
    text: 'وقالت مصادر من مدينة بنغازى إن الاشتباكات توقفت.',
    expected: [m('بنغازى', 'benghazi')],
  },
  {
    id: 'hamzaless-abudhabi-joined',
    text: 'التقى وزير الخارجية المصري سامح شكري في ابوظبي بنظيره الإماراتي.',
    expected: [m('ابوظبي', 'abu-dhabi')],
  },
  {
    id: 'hamzaless-un',
    text: 'أعلنت الامم المتحدة عن مؤتمر دولي حول ليبيا في برلين.',
    expected: [m('الامم المتحدة', 'united-nations'), m('ليبيا', 'libya')],
  },
  {
    id: 'hamzaless-maiteeq-lpa',
    text: 'قال احمد معيتيق إن الحكومة ملتزمة بالاتفاق السياسي الليبي.',
    expected: [m('احمد معيتيق', 'ahmed-maiteeq'), m('بالاتفاق السياسي الليبي', 'skhirat-agreement')],
  },
  {
    id: 'hamzaless-ifta',
    text: 'اصدرت دار الافتاء الليبية فتوى جديدة بشأن الانتخابات.',
    expected: [m('دار الافتاء الليبية', 'dar-al-ifta')],
  },
  {
    id: 'ya-hamza-fataeh',
    text: 'دخلت القوات إلى منطقة الفتايح بعد انسحاب عناصر التنظيم.',
    expected: [m('الفتايح', 'fataeh')],
  },
  {
    id: 'alef-maqsura-maliki',
    text: 'اتهم نورى المالكى دولا إقليمية بدعم الإرهاب في العراق.',
    expected: [m('نورى المالكى', 'nouri-al-maliki'), m('العراق', 'iraq')],
  },
  {
    id: 'ya-for-alef-maqsura-sharkasi',
    text: 'أكد الناطق باسم سلاح الجو مصطفي الشركسي أن الطائرات قصفت مواقع قرب درنة.',
    expected: [m('مصطفي الشركسي', 'mustafa-al-sharkasi'), m('درنة', 'derna')],
  },
  {
    id: 'ta-marbuta-cairo-ha',
    text: 'وأفادت مصادر في القاهره بأن المفاوضات ستستأنف الأحد.',
    expected: [m('القاهره', 'cairo')],
  },
  {
    id: 'diacritics-full-haftar',
    text: 'دَعَا خَلِيفَة حَفْتَر إِلَى النَّفِير الْعَامّ.',
    expected: [m('خَلِيفَة حَفْتَر', 'khalifa-haftar')],
  },
  {
    id: 'diacritics-karama-brega',
    text: 'وسيطرت قوات الْكَرَامَة على مِيناء البُرَيقة.',
    expected: [m('الْكَرَامَة', 'operation-dignity'), m('البُرَيقة', 'brega')],
  },
  {
    id: 'tatweel-haftar-headline',
    text: 'حفـــتر يتعهد بدخول طرابلس قبل رمضان',
    expected: [m('حفـــتر', 'khalifa-haftar'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'tatweel-derna-headline',
    text: 'قصف جوي يستهدف درنـــة لليوم الخامس',
    expected: [m('درنـــة', 'derna')],
  },
  {
    id: 'hamzaless-usa-long',
    text: 'أعلنت الولايات المتحدة الامريكية عن تعيين مبعوث خاص إلى ليبيا.',
    expected: [m('الولايات المتحدة الامريكية', 'united-states'), m('ليبيا', 'libya')],
  },
  {
    id: 'joined-abdelfattah',
    text: 'اجتمع الرئيس عبدالفتاح السيسي بقادة القبائل الليبية في القاهرة.',
    expected: [m('عبدالفتاح السيسي', 'abdel-fattah-el-sisi'), m('القاهرة', 'cairo')],
  },
  {
    id: 'joined-abdelkafi',
    text: 'قال الخبير العسكري عادل عبدالكافي إن الهجوم فشل في تحقيق أهدافه.',
    expected: [m('عادل عبدالكافي', 'adel-abdel-kafi')],
  },
  {
    id: 'ta-marbuta-ganfouda-ha',
    text: 'اشتباكات في قنفوده وسط تقدم بطيء للقوات.',
    expected: [m('قنفوده', 'ganfouda')],
  },
  {
    id: 'alef-maqsura-hasi',
    text: 'قال الباحث شكري الحاسى إن الجماعات المتشددة استغلت الفراغ الأمني.',
    expected: [m('شكري الحاسى', 'shukri-al-hasi')],
  },
  {
    id: 'bunyan-funerals',
    text: 'وصل الى مصراتة جثامين عدد من مقاتلي البنيان المرصوص الذين قتلوا في سرت.',
    expected: [m('مصراتة', 'misrata'), m('البنيان المرصوص', 'bunyan-al-marsous'), m('سرت', 'sirte')],
  },
  {
    id: 'hamza-misuse-itifaq',
    text: 'إتفاق الصخيرات لم يعد صالحا بعد انتهاء مدته.',
    expected: [m('إتفاق الصخيرات', 'skhirat-agreement')],
  },
  {
    id: 'ta-marbuta-ain-mara-ha',
    text: 'وسقطت قذائف على بلدة عين ماره غرب المدينة.',
    expected: [m('عين ماره', 'ain-mara')],
  },
  {
    id: 'final-hamza-dropped-bayda',
    text: 'وقال مراسل قناة الجزيرة في مدينة البيضا إن الأهالي خرجوا إلى الشوارع.',
    expected: [m('قناة الجزيرة', 'al-jazeera'), m('البيضا', 'bayda')],
  },
  {
    id: 'final-hamza-dropped-sinai',
    text: 'وتشن القوات المصرية منذ سنوات حملة في شمال سينا ضد مسلحين موالين لتنظيم الدولة.',
    expected: [m('سينا', 'sinai'), m('لتنظيم الدولة', 'islamic-state')],
  },
  {
    id: 'ta-marbuta-gna-ha',
    text: 'وقالت حكومه الوفاق في بيان إنها ستحاسب المتورطين.',
    expected: [m('حكومه الوفاق', 'government-of-national-accord')],
  },
  {
    id: 'alef-maqsura-oil-crescent',
    text: 'ويعد الهلال النفطى شريان الاقتصاد الليبي.',
    expected: [m('الهلال النفطى', 'oil-crescent')],
  },
  {
    id: 'hamzaless-america',
    text: 'وقالت امريكا إنها لن تتدخل عسكريا في ليبيا.',
    expected: [m('امريكا', 'united-states'), m('ليبيا', 'libya')],
  },
  {
    id: 'diacritics-lil-libya',
    text: 'قدمت إيطاليا مساعدات طبية لِلِيبْيَا.',
    expected: [m('لِلِيبْيَا', 'libya')],
  },
  {
    id: 'diacritics-benghazi-fatha',
    text: 'نشأ الشاعر في بَنْغازي ودرس في جامعتها.',
    expected: [m('بَنْغازي', 'benghazi')],
  },
  {
    id: 'hamzaless-islamic-state-full',
    text: 'أعلن تنظيم الدولة الاسلامية مسؤوليته عن تفجير انتحاري في مصراتة.',
    expected: [m('تنظيم الدولة الاسلامية', 'islamic-state'), m('مصراتة', 'misrata')],
  },
  {
    id: 'alef-maqsura-abudhabi',
    text: 'ووصل المبعوث الأممي إلى أبو ظبى قادما من القاهرة.',
    expected: [m('أبو ظبى', 'abu-dhabi'), m('القاهرة', 'cairo')],
  },
  {
    id: 'shadda-sarraj',
    text: 'وأعلن فائز السرّاج استقالته في سبتمبر 2020.',
    expected: [m('فائز السرّاج', 'fayez-al-sarraj')],
  },
  {
    id: 'fayez-swiri-ya',
    text: 'وقال الصحفي فائز سويري إن الأهالي يعيشون أوضاعا صعبة.',
    expected: [m('فائز سويري', 'fayez-swiri')],
  },

  // ── Invisible characters and odd spacing ────────────────────────────────────────────────────
  {
    id: 'zwnj-inside-benghazi',
    text: 'قتلى في انفجار سيارة مفخخة في بن\u200Cغازي',
    expected: [m('بن\u200Cغازي', 'benghazi')],
  },
  {
    id: 'soft-hyphen-inside-gna',
    text: 'وأعلنت حكومة الوفا\u00ADق الوطني حالة الطوارئ في العاصمة.',
    expected: [m('حكومة الوفا\u00ADق الوطني', 'government-of-national-accord')],
  },
  {
    id: 'zwj-inside-daesh',
    text: 'واعتقلت الأجهزة الأمنية خلية تابعة لتنظيم د\u200Dاعش.',
    expected: [m('لتنظيم د\u200Dاعش', 'islamic-state')],
  },
  {
    id: 'rlm-after-name',
    text: 'قوات حفتر\u200F تتقدم نحو الجفرة.',
    expected: [m('حفتر', 'khalifa-haftar'), m('الجفرة', 'jufra')],
  },
  {
    id: 'nbsp-between-words',
    text: 'وقال خليفة\u00A0حفتر إن قواته جاهزة.',
    expected: [m('خليفة\u00A0حفتر', 'khalifa-haftar')],
  },
  {
    id: 'double-space-alias',
    text: 'وأصدر المجلس  الرئاسي قرارا بتعيين وزير جديد للدفاع في حكومة الوفاق.',
    expected: [m('المجلس  الرئاسي', 'presidential-council'), m('حكومة الوفاق', 'government-of-national-accord')],
  },
  {
    id: 'tatweel-multiword-dmsc',
    text: 'بيان صادر عن مجلـس شـورى مجاهـدي درنـة وضواحيها',
    expected: [m('مجلـس شـورى مجاهـدي درنـة وضواحيها', 'derna-mujahideen-shura-council')],
  },
  {
    id: 'farsi-yeh-benghazi',
    text: 'وأعلنت السلطات في بنغازی حظر التجول.',
    expected: [m('بنغازی', 'benghazi')],
    note: 'U+06CC (Farsi yeh) from a Persian keyboard layout.',
  },
  {
    id: 'farsi-yeh-libya',
    text: 'الأزمة في لیبیا تدخل عامها العاشر.',
    expected: [m('لیبیا', 'libya')],
  },
  {
    id: 'line-break-inside-alias',
    text: 'وقال المتحدث باسم حكومة\nالوفاق الوطني إن الهدنة صامدة.',
    expected: [m('حكومة\nالوفاق الوطني', 'government-of-national-accord')],
  },

  // ── Quotes and tatweel between clitic and name ──────────────────────────────────────────────
  {
    id: 'quote-bi-guillemets-daesh',
    text: 'وأعلن التحالف الدولي أن ضرباته الجوية ألحقت خسائر كبيرة بـ«داعش» في العراق.',
    expected: [m('بـ«داعش', 'islamic-state'), m('العراق', 'iraq')],
  },
  {
    id: 'quote-li-double-daesh',
    text: 'ودعا إلى التصدي لـ"داعش" وكل الجماعات المتطرفة.',
    expected: [m('لـ"داعش', 'islamic-state')],
  },
  {
    id: 'quote-around-haftar',
    text: 'وأكد أن "حفتر" لا يمثل الليبيين.',
    expected: [m('حفتر', 'khalifa-haftar')],
  },
  {
    id: 'quote-li-guillemets-jazeera-net',
    text: 'وقال في تصريح لـ«الجزيرة نت» إن المدينة محاصرة منذ أشهر.',
    expected: [m('لـ«الجزيرة نت', 'al-jazeera-net')],
  },
  {
    id: 'quote-inside-bunyan-forces',
    text: 'وتقدمت قوات "البنيان المرصوص" في الأحياء الشرقية لسرت.',
    expected: [m('قوات "البنيان المرصوص', 'bunyan-al-marsous'), m('لسرت', 'sirte')],
  },
  {
    id: 'quote-around-operation-dignity',
    text: 'وانتقد ما سماه "عملية الكرامة" التي أطلقها حفتر عام 2014.',
    expected: [m('عملية الكرامة', 'operation-dignity'), m('حفتر', 'khalifa-haftar')],
  },
  {
    id: 'quote-inside-islamic-state',
    text: 'وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عن الهجوم.',
    expected: [m('تنظيم "الدولة الإسلامية', 'islamic-state')],
  },
  {
    id: 'quote-inside-tanzim-daesh',
    text: 'وتبنى تنظيم «داعش» الهجوم على مقر المفوضية العليا للانتخابات.',
    expected: [m('تنظيم «داعش', 'islamic-state')],
  },
  {
    id: 'quote-curly-daesh',
    text: 'وقتل عشرات من مقاتلي “داعش” في غارات أمريكية.',
    expected: [m('داعش', 'islamic-state')],
  },

  // ── Titles, compounds, longest match ───────────────────────────────────────────────────────
  {
    id: 'title-marshal-full',
    text: 'أعلن القائد العام للجيش الوطني الليبي المشير خليفة حفتر إطلاق عملية عسكرية لتحرير درنة.',
    expected: [m('المشير خليفة حفتر', 'khalifa-haftar'), m('درنة', 'derna')],
  },
  {
    id: 'title-retired-general-full',
    text: 'وقال اللواء المتقاعد خليفة حفتر في كلمة متلفزة إن قواته ستواصل القتال.',
    expected: [m('اللواء المتقاعد خليفة حفتر', 'khalifa-haftar')],
  },
  {
    id: 'title-general-haftar',
    text: 'ويتهم معارضو الجنرال حفتر الإمارات ومصر بدعمه عسكريا.',
    expected: [m('الجنرال حفتر', 'khalifa-haftar'), m('ومصر', 'egypt')],
  },
  {
    id: 'title-marshal-short',
    text: 'ورد المشير حفتر على الاتهامات بالقول إنها أكاذيب.',
    expected: [m('المشير حفتر', 'khalifa-haftar')],
  },
  {
    id: 'longest-pc-short-gna',
    text: 'عقد المجلس الرئاسي لحكومة الوفاق اجتماعا طارئا في طرابلس.',
    expected: [m('المجلس الرئاسي لحكومة الوفاق', 'presidential-council'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'longest-pc-libyan',
    text: 'ودعا رئيس المجلس الرئاسي الليبي فائز السراج إلى انتخابات مبكرة.',
    expected: [m('المجلس الرئاسي الليبي', 'presidential-council'), m('فائز السراج', 'fayez-al-sarraj')],
  },
  {
    id: 'longest-dmsc-suburbs',
    text: 'وأكد مجلس شورى مجاهدي درنة وضواحيها في بيان أن مقاتليه سيطروا على حي الظهر الأحمر.',
    expected: [m('مجلس شورى مجاهدي درنة وضواحيها', 'derna-mujahideen-shura-council')],
  },
  {
    id: 'longest-isis-iraq-sham',
    text: 'هاجم تنظيم الدولة الإسلامية في العراق والشام مواقع للجيش السوري.',
    expected: [m('تنظيم الدولة الإسلامية في العراق والشام', 'islamic-state')],
  },
  {
    id: 'gna-feminine-adjective',
    text: 'وأقرت حكومة الوفاق الوطنية خطة أمنية جديدة.',
    expected: [m('حكومة الوفاق الوطنية', 'government-of-national-accord')],
  },
  {
    id: 'title-colonel-gaddafi',
    text: 'قاد العقيد معمر القذافي انقلابا عسكريا عام 1969.',
    expected: [m('العقيد معمر القذافي', 'muammar-gaddafi')],
  },
  {
    id: 'title-president-assad',
    text: 'وقال الرئيس السوري بشار الأسد إن بلاده تواجه حربا كونية.',
    expected: [m('بشار الأسد', 'bashar-al-assad')],
  },
  {
    id: 'title-former-pm-maliki',
    text: 'ووصف رئيس الوزراء العراقي السابق نوري المالكي الاحتجاجات بأنها مؤامرة.',
    expected: [m('نوري المالكي', 'nouri-al-maliki')],
  },
  {
    id: 'dmsc-short-form',
    text: 'أعلن مجلس شورى درنة انسحابه من بعض المواقع.',
    expected: [m('مجلس شورى درنة', 'derna-mujahideen-shura-council')],
  },
  {
    id: 'mesryoon-paper',
    text: 'ذكرت صحيفة المصريون أن السلطات المصرية رفعت حالة التأهب على الحدود.',
    expected: [m('صحيفة المصريون', 'al-mesryoon')],
  },
  {
    id: 'jazeera-network-report',
    text: 'بثت شبكة الجزيرة تقريرا مصورا عن الأوضاع في درنة.',
    expected: [m('شبكة الجزيرة', 'al-jazeera'), m('درنة', 'derna')],
  },
  {
    id: 'lpa-and-skhirat-town',
    text: 'منذ توقيع الاتفاق السياسي الليبي في الصخيرات المغربية أواخر 2015 لم تتوقف الخلافات.',
    expected: [m('الاتفاق السياسي الليبي', 'skhirat-agreement'), m('الصخيرات', 'skhirat')],
  },
  {
    id: 'skhirat-town-un',
    text: 'وعقدت جولات الحوار في الصخيرات برعاية بعثة الأمم المتحدة.',
    expected: [m('الصخيرات', 'skhirat'), m('الأمم المتحدة', 'united-nations')],
  },
  {
    id: 'unicef-un',
    text: 'قالت منظمة الأمم المتحدة للطفولة إن آلاف الأطفال حرموا من التعليم في ليبيا.',
    expected: [m('منظمة الأمم المتحدة', 'united-nations'), m('ليبيا', 'libya')],
  },
  {
    id: 'aqim-full',
    text: 'وينشط تنظيم القاعدة في بلاد المغرب الإسلامي في الجنوب الليبي.',
    expected: [m('تنظيم القاعدة', 'al-qaeda')],
  },
  {
    id: 'sinai-peninsula',
    text: 'وتقع شبه جزيرة سيناء بين قارتي آسيا وأفريقيا.',
    expected: [m('شبه جزيرة سيناء', 'sinai')],
  },
  {
    id: 'uk-embassy-tripoli',
    text: 'وأعلنت المملكة المتحدة إعادة فتح سفارتها في طرابلس.',
    expected: [m('المملكة المتحدة', 'united-kingdom'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'haftar-full-name-birth',
    text: 'ولد خليفة بلقاسم حفتر في مدينة أجدابيا عام 1943.',
    expected: [m('خليفة بلقاسم حفتر', 'khalifa-haftar')],
  },
  {
    id: 'title-libyan-retired-general',
    text: 'وتحدث الجنرال الليبي المتقاعد خليفة حفتر عن تحالف مع روسيا.',
    expected: [m('الجنرال الليبي المتقاعد خليفة حفتر', 'khalifa-haftar')],
  },
  {
    id: 'mansouri-full-fataeh',
    text: 'وقتل القائد الميداني محمد إدريس المنصوري في اشتباكات بالفتائح.',
    expected: [m('محمد إدريس المنصوري', 'mohammed-idris-al-mansouri'), m('بالفتائح', 'fataeh')],
  },
  {
    id: 'operation-bunyan',
    text: 'أطلقت حكومة الوفاق عملية البنيان المرصوص في مايو 2016.',
    expected: [m('حكومة الوفاق', 'government-of-national-accord'), m('عملية البنيان المرصوص', 'bunyan-al-marsous')],
  },
  {
    id: 'marsa-brega',
    text: 'وصلت ناقلة نفط إلى ميناء مرسى البريقة.',
    expected: [m('مرسى البريقة', 'brega')],
  },
  {
    id: 'tripoli-of-the-west',
    text: 'وكانت طرابلس الغرب عاصمة للولاية العثمانية.',
    expected: [m('طرابلس الغرب', 'tripoli')],
  },
  {
    id: 'corinthia-attack',
    text: 'وتبنى تنظيم الدولة الإسلامية الهجوم على فندق كورنثيا في طرابلس عام 2015.',
    expected: [m('تنظيم الدولة الإسلامية', 'islamic-state'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'title-president-sisi',
    text: 'وأكد الرئيس المصري عبد الفتاح السيسي أن سرت والجفرة خط أحمر.',
    expected: [m('عبد الفتاح السيسي', 'abdel-fattah-el-sisi'), m('سرت', 'sirte'), m('والجفرة', 'jufra')],
  },
  {
    id: 'title-marshal-rukn',
    text: 'واستقبل المشير الركن خليفة حفتر السفير الفرنسي في مقره بالرجمة.',
    expected: [m('خليفة حفتر', 'khalifa-haftar')],
  },

  // ── Ambiguous aliases in their real sense ──────────────────────────────────────────────────
  {
    id: 'bayda-shahat-forces',
    text: 'عززت قوات حفتر مواقعها في البيضاء وشحات استعدادا لهجوم جديد.',
    expected: [m('حفتر', 'khalifa-haftar'), m('البيضاء', 'bayda')],
  },
  {
    id: 'bayda-green-mountain',
    text: 'وانطلقت الطائرات من قاعدة الأبرق قرب البيضاء في الجبل الأخضر.',
    expected: [m('البيضاء', 'bayda')],
  },
  {
    id: 'bayda-interim-government',
    text: 'وتتخذ الحكومة المؤقتة من البيضاء مقرا لها.',
    expected: [m('البيضاء', 'bayda')],
  },
  {
    id: 'jazeera-correspondent',
    text: 'وقال مراسل الجزيرة إن الاشتباكات امتدت إلى أحياء جديدة.',
    expected: [m('الجزيرة', 'al-jazeera')],
  },
  {
    id: 'karama-forces-port',
    text: 'وتمكنت قوات الكرامة من السيطرة على ميناء بنغازي.',
    expected: [m('الكرامة', 'operation-dignity'), m('بنغازي', 'benghazi')],
  },
  {
    id: 'sirte-liberated',
    text: 'وبعد تحرير سرت من داعش، عاد آلاف النازحين إلى منازلهم.',
    expected: [m('سرت', 'sirte'), m('داعش', 'islamic-state')],
  },
  {
    id: 'tripoli-bare-statement',
    text: 'وأكد المتحدث أن طرابلس لن تسقط بيد المعتدين.',
    expected: [m('طرابلس', 'tripoli')],
    note: 'Bare «طرابلس» in a Libyan statement, no context word in the sentence.',
  },
  {
    id: 'sarraj-abusitta',
    text: 'ويقيم السراج في قاعدة أبوستة البحرية منذ وصوله إلى العاصمة.',
    expected: [m('السراج', 'fayez-al-sarraj')],
  },
  {
    id: 'hammond-surname',
    text: 'وحمّل وزير الخارجية البريطاني هاموند الأطراف الليبية مسؤولية التصعيد.',
    expected: [m('هاموند', 'philip-hammond')],
  },
  {
    id: 'hila-shelled',
    text: 'وتعرضت الحيلة لقصف مدفعي عنيف.',
    expected: [m('الحيلة', 'al-hila')],
    note: 'Place reading is clear from the verb, but no listed context word.',
  },
  {
    id: 'hila-east-derna',
    text: 'واشتدت المعارك في منطقة الحيلة شرق درنة.',
    expected: [m('الحيلة', 'al-hila'), m('درنة', 'derna')],
  },
  {
    id: 'sharkasi-surname',
    text: 'وأضاف الشركسي أن سلاح الجو سيواصل ضرباته.',
    expected: [m('الشركسي', 'mustafa-al-sharkasi')],
  },
  {
    id: 'mansouri-media-office',
    text: 'وأكد المنصوري، مدير المكتب الإعلامي لمجلس شورى مجاهدي درنة، أن المدينة محاصرة.',
    expected: [m('المنصوري', 'mohammed-al-mansouri'), m('لمجلس شورى مجاهدي درنة', 'derna-mujahideen-shura-council')],
  },
  {
    id: 'abdelkafi-surname',
    text: 'وأشار عبد الكافي إلى أن الطيران العسكري لم يستهدف أرتال التنظيم.',
    expected: [m('عبد الكافي', 'adel-abdel-kafi')],
  },
  {
    id: 'aqap-yemen',
    text: 'استهدفت غارات للتحالف مواقع تنظيم القاعدة في اليمن.',
    expected: [m('تنظيم القاعدة', 'al-qaeda')],
  },
  {
    id: 'qaeda-leader',
    text: 'وتقول واشنطن إن زعيم القاعدة أيمن الظواهري قتل في كابل.',
    expected: [m('القاعدة', 'al-qaeda')],
  },
  {
    id: 'assad-interview',
    text: 'وقال الأسد في مقابلة مع التلفزيون السوري إن الحرب شارفت على نهايتها.',
    expected: [m('الأسد', 'bashar-al-assad')],
  },
  {
    id: 'maliki-baghdad',
    text: 'وتابع المالكي حديثه عن الوضع في بغداد.',
    expected: [m('المالكي', 'nouri-al-maliki')],
  },
  {
    id: 'gnc-short-tripoli',
    text: 'وعقد المؤتمر الوطني جلسة في طرابلس لمناقشة الموازنة.',
    expected: [m('المؤتمر الوطني', 'general-national-congress'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'ifta-short-tripoli',
    text: 'وحذرت دار الإفتاء في طرابلس من المشاركة في الانتخابات.',
    expected: [m('دار الإفتاء', 'dar-al-ifta'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'suriya-ta-refugees',
    text: 'وعاد آلاف اللاجئين إلى سورية من تركيا.',
    expected: [m('سورية', 'syria')],
  },
  {
    id: 'gaddafi-regime',
    text: 'أسقط الليبيون نظام القذافي في 2011.',
    expected: [m('القذافي', 'muammar-gaddafi')],
  },
  {
    id: 'gaddafi-supporters',
    text: 'ونظم أنصار القذافي وقفة في بني وليد.',
    expected: [m('القذافي', 'muammar-gaddafi')],
  },
  {
    id: 'islamic-state-nominative',
    text: 'وشن مسلحو الدولة الإسلامية هجوما على بوابة أمنية قرب سرت.',
    expected: [m('الدولة الإسلامية', 'islamic-state'), m('سرت', 'sirte')],
    note: 'Nominative «مسلحو» (the dataset context list has the genitive «مسلحي»).',
  },
  {
    id: 'egypt-bare-statement',
    text: 'وقال إن مصر لن تسمح بتهديد أمنها القومي من جهة الغرب.',
    expected: [m('مصر', 'egypt')],
  },
  {
    id: 'tahya-masr',
    text: 'وختم السيسي كلمته بهتاف: تحيا مصر.',
    expected: [m('السيسي', 'abdel-fattah-el-sisi'), m('مصر', 'egypt')],
  },
  {
    id: 'bayda-from-tobruk',
    text: 'وصل رئيس الحكومة إلى البيضاء قادما من طبرق.',
    expected: [m('البيضاء', 'bayda'), m('طبرق', 'tobruk')],
  },
  {
    id: 'jazeera-interview-sarraj',
    text: 'وفي مقابلة مع الجزيرة، قال السراج إن حكومته لن تتفاوض مع حفتر.',
    expected: [m('الجزيرة', 'al-jazeera'), m('السراج', 'fayez-al-sarraj'), m('حفتر', 'khalifa-haftar')],
  },
  {
    id: 'accusative-tanwin-daesh',
    text: 'وقال إن الليبيين هزموا داعشًا في سرت بدماء أبنائهم.',
    expected: [m('داعشًا', 'islamic-state'), m('سرت', 'sirte')],
    note: 'Some writers decline the acronym: accusative tanwin with a seat alef.',
  },
  {
    id: 'accusative-tanwin-daesh-no-harakat',
    text: 'ولم يعد داعشا كما كان قبل معركة الموصل.',
    expected: [m('داعشا', 'islamic-state')],
    note: 'The same with the tanwin sign omitted, as most sites print it.',
  },
  {
    id: 'possessive-masruna',
    text: 'حفظ الله مصرنا من كل سوء.',
    expected: [m('مصرنا', 'egypt')],
    note: 'Possessive «our Egypt», common in Egyptian editorials.',
  },
  {
    id: 'possessive-libyana',
    text: 'عاشت ليبيانا حرة موحدة.',
    expected: [m('ليبيانا', 'libya')],
    note: 'Possessive «our Libya», common in Libyan Facebook statements.',
  },
  {
    id: 'plural-dawaesh-no-article',
    text: 'وقال إن دواعش سرت فروا إلى الصحراء.',
    expected: [m('دواعش', 'islamic-state'), m('سرت', 'sirte')],
    note: 'Indefinite plural «دواعش» (construct state), the same word as the listed «الدواعش».',
  },
  {
    id: 'skhirat-agreement-ittifaqiya',
    text: 'وانتهت صلاحية اتفاقية الصخيرات في ديسمبر 2017 بحسب حفتر.',
    expected: [m('اتفاقية الصخيرات', 'skhirat-agreement'), m('حفتر', 'khalifa-haftar')],
    note: '«اتفاقية» is a frequent variant of «اتفاق»; the dataset lists only «اتفاق الصخيرات».',
  },

  // ── Look-alikes that are not the entity ─────────────────────────────────────────────────────
  {
    id: 'neg-sarat-rumours',
    text: 'سرت شائعات في المدينة عن مقتل قائد التنظيم.',
    expected: [],
  },
  {
    id: 'neg-sarat-shiver',
    text: 'سرت في جسده قشعريرة حين سمع الخبر.',
    expected: [],
  },
  {
    id: 'neg-sarat-news-libya',
    text: 'سرت أنباء عن اتفاق وشيك بين الطرفين في ليبيا.',
    expected: [m('ليبيا', 'libya')],
  },
  {
    id: 'neg-wa-sarat-state',
    text: 'وسرت حالة من الترقب في أوساط الليبيين بعد إعلان النتائج.',
    expected: [],
  },
  {
    id: 'neg-sirtu-walked',
    text: 'سرتُ في شوارع المدينة القديمة ساعات طويلة.',
    expected: [],
  },
  {
    id: 'neg-wa-sarat-the-rumours',
    text: 'وسرت الشائعات بسرعة في وسائل التواصل الاجتماعي.',
    expected: [],
  },
  {
    id: 'neg-kasarat-broke',
    text: 'كسرت قوات الأمن الطوق المفروض على المحتجين.',
    expected: [],
  },
  {
    id: 'neg-fassarat-explained',
    text: 'وفسرت مصادر هذا الانسحاب بأنه جزء من صفقة بين الطرفين في سرت.',
    expected: [m('سرت', 'sirte')],
  },
  {
    id: 'neg-asarat-captured',
    text: 'أسرت قوات حفتر عددا من المقاتلين في محيط درنة.',
    expected: [m('حفتر', 'khalifa-haftar'), m('درنة', 'derna')],
  },
  {
    id: 'neg-white-weapons',
    text: 'تنتشر الأسلحة البيضاء بين الشباب في الأحياء الشعبية.',
    expected: [],
  },
  {
    id: 'neg-white-flag-ganfouda',
    text: 'رفع المسلحون الراية البيضاء بعد حصار استمر أسابيع في قنفودة.',
    expected: [m('قنفودة', 'ganfouda')],
  },
  {
    id: 'neg-white-shirts-libya',
    text: 'ارتدى المشاركون في المسيرة القمصان البيضاء تعبيرا عن رفضهم للعنف في ليبيا.',
    expected: [m('ليبيا', 'libya')],
  },
  {
    id: 'neg-casablanca-team',
    text: 'وصل المنتخب الليبي إلى الدار البيضاء لمواجهة نظيره المغربي.',
    expected: [],
  },
  {
    id: 'neg-white-helmets-clitic',
    text: 'قال الدفاع المدني السوري المعروف بالخوذ البيضاء إن فرقه انتشلت جثث الضحايا.',
    expected: [],
  },
  {
    id: 'neg-white-paper-parliament',
    text: 'قدمت الحكومة الورقة البيضاء إلى البرلمان الليبي.',
    expected: [],
  },
  {
    id: 'neg-bayda-yemen',
    text: 'شن الحوثيون هجوما على مواقع في محافظة البيضاء وسط اليمن.',
    expected: [],
  },
  {
    id: 'neg-white-hands-misrata',
    text: 'وأشاد بالأيادي البيضاء لأهالي مصراتة في دعم النازحين.',
    expected: [m('مصراتة', 'misrata')],
  },
  {
    id: 'neg-casablanca-clitic-libyan-talks',
    text: 'وعقد الاجتماع بالدار البيضاء بحضور ممثلين عن الأطراف الليبية.',
    expected: [],
  },
  {
    id: 'neg-trick-resort',
    text: 'لجأ الطرفان إلى الحيلة لكسب الوقت.',
    expected: [],
  },
  {
    id: 'neg-trick-fooled-derna',
    text: 'وانطلت الحيلة على عناصر التنظيم الذين خرجوا من مخابئهم في درنة.',
    expected: [m('درنة', 'derna')],
  },
  {
    id: 'neg-tripoli-lebanon-adjective',
    text: 'شهدت طرابلس اللبنانية اشتباكات بين باب التبانة وجبل محسن.',
    expected: [],
  },
  {
    id: 'neg-tripoli-north-lebanon',
    text: 'وفي طرابلس شمالي لبنان، أغلق محتجون الطرقات احتجاجا على انقطاع الكهرباء.',
    expected: [],
  },
  {
    id: 'neg-tripoli-sham',
    text: 'وُلد الشاعر في طرابلس الشام مطلع القرن الماضي.',
    expected: [],
  },
  {
    id: 'neg-dignity-revolution',
    text: 'خرج الليبيون في فبراير 2011 مطالبين بالحرية والكرامة.',
    expected: [],
  },
  {
    id: 'neg-human-dignity',
    text: 'وأكد أن الكرامة الإنسانية لا تتجزأ.',
    expected: [],
  },
  {
    id: 'neg-dignity-benghazi-protest',
    text: 'وطالب المحتجون في بنغازي بحياة كريمة تحفظ لهم الكرامة.',
    expected: [m('بنغازي', 'benghazi')],
  },
  {
    id: 'neg-state-alone',
    text: 'وأكدت الدولة التزامها بحماية المدنيين.',
    expected: [],
  },
  {
    id: 'neg-libyan-state',
    text: 'وقال إن الدولة الليبية عاجزة عن ضبط الحدود الجنوبية.',
    expected: [],
  },
  {
    id: 'neg-civil-state',
    text: 'دعا إلى بناء الدولة المدنية في ليبيا.',
    expected: [m('ليبيا', 'libya')],
  },
  {
    id: 'neg-islamic-state-concept',
    text: 'وناقش الكتاب مفهوم الدولة الإسلامية في الفكر السياسي الحديث.',
    expected: [],
  },
  {
    id: 'neg-islamic-state-brotherhood',
    text: 'ويرى الإخوان أن الدولة الإسلامية دولة مدنية بمرجعية دينية.',
    expected: [],
  },
  {
    id: 'neg-island-mediterranean',
    text: 'تقع الجزيرة في البحر المتوسط قبالة السواحل التونسية.',
    expected: [],
  },
  {
    id: 'neg-arabian-peninsula-aqap',
    text: 'ويعد تنظيم القاعدة في جزيرة العرب من أخطر فروع التنظيم.',
    expected: [m('تنظيم القاعدة', 'al-qaeda')],
  },
  {
    id: 'neg-arabian-peninsula',
    text: 'قدم الحجاج من أنحاء الجزيرة العربية إلى مكة.',
    expected: [],
  },
  {
    id: 'neg-egyptians-people',
    text: 'أبدى المصريون قلقهم من تدهور الأوضاع على الحدود الغربية مع ليبيا.',
    expected: [m('ليبيا', 'libya')],
  },
  {
    id: 'neg-egyptians-genitive',
    text: 'ويعمل آلاف المصريين في ليبيا رغم المخاطر.',
    expected: [m('ليبيا', 'libya')],
  },
  {
    id: 'neg-egyptian-copts-sirte',
    text: 'وأعدم التنظيم 21 قبطيا مصريا على شاطئ في سرت عام 2015.',
    expected: [m('سرت', 'sirte')],
  },
  {
    id: 'central-bank-of-libya',
    text: 'وقال مصرف ليبيا المركزي إن الاحتياطيات تراجعت.',
    expected: [m('ليبيا', 'libya')],
  },
  {
    id: 'neg-masraa-death',
    text: 'لقي ثلاثة جنود مصرعهم في هجوم قرب الحدود.',
    expected: [],
  },
  {
    id: 'neg-musirr-insisting',
    text: 'وأكد أنه مصر على المضي في الإصلاحات.',
    expected: [],
  },
  {
    id: 'neg-musirr-vocalised',
    text: 'وقال إنه مُصِرٌّ على موقفه.',
    expected: [],
  },
  {
    id: 'neg-obstacles',
    text: 'ووضع العراقيل أمام عمل البعثة الأممية.',
    expected: [],
  },
  {
    id: 'neg-british-government',
    text: 'ونددت الحكومة البريطانية بالهجوم.',
    expected: [],
  },
  {
    id: 'neg-latin-america',
    text: 'ويزور وفد تجاري أمريكا اللاتينية الشهر المقبل.',
    expected: [],
  },
  {
    id: 'neg-south-america',
    text: 'سجلت أمريكا الجنوبية أعلى معدلات الإصابة.',
    expected: [],
  },
  {
    id: 'neg-force-majeure-brega',
    text: 'وأعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في ميناء البريقة.',
    expected: [m('البريقة', 'brega')],
  },
  {
    id: 'neg-compelling-circumstances',
    text: 'واعتذر عن الحضور بسبب الظروف القاهرة.',
    expected: [],
  },
  {
    id: 'neg-airbase-jufra',
    text: 'وأكدت مصادر أن القاعدة الجوية في الجفرة تعرضت لقصف.',
    expected: [m('الجفرة', 'jufra')],
  },
  {
    id: 'neg-military-base-tobruk',
    text: 'ونقلت الطائرات الجرحى إلى القاعدة العسكرية في طبرق.',
    expected: [m('طبرق', 'tobruk')],
  },
  {
    id: 'neg-back-to-base',
    text: 'وعادت القوات إلى القاعدة بعد انتهاء المهمة.',
    expected: [],
  },
  {
    id: 'neg-lions-share',
    text: 'وذهب نصيب الأسد من عائدات النفط إلى الشرق.',
    expected: [],
  },
  {
    id: 'neg-lion-animal',
    text: 'وقال الحارس إن الأسد هرب من قفصه في حديقة الحيوان.',
    expected: [],
  },
  {
    id: 'neg-sarraj-family-damascus',
    text: 'وسمي الشارع باسم عائلة السراج الدمشقية.',
    expected: [],
  },
  {
    id: 'neg-benghazians',
    text: 'وتظاهر البنغازيون أمام مقر الحكومة.',
    expected: [],
  },
  {
    id: 'neg-misrati-commander',
    text: 'وقال قائد مصراتي إن قواته لن تنسحب.',
    expected: [],
  },
  {
    id: 'neg-tarabulsi-surname',
    text: 'وقال المدرب نبيل الطرابلسي إن فريقه استحق الفوز.',
    expected: [],
  },
  {
    id: 'neg-darnawi-activist',
    text: 'وقال الناشط الدرناوي إن المدينة تعاني نقصا في الأدوية.',
    expected: [],
  },
  {
    id: 'neg-iraqi-official',
    text: 'وقال المسؤول العراقي إن الحدود مؤمنة.',
    expected: [],
  },
  {
    id: 'neg-syrian-delegation',
    text: 'وصل وفد سوري إلى موسكو لإجراء محادثات.',
    expected: [],
  },
  {
    id: 'neg-suriya-adjective-sources',
    text: 'وقالت مصادر سورية معارضة إن الطائرات قصفت المستشفى.',
    expected: [],
  },
  {
    id: 'sdf-syria',
    text: 'وتسيطر قوات سوريا الديمقراطية على مدينة الرقة.',
    expected: [m('سوريا', 'syria')],
  },
  {
    id: 'neg-sudan-ncp',
    text: 'وحكم حزب المؤتمر الوطني السودان ثلاثة عقود.',
    expected: [],
  },
  {
    id: 'neg-egypt-ifta',
    text: 'وأصدرت دار الإفتاء المصرية فتوى بتحريم التعامل بالعملات المشفرة.',
    expected: [],
  },
  {
    id: 'neg-yemen-presidential-council',
    text: 'ووصل رئيس المجلس الرئاسي اليمني رشاد العليمي إلى عدن.',
    expected: [],
  },
  {
    id: 'neg-sabri-surname',
    text: 'وقال الكاتب المغربي محمد الصابري إن الرواية تعكس تحولات المجتمع.',
    expected: [],
  },
  {
    id: 'neg-mitiga-airport',
    text: 'واستأنف مطار معيتيقة الدولي رحلاته بعد توقف دام أسبوعا.',
    expected: [],
  },
  {
    id: 'neg-red-crescent',
    text: 'وقال الهلال الأحمر الليبي إن فرقه انتشلت عشرات الجثث.',
    expected: [],
  },
  {
    id: 'neg-bunyan-quranic',
    text: 'وقال الخطيب إن المسلمين كالبنيان المرصوص يشد بعضه بعضا.',
    expected: [],
  },
  {
    id: 'neg-libyan-women',
    text: 'وشاركت الليبيات في الانتخابات البلدية بأعداد كبيرة.',
    expected: [],
  },
  {
    id: 'neg-daeshi-nisba',
    text: 'وقبض على عنصر داعشي في صبراتة.',
    expected: [],
  },
  {
    id: 'neg-authenticity',
    text: 'تتميز المدينة بالعراقة والتاريخ.',
    expected: [],
  },
  {
    id: 'neg-musarrah-permitted',
    text: 'وقال إن التجمع غير مصرح به.',
    expected: [],
  },
  {
    id: 'neg-caliph-baghdadi',
    text: 'أعلن أبو بكر البغدادي نفسه خليفة من على منبر جامع النوري في الموصل.',
    expected: [],
  },
  {
    id: 'neg-maliki-madhhab',
    text: 'ويتبع أغلب الليبيين المذهب المالكي.',
    expected: [],
  },
  {
    id: 'neg-maliki-coalition-spokesman',
    text: 'وقال المتحدث باسم التحالف العقيد تركي المالكي إن الصاروخ اعترض فوق الرياض.',
    expected: [],
  },
  {
    id: 'neg-circassian-origin',
    text: 'تعود أصول العائلة إلى الأصل الشركسي.',
    expected: [],
  },
  {
    id: 'neg-preacher-abdelkafi',
    text: 'قال الشيخ عمر عبد الكافي في درسه إن الصبر مفتاح الفرج.',
    expected: [],
  },
  {
    id: 'neg-hammond-tv-host',
    text: 'وقال ريتشارد هاموند مقدم برنامج توب غير إنه تعافى من الحادث.',
    expected: [],
  },

  // ── Other people sharing a name ─────────────────────────────────────────────────────────────
  {
    id: 'other-khalifa-bin-zayed',
    text: 'استقبل الشيخ خليفة بن زايد آل نهيان في أبوظبي الرئيس المصري.',
    expected: [m('أبوظبي', 'abu-dhabi')],
  },
  {
    id: 'other-khalifa-ghwell',
    text: 'وأعلن خليفة الغويل، رئيس حكومة الإنقاذ الوطني غير المعترف بها دوليا، رفضه لحكومة الوفاق.',
    expected: [m('لحكومة الوفاق', 'government-of-national-accord')],
  },
  {
    id: 'other-saddam-haftar',
    text: 'قاد صدام حفتر، نجل المشير، قوات طارق بن زياد في الجنوب.',
    expected: [],
    note: 'Saddam Haftar, the son: «حفتر» here is not Khalifa.',
  },
  {
    id: 'other-belgasem-haftar',
    text: 'التقى بلقاسم حفتر، رئيس صندوق التنمية وإعادة الإعمار، وفدا من رجال الأعمال في بنغازي.',
    expected: [m('بنغازي', 'benghazi')],
    note: 'Belgasem Haftar, another son.',
  },
  {
    id: 'other-khaled-haftar',
    text: 'وعين خالد حفتر رئيسا لأركان القوات البرية.',
    expected: [],
  },
  {
    id: 'other-saif-gaddafi',
    text: 'وكان سيف الإسلام القذافي قد أعلن ترشحه للانتخابات الرئاسية من سبها.',
    expected: [],
  },
  {
    id: 'other-hafez-assad',
    text: 'حكم حافظ الأسد سوريا ثلاثين عاما.',
    expected: [m('سوريا', 'syria')],
  },
  {
    id: 'other-abdelhamid-sarraj',
    text: 'وكان عبد الحميد السراج رئيسا للمكتب الثاني في سوريا خلال الوحدة مع مصر.',
    expected: [m('سوريا', 'syria'), m('مصر', 'egypt')],
  },
  {
    id: 'other-omar-hasi',
    text: 'كلف المؤتمر الوطني العام عمر الحاسي بتشكيل حكومة في طرابلس عام 2014.',
    expected: [m('المؤتمر الوطني العام', 'general-national-congress'), m('طرابلس', 'tripoli')],
  },
  {
    id: 'other-maher-assad',
    text: 'وتقود الفرقة الرابعة التي يشرف عليها ماهر الأسد معارك ريف دمشق.',
    expected: [],
  },
  {
    id: 'other-mohammed-mansouri-footballer',
    text: 'وسجل لاعب نادي العين الإماراتي محمد المنصوري هدف الفوز في الدقيقة الأخيرة.',
    expected: [],
    note: 'A very common Emirati name; the dataset used to list «محمد المنصوري» as a plain alias (now it needs his Derna media-office role nearby).',
  },
  {
    id: 'other-khalifa-council-member',
    text: 'قال خليفة العبيدي، عضو المجلس البلدي في بنغازي، إن الخدمات تحسنت.',
    expected: [m('بنغازي', 'benghazi')],
  },
  {
    id: 'other-sisi-only-sisi',
    text: 'ورد المتحدث باسم الرئاسة على سؤال عن صحة السيسي.',
    expected: [m('السيسي', 'abdel-fattah-el-sisi')],
  },

  // ── Wire copy and datelines ────────────────────────────────────────────────────────────────
  {
    id: 'wire-airport-attack',
    text: '(رويترز) - قال مسؤولون إن قوات موالية لحكومة الوفاق الوطني المدعومة من الأمم المتحدة صدت هجوما لقوات حفتر على مطار طرابلس الدولي.',
    expected: [
      m('لحكومة الوفاق الوطني', 'government-of-national-accord'),
      m('الأمم المتحدة', 'united-nations'),
      m('حفتر', 'khalifa-haftar'),
      m('طرابلس', 'tripoli'),
    ],
  },
  {
    id: 'wire-dateline-tripoli',
    text: 'طرابلس (أ ف ب) - أعلنت المؤسسة الوطنية للنفط استئناف الإنتاج في حقل الشرارة.',
    expected: [m('طرابلس', 'tripoli')],
    note: 'Dateline: the city is Libyan Tripoli by the story, with no context word.',
  },
  {
    id: 'wire-dateline-benghazi',
    text: 'بنغازي (ليبيا) - رويترز: قال متحدث عسكري إن الطيران نفذ ثلاث غارات.',
    expected: [m('بنغازي', 'benghazi'), m('ليبيا', 'libya')],
  },
  {
    id: 'wire-dateline-cairo',
    text: 'القاهرة - أ ش أ: استقبل وزير الخارجية سامح شكري المبعوث الأممي إلى ليبيا غسان سلامة.',
    expected: [m('القاهرة', 'cairo'), m('ليبيا', 'libya')],
  },
  {
    id: 'wire-africom-aqim',
    text: 'واشنطن - وكالات: أعلنت القيادة الأمريكية في أفريقيا (أفريكوم) أنها نفذت غارة جوية قرب أوباري استهدفت عناصر من تنظيم القاعدة في بلاد المغرب الإسلامي.',
    expected: [m('تنظيم القاعدة', 'al-qaeda')],
  },
  {
    id: 'wire-dateline-derna',
    text: 'درنة – خاص: أفاد شهود عيان أن دوي انفجارات سمع في حي شيحا.',
    expected: [m('درنة', 'derna')],
  },

  // ── Pages (several paragraphs; page-level context applies) ─────────────────────────────────
  {
    id: 'page-retired-general-anaphora',
    paragraphs: [
      'أعلن اللواء المتقاعد خليفة حفتر، مساء الجمعة، بدء عملية عسكرية للسيطرة على درنة.',
      'وقال اللواء المتقاعد في كلمة بثتها قناة ليبيا الحدث إن قواته لن تتوقف قبل تحرير المدينة.',
      'ويحاصر الجيش الذي يقوده حفتر المدينة منذ أكثر من عامين.',
    ],
    expected: [
      m('اللواء المتقاعد خليفة حفتر', 'khalifa-haftar'),
      m('درنة', 'derna'),
      m('اللواء المتقاعد', 'khalifa-haftar'),
      m('ليبيا', 'libya'),
      m('حفتر', 'khalifa-haftar'),
    ],
  },
  {
    id: 'page-sirte-with-verb',
    paragraphs: [
      'قال المتحدث باسم قوات البنيان المرصوص إن مقاتليه يتقدمون في الحي رقم 3 بمدينة سرت.',
      'وأضاف أن عناصر تنظيم الدولة يتحصنون في عدد محدود من المباني قرب مجمع واغادوغو.',
      'وسرت في صفوف المقاتلين حالة من الارتياح بعد وصول تعزيزات من مصراتة.',
    ],
    expected: [
      m('قوات البنيان المرصوص', 'bunyan-al-marsous'),
      m('سرت', 'sirte'),
      m('تنظيم الدولة', 'islamic-state'),
      m('مصراتة', 'misrata'),
    ],
    note: 'The third paragraph\'s «وسرت» is the verb, on a page about Sirte: one sense per page would be wrong here.',
  },
  {
    id: 'page-tripoli-lebanon',
    paragraphs: [
      'قتل شخصان وأصيب آخرون في اشتباكات اندلعت الليلة الماضية في طرابلس شمالي لبنان.',
      'وقال مصدر أمني إن الاشتباكات تركزت في منطقتي باب التبانة وجبل محسن.',
      'وتشهد طرابلس توترات متكررة منذ اندلاع الحرب في سوريا.',
    ],
    expected: [m('سوريا', 'syria')],
  },
  {
    id: 'page-bayda-anaphora',
    paragraphs: [
      'وصل رئيس الحكومة المؤقتة عبد الله الثني إلى مدينة البيضاء قادما من طبرق.',
      'وعقد الثني اجتماعا مع عمداء بلديات الجبل الأخضر.',
      'وتشهد البيضاء منذ أسابيع أزمة في السيولة ونقصا في الوقود.',
    ],
    expected: [m('البيضاء', 'bayda'), m('طبرق', 'tobruk'), m('البيضاء', 'bayda')],
  },
  {
    id: 'page-morocco-talks-casablanca',
    paragraphs: [
      'انطلقت في مدينة بوزنيقة المغربية جولة جديدة من الحوار الليبي بين وفدي مجلس النواب والمجلس الأعلى للدولة.',
      'وقال وزير الخارجية المغربي ناصر بوريطة إن بلاده تدعم الحل السياسي في ليبيا، مذكرا باتفاق الصخيرات الموقع عام 2015.',
      'وكان الوفدان قد وصلا إلى الدار البيضاء قبل انتقالهما إلى بوزنيقة.',
    ],
    expected: [m('ليبيا', 'libya'), m('باتفاق الصخيرات', 'skhirat-agreement')],
  },
  {
    id: 'page-dignity-supporters',
    paragraphs: [
      'أطلق حفتر في مايو 2014 عملية الكرامة ضد ما وصفها بالجماعات الإرهابية في بنغازي.',
      'ويرى أنصار الكرامة أن العملية أنقذت المدينة، فيما يتهمها خصومها بتدمير أحياء كاملة.',
      'وقال ناشط إن الليبيين يستحقون العيش بكرامة بعيدا عن الحروب.',
    ],
    expected: [
      m('حفتر', 'khalifa-haftar'),
      m('عملية الكرامة', 'operation-dignity'),
      m('بنغازي', 'benghazi'),
      m('الكرامة', 'operation-dignity'),
    ],
  },
  {
    id: 'page-jazeera-and-island',
    paragraphs: [
      'ذكرت الجزيرة أن قوات الوفاق استعادت السيطرة على مدينة غريان جنوب طرابلس.',
      'وأضاف مراسل الجزيرة أن الطائرات المسيرة استهدفت خطوط إمداد قوات حفتر.',
      'وفي سياق آخر، قال صيادون إن الجزيرة الصغيرة قبالة الساحل باتت مكبا للنفايات.',
    ],
    expected: [
      m('الجزيرة', 'al-jazeera'),
      m('الوفاق', 'government-of-national-accord'),
      m('طرابلس', 'tripoli'),
      m('الجزيرة', 'al-jazeera'),
      m('حفتر', 'khalifa-haftar'),
    ],
    note: '«قوات الوفاق» needs a bare «الوفاق» alias; the last paragraph\'s «الجزيرة» is an island.',
  },
  {
    id: 'page-egypt-sisi',
    paragraphs: [
      'استقبل الرئيس عبد الفتاح السيسي في القاهرة رئيس مجلس النواب الليبي عقيلة صالح.',
      'وأكد السيسي أن مصر لن تقف مكتوفة الأيدي أمام أي تهديد لأمنها من الحدود الغربية.',
      'وأبدى المصريون ارتياحهم لما وصفوه بحزم القيادة.',
    ],
    expected: [
      m('عبد الفتاح السيسي', 'abdel-fattah-el-sisi'),
      m('القاهرة', 'cairo'),
      m('السيسي', 'abdel-fattah-el-sisi'),
      m('مصر', 'egypt'),
    ],
  },
  {
    id: 'page-derna-hila-trick',
    paragraphs: [
      'تواصلت الاشتباكات في درنة بين مجلس شورى مجاهدي درنة ومسلحي تنظيم الدولة.',
      'وتركزت المعارك في منطقتي الحيلة والفتائح، حيث يتحصن عناصر التنظيم.',
      'وقال مصدر في المجلس إن المقاتلين لجأوا إلى الحيلة لاستدراج المسلحين إلى كمين.',
    ],
    expected: [
      m('درنة', 'derna'),
      m('مجلس شورى مجاهدي درنة', 'derna-mujahideen-shura-council'),
      m('تنظيم الدولة', 'islamic-state'),
      m('الحيلة', 'al-hila'),
      m('والفتائح', 'fataeh'),
    ],
    note: 'The last «الحيلة» is "the ruse", on a page where it is also a place.',
  },
  {
    id: 'page-syria-assad',
    paragraphs: [
      'قالت مصادر في المعارضة السورية إن قوات النظام قصفت مواقع في ريف إدلب.',
      'وحمّلت المعارضة الأسد المسؤولية عن سقوط الضحايا المدنيين.',
      'وتدخلت روسيا عسكريا في سورية عام 2015 لدعم الأسد.',
    ],
    expected: [m('الأسد', 'bashar-al-assad'), m('سورية', 'syria'), m('الأسد', 'bashar-al-assad')],
  },
  {
    id: 'page-gnc-short-form',
    paragraphs: [
      'صوّت المؤتمر الوطني العام على منح الثقة لحكومة عمر الحاسي.',
      'ويرفض المؤتمر الوطني الاعتراف بمجلس النواب المنعقد في طبرق.',
    ],
    expected: [
      m('المؤتمر الوطني العام', 'general-national-congress'),
      m('المؤتمر الوطني', 'general-national-congress'),
      m('طبرق', 'tobruk'),
    ],
  },
  {
    id: 'page-abu-dhabi-meeting',
    paragraphs: [
      'اجتمع السراج وحفتر في أبوظبي بوساطة إماراتية، واتفقا على ضرورة إجراء انتخابات.',
      'وقالت بعثة الأمم المتحدة للدعم في ليبيا إنها ترحب بالاتفاق.',
      'وفي طرابلس، رحب المجلس الرئاسي بنتائج الاجتماع.',
      'وفي خبر منفصل، شهدت طرابلس اللبنانية احتجاجات على تدهور الأوضاع المعيشية.',
    ],
    expected: [
      m('السراج', 'fayez-al-sarraj'),
      m('وحفتر', 'khalifa-haftar'),
      m('أبوظبي', 'abu-dhabi'),
      m('الأمم المتحدة', 'united-nations'),
      m('ليبيا', 'libya'),
      m('طرابلس', 'tripoli'),
      m('المجلس الرئاسي', 'presidential-council'),
    ],
  },
  {
    id: 'page-mesryoon-feminine-verb',
    paragraphs: [
      'نشرت صحيفة المصريون تقريرا عن الدعم المصري لقوات حفتر.',
      'وأشارت المصريون إلى أن الغارات استهدفت درنة.',
    ],
    expected: [
      m('صحيفة المصريون', 'al-mesryoon'),
      m('حفتر', 'khalifa-haftar'),
      m('المصريون', 'al-mesryoon'),
      m('درنة', 'derna'),
    ],
    note: 'The feminine verb «أشارت» marks the newspaper, not "the Egyptians".',
  },
  {
    id: 'page-sarraj-rome',
    paragraphs: [
      'وصل فائز السراج إلى روما في زيارة رسمية.',
      'وبحث السراج مع المسؤولين الإيطاليين ملف الهجرة.',
    ],
    expected: [m('فائز السراج', 'fayez-al-sarraj'), m('السراج', 'fayez-al-sarraj')],
  },
  {
    id: 'page-cairo-and-force-majeure',
    paragraphs: [
      'قالت وزارة الخارجية المصرية إن القاهرة تتابع بقلق التطورات في ليبيا.',
      'وأضافت أن الظروف القاهرة التي يمر بها الشعب الليبي تتطلب تكاتف الجميع.',
    ],
    expected: [m('القاهرة', 'cairo'), m('ليبيا', 'libya')],
  },
  {
    id: 'page-militia-statement',
    paragraphs: [
      'بسم الله الرحمن الرحيم. تعلن الكتيبة 166 مشاة التابعة لرئاسة الأركان أنها تمكنت اليوم من دحر فلول الدواعش في منطقة الظهير غرب سرت.',
      'ونؤكد لأهلنا في سرت ومصراتة أن المعركة مستمرة حتى تطهير آخر شبر من دنس الخوارج.',
      'عاشت ليبيا حرة أبية. والمجد والخلود لشهدائنا الأبرار.',
    ],
    expected: [
      m('الدواعش', 'islamic-state'),
      m('سرت', 'sirte'),
      m('سرت', 'sirte'),
      m('ومصراتة', 'misrata'),
      m('ليبيا', 'libya'),
    ],
  },
  {
    id: 'page-benghazi-sabri-family',
    paragraphs: [
      'تجددت الاشتباكات في منطقة الصابري وسط بنغازي بين قوات الكرامة ومسلحي مجلس شورى ثوار بنغازي.',
      'وقال الناطق باسم القوات الخاصة إن وحداته تقدمت في محور سوق الحوت.',
      'ونعت عائلة الصابري ابنها الذي قضى في المعارك.',
    ],
    expected: [
      m('الصابري', 'sabri'),
      m('بنغازي', 'benghazi'),
      m('الكرامة', 'operation-dignity'),
      m('مجلس شورى ثوار بنغازي', 'benghazi-revolutionaries-shura-council'),
    ],
    note: '«عائلة الصابري» is the family name on a page where الصابري is also the district.',
  },
  {
    id: 'page-qaeda-base',
    paragraphs: [
      'أعلنت القيادة الأمريكية في أفريقيا مقتل قيادي في تنظيم القاعدة بغارة جنوب ليبيا.',
      'وانطلقت الطائرة المسيرة من القاعدة الأمريكية في النيجر.',
    ],
    expected: [m('تنظيم القاعدة', 'al-qaeda'), m('ليبيا', 'libya')],
  },
  {
    id: 'page-presidential-council-no-context',
    paragraphs: [
      'وصل رئيس المجلس الرئاسي محمد المنفي إلى الجزائر في زيارة تستغرق يومين.',
      'وبحث المنفي مع الرئيس الجزائري عبد المجيد تبون ملف المصالحة الوطنية في ليبيا.',
    ],
    expected: [m('المجلس الرئاسي', 'presidential-council'), m('ليبيا', 'libya')],
    note: 'The 2021 Presidential Council (al-Menfi) is the same body name; the dataset entity is «المجلس الرئاسي» of Libya.',
  },
];
