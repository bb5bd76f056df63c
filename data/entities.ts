/**
 * The curated entities: every person, organisation, place, event and outlet the five source
 * articles name. Descriptions are one neutral sentence of widely known fact (never what the sources
 * allege); what the sources say about an entity lives in data/claims.ts.
 *
 * Aliases are the Arabic surface forms a reader meets in real news: spelling variants with
 * different letters, titles, short forms. Clitics (و ف ب ل ك ال) and hamza/ta-marbuta/alef-maqsura,
 * diacritic and spacing variants are NOT listed: the matcher folds them (core/arabic/normalize.ts),
 * so فايز/فائز, الفتائح/الفتايح, أحمد/احمد, أبو ظبي/أبوظبي are one alias each. An alias that is also a
 * common word or another referent carries ambiguity rules (see `Ambiguity` in core/dataset/schema.ts).
 */
import type { z } from 'zod';

import type { Alias, Ambiguity, Entity } from '../core/dataset/schema';

/** `z.input` so curated records may omit fields that have schema defaults (`related`, `exclude`). */
type EntityInput = z.input<typeof Entity>;
type AliasInput = z.input<typeof Alias>;

/** An alias that counts only under `rules` (an exclude phrase vetoes it; context or page mentions confirm it). */
function ambiguous(text: string, rules: z.input<typeof Ambiguity>): AliasInput {
  return { text, ambiguous: rules };
}

/**
 * The ambiguous aliases of a body, none of which can name it on a page dated before `since` (the day it
 * was formed or, where only the year is known, that year's first day): another body of the name, or the
 * words' common sense («مجلس شورى المجاهدين» in Iraq in 2006, «المؤتمر الوطني» in Sudan in 2010).
 */
function formedIn(since: string, aliases: AliasInput[]): AliasInput[] {
  return aliases.map((a) => (typeof a === 'string' ? a : { ...a, ambiguous: { since, ...a.ambiguous } }));
}

/**
 * A shura council's name in the forms reports write it: «مجلس شورى», «شورى» or «مجلس» as its head, its
 * members' word or none, with «و» or without (مجلس شورى وثوار), the word «مدينة» before the city or not.
 * Not «مجلس» and the city alone: «مجلس درنة» is also its municipal council. Its name comes first
 * (مجلس شورى, the first members' word, the city).
 */
function councilForms(members: string[], city: string): string[] {
  const out: string[] = [`مجلس شورى ${members[0]} ${city}`];
  for (const head of ['مجلس شورى', 'شورى', 'مجلس'])
    for (const member of ['', ...members.flatMap((m) => [m, `و${m}`])])
      for (const where of [city, `مدينة ${city}`])
        if (head !== 'مجلس' || member !== '') out.push([head, member, where].filter(Boolean).join(' '));
  return [...new Set(out)];
}

/** Words of a page about the Palestinian national consensus government («حكومة الوفاق/التوافق الوطني», 2014–2019). */
/**
 * The UN's Libyan Political Dialogue Forum (2020–21) and its convener Stephanie Williams, who chose the 2021
 * Presidential Council and Government of National Unity: namesake words of the 2016 bodies' taken-over names.
 */
const LPDF = ['ملتقى الحوار', 'ستيفاني وليامز', 'ستيفاني ويليامز', 'وليامز', 'ويليامز'];
/**
 * The 2021 Presidential Council's people (al-Menfi, al-Lafi), the government chosen with it (al-Dbeibah, its
 * foreign minister al-Mangoush), the Stability Support Apparatus it created, its spokeswoman Najwa Wheba (watanonline,
 * raw/c51) and the forum that chose it: namesake words of the 2016 council's taken-over names.
 */
const COUNCIL_2021 = ['المنفي', 'اللافي', 'الدبيبة', 'الدبيبه', 'دبيبة', 'دبيبه', 'المنقوش', 'دعم الاستقرار', 'نجوى وهيبة', ...LPDF];
/** Yemen's Presidential Leadership Council (2022) and its head. */
const YEMEN_COUNCIL = ['اليمن', 'اليمني', 'اليمنية', 'العليمي'];
const PALESTINIAN_ACCORD = ['الفلسطينية', 'الفلسطيني', 'الفلسطينيين', 'رام الله', 'قطاع غزة', 'حماس', 'رامي الحمد الله', 'رامي الحمد لله', 'رامي الحمدالله', 'رامي الحمدلله'];
/** Sudan's «حكومة الوفاق الوطني» of 2017–2019 under al-Bashir (alriyadh, SPA, al-Alam: raw/c38). */
// Sudan itself is no sign: Libyan and Egyptian news name it as a neighbour; its rulers, parties and
// government are («مساعد الرئيس السودانى»: youm7, raw/c49).
const SUDANESE_ACCORD = ['البشير', 'الخرطوم', 'حزب المؤتمر الوطني', 'المؤتمر الشعبي', 'الرئيس السوداني', 'الحكومة السودانية'];

export const entities: EntityInput[] = [
  // ── People ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'khalifa-haftar',
    type: 'person',
    name: { ar: 'خليفة حفتر', en: 'Khalifa Haftar' },
    aliases: [
      ambiguous('حفتر', {
        reason:
          'Also the family name of his sons, in the news in their own right from 2019 (Saddam, Khaled, al-Siddiq and Belgasem Haftar).',
        exclude: ['صدام حفتر', 'خالد حفتر', 'الصديق حفتر', 'بلقاسم حفتر', 'بالقاسم حفتر'],
        acceptUnconfirmed: true,
      }),
      // Machine-translated pages transliterate the English «Haftar» back (هافتار، هفتار); no Arabic
      // word is spelled so. His sons' names are excluded as for حفتر.
      ...['هافتار', 'هفتار'].map((name) =>
        ambiguous(name, {
          reason: 'A machine-translation spelling of his family name; also his sons\' family name.',
          exclude: ['صدام', 'خالد', 'الصديق', 'بلقاسم', 'بالقاسم'].map((son) => `${son} ${name}`),
          acceptUnconfirmed: true,
        }),
      ),
      'خليفة حفتر',
      'خليفة بلقاسم حفتر',
      'المشير خليفة حفتر',
      'المشير حفتر',
      'اللواء خليفة حفتر',
      'اللواء حفتر',
      'اللواء المتقاعد خليفة حفتر',
      'اللواء المتقاعد حفتر',
      'اللواء السابق حفتر',
      'الجنرال حفتر',
      'الجنرال خليفة حفتر',
      'الجنرال المتقاعد خليفة حفتر',
      'الجنرال الليبي المتقاعد خليفة حفتر',
      ambiguous('اللواء المتقاعد', {
        reason:
          '"The retired major general": a title, not a name. Libyan coverage uses it for Haftar once he has been named (articles 000, 003), but it fits any retired general.',
        context: ['حفتر', 'خليفة'],
        window: 40,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'قائد عسكري ليبي أطلق عملية الكرامة في شرق ليبيا عام 2014.',
      en: 'Libyan military commander who launched Operation Dignity in eastern Libya in 2014.',
    },
    related: ['operation-dignity', 'muammar-gaddafi'],
  },
  {
    id: 'adel-abdel-kafi',
    type: 'person',
    name: { ar: 'عادل عبد الكافي', en: 'Adel Abdel Kafi' },
    aliases: [
      'عادل عبد الكافي',
      ambiguous('عبد الكافي', {
        reason: 'A common given name and family name (عبد الكافي); only his own quotes make it him.',
        context: ['عادل', 'الخبير', 'الطيار', 'العسكري', 'حفتر', 'التنظيم'],
        window: 10,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'طيار وخبير عسكري ليبي بحسب وصف الجزيرة نت له عام 2016.',
      en: 'Libyan pilot and military expert, as Al Jazeera Net described him in 2016.',
    },
    related: [],
  },
  {
    id: 'fayez-swiri',
    type: 'person',
    name: { ar: 'فايز سويري', en: 'Fayez Swiri' },
    aliases: ['فايز سويري', 'سويري'],
    description: {
      ar: 'صحفي ليبي بحسب وصف الجزيرة نت له عام 2016.',
      en: 'Libyan journalist, as Al Jazeera Net described him in 2016.',
    },
    related: [],
  },
  {
    id: 'mustafa-al-sharkasi',
    type: 'person',
    name: { ar: 'مصطفى الشركسي', en: 'Mustafa al-Sharkasi' },
    aliases: [
      'مصطفى الشركسي',
      ambiguous('الشركسي', {
        reason: 'Also the adjective "Circassian" and a family name shared by others.',
        context: ['مصطفى', 'الناطق', 'القوات', 'الجوية', 'المؤتمر', 'سلاح'],
        window: 8,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'الناطق باسم القوات الجوية التابعة للمؤتمر الوطني العام في طرابلس بحسب الجزيرة نت عام 2016.',
      en: 'Spokesman of the air force affiliated with the General National Congress in Tripoli, as Al Jazeera Net described him in 2016.',
    },
    related: ['general-national-congress'],
  },
  {
    id: 'fayez-al-sarraj',
    type: 'person',
    name: { ar: 'فائز السراج', en: 'Fayez al-Sarraj' },
    aliases: [
      'فائز السراج',
      'فائز مصطفى السراج',
      // Without the article, as Maghreb outlets write it.
      'فائز سراج',
      ambiguous('السراج', {
        reason: 'Also a common word ("the lamp", "the saddler") and a frequent family name.',
        exclude: ['عبد الحميد السراج'],
        context: ['فائز', 'رئيس', 'حكومة', 'حكومته', 'الوفاق', 'الرئاسي', 'ليبيا', 'الليبي', 'الليبية', 'الليبيين', 'الليبيون', 'طرابلس'],
        window: 6,
        pageMentions: 3,
      }),
    ],
    description: {
      ar: 'سياسي ليبي ترأس المجلس الرئاسي وحكومة الوفاق الوطني من 2016 إلى 2021.',
      en: 'Libyan politician who headed the Presidential Council and the Government of National Accord from 2016 to 2021.',
    },
    related: ['presidential-council', 'government-of-national-accord'],
  },
  {
    id: 'shukri-al-hasi',
    type: 'person',
    name: { ar: 'شكري الحاسي', en: 'Shukri al-Hasi' },
    // Not «الحاسي» alone: a common Libyan family name (e.g. a former prime minister, Omar al-Hasi).
    aliases: ['شكري الحاسي'],
    description: {
      ar: 'باحث في شؤون الجماعات الإسلامية بحسب وصف الجزيرة نت له عام 2016.',
      en: 'Researcher on Islamist groups, as Al Jazeera Net described him in 2016.',
    },
    related: [],
  },
  {
    id: 'ahmed-maiteeq',
    type: 'person',
    name: { ar: 'أحمد معيتيق', en: 'Ahmed Maiteeq' },
    aliases: ['أحمد معيتيق', 'معيتيق'],
    description: {
      ar: 'سياسي ليبي من مصراتة، كان نائبا لرئيس المجلس الرئاسي لحكومة الوفاق الوطني من 2016 إلى 2021.',
      en: "Libyan politician from Misrata; a deputy head of the Government of National Accord's Presidential Council from 2016 to 2021.",
    },
    related: ['presidential-council', 'government-of-national-accord'],
  },
  {
    id: 'philip-hammond',
    type: 'person',
    name: { ar: 'فيليب هاموند', en: 'Philip Hammond' },
    aliases: [
      'فيليب هاموند',
      ambiguous('هاموند', {
        reason: 'An English family name shared by many people.',
        context: ['فيليب', 'وزير', 'الخارجية', 'البريطاني', 'البريطانية', 'بريطانيا', 'لندن', 'المالية'],
        window: 6,
        pageMentions: 3,
      }),
    ],
    description: {
      ar: 'سياسي بريطاني، وزير الخارجية من 2014 إلى 2016 ثم وزير المالية حتى 2019.',
      en: 'British politician; Foreign Secretary from 2014 to 2016, then Chancellor of the Exchequer until 2019.',
    },
    related: ['united-kingdom'],
  },
  {
    id: 'muammar-gaddafi',
    type: 'person',
    name: { ar: 'معمر القذافي', en: 'Muammar Gaddafi' },
    aliases: [
      'معمر القذافي',
      'العقيد معمر القذافي',
      ambiguous('القذافي', {
        reason: 'Also the family name of his children (Saif al-Islam and others), who are in the news themselves.',
        // «مؤسسة القذافي العالمية للجمعيات الخيرية»: Saif al-Islam's foundation, named after the family.
        exclude: ['سيف الإسلام القذافي', 'الساعدي القذافي', 'هانيبال القذافي', 'المعتصم القذافي', 'عائشة القذافي', 'محمد القذافي', 'خميس القذافي', 'سيف القذافي', 'مؤسسة القذافي', 'هنيبال القذافي', 'هانيبعل القذافي', 'هانيبل القذافي'],
        // His rule and his forces («كتائب القذافي», «قوات القذافي», «مرتزقة القذافي»: raw/c38, c25).
        context: ['معمر', 'العقيد', 'نظام', 'حكم', 'جيش', 'رفاق', 'انقلاب', 'الراحل', 'الزعيم', 'الثورة', 'عهد', 'سقوط', 'الليبيين', 'كتائب', 'قوات', 'مرتزقة'],
        window: 6,
        pageMentions: 3,
      }),
    ],
    description: {
      ar: 'حاكم ليبيا من 1969 حتى الإطاحة به ومقتله عام 2011.',
      en: 'Ruler of Libya from 1969 until he was overthrown and killed in 2011.',
    },
    related: ['libya'],
  },
  {
    id: 'abdel-fattah-el-sisi',
    type: 'person',
    name: { ar: 'عبد الفتاح السيسي', en: 'Abdel Fattah el-Sisi' },
    aliases: [
      'عبد الفتاح السيسي',
      // With his father's name (his father Said is excluded below as «سعيد السيسي»).
      'عبد الفتاح سعيد السيسي',
      ambiguous('السيسي', {
        reason: 'Also the family name of his sons, in the news in their own right (Mahmoud, Mostafa and Hassan el-Sisi).',
        // His sons and his father (سعيد: also the adjective "happy", so no given-name rule reads it).
        exclude: ['محمود السيسي', 'مصطفى السيسي', 'حسن السيسي', 'سعيد السيسي'],
        acceptUnconfirmed: true,
      }),
    ],
    description: { ar: 'رئيس مصر منذ عام 2014.', en: 'President of Egypt since 2014.' },
    related: ['egypt'],
  },
  {
    id: 'nouri-al-maliki',
    type: 'person',
    name: { ar: 'نوري المالكي', en: 'Nouri al-Maliki' },
    aliases: [
      'نوري المالكي',
      // With his father's name, as Iraqi papers give it («نوري كامل المالكي», c14).
      'نوري كامل المالكي',
      ambiguous('المالكي', {
        reason: 'A very common family name (and "Maliki", the school of law).',
        exclude: ['المذهب المالكي', 'الفقه المالكي'],
        context: ['نوري', 'العراق', 'العراقي', 'العراقية', 'بغداد', 'الوزراء'],
        window: 6,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'رئيس وزراء العراق من 2006 إلى 2014.',
      en: 'Prime Minister of Iraq from 2006 to 2014.',
    },
    related: ['iraq'],
  },
  {
    id: 'bashar-al-assad',
    type: 'person',
    name: { ar: 'بشار الأسد', en: 'Bashar al-Assad' },
    aliases: [
      'بشار الأسد',
      // His given name alone, as profiles and Syrian writing use it once he is named (five blind batches,
      // c02–c29, marked it alias-missing): only beside his family, his country or his rule, or on a page
      // that names him in full. Other men called Bashar in Syrian news are excluded by name.
      ambiguous('بشار', {
        reason: 'A given name: also Bashar al-Jaafari (Syria\'s UN envoy), Bisher al-Khasawneh (Jordan) and others.',
        exclude: ['بشار الجعفري', 'بشار الخصاونة', 'بشر الخصاونة', 'بشار الزعبي', 'بشار الكيلاني', 'بشار عواد', 'بشار جرار'],
        context: ['الأسد', 'حافظ', 'ماهر', 'باسل', 'أسماء', 'سوريا', 'سورية', 'السوري', 'السورية', 'دمشق', 'النظام', 'نظام', 'الرئيس', 'شقيقه', 'والده'],
        window: 8,
        pageMentions: 0,
      }),
      ambiguous('الأسد', {
        reason: 'Also the common noun "the lion" and the name of his father, Hafez al-Assad.',
        // «عين الأسد»: the air base in western Iraq (c11, c14), also «قاعدة الأسد» (almasirah, c28).
        // «الأسد الإفريقي»: the yearly US–Moroccan exercise African Lion (lakome, raw/c57).
        // The idiom "the lion's share" (نصيب/حصة الأسد: orient-news, raw/c71).
        exclude: ['حافظ الأسد', 'عرين الأسد', 'نصيب الأسد', 'حصة الأسد', 'ماهر الأسد', 'رفعت الأسد', 'أسماء الأسد', 'عين الأسد', 'قاعدة الأسد', 'الأسد الإفريقي', 'الأسد الأفريقي'],
        // His government, forces and rule («انهيار حكومة الأسد»، «قوات الأسد»); the lion takes none of them.
        context: ['بشار', 'نظام', 'سوريا', 'سورية', 'السوري', 'السورية', 'دمشق', 'الرئيس', 'حكومة', 'قوات', 'جيش', 'حكم', 'عهد', 'سقوط'],
        window: 6,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'رئيس سوريا من عام 2000 حتى سقوط حكمه في ديسمبر/كانون الأول 2024.',
      en: 'President of Syria from 2000 until his government fell in December 2024.',
    },
    related: ['syria'],
  },
  {
    id: 'mohammed-al-mansouri',
    type: 'person',
    name: { ar: 'محمد المنصوري', en: 'Mohammed al-Mansouri' },
    // «محمد المنصوري» is a very common name (an Emirati footballer, officials, researchers): it is
    // this man only next to his role (provenance review E1). Article 002's field commander «محمد
    // إدريس المنصوري» is a separate entity: the texts do not show they are the same person (E2).
    aliases: [
      ambiguous('محمد المنصوري', {
        reason:
          'A very common Arabic name; this entity is the media office director of the Derna Mujahideen Shura Council (article 000) and only that role nearby makes it him.',
        context: ['المكتب', 'الإعلامي', 'مجاهدي', 'درنة'],
        window: 8,
        pageMentions: 0,
      }),
      ambiguous('المنصوري', {
        reason:
          'A common family name in Libya and the Gulf, and also the surname of the field commander mohammed-idris-al-mansouri; the bare surname is this man only next to his media-office role (or after his full name, which the matcher handles).',
        // The council's name anywhere in the paragraph: its spokesman (المتحدث باسم مجلس شورى مجاهدي
        // درنة … كما قال المنصوري); a person's context names count in the block (core/matcher/rules.ts).
        context: ['المكتب', 'الإعلامي', 'مجاهدي', 'شورى', 'مجلس شورى مجاهدي درنة'],
        window: 10,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'مدير المكتب الإعلامي لمجلس شورى مجاهدي درنة وضواحيها بحسب الجزيرة نت عام 2016.',
      en: 'Media office director of the Derna Mujahideen Shura Council, as Al Jazeera Net described him in 2016.',
    },
    related: ['derna-mujahideen-shura-council'],
  },
  {
    id: 'mohammed-idris-al-mansouri',
    type: 'person',
    name: { ar: 'محمد إدريس المنصوري', en: 'Mohammed Idris al-Mansouri' },
    aliases: [
      ambiguous('محمد إدريس المنصوري', {
        reason:
          'A common first name and family name; this entity is the Derna Mujahideen Shura Council field commander of article 002, and only that role nearby makes it him.',
        context: ['القائد', 'الميداني', 'مجاهدي', 'درنة'],
        window: 8,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'قائد ميداني في مجلس شورى مجاهدي درنة بحسب الجزيرة نت عام 2016.',
      en: 'Field commander in the Derna Mujahideen Shura Council, as Al Jazeera Net described him in 2016.',
    },
    related: ['derna-mujahideen-shura-council'],
  },

  // ── Organisations ────────────────────────────────────────────────────────────────────────────
  {
    id: 'islamic-state',
    type: 'organization',
    name: { ar: 'تنظيم الدولة الإسلامية', en: 'Islamic State (ISIS)' },
    aliases: [
      'تنظيم الدولة',
      'تنظيم الدولة الإسلامية',
      'تنظيم الدولة الإسلامية في العراق والشام',
      'الدولة الإسلامية في العراق والشام',
      // The same name with «ب» for «في» and Syria for al-Sham, as pages write it.
      ...['بالعراق والشام', 'في العراق وسوريا', 'بالعراق وسوريا'].flatMap((where) => [`الدولة الإسلامية ${where}`, `تنظيم الدولة الإسلامية ${where}`]),
      // «دولة الإسلام» for «الدولة الإسلامية», an early rendering of the 2013 name («تنظيم “دولة الإسلام في العراق والشام”»: zahma, raw/c95).
      'دولة الإسلام في العراق والشام',
      // The name of the same organisation in 2006–2013 (the Islamic State of Iraq), in both word orders.
      'دولة العراق الإسلامية',
      'الدولة الإسلامية في العراق',
      // The 2013 name in the same word order («بدولة العراق والشام الاسلامية», buratha, raw/c47).
      'دولة العراق والشام الإسلامية',
      'دولة العراق والشام',
      'داعش',
      'تنظيم داعش',
      'الدواعش',
      'دواعش',
      ambiguous('الدولة الإسلامية', {
        reason: 'Also the general notion of "the Islamic state" (a polity, or the historic caliphates) in political and religious writing.',
        // … and the aim of founding one («المعركة من أجل إقامة الدولة الإسلامية»: azzaman, raw/c51).
        exclude: ['تاريخ الدولة الإسلامية', 'عصر الدولة الإسلامية', 'عهد الدولة الإسلامية', 'الدولة الإسلامية الأولى', 'مفهوم الدولة الإسلامية', 'إقامة الدولة الإسلامية'],
        context: ['تنظيم', 'مقاتلي', 'مسلحي', 'عناصر', 'خلايا', 'داعش', 'هجوم', 'معاقل', 'العراق', 'الشام', 'سرت', 'درنة'],
        // The historic caliphates and their dynasties: a page on them means the Islamic polity («أول دعاية قامت في
        // الدولة الإسلامية هي الدعاية العباسية»: a library catalogue, raw/c116).
        elsewhere: ['العباسية', 'العباسيون', 'العباسيين', 'الأموية', 'الأمويون', 'الأمويين', 'الخلفاء الراشدين', 'الخلافة الراشدة', 'الفاطمية', 'الفاطميين', 'صدر الإسلام'],
        window: 6,
        pageMentions: 3,
      }),
    ],
    description: {
      ar: 'تنظيم جهادي أعلن «خلافة» في العراق وسوريا عام 2014، وكانت له فروع في ليبيا منها في درنة وبنغازي وسرت.',
      en: 'Jihadist organisation that declared a "caliphate" in Iraq and Syria in 2014 and had branches in Libya, including in Derna, Benghazi and Sirte.',
    },
    related: ['al-qaeda', 'derna', 'benghazi', 'sirte'],
  },
  {
    id: 'al-qaeda',
    type: 'organization',
    name: { ar: 'تنظيم القاعدة', en: 'Al-Qaeda' },
    aliases: [
      'تنظيم القاعدة',
      ambiguous('القاعدة', {
        reason: 'Also the common noun "the base" (military bases are frequent in war reporting) and "the rule".',
        exclude: ['القاعدة الجوية', 'القاعدة العسكرية', 'القاعدة البحرية', 'القاعدة الشعبية', 'القاعدة الانتخابية', 'القاعدة القانونية', 'القاعدة الذهبية', 'قاعدة بيانات'],
        // Allegiance and militancy words a base or a rule does not take (المتشددين المرتبطين بالقاعدة),
        // and its members and fighters (عناصر، مسلحي، القيادي، خلايا). Not «التابعة»: a base's units
        // belong to it too («وسائل الدفاع الجوي التابعة للقاعدة», Hmeimim). Measured on 22 real sentences
        // (tests/quality/defaults.test.ts): no base taken, 9 of 11 al-Qaeda sentences found.
        context: ['تنظيم', 'زعيم', 'بن لادن', 'الظواهري', 'الجهادية', 'الإرهابي', 'الإرهابية', 'داعش', 'فرع', 'جزيرة العرب', 'المغرب الإسلامي', 'المتشددين', 'المتشددة', 'المتطرفة', 'المرتبط', 'المرتبطة', 'المرتبطين', 'عناصر', 'القيادي', 'قيادي', 'مسلحي', 'مسلحو', 'مقاتلي', 'مقاتلو', 'الموالية', 'موالية', 'بانتمائهم', 'انتمائهم', 'خلايا', 'شبكة', 'أنصار', 'طالبان', 'أعضاء', 'معسكرات', 'أيدي',
          // Allegiance to it and its banners («لم يعلن ولاءه للقاعدة»، «رايات القاعدة»). Not «أعلام» (flags): it
          // folds to «إعلام» (media), in every other news sentence («على القاعدة. وسائل إعلام …»: afrigate, raw/c92).
          'ولاء', 'ولاءه', 'ولائه', 'ولاءها', 'ولائها', 'ولاءهم', 'مبايعة', 'مبايعته', 'بيعة', 'بايع', 'بايعت', 'بايعوا', 'راية', 'رايات',
          // Its fighters and those close to it («مسلحين من القاعدة»، «مقربين من القاعدة»، «تنظيمي القاعدة وداعش»).
          'تنظيمي', 'مسلحين', 'مسلحون', 'مقاتلين', 'مقاتلون', 'مقربين', 'المقربة', 'المقربين', 'القريبة', 'قريبة', 'المحسوبة', 'محسوبة',
          // Mujahideen councils and their fighters («مجلس شورى مجاهدي درنة التابع للقاعدة»).
          'مجاهدي', 'مجاهدو',
          // Its strongholds, activists, allies and ideas («معاقل القاعدة»، «نشطاء القاعدة»، «متشددين متحالفين مع القاعدة»،
          // «فكر القاعدة»), and its regional branches by their regions («القاعدة في بلاد الرافدين/شبه الجزيرة العربية»).
          'معاقل', 'معقل', 'نشطاء', 'فكر', 'متحالفين', 'المتحالفة', 'المتحالفين', 'حليف', 'حلفاء', 'مؤيدة', 'المؤيدة', 'مؤيدي',
          'متطرفي', 'الإخوان', 'النصرة', 'الزرقاوي', 'بلاد الرافدين', 'شبه الجزيرة', 'ينتمون', 'ينتمي'],
        window: 4,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'تنظيم جهادي عابر للحدود تأسس في أواخر ثمانينيات القرن العشرين.',
      en: 'Transnational jihadist organisation founded in the late 1980s.',
    },
    related: ['islamic-state'],
  },
  {
    id: 'derna-mujahideen-shura-council',
    type: 'organization',
    name: { ar: 'مجلس شورى مجاهدي درنة', en: 'Derna Mujahideen Shura Council' },
    // No page dated before it: formed in 2014 (its description).
    aliases: formedIn('2014-01-01', [
      // Its name, then forms real reports use: مجلس or شورى left out, و inserted, the word مدينة
      // inside, ثوار or مقاتلي (akhbaralaan, raw/c31) for مجاهدي (councilForms).
      ...councilForms(['مجاهدي', 'ثوار', 'مقاتلي'], 'درنة'),
      'مجلس شورى مجاهدي درنة وضواحيها',
      'مجاهدي درنة',
      // The nominative of the same construct («وقاتل داعش ومجاهدو درنة»).
      'مجاهدو درنة',
      // «مجلس الشورى» once the council is named: in the paragraph of its city (the paragraph then
      // shares the sense; core/matcher/matcher.ts), not elsewhere (Gulf and Egyptian upper houses).
      ambiguous('مجلس الشورى', {
        reason: 'The upper house of several Arab states (Saudi Arabia, Egypt, Qatar, Oman, Bahrain) and any shura council.',
        context: ['درنة', 'مجاهدي'],
        window: 12,
        pageMentions: 0,
      }),
      // Reuters-style «the city's (Mujahideen) Shura Council» in reports about Derna: the city must
      // be named in the block (other cities have had shura councils).
      ambiguous('مجلس شورى مجاهدي المدينة', {
        reason: 'Agency wording for Derna\'s council in a report about the city; says nothing without the city named.',
        context: ['درنة'],
        window: 12,
        pageMentions: 0,
      }),
      ambiguous('مجلس شورى المدينة', {
        reason: 'Agency wording for Derna\'s council in a report about the city; any city may have a shura council.',
        context: ['درنة'],
        window: 12,
        pageMentions: 0,
      }),
      // Also written without «مجلس» (شورى المجاهدين), with the same readings.
      ...['مجلس شورى المجاهدين', 'شورى المجاهدين'].map((name) =>
        ambiguous(name, {
          reason: 'Several armed coalitions in Libya and elsewhere have used this name; article 002 uses it for Derna\'s.',
          context: ['درنة', 'حفتر', 'ليبيا', 'الليبيين', 'الليبيون', 'الليبي', 'الحيلة', 'الفتائح'],
          // Iraq's council (2006) and Gaza's (أكناف بيت المقدس) are the best-known others.
          // «دولة العراق الإسلامية» (2006): Iraq's council merged into it.
          // Gaza's fights Israel (alummahnews, c24).
          // … and Syria's (Deir ez-Zor, 2014, under the Free Syrian Army: sarmady, raw/c51).
          // Iraq's cities and provinces mark its page too (الرمادي، بغداد: buratha, raw/c95).
          elsewhere: ['العراق', 'العراقية', 'بلاد الرافدين', 'دولة العراق الإسلامية', 'الزرقاوي', 'الأنبار', 'الفلوجة', 'الرمادي', 'بغداد', 'الموصل', 'ديالى', 'بعقوبة', 'كركوك', 'العراقي', 'العراقيين', 'بيت المقدس', 'غزة', 'سيناء', 'إسرائيل', 'إسرائيلي', 'الإسرائيلي', 'الإسرائيلية',
            'سوريا', 'سورية', 'السوري', 'السورية', 'الجيش الحر', 'دير الزور'],
          window: 12,
          pageMentions: 3,
        }),
      ),
    ]),
    description: {
      ar: 'تحالف فصائل مسلحة في مدينة درنة الليبية تشكل عام 2014، منها كتيبة شهداء أبو سليم، وقاتل تنظيم الدولة في المدينة.',
      en: 'Coalition of armed groups in the Libyan city of Derna, formed in 2014 and including the Abu Salim Martyrs Brigade, that fought the Islamic State in the city.',
    },
    related: ['derna', 'islamic-state', 'mohammed-al-mansouri', 'mohammed-idris-al-mansouri'],
  },
  {
    id: 'benghazi-revolutionaries-shura-council',
    type: 'organization',
    name: { ar: 'مجلس شورى ثوار بنغازي', en: 'Benghazi Revolutionaries Shura Council' },
    // Forms real reports use, as for Derna's council: شورى without مجلس, مجلس without شورى (مجلس ثوار
    // بنغازي), و inserted (مجلس شورى وثوار مدينة بنغازي), the word مدينة inside.
    // No page dated before it: formed in 2014 (its description).
    aliases: formedIn('2014-01-01', [
      ...councilForms(['ثوار'], 'بنغازي'),
      // The short form once the council is named, in a paragraph about the city (Derna had a
      // revolutionaries' council too: «مجلس شورى ثوار درنة»).
      ambiguous('مجلس شورى الثوار', {
        reason: "Any city's revolutionaries' shura council; Benghazi's only where the city is named nearby.",
        context: ['بنغازي'],
        window: 15,
        pageMentions: 0,
      }),
    ]),
    description: {
      ar: 'تحالف فصائل مسلحة في بنغازي تشكل عام 2014، منها أنصار الشريعة، وقاتل قوات عملية الكرامة.',
      en: 'Coalition of armed groups in Benghazi, formed in 2014 and including Ansar al-Sharia, that fought the forces of Operation Dignity.',
    },
    related: ['benghazi', 'operation-dignity'],
  },
  {
    id: 'government-of-national-accord',
    type: 'organization',
    name: { ar: 'حكومة الوفاق الوطني', en: 'Government of National Accord' },
    // No page dated before it: formed under the 2015 Skhirat agreement (its description).
    aliases: formedIn('2015-01-01', [
      ...['حكومة الوفاق الوطني', 'حكومة الوفاق الوطنية', 'حكومة الوفاق', 'حكومة التوافق الوطني', 'حكومة التوافق'].map((alias) =>
        ambiguous(alias, {
          reason: 'The Palestinian national consensus government (2014–2019, Rami Hamdallah) and Sudan\'s national accord government (2017–2019) had the same names.',
          exclude: [],
          // Weigh only against the namesake's words: a Libyan block may name Palestinians too.
          context: ['ليبيا', 'الليبية', 'الليبي', 'طرابلس', 'السراج', 'الصخيرات', 'حفتر'],
          elsewhere: [...PALESTINIAN_ACCORD, ...SUDANESE_ACCORD],
          window: 1,
          // Never pending (settled); > 0 lets its context count anywhere in the block.
          pageMentions: 3,
          acceptUnconfirmed: true,
        }),
      ),
      'حكومة السراج',
      ambiguous('حكومة الوحدة الوطنية', {
        reason:
          'Some outlets called the 2016 accord government (al-Sarraj) a national unity government; since 2021 the name belongs to the Government of National Unity (al-Dbeibah), a different body.',
        context: ['السراج', 'الوفاق', 'الصخيرات', 'معيتيق'],
        // Only its own context counts, not any name nearby (ليبيا): since 2021 the name is the GNU's.
        // The 2021 line-up: its prime minister (also without the article), its council's head and members, its
        // foreign minister, and that council («المجلس الرئاسي الجديد»).
        elsewhere: ['الدبيبة', 'الدبيبه', 'دبيبة', 'دبيبه', 'المنفي', 'اللافي', 'المنقوش', 'باشاغا', 'المجلس الرئاسي الجديد'],
        window: 12,
        pageMentions: 0,
        // The Geneva forum chose a new council and a Government of National Unity on 5 February 2021.
        until: '2021-02-04',
      }),
      ambiguous('الوفاق', {
        reason:
          'The common noun "accord, consensus" (تحقيق الوفاق) and the name of other bodies (Bahrain\'s al-Wefaq society); as the second term of a construct headed by a force or ministry (قوات الوفاق، طيران الوفاق، داخلية الوفاق) it is the GNA.',
        // Bahrain's al-Wefaq society; Chad's rebel front FACT (جبهة الوفاق من أجل التغيير، جبهة التغيير والوفاق).
        // Also «جبهة «التحرير والوفاق»» (echchaab via djazairess, raw/c67).
        exclude: ['جمعية الوفاق', 'جبهة الوفاق', 'التغيير والوفاق', 'الوفاق والتغيير', 'التحرير والوفاق'],
        context: ['قوات', 'طيران', 'حكومة', 'وزير', 'وزارة', 'داخلية', 'دفاع', 'ميليشيات', 'مليشيات', 'كتائب'],
        window: 1,
        pageMentions: 3,
      }),
    ]),
    description: {
      ar: 'حكومة ليبية تشكلت بموجب اتفاق الصخيرات عام 2015 واتخذت من طرابلس مقرا منذ 2016.',
      en: 'Libyan government formed under the 2015 Skhirat agreement and seated in Tripoli from 2016.',
    },
    related: ['presidential-council', 'skhirat-agreement', 'fayez-al-sarraj', 'tripoli'],
  },
  {
    id: 'presidential-council',
    type: 'organization',
    name: { ar: 'المجلس الرئاسي', en: 'Presidential Council (Libya)' },
    // No page dated before it: created by the 2015 Skhirat agreement (its description).
    aliases: formedIn('2015-01-01', [
      ambiguous('المجلس الرئاسي الليبي', {
        reason: 'Since 2021 the name belongs to the new Presidential Council (al-Menfi), a different body.',
        acceptUnconfirmed: true,
        // That council's head and the prime minister chosen with it, in the same paragraph.
        // … and the Stability Support Apparatus the 2021 council created («جهاز دعم الاستقرار بالمجلس الرئاسي الليبي»).
        // Its spokeswoman Najwa Wheba too (watanonline, raw/c51).
        // The UN's Political Dialogue Forum (ملتقى الحوار السياسي الليبي) and its convener Stephanie Williams chose that
        // council in 2020–21: a page about them means the council to be chosen (medi1, eanlibya, newlebanon: raw/c74).
        elsewhere: COUNCIL_2021,
        // The Geneva forum chose a new council and a Government of National Unity on 5 February 2021.
        until: '2021-02-04',
      }),
      'المجلس الرئاسي لحكومة الوفاق الوطني',
      'المجلس الرئاسي لحكومة الوفاق',
      'مجلس رئاسة حكومة الوفاق',
      'مجلس رئاسة الوزراء لحكومة الوفاق',
      ambiguous('المجلس الرئاسي', {
        reason: 'Other states have bodies called "the Presidential Council" (e.g. Yemen).',
        // Yemen's council (2022) and the new Libyan council of 2021 (al-Menfi), a different body.
        exclude: ['المجلس الرئاسي اليمني', 'المجلس الرئاسي الجديد'],
        // … and the stabilisation conference that council hosted in Tripoli in October 2021 (laam, raw/c36).
        elsewhere: [...YEMEN_COUNCIL, ...COUNCIL_2021, 'مؤتمر استقرار'],
        context: ['ليبيا', 'الليبي', 'الليبية', 'الليبيين', 'الليبيون', 'الوفاق', 'السراج', 'طرابلس', 'الصخيرات', 'معيتيق'],
        window: 8,
        pageMentions: 3,
        // The Geneva forum chose a new council and a Government of National Unity on 5 February 2021.
        until: '2021-02-04',
      }),
      // Libyan writing's short name once the council is named («قوات الرئاسي», «مقر الرئاسي», «متظاهرون
      // يطالبون الرئاسي», «مجالس النواب والرئاسي»: raw/c12–c66 marked it alias-missing nine times).
      ambiguous('الرئاسي', {
        reason:
          'The adjective "presidential" after a definite noun (القصر الرئاسي، الحرس الرئاسي، مجلس القيادة الرئاسي: a built-in reading drops it); as a noun only where the council or its people are named nearby.',
        elsewhere: [...YEMEN_COUNCIL, ...COUNCIL_2021, 'مؤتمر استقرار'],
        context: ['المجلس الرئاسي', 'الوفاق', 'السراج', 'الصخيرات', 'معيتيق'],
        window: 20,
        pageMentions: 0,
        until: '2021-02-04',
      }),
    ]),
    description: {
      ar: 'هيئة أنشأها اتفاق الصخيرات عام 2015 لقيادة حكومة الوفاق الوطني في ليبيا (2016–2021)؛ حل محلها عام 2021 مجلس رئاسي جديد.',
      en: 'Body created by the 2015 Skhirat agreement to lead the Government of National Accord in Libya (2016–2021); a new council replaced it in 2021.',
    },
    related: ['government-of-national-accord', 'fayez-al-sarraj', 'ahmed-maiteeq', 'skhirat-agreement'],
  },
  {
    id: 'bunyan-al-marsous',
    type: 'organization',
    name: { ar: 'قوات البنيان المرصوص', en: 'Al-Bunyan al-Marsous forces' },
    // No page dated before it: launched in May 2016 (its description).
    aliases: formedIn('2016-05-01', [
      'قوات البنيان المرصوص',
      // The short form Libyan reports use once the operation is named («قوات البنيان»).
      'قوات البنيان',
      // A Quranic phrase: Islamic Jihad named its 2014 operation in Gaza so too (mehrnews, c24; c02).
      ...['عملية البنيان المرصوص', 'البنيان المرصوص'].map((name) =>
        ambiguous(name, {
          reason: 'A Quranic phrase ("a solid structure") used as the name of other military operations too.',
          context: ['سرت', 'ليبيا', 'الليبي', 'الليبية', 'الليبيين', 'الليبيون', 'الوفاق', 'مصراتة', 'داعش', 'حفتر', 'ثوار', 'قادة', 'مقاتلي', 'المعارك', 'معارك'],
          elsewhere: ['غزة', 'سرايا القدس', 'الجهاد الإسلامي', 'فلسطين', 'الفلسطينية', 'الفلسطيني', 'الاحتلال'],
          window: 8,
          pageMentions: 3,
        }),
      ),
    ]),
    description: {
      ar: 'قوات عملية عسكرية بهذا الاسم أطلقتها قوات موالية لحكومة الوفاق الوطني في مايو/أيار 2016 ضد تنظيم الدولة في سرت.',
      en: 'Forces of the military operation of that name launched in May 2016 by forces aligned with the Government of National Accord against the Islamic State in Sirte.',
    },
    related: ['government-of-national-accord', 'sirte', 'misrata'],
  },
  {
    id: 'general-national-congress',
    type: 'organization',
    name: { ar: 'المؤتمر الوطني العام', en: 'General National Congress' },
    // No page dated before it: elected in 2012 (its description).
    aliases: formedIn('2012-01-01', [
      'المؤتمر الوطني العام',
      ambiguous('المؤتمر العام', {
        reason: 'Libyan writing shortens the GNC to "the General Congress"; parties and unions hold general conferences too.',
        // A party's numbered or named one («المؤتمر العام الأول لحزب "المصريين الأحرار"»: ahramgate, raw/c50).
        // … up to «المؤتمر العام الثامن عشر للحزب» (lakome, raw/c57: the Istiqlal party's).
        exclude: [
          ...['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي'].map((n) => `المؤتمر العام ${n}`),
          'المؤتمر العام لحزب',
          'المؤتمر العام للحزب',
          // A union's, a bar's, a society's or an organisation's («الانعقاد التاسع عشر للمؤتمر العام لمحامي …»: egyls, raw/c124).
          ...['لنقابة', 'للنقابة', 'لاتحاد', 'للاتحاد', 'لمحامي', 'للمحامين', 'لجمعية', 'للجمعية', 'لمنظمة', 'للمنظمة', 'لليونسكو'].map((of) => `المؤتمر العام ${of}`),
        ],
        // A paragraph about «the party» means its conference (Sudan's NCP choosing its candidate: alwatan.sa,
        // alhadag; raw/c77, c81); the GNC was no party's.
        elsewhere: ['الحزب'],
        // Its other short name in the paragraph («أقر المؤتمر الوطني … طرفي الصراع ( المؤتمر العام – و البرلمان )»:
        // almarsad). Not «الوطني» alone, a nisba the whole paragraph is searched for: «جمعية الوفاق الوطني … يعتبر
        // المؤتمر العام أعلى سلطة» is Bahrain's society (Al Jazeera, raw/c106).
        context: ['المؤتمر الوطني', 'ليبيا', 'الليبي', 'الليبية', 'طرابلس', 'أعضاء', 'رئيس', 'النواب'],
        window: 4,
        pageMentions: 3,
      }),
      ambiguous('المؤتمر الوطني', {
        reason: 'Other bodies and parties are called "the National Congress" (Sudan, India, South Africa).',
        exclude: ['حزب المؤتمر الوطني', 'المؤتمر الوطني الأفريقي', 'المؤتمر الوطني الإفريقي', 'المؤتمر الوطني الهندي', 'المؤتمر الوطني السوداني'],
        context: ['ليبيا', 'الليبي', 'الليبية', 'الليبيين', 'الليبيون', 'طرابلس', 'العام'],
        // Sudan's ruling National Congress party; the 2018 UN-proposed "inclusive national conference",
        // planned for Ghadames in April 2019 by the UN envoy Ghassan Salamé (alquds, elfagr: raw/c15, c26).
        elsewhere: ['السودان', 'السوداني', 'السودانية', 'الخرطوم', 'البشير', 'المؤتمر الشعبي', 'المؤتمر الوطني الجامع', 'المؤتمر الوطني العام الجامع', 'المؤتمر الوطني الليبي الجامع', 'الملتقى الوطني الجامع', 'الملتقى الوطني', 'غدامس', 'غسان سلامة'],
        window: 6,
        pageMentions: 3,
      }),
    ]),
    description: {
      ar: 'الهيئة التشريعية الليبية المنتخبة عام 2012؛ بعد انتخاب مجلس النواب عام 2014 واصل جزء منه الانعقاد في طرابلس برلمانا منافسا حتى 2016.',
      en: 'Libyan legislature elected in 2012; after the House of Representatives was elected in 2014, part of it continued to sit in Tripoli as a rival parliament until 2016.',
    },
    related: ['tripoli'],
  },
  {
    id: 'dar-al-ifta',
    type: 'organization',
    name: { ar: 'دار الإفتاء الليبية', en: 'Libyan Dar al-Ifta' },
    aliases: [
      'دار الإفتاء الليبية',
      ambiguous('دار الإفتاء', {
        reason: 'Many states have a Dar al-Ifta (Egypt\'s is often in the news).',
        exclude: ['دار الإفتاء المصرية', 'دار الإفتاء الأردنية', 'دار الإفتاء الفلسطينية', 'دار الإفتاء اللبنانية', 'دار الإفتاء في مصر'],
        // Libya's mufti's title, and Libyan leaders the house takes sides with or against (c24).
        // «دار الإفتاء الليبي» with a masculine nisba too (libyaalmokhtar, raw/c94).
        context: ['ليبيا', 'الليبية', 'الليبي', 'الليبيين', 'الليبيون', 'طرابلس', 'بنغازي', 'البيضاء', 'المؤقتة', 'الغرياني', 'مفتي الديار', 'حفتر', 'الدبيبة'],
        // … and the eastern government's own house of 2024 (Osama Hammad's «الدار العليا للإفتاء» in Benghazi:
        // almenassa, alsaaa24; raw/c120), a Libyan namesake.
        elsewhere: ['مصر', 'المصرية', 'المصري', 'الأزهر', 'مفتي الجمهورية', 'شوقي علام', 'الأردن', 'الأردنية', 'الدار العليا للإفتاء', 'أسامة حماد'],
        window: 8,
        pageMentions: 3,
      }),
    ],
    description: {
      ar: 'هيئة الفتوى الليبية، ومقرها طرابلس ويرأسها الصادق الغرياني.',
      en: "Libya's fatwa authority, based in Tripoli and headed by al-Sadiq al-Ghariani.",
    },
    related: ['tripoli'],
  },
  {
    id: 'united-nations',
    type: 'organization',
    name: { ar: 'الأمم المتحدة', en: 'United Nations' },
    aliases: ['الأمم المتحدة', 'منظمة الأمم المتحدة', 'هيئة الأمم المتحدة'],
    description: {
      ar: 'منظمة دولية تضم الدول ذات السيادة، تأسست عام 1945.',
      en: 'International organisation of sovereign states, founded in 1945.',
    },
    related: ['skhirat-agreement'],
  },

  // ── Events ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'operation-dignity',
    type: 'event',
    name: { ar: 'عملية الكرامة', en: 'Operation Dignity' },
    // No page dated before it: launched in May 2014 (its description).
    aliases: formedIn('2014-05-01', [
      'عملية الكرامة',
      // Its other name in Libyan and Egyptian reports («عملية كرامة ليبيا»; «كرامة ليبيا» next to its words).
      'عملية كرامة ليبيا',
      ambiguous('كرامة ليبيا', {
        reason: 'Also the plain phrase "the dignity of Libya".',
        context: ['حفتر', 'عملية', 'قوات', 'اللواء', 'المشير', 'بنغازي', 'العسكرية', 'عسكرية'],
        window: 6,
        pageMentions: 0,
      }),
      // Machine translation reverses the construct («Operation Dignity» → كرامة العملية): only next to
      // his name or the city the operation began in.
      ambiguous('كرامة العملية', {
        reason: 'A machine-translation word order of «عملية الكرامة»; literally "the dignity of the operation".',
        context: ['حفتر', 'هافتار', 'هفتار', 'بنغازي', 'ليبيا'],
        window: 12,
        pageMentions: 0,
      }),
      ambiguous('الكرامة', {
        reason: 'The plain word means "dignity" and names other things (Jordan\'s 1968 battle of Karameh, parties).',
        // «معركة الكرامة» is Jordan's battle of 1968 on a Jordanian page and Sudan's army's war on a Sudanese
        // one (elsewhere), and Operation Dignity in Libyan reports next to its words («… التي أطلقها حفتر»).
        // «طوفان الكرامة»: the LNA's 2019 offensive on Tripoli, another operation.
        exclude: ['الكرامة الإنسانية', 'الكرامة الوطنية', 'حزب الكرامة', 'تيار الكرامة', 'رجال الكرامة', 'حرية وكرامة', 'طوفان الكرامة'],
        // Sudan's army calls its war on the RSF «معركة الكرامة» too.
        elsewhere: ['الأردن', 'الأردني', 'الأردنية', 'الأردنيين', 'الجيش العربي', 'الإسرائيلي', 'الإسرائيلية', 'الفدائيين', 'الغور',
          'السودان', 'السوداني', 'السودانية', 'البرهان', 'الدعم السريع', 'الخرطوم'],
        // Its forces as its opponents name them too (ميليشيات الكرامة).
        context: ['قوات', 'ميليشيات', 'مليشيات', 'ميلشيات', 'عملية', 'حفتر', 'ليبيا', 'الليبيين', 'الليبيون', 'الليبي', 'بنغازي', 'درنة'],
        window: 4,
        pageMentions: 0,
      }),
    ]),
    description: {
      ar: 'حملة عسكرية أطلقها خليفة حفتر في بنغازي في مايو/أيار 2014.',
      en: 'Military campaign launched by Khalifa Haftar in Benghazi in May 2014.',
    },
    related: ['khalifa-haftar', 'benghazi'],
  },
  {
    id: 'skhirat-agreement',
    type: 'event',
    name: { ar: 'اتفاق الصخيرات', en: 'Skhirat agreement (Libyan Political Agreement)' },
    // No page dated before it: signed in December 2015 (its description).
    aliases: formedIn('2015-12-01', [
      'اتفاق الصخيرات',
      'اتفاقية الصخيرات',
      'الاتفاق السياسي الليبي',
      'الاتفاقية السياسية الليبية',
      ambiguous('الاتفاق السياسي', {
        reason: 'Any political agreement; in Libyan news of 2015–2020 usually the Skhirat agreement, named so next to its signing or the bodies it created.',
        context: ['الصخيرات', 'الموقع', 'الموقّع', 'ليبيا', 'الليبي', 'المجلس الرئاسي', 'حكومة الوفاق', 'مجلس الدولة'],
        window: 6,
        pageMentions: 0,
      }),
    ]),
    description: {
      ar: 'الاتفاق السياسي الليبي الموقع في الصخيرات بالمغرب في ديسمبر/كانون الأول 2015 برعاية الأمم المتحدة.',
      en: 'The Libyan Political Agreement, signed in Skhirat, Morocco, in December 2015 under UN auspices.',
    },
    related: ['skhirat', 'united-nations', 'government-of-national-accord', 'presidential-council'],
  },

  // ── Places ───────────────────────────────────────────────────────────────────────────────────
  {
    id: 'libya',
    type: 'place',
    name: { ar: 'ليبيا', en: 'Libya' },
    aliases: [
      ambiguous('ليبيا', {
        reason: 'Also the first or last word of outlets and a colony named after it (عين ليبيا، ليبيا الأحرار، ليبيا الإيطالية).',
        // The news sites «عين ليبيا», «ليبيا المستقبل» and «أخبار ليبيا 24», the channels «قناة ليبيا», «ليبيا
        // الأحرار» (in full «ليبيا لكل الأحرار»), «ليبيا الحدث» and «ليبيا 218», Italian Libya (1934–1943),
        // and the markets called «سوق ليبيا» in Marsa Matrouh and Omdurman (c23).
        // The fuel distributor «ليبيا نفط» (Libya Oil; eanlibya, raw/c43; «ليبيا أويل», taqanews, raw/c59); «في
        // ليبيا نفط» ("Libya has oil") is rare.
        // The channel «ليبيا بانوراما» (arabicpost, raw/c70) and the site «ليبيا الخبر» (tripoli4libya, raw/c61, c77).
        exclude: ['عين ليبيا', 'ليبيا الخبر', 'ليبيا المستقبل', 'ليبيا الأحرار', 'ليبيا لكل الأحرار', 'ليبيا الحدث', 'ليبيا 218', 'ليبيا 24', 'قناة ليبيا', 'ليبيا هيرالد', 'ليبيا الإيطالية', 'سوق ليبيا', 'ليبيا نفط', 'ليبيا أويل', 'ليبيا بانوراما',
          // A town near al-Bayda (a 2012 constituency: sabq, raw/c58).
          'قصر ليبيا',
          // The news site «ليبيا المختار» in its own credit line («ليبيا المختار:», libyaalmokhtar, raw/c94).
          'ليبيا المختار'],
        acceptUnconfirmed: true,
      }),
    ],
    description: { ar: 'دولة في شمال أفريقيا عاصمتها طرابلس.', en: 'Country in North Africa; its capital is Tripoli.' },
    related: ['tripoli'],
  },
  {
    id: 'derna',
    type: 'place',
    name: { ar: 'درنة', en: 'Derna' },
    aliases: [
      'درنة',
      ambiguous('ديرنا', {
        reason: 'A machine-translation spelling of «Derna»; also «ديرنا», "our monastery", in Christian writing.',
        context: ['ليبيا', 'الليبية', 'الليبي', 'بنغازي', 'طبرق', 'البيضاء', 'سرت', 'حفتر', 'هافتار', 'مدينة'],
        window: 6,
        pageMentions: 0,
      }),
    ],
    description: { ar: 'مدينة ساحلية في شرق ليبيا.', en: 'Coastal city in eastern Libya.' },
    related: ['libya'],
    coords: { lat: 32.767, lon: 22.639, precision: 'city' },
  },
  {
    id: 'fataeh',
    type: 'place',
    name: { ar: 'الفتائح', en: 'Fataeh' },
    aliases: ['الفتائح'],
    description: {
      ar: 'منطقة جبلية على الطرف الجنوبي لمدينة درنة في شرق ليبيا.',
      en: 'Hilly area on the southern edge of Derna, eastern Libya.',
    },
    related: ['derna'],
    coords: { lat: 32.72, lon: 22.65, precision: 'district' },
  },
  {
    id: 'al-hila',
    type: 'place',
    name: { ar: 'الحيلة', en: 'Al-Hila' },
    aliases: [
      ambiguous('الحيلة', {
        reason: 'The common noun "the trick, the ruse".',
        context: ['منطقة', 'حي', 'درنة', 'معاقل', 'معقل', 'عين مارة', 'الفتائح', 'المعارك'],
        window: 4,
        pageMentions: 0,
      }),
    ],
    description: { ar: 'منطقة في درنة بشرق ليبيا.', en: 'Area of Derna, eastern Libya.' },
    related: ['derna'],
  },
  {
    id: 'ain-mara',
    type: 'place',
    name: { ar: 'عين مارة', en: 'Ain Mara' },
    aliases: ['عين مارة'],
    description: { ar: 'بلدة غرب درنة في شرق ليبيا.', en: 'Town west of Derna, eastern Libya.' },
    related: ['derna'],
    coords: { lat: 32.7, lon: 22.3, precision: 'district' },
  },
  {
    id: 'tobruk',
    type: 'place',
    name: { ar: 'طبرق', en: 'Tobruk' },
    aliases: ['طبرق'],
    description: {
      ar: 'مدينة ساحلية في شرق ليبيا قرب الحدود المصرية.',
      en: 'Coastal city in eastern Libya near the Egyptian border.',
    },
    related: ['libya'],
    coords: { lat: 32.0836, lon: 23.9764, precision: 'city' },
  },
  {
    id: 'bayda',
    type: 'place',
    name: { ar: 'البيضاء', en: 'Bayda' },
    aliases: [
      ambiguous('البيضاء', {
        reason:
          'The adjective "white" (feminine), Casablanca (الدار البيضاء) and a Yemeni city and governorate of the same name.',
        exclude: [
          'الدار البيضاء',
          'الأسلحة البيضاء',
          'السلاح الأبيض',
          'الراية البيضاء',
          'الورقة البيضاء',
          'الخوذ البيضاء',
          'القبعات البيضاء',
          'الكرة البيضاء',
          'الأوراق البيضاء',
          'محافظة البيضاء',
          'البيضاء اليمنية',
          // Belarus (aljazeera, raw/c49).
          'روسيا البيضاء',
        ],
        context: ['ليبيا', 'الليبية', 'الليبي', 'الليبيين', 'الليبيون', 'مدينة', 'مدينتي', 'المؤقتة', 'درنة', 'طبرق', 'بنغازي', 'شحات', 'المرج', 'الجبل الأخضر', 'حفتر'],
        // Yemen's al-Bayda (a front of the Houthi war) and Casablanca: a page naming them means them.
        elsewhere: ['اليمن', 'اليمنية', 'اليمني', 'الحوثي', 'الحوثيين', 'الحوثيون', 'الحوثية', 'صنعاء', 'رداع', 'مأرب', 'ذمار', 'مكيراس', 'قيفة', 'ولد ربيع', 'السوادية', 'الدار البيضاء', 'كازابلانكا',
          // Medina's park «البيضاء» («شمال المدينة المنورة»: 3rabica, raw/c46): «المدينة» there is no common word.
          'المدينة المنورة',
          // The months only Moroccan writing spells so: a page dated «16 نونبر 2022» is Moroccan, and its bare
          // البيضاء Casablanca («مجلس مدينة البيضاء»: anfaspress, raw/c70).
          'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر'],
        window: 6,
        pageMentions: 3,
      }),
    ],
    description: {
      ar: 'مدينة في منطقة الجبل الأخضر بشرق ليبيا.',
      en: 'City in the Green Mountain (Jabal al-Akhdar) of eastern Libya.',
    },
    related: ['libya'],
    coords: { lat: 32.7627, lon: 21.7551, precision: 'city' },
  },
  {
    id: 'benghazi',
    type: 'place',
    name: { ar: 'بنغازي', en: 'Benghazi' },
    // بني غازي: the older spelling, still in use.
    aliases: ['بنغازي', 'بني غازي'],
    description: { ar: 'ثاني كبرى مدن ليبيا، في شرق البلاد.', en: "Libya's second-largest city, in the east of the country." },
    related: ['libya'],
    coords: { lat: 32.1167, lon: 20.0667, precision: 'city' },
  },
  {
    id: 'sabri',
    type: 'place',
    name: { ar: 'الصابري', en: 'Sabri' },
    aliases: [
      ambiguous('الصابري', {
        reason: 'Also a family name.',
        exclude: ['عائلة الصابري', 'آل الصابري', 'أسرة الصابري'],
        context: ['بنغازي', 'منطقة', 'حي', 'محور', 'منطقتي', 'الاشتباكات', 'اشتباكات', 'المعارك'],
        window: 6,
        pageMentions: 3,
      }),
    ],
    description: { ar: 'حي في مدينة بنغازي الليبية.', en: 'District of Benghazi, Libya.' },
    related: ['benghazi'],
    coords: { lat: 32.12, lon: 20.07, precision: 'district' },
  },
  {
    id: 'ganfouda',
    type: 'place',
    name: { ar: 'قنفودة', en: 'Ganfouda' },
    // Libyan speech says it with a g, which writers spell ك or غ (كمفودة، غنفودة: aljazeera, raw/c84).
    aliases: ['قنفودة', 'كمفودة', 'غنفودة'],
    description: { ar: 'منطقة في ضواحي مدينة بنغازي الليبية.', en: 'Area on the outskirts of Benghazi, Libya.' },
    related: ['benghazi'],
    coords: { lat: 32.05, lon: 20.0, precision: 'district' },
  },
  {
    id: 'brega',
    type: 'place',
    name: { ar: 'البريقة', en: 'Brega' },
    aliases: [
      // Bare «البريقة» stays without rules: on a page naming «شركة البريقة لتسويق النفط» it is the company, which
      // needs a name without rules (matcher.ts). Its namesake, al-Buraiqa, the district of Aden with its refinery and
      // oil harbour (nbdelemirate, alayyam, yemeress, yemenat: raw/c60, c78), is named by the words of Aden below:
      // `elsewhere` words count for the whole entity, so a page naming them drops its bare «البريقة» too.
      'البريقة',
      ambiguous('مرسى البريقة', {
        reason: "Carries the entity's namesake words: al-Buraiqa is also a district of Aden (Yemen) with a refinery and an oil harbour.",
        elsewhere: ['عدن', 'اليمن', 'اليمنية', 'اليمني', 'الحوثي', 'الحوثيين', 'الحوثيون', 'الشيخ عثمان', 'دار سعد', 'دارسعد'],
        acceptUnconfirmed: true,
      }),
    ],
    description: { ar: 'بلدة وميناء نفطي على خليج سرت في ليبيا.', en: 'Oil port town on the Gulf of Sirte, Libya.' },
    // Libya, as for every Libyan town: a page naming Brega (or a company named after it) is Libyan.
    related: ['oil-crescent', 'libya'],
    coords: { lat: 30.4061, lon: 19.5739, precision: 'city' },
  },
  {
    id: 'oil-crescent',
    type: 'place',
    name: { ar: 'الهلال النفطي', en: 'Oil Crescent' },
    aliases: ['الهلال النفطي'],
    description: {
      ar: 'المنطقة الساحلية الليبية التي تضم أهم موانئ تصدير النفط، بين سرت وبنغازي.',
      en: "Libya's coastal region of main oil export terminals, between Sirte and Benghazi.",
    },
    related: ['brega', 'sirte'],
    coords: { lat: 30.6, lon: 18.8, precision: 'region' },
  },
  {
    id: 'sirte',
    type: 'place',
    name: { ar: 'سرت', en: 'Sirte' },
    aliases: [
      ambiguous('سرت', {
        reason: 'Also the verb "spread, ran through" (سرت شائعات, سرت أنباء) and "I walked" (سِرتُ).',
        // The Gulf and the (geological) Basin of Sirte; the Sirte Oil Company («سرت النفطية»).
        exclude: ['خليج سرت', 'حوض سرت', 'سرت النفطية', 'سرت شائعات', 'سرت شائعة', 'سرت أنباء', 'سرت الأنباء', 'سرت موجة', 'سرت حالة', 'سرت روح', 'سرت قشعريرة'],
        // Also the towns and oil ports around it (هراوة، بن جواد، رأس لانوف).
        context: [
          'مدينة', 'معقل', 'ليبيا', 'الليبية', 'الليبي', 'الليبيين', 'الليبيون', 'الساحلية', 'مصراتة', 'الجفرة', 'البنيان', 'داعش', 'التنظيم', 'حفتر', 'درنة', 'طرابلس',
          'هراوة', 'بن جواد', 'أبوقرين', 'أبو قرين', 'الوشكة', 'النوفلية', 'رأس لانوف', 'راس لانوف', 'السدرة', 'ودان', 'سوكنة',
        ],
        window: 6,
        pageMentions: 3,
      }),
      // The spelling with ي that Maghreb and older writing use (issue 10; c15, c24, c23's «خليج سيرت»); also
      // the verb «سيّرت» (operated: سيرت الشركة رحلات), so the same context as سرت.
      ambiguous('سيرت', {
        reason: 'A variant spelling of Sirte; also the verb سيّرت ("operated", of flights and convoys).',
        exclude: ['خليج سيرت', 'حوض سيرت', 'سيرت رحلات', 'سيرت رحلة', 'سيرت قوافل', 'سيرت قافلة', 'سيرت دوريات', 'سيرت عدة', 'سيرت عددا', 'سيرت عشرات'],
        context: [
          'مدينة', 'معقل', 'ليبيا', 'الليبية', 'الليبي', 'الليبيين', 'الليبيون', 'الساحلية', 'مصراتة', 'الجفرة', 'البنيان', 'داعش', 'التنظيم', 'حفتر', 'درنة', 'طرابلس',
          'القذافي', 'بنغازي',
        ],
        window: 6,
        pageMentions: 3,
      }),
    ],
    description: { ar: 'مدينة ساحلية في وسط ليبيا على خليج سرت.', en: 'Coastal city in central Libya on the Gulf of Sirte.' },
    related: ['libya'],
    coords: { lat: 31.2089, lon: 16.5887, precision: 'city' },
  },
  {
    id: 'misrata',
    type: 'place',
    name: { ar: 'مصراتة', en: 'Misrata' },
    // Also spelt with ط (ghorbanews, raw/c51; a Palestinian embassy's page, raw/c54).
    aliases: ['مصراتة', 'مصراطة'],
    description: { ar: 'مدينة ساحلية في شمال غرب ليبيا شرقي طرابلس.', en: 'Coastal city in north-western Libya, east of Tripoli.' },
    related: ['libya'],
    coords: { lat: 32.3754, lon: 15.0925, precision: 'city' },
  },
  {
    id: 'tripoli',
    type: 'place',
    name: { ar: 'طرابلس', en: 'Tripoli' },
    aliases: [
      'طرابلس الغرب',
      // The central municipality of Libya's capital; Lebanon's Tripoli has none of that name. With «بلدية»:
      // «يحتل طرابلس المركز قبل الأخير» is a club's place in a table (elsport, raw/c45).
      'بلدية طرابلس المركز',
      // A frequent typo drops its «ل» (طرابس: five alias-missing mentions in raw/c08–c56, all Libya's capital); it takes
      // the same rules, its exclude phrases spelt the same way.
      ...['طرابلس', 'طرابس'].map((name) =>
        ambiguous(name, {
          reason: 'Also Tripoli in northern Lebanon.',
          // «ولاية طرابلس»: the Islamic State's «province» of western Libya, a region (the Ottoman «ولاية
          // طرابلس الغرب» is the longer name, and stays the city's).
          // Tripolitania, the western region, named with the other two (برقة وطرابلس وفزان، إقليم طرابلس).
          exclude: [
            'طرابلس اللبنانية', 'طرابلس الشام', 'طرابلس الشرق', 'طرابلس لبنان', 'طرابلس شمال لبنان', 'طرابلس في شمال لبنان', 'ولاية طرابلس',
            'إقليم طرابلس', 'برقة وطرابلس', 'طرابلس وبرقة', 'طرابلس وفزان', 'فزان وطرابلس',
            // Lebanon's Tripoli by its epithet (alaraby, raw/c71).
            'طرابلس الفيحاء',
            // «طريق طرابلس» is a main road of western Benghazi, fought over in 2014–2017 («تحرير طريق طرابلس الرابط بين
            // القوارشة وقنفودة», «جسر طريق طرابلس», «طريق طرابلس غربي بنغازي»: ksaplayers, islamistmovements, aljanoubiya;
            // raw/c13, c77, c84). The real-text corpus has no «طريق طرابلس» that names the city.
            'طريق طرابلس',
          ].map((phrase) => phrase.replace('طرابلس', name)),
          elsewhere: ['لبنان', 'اللبنانية', 'اللبناني', 'اللبنانيين', 'بيروت', 'عكار', 'الشمال اللبناني', 'طرابلس الشمال', 'محافظة الشمال', 'عاصمة الشمال', 'الفيحاء', 'باب التبانة', 'جبل محسن', 'الجيش اللبناني', 'حزب الله',
            // Its neighbours and the politicians of Lebanon's Tripoli.
            'الضنية', 'زغرتا', 'البداوي', 'أبي سمراء', 'البترون', 'ميقاتي', 'سعد الحريري',
            // Its port by the Levant's word for one («مرفأ»; Libyan news says «ميناء»), and Qalamoun south of it.
            'مرفأ طرابلس', 'القلمون',
            // Its twin town al-Mina and Minieh north of it, its quarters and main square, and its political families.
            'طرابلس والميناء', 'طرابلس والمينا', 'المنية', 'التبانة', 'الزاهرية', 'ساحة النور', 'البحصاص',
            'كرامي', 'أشرف ريفي', 'محمد الصفدي', 'دار الفتوى'],
          // Also the towns around it and its districts (الزاوية الواقعة غرب طرابلس، اشتباكات تاجوراء وطرابلس):
          // Lebanon's Tripoli has its own (elsewhere).
          context: [
            'ليبيا', 'الليبية', 'الليبي', 'الليبيين', 'الليبيون', 'العاصمة', 'حكومة', 'الوفاق', 'السراج', 'المؤتمر', 'الكرامة', 'معيتيقة', 'مصراتة', 'سرت', 'حفتر', 'مطار',
            'الزاوية', 'صبراتة', 'زوارة', 'غريان', 'ترهونة', 'الخمس', 'زليتن', 'بني وليد', 'الزنتان', 'ورشفانة',
            'جنزور', 'تاجوراء', 'عين زارة', 'أبو سليم', 'سوق الجمعة', 'قصر بن غشير', 'وادي الربيع',
            // Its quarters, squares and landmarks, none of them Lebanese Tripoli's (whose are in `elsewhere`), and the
            // oil corporation seated there.
            'بوسليم', 'باب العزيزية', 'قرقارش', 'سيدي المصري', 'الهضبة', 'ميدان الشهداء', 'النوفليين', 'الفرناج', 'غوط الشعال',
            'السواني', 'الكريمية', 'سيدي منيدر', 'الظهرة', 'المؤسسة الوطنية للنفط',
          ],
          window: 6,
          pageMentions: 3,
        }),
      ),
    ],
    description: { ar: 'عاصمة ليبيا.', en: 'Capital of Libya.' },
    related: ['libya'],
    coords: { lat: 32.8872, lon: 13.1913, precision: 'city' },
  },
  {
    id: 'jufra',
    type: 'place',
    name: { ar: 'الجفرة', en: 'Jufra' },
    aliases: [
      ambiguous('الجفرة', {
        reason: 'Also a village by Deir ez-Zor airport in Syria, fought over by the Islamic State (syrianpc, alkhabar-sy: raw/c71).',
        // Libya's Jufra is a district of oases, never «a village»; a page naming Deir ez-Zor means Syria's.
        exclude: ['قرية الجفرة'],
        // … and al-Jafra in Yemen's Marib («منطقة "الجفرة" … من أهم الخطوط الدفاعية لمحافظة مأرب»: yemeress, raw/c119;
        // «وادي الجفرة»: alwatan.sy, raw/c102), by the words of Marib and the Houthi war.
        elsewhere: ['دير الزور', 'ديرالزور', 'مأرب', 'مارب', 'الحوثي', 'الحوثية', 'الحوثيين', 'الحوثيون', 'اليمن', 'اليمني', 'اليمنية'],
        acceptUnconfirmed: true,
      }),
    ],
    description: { ar: 'منطقة واحات في وسط ليبيا.', en: 'Oasis district in central Libya.' },
    related: ['libya'],
    coords: { lat: 29.1, lon: 15.9, precision: 'region' },
  },
  {
    id: 'egypt',
    type: 'place',
    name: { ar: 'مصر', en: 'Egypt' },
    aliases: [
      ambiguous('مصر', {
        // The adjective takes its complement with على; without it, bare مصر in news is the country.
        reason:
          'Also the adjective مُصِرّ "insisting", which takes its complement with على (مصر على); and the first word of ' +
          'Cairo names that are not the country: the district Heliopolis (مصر الجديدة), the main railway station ' +
          '(محطة مصر), the football club Misr El Makkasa (مصر للمقاصة), the film studio Studio Misr (ستوديو مصر), ' +
          'the district Old Cairo (مصر القديمة), EgyptAir (مصر للطيران), Banque Misr\'s certificates (شهادة ابن مصر، شهادة أهل مصر) ' +
          'and the news site Mada Masr (مدى مصر).',
        exclude: ['مصر على', 'مصر علي', 'مصر الجديدة', 'محطة مصر', 'مصر للمقاصة', 'مصر المقاصة', 'ستوديو مصر', 'ستوديوهات مصر', 'ستوديوات مصر', 'استوديو مصر', 'مصر للطيران', 'شهادة ابن مصر', 'شهادات ابن مصر', 'شهادة أهل مصر', 'شهادات أهل مصر', 'مصر القديمة', 'مدى مصر',
          // Roads out of Cairo, which Egyptian usage calls «مصر» (oncloudeg, raw/c50).
          'طريق مصر الإسكندرية', 'طريق مصر الإسماعيلية', 'طريق مصر السويس', 'طريق مصر أسوان', 'طريق مصر الفيوم',
          // The news site Dot Masr (dotmsr, raw/c72); the state fuel company Misr Petroleum (youm7, taqanews: raw/c59).
          'دوت مصر', 'مصر للبترول'],
        acceptUnconfirmed: true,
      }),
      // Its epithet "mother of the world", which two blind batches read as Egypt (raw/c15, c27).
      'أم الدنيا',
    ],
    description: { ar: 'دولة في شمال شرق أفريقيا عاصمتها القاهرة.', en: 'Country in north-east Africa; its capital is Cairo.' },
    related: ['cairo', 'abdel-fattah-el-sisi'],
  },
  {
    id: 'cairo',
    type: 'place',
    name: { ar: 'القاهرة', en: 'Cairo' },
    aliases: [
      // Greater Cairo, the city and its suburbs (weather and traffic reports).
      'القاهرة الكبرى',
      ambiguous('القاهرة', {
        reason: 'Also the adjective "compelling" (الظروف القاهرة, القوة القاهرة: force majeure).',
        // «القاهرة الجديدة»: New Cairo, a separate city east of it.
        // «القاهرة 24»: an Egyptian news site; «القاهرة والناس»: an Egyptian TV channel (e3lam, raw/c68).
        exclude: ['الظروف القاهرة', 'القوة القاهرة', 'الأسباب القاهرة', 'الإرادة القاهرة', 'القاهرة الجديدة', 'القاهرة 24', 'القاهرة والناس'],
        // A preposition or a noun of movement right before it marks the city (في القاهرة, وصل إلى القاهرة).
        // And what is named after the city: its time, stadium, university, airport, governor (بتوقيت القاهرة، استاد القاهرة).
        context: ['في', 'إلى', 'من', 'وصل', 'زيارة', 'تستضيف', 'استضافت', 'عاصمة', 'العاصمة', 'مصر', 'المصرية', 'المصري', 'السيسي', 'توقيت', 'استاد', 'جامعة', 'مطار', 'محافظ', 'محافظة', 'محكمة', 'جنايات', 'معرض', 'مهرجان'],
        window: 2,
        pageMentions: 1,
      }),
    ],
    description: { ar: 'عاصمة مصر.', en: 'Capital of Egypt.' },
    related: ['egypt'],
    coords: { lat: 30.0444, lon: 31.2357, precision: 'city' },
  },
  {
    id: 'sinai',
    type: 'place',
    name: { ar: 'سيناء', en: 'Sinai' },
    aliases: [
      // Informal writing drops the final hamza (سينا), which is also the end of Avicenna's name: «مستشفى
      // ابن سينا» in Sirte (akhbaralaan, raw/c25), also «بن سينا» (domiatwindow, raw/c50).
      // The phrase is written with the alias (سيناء) so that it covers both spellings.
      ambiguous('سيناء', { reason: 'Without its hamza, also the end of «ابن سينا» (Avicenna), a name of hospitals and schools.', exclude: ['ابن سيناء', 'بن سيناء'], acceptUnconfirmed: true }),
      'شبه جزيرة سيناء',
    ],
    description: {
      ar: 'شبه جزيرة مصرية بين البحر المتوسط والبحر الأحمر.',
      en: 'Egyptian peninsula between the Mediterranean and the Red Sea.',
    },
    related: ['egypt'],
    coords: { lat: 29.5, lon: 33.8, precision: 'region' },
  },
  {
    id: 'abu-dhabi',
    type: 'place',
    name: { ar: 'أبو ظبي', en: 'Abu Dhabi' },
    aliases: [
      ambiguous('أبو ظبي', {
        reason: 'Also the name of its television channels, its airport company and its football club\'s nickname.',
        // قناة أبوظبي الأولى، أبوظبي الرياضية; مطارات أبوظبي; «فخر أبوظبي» (Al Jazira club).
        exclude: ['قناة أبو ظبي', 'أبو ظبي الرياضية', 'مطارات أبو ظبي', 'فخر أبو ظبي'],
        acceptUnconfirmed: true,
      }),
    ],
    description: { ar: 'عاصمة دولة الإمارات العربية المتحدة.', en: 'Capital of the United Arab Emirates.' },
    related: [],
    coords: { lat: 24.4539, lon: 54.3773, precision: 'city' },
  },
  {
    id: 'skhirat',
    type: 'place',
    name: { ar: 'الصخيرات', en: 'Skhirat' },
    aliases: ['الصخيرات'],
    description: { ar: 'بلدة ساحلية في المغرب بين الرباط والدار البيضاء.', en: 'Coastal town in Morocco between Rabat and Casablanca.' },
    related: ['skhirat-agreement'],
    coords: { lat: 33.85, lon: -7.03, precision: 'city' },
  },
  {
    id: 'iraq',
    type: 'place',
    name: { ar: 'العراق', en: 'Iraq' },
    aliases: [
      // The Baghdad news site «شبكة أخبار العراق» opens its reports with its name (raw/c06, c27).
      // … and of the news agency «أصوات العراق» (Voices of Iraq; buratha, raw/c95).
      ambiguous('العراق', { reason: 'Also the last word of the outlets «شبكة أخبار العراق» and «أصوات العراق».', exclude: ['شبكة أخبار العراق', 'أصوات العراق'], acceptUnconfirmed: true }),
    ],
    description: { ar: 'دولة في غرب آسيا عاصمتها بغداد.', en: 'Country in western Asia; its capital is Baghdad.' },
    related: [],
  },
  {
    id: 'syria',
    type: 'place',
    name: { ar: 'سوريا', en: 'Syria' },
    aliases: [
      'سوريا',
      ambiguous('سورية', {
        reason: 'Also the feminine adjective "Syrian" (قوات سورية, and السورية with the article).',
        exclude: ['السورية'],
        // The demonym with the article in the paragraph («كلمة السوريين»): a nisba the paragraph
        // uses for people, so its bare سورية is the country (the adjective after a noun is dropped first).
        // A direction right before it is a noun in a construct, never a noun the adjective qualifies:
        // «في شمال غرب سورية» (sauress/alriyadh), «المعارك في شمال سورية» (almayadeen).
        context: [
          'في', 'إلى', 'من', 'دمشق', 'الأسد', 'العراق', 'لبنان', 'تركيا', 'السوريين', 'السوريون',
          'شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي',
        ],
        window: 1,
        pageMentions: 3,
      }),
    ],
    description: { ar: 'دولة في غرب آسيا عاصمتها دمشق.', en: 'Country in western Asia; its capital is Damascus.' },
    related: [],
  },
  {
    id: 'united-kingdom',
    type: 'place',
    name: { ar: 'المملكة المتحدة', en: 'United Kingdom' },
    aliases: ['المملكة المتحدة', 'بريطانيا'],
    description: { ar: 'دولة في شمال غرب أوروبا عاصمتها لندن.', en: 'Country in north-western Europe; its capital is London.' },
    related: [],
  },
  {
    id: 'united-states',
    type: 'place',
    name: { ar: 'الولايات المتحدة', en: 'United States' },
    aliases: [
      'الولايات المتحدة',
      'الولايات المتحدة الأمريكية',
      ...['أمريكا', 'أميركا'].map((name) =>
        ambiguous(name, {
          reason: 'Also the first word of the continents (أمريكا اللاتينية، الجنوبية، الشمالية، الوسطى), and the last of outlets named after it.',
          // … and Voice of America, translated or transliterated (syriatv, raw/c38; eanlibya, raw/c79).
          exclude: [
            ...['اللاتينية', 'الجنوبية', 'الشمالية', 'الوسطى'].map((part) => `${name} ${part}`),
            ...['صوت', 'فويس أوف'].map((head) => `${head} ${name}`),
            // The continent in a list of continents («تمثل افريقيا وآسيا وأمريكا»: a zoo's regions, daily8, raw/c93).
            ...['آسيا', 'أفريقيا', 'إفريقيا', 'أستراليا'].map((continent) => `${continent} و${name}`),
          ],
          acceptUnconfirmed: true,
        }),
      ),
    ],
    description: { ar: 'دولة في أمريكا الشمالية عاصمتها واشنطن.', en: 'Country in North America; its capital is Washington.' },
    related: [],
  },

  // ── Outlets ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'al-jazeera-net',
    type: 'outlet',
    name: { ar: 'الجزيرة نت', en: 'Al Jazeera Net' },
    aliases: ['الجزيرة نت'],
    description: {
      ar: 'الموقع الإخباري العربي لشبكة الجزيرة القطرية.',
      en: 'Arabic news website of the Qatari Al Jazeera network.',
    },
    related: ['al-jazeera'],
  },
  {
    id: 'al-jazeera',
    type: 'outlet',
    name: { ar: 'الجزيرة', en: 'Al Jazeera' },
    aliases: [
      ambiguous('قناة الجزيرة', {
        reason: 'Al Jazeera Sport (2003–2014, now beIN Sports) was another channel.',
        exclude: ['قناة الجزيرة الرياضية'],
        acceptUnconfirmed: true,
      }),
      'شبكة الجزيرة',
      ambiguous('الجزيرة', {
        reason:
          'Also "the island" / "the peninsula" (الجزيرة العربية), regions in Sudan and Syria, and sports clubs.',
        // The Al Jazira football club of Abu Dhabi: its players, coach, fans and matches.
        exclude: [
          'شبه الجزيرة', 'الجزيرة العربية', 'ولاية الجزيرة', 'الجزيرة السورية', 'الجزيرة الفراتية', 'نادي الجزيرة', 'منطقة الجزيرة',
          'فريق الجزيرة', 'لاعب الجزيرة', 'لاعبي الجزيرة', 'لاعبو الجزيرة', 'مدرب الجزيرة', 'جماهير الجزيرة', 'مباراة الجزيرة', 'الجزيرة الإماراتي',
          // Al Jazeera Sport (now beIN Sports) and the Kuwaiti airline.
          'الجزيرة الرياضية', 'طيران الجزيرة',
        ],
        // … and its crew, screen and coverage («طاقم الجزيرة», «تغطية الجزيرة», «ناقل للخبر»: 2011 pages on its Libya
        // coverage, rebe and harimna, raw/c95). Not «مكتب»: «مكتب البحوث» under a Gezira farmers' heading (raw/c67).
        context: ['قناة', 'شبكة', 'مراسل', 'مراسلة', 'تقرير', 'تصريح', 'حديث', 'مقابلة', 'المصدر', 'نت', 'بثته', 'بثت', 'لقناة',
          'طاقم', 'شاشة', 'تغطية', 'تغطيتها', 'للخبر', 'مراسليها', 'مديرا', 'تصريحات'],
        window: 4,
        pageMentions: 0,
      }),
    ],
    description: {
      ar: 'شبكة قنوات إخبارية قطرية مقرها الدوحة.',
      en: 'Qatari news television network based in Doha.',
    },
    related: ['al-jazeera-net'],
  },
  {
    id: 'al-mesryoon',
    type: 'outlet',
    name: { ar: 'المصريون', en: 'Al-Mesryoon' },
    aliases: [
      'جريدة المصريون',
      'صحيفة المصريون',
      ambiguous('المصريون', {
        reason: 'The plain word means "the Egyptians".',
        context: ['جريدة', 'صحيفة', 'موقع', 'المصدر'],
        window: 2,
        pageMentions: 0,
      }),
    ],
    description: { ar: 'صحيفة وموقع إخباري مصري.', en: 'Egyptian newspaper and news website.' },
    related: ['egypt'],
  },
  {
    id: 'unidentified-outlet',
    type: 'outlet',
    name: { ar: 'جهة نشر غير معروفة', en: 'Unidentified outlet' },
    // No aliases: this stands for the unnamed broadcaster of article 003, never for a name on a page.
    aliases: [],
    description: {
      ar: 'الجهة التي بثت التقرير التلفزيوني المؤرخ في 13/02/2018 (المقال 003) غير مذكورة في نصه.',
      en: 'The broadcaster of the TV report dated 13/02/2018 (article 003) is not named in its text.',
    },
    related: [],
  },
];
