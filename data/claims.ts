/**
 * The curated claims: what the five source articles say about the entities, each attributed to
 * who says it, labelled by kind and cited with a verbatim quote. Summaries report who claimed
 * what; they never state a claim as fact. The dataset build rejects any quote that is not in its
 * article word for word.
 *
 * Kinds: `allegation` (an accusation of wrongdoing), `reported-event` (the source reports that
 * something happened), `statement` (a party's own declared position), `opinion` (a columnist's
 * view), `analysis` (an analyst's or the outlet's assessment). The claimant is the entity making
 * the claim, or the outlet when the article asserts it in its own voice; unnamed sources are
 * described in `claimantNote` with the outlet as claimant. One exception: unnamed members of a
 * named organisation speaking for it («قادة بالمجلس») have the organisation as claimant, with the
 * `claimantNote` saying who they are (the UI shows it).
 *
 * `date` is when the claim was made (the article's date) unless the article dates the event itself.
 */
import type { z } from 'zod';

import type { Claim, DateSpec } from '../core/dataset/schema';

/** `z.input` so curated records may omit fields that have schema defaults (`places`, `inferred`). */
type ClaimInput = z.input<typeof Claim>;
type DateInput = z.input<typeof DateSpec>;

const A000 = 'aljazeera-2016-04-26-derna-isis-withdrawal';
const A001 = 'aljazeera-2017-01-06-benghazi-haftar-isis-coordination';
const A002 = 'aljazeera-net-2016-04-derna-isis-defeat-sirte';
const A003 = 'tv-report-2018-02-13-derna-offensive-egypt';
const A004 = 'almesryoon-2017-01-haftar-isis-coordination-column';

const D000: DateInput = { value: '2016-04-26', precision: 'day', note: 'Date of the article.' };
const D001: DateInput = { value: '2017-01-06', precision: 'day', note: 'Date of the report.' };
const D002: DateInput = {
  value: '2016-04',
  precision: 'period',
  inferred: true,
  note: 'Date of the article: undated, inferred as late April 2016 from "last Wednesday".',
};
const D003: DateInput = { value: '2018-02-13', precision: 'day', note: 'Date of the report.' };
const D004: DateInput = {
  value: '2017-01',
  precision: 'period',
  inferred: true,
  note: 'Date of the column: undated, inferred as about January 2017.',
};

const UNNAMED_BROADCASTER = 'unidentified-outlet';

export const claims: ClaimInput[] = [
  // ── 000 · Al Jazeera Net, 2016-04-26: why Haftar's forces did not strike ISIS leaving Derna ────
  {
    id: 'derna-isis-withdrawal-unopposed',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['islamic-state', 'operation-dignity', 'khalifa-haftar'],
    places: ['derna', 'libya'],
    date: D000,
    summary: {
      ar: 'بحسب الجزيرة نت، انسحب تنظيم الدولة من درنة دون أن تتعرض له أي قوات برية أو جوية تابعة لعملية الكرامة بقيادة حفتر، وهو ما يثير تساؤلات لدى كثيرين.',
      en: "According to Al Jazeera Net, the Islamic State withdrew from Derna without being engaged by any ground or air forces of Haftar's Operation Dignity, which it says many found puzzling.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'لا يزال انسحاب تنظيم الدولة الإسلامية من مدينة درنة شرقي ليبيا دون أن تتعرض له أي قوات برية أو جوية تابعة لعملية الكرامة التي يقودها اللواء المتقاعد خليفة حفتر مثار تساؤل واستغراب لدى كثيرين',
      },
    ],
  },
  // An accusation in the outlet's own voice: `allegation`, as dignity-forces-blocked-dmsc-advance-on-al-hila (review C8).
  {
    id: 'haftar-aircraft-struck-derna-after-withdrawal',
    kind: 'allegation',
    claimant: 'al-jazeera-net',
    subjects: ['khalifa-haftar'],
    places: ['derna'],
    date: D000,
    summary: {
      ar: 'تقول الجزيرة نت إن طائرات حفتر قصفت مواقع لثوار درنة ومناطق سكنية وصناعية فور انسحاب التنظيم، مخلفة ضحايا مدنيين.',
      en: "Al Jazeera Net says Haftar's aircraft struck positions of Derna's revolutionaries and residential and industrial areas right after the Islamic State left, causing civilian casualties.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'في حين قصفت طائرات حفتر مواقع لثوار درنة ومناطق سكنية وصناعية فور انسحاب التنظيم من المدينة مخلفة ضحايا مدنيين',
      },
    ],
  },
  {
    id: 'isis-withdrew-from-fataeh-under-coalition-pressure',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['islamic-state', 'derna-mujahideen-shura-council'],
    places: ['fataeh', 'derna', 'tobruk', 'bayda'],
    date: D000,
    summary: {
      ar: 'بحسب الجزيرة نت، انسحب تنظيم الدولة من منطقة الفتائح، آخر معاقله في درنة، عبر طرق صحراوية بعد أن ضيق عليه تحالف مجلس شورى مجاهدي درنة وثوار طبرق والبيضاء الخناق.',
      en: 'According to Al Jazeera Net, the Islamic State withdrew from Fataeh, its last stronghold in Derna, along desert roads after a coalition of the Derna Mujahideen Shura Council and fighters from Tobruk and Bayda closed in on it.',
    },
    citations: [
      {
        articleId: A000,
        quote:
          'وبعد تضييق الخناق على تنظيم الدولة من قبل تحالف مجلس شورى مجاهدي درنة وضواحيها وثوار مدينتي طبرق والبيضاء وإعلانه عملية تحرير المدينة٬ انسحب التنظيم من منطقة الفتائح آخر معاقله إلى جنوب درنة سالكا طرقا صحراوية.',
      },
    ],
  },
  {
    id: 'isis-fled-fataeh-toward-brega',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['islamic-state'],
    places: ['fataeh', 'brega', 'derna'],
    date: D000,
    summary: {
      ar: 'بحسب تعليق صورة في تقرير الجزيرة نت، فرّ تنظيم الدولة من منطقة الفتائح عبر المناطق الصحراوية وصولا إلى جنوب البريقة.',
      en: "According to a photo caption in Al Jazeera Net's report, the Islamic State fled Fataeh through the desert as far as south of Brega.",
    },
    citations: [
      {
        articleId: A000,
        quote: 'ونافذتها علي المناق الصحراوية التي فر منها تنظيم الدولة وصولا إلى جنوب البريقة',
      },
    ],
  },
  {
    id: 'haftar-forces-around-derna-did-not-move',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['derna'],
    date: D000,
    summary: {
      ar: 'بحسب الجزيرة نت، لم تتحرك قوات حفتر المتمركزة في الضواحي الجنوبية والجنوبية الغربية لدرنة وشرقها وقت انسحاب التنظيم.',
      en: "According to Al Jazeera Net, Haftar's forces stationed in Derna's southern, south-western and eastern outskirts did not move while the Islamic State withdrew.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'ورغم أن قوات حفتر توجد في الضواحي الجنوبية والجنوبية الغربية لدرنة، كما تتمركز في الجهة الشرقية للمدينة٬ فإنها لم تحرك ساكنا وقت انسحاب التنظيم من درنة',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
    ],
  },
  // Kept `statement` (review, judgement calls): he states his puzzlement and the facts he observed; he does not accuse.
  {
    id: 'mansouri-isis-convoy-passed-haftar-bases',
    kind: 'statement',
    claimant: 'mohammed-al-mansouri',
    subjects: ['islamic-state', 'khalifa-haftar', 'derna-mujahideen-shura-council'],
    places: ['derna'],
    date: D000,
    summary: {
      ar: 'قال محمد المنصوري، مدير المكتب الإعلامي لمجلس شورى مجاهدي درنة، للجزيرة نت إنه يستغرب أن رتلا لتنظيم الدولة قطع أكثر من سبعمئة كيلومتر ومر ببوابات عسكرية وقواعد جوية لحفتر دون أن يُستهدف.',
      en: "Mohammed al-Mansouri, media office director of the Derna Mujahideen Shura Council, told Al Jazeera Net he was puzzled that an Islamic State convoy travelled more than 700 km past Haftar's checkpoints and air bases without being targeted.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'وأبدى مدير المكتب الإعلامي لمجلس شورى مجاهدي درنة وضواحيها محمد المنصوري حيرته من فرار رتل لتنظيم الدولة من درنة لأكثر من سبعمئة كيلومتر في طرق صحراوية دون أن تتعرض لهم قوات حفتر أو طائراته',
      },
      {
        articleId: A000,
        quote: 'واستغرب المنصوري في تصريح للجزيرة نت من مرور رتل التنظيم على بوابات عسكرية وقواعد جوية لحفتر',
      },
    ],
  },
  // «يرى» is "believes": the summary keeps his verb (review C1); the kind stays `allegation`.
  {
    id: 'abdel-kafi-haftar-coordinates-with-isis',
    kind: 'allegation',
    claimant: 'adel-abdel-kafi',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: [],
    date: D000,
    summary: {
      ar: 'يرى الطيار والخبير العسكري عادل عبد الكافي، في حديث للجزيرة نت، أن حفتر ينسق مع تنظيم الدولة وأن بينهما حلقة وصل هي مجموعات النظام السابق، مستشهدا بمرور التنظيم على خمس نقاط تمركز لقوات حفتر وقواعد جوية.',
      en: "Pilot and military expert Adel Abdel Kafi believes, speaking to Al Jazeera Net, that Haftar coordinates with the Islamic State, linked through former-regime groups, citing the group's passage by five positions of Haftar's forces and air bases.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'ويرى الطيار والخبير العسكري عادل عبد الكافي أن حفتر ينسق مع تنظيم الدولة وبينهما حلقة وصل هي مجموعات النظام السابق',
      },
      {
        articleId: A000,
        quote: 'واستشهد عبد الكافي على ذلك بمرور التنظيم على خمس نقط تمركز لقوات حفتر وقواعد جوية',
      },
    ],
  },
  // «للتنظيم … إلى سرت» may mean the group's own weapons passing to Sirte: the summary keeps "for the group" (review C2).
  {
    id: 'abdel-kafi-haftar-eased-arms-to-sirte',
    kind: 'allegation',
    claimant: 'adel-abdel-kafi',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['sirte', 'derna'],
    date: D000,
    summary: {
      ar: 'يتهم عادل عبد الكافي حفتر بأنه سهّل في الفترة الماضية مرور أسلحة وآليات للتنظيم إلى سرت، ويقول إن الرتل الذي تحرك من درنة إلى سرت ضم نحو مئة عربة دفع رباعي.',
      en: 'Adel Abdel Kafi alleges that Haftar had recently eased the passage of weapons and vehicles for the group to Sirte, saying the convoy that left Derna for Sirte had about a hundred four-wheel-drive vehicles.',
    },
    citations: [
      {
        articleId: A000,
        quote: 'وأضاف الخبير العسكري في تصريح للجزيرة نت أن حفتر سهل مرور أسلحة وآليات للتنظيم في الفترة الماضية إلى سرت',
      },
      {
        articleId: A000,
        quote: 'ويكفى أن أقول إن الرتل الذى تحرك من درنة إلى سرت مكون من حوالي مئة عربة دفع رباعي',
      },
    ],
    reviewed: [
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
    ],
  },
  {
    id: 'abdel-kafi-convoy-expected-no-interception',
    kind: 'analysis',
    claimant: 'adel-abdel-kafi',
    subjects: ['islamic-state'],
    places: [],
    date: D000,
    summary: {
      ar: 'يرى عادل عبد الكافي أن عناصر التنظيم ما كانوا لينسحبوا كتلة واحدة في أرض مفتوحة لو توقعوا أن يعترضهم طيران أو قوة ما.',
      en: 'Adel Abdel Kafi argues that the Islamic State fighters would not have withdrawn as a single column across open ground had they expected any aircraft or force to intercept them.',
    },
    citations: [
      {
        articleId: A000,
        quote:
          'لو كان لدى عناصر التنظيم أدنى شك في أن طيرانا أو قوة ما ستعترضهم لما كانوا انسحبوا ككتلة واحدة في أرض واسعة ولمسافة طويلة',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
    ],
  },
  {
    id: 'abdel-kafi-haftar-aims-to-defeat-revolution',
    kind: 'allegation',
    claimant: 'adel-abdel-kafi',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['libya', 'derna'],
    date: D000,
    summary: {
      ar: 'يتهم عادل عبد الكافي حفتر بأنه لا يعنيه القضاء على تنظيم الدولة وإنما إفشال الثورة والقضاء على تشكيلات الثوار، مستدلا بأنه لم يقصف التنظيم في درنة بل قصف ثوارها ومدنييها بعد أن خرج منها التنظيم.',
      en: "Adel Abdel Kafi alleges that Haftar is not interested in defeating the Islamic State but in undoing Libya's revolution and its revolutionary formations, pointing to strikes on Derna's fighters and civilians after the group had left, rather than on the group.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'ويتابع عبد الكافي قائلا إن الحقيقة تكمن في أن حفتر لا يعنيه القضاء على تنظيم الدولة٬ ويريد فقط إفشال الثورة بليبيا والقضاء على تشكيلات الثوار',
      },
      {
        articleId: A000,
        quote: 'والدليل -وفق المتحدث نفسه- هو أنه لم يقصف تنظيم الدولة بدرنة٬ وإنما قصف ثوارها ومدنييها بعد أن خرج منها التنظيم',
      },
    ],
  },
  // «وهو ما يفسر» is "which explains", not "could explain"; his hedge about direct coordination is in
  // swiri-isis-members-from-gaddafi-regime, where he says it (review C4).
  {
    id: 'swiri-haftar-interests-may-converge-with-isis',
    kind: 'analysis',
    claimant: 'fayez-swiri',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['sirte', 'libya'],
    date: D000,
    summary: {
      ar: 'يرى الصحفي الليبي فايز سويري أن مصالح حفتر وأعوان النظام السابق قد تلتقي مع تنظيم الدولة، ويقول إن ذلك يفسر ترك التنظيم يعبر كل هذه المسافات إلى سرت.',
      en: "Libyan journalist Fayez Swiri believes the interests of Haftar and former-regime figures may converge with the Islamic State's, which he says explains why the group was left to cross all the way to Sirte.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'ويعتقد الصحفي الليبي فايز سويري أن مصالح اللواء السابق حفتر وأعوان النظام السابق قد تلتقي مع التنظيم، وهو ما يفسر ترك الأخير يعبر كل هذه المسافات إلى غاية سرت',
      },
    ],
  },
  {
    id: 'swiri-isis-members-from-gaddafi-regime',
    kind: 'analysis',
    claimant: 'fayez-swiri',
    subjects: ['islamic-state', 'muammar-gaddafi', 'khalifa-haftar'],
    places: ['libya'],
    date: D000,
    summary: {
      ar: 'يقول فايز سويري إن قسما من أفراد تنظيم الدولة في ليبيا من رجالات نظام معمر القذافي، مضيفا أن ذلك لا يعني بالضرورة تنسيقا مباشرا بينهم وبين حفتر.',
      en: "Fayez Swiri says part of the Islamic State's members in Libya are men of Muammar Gaddafi's regime, adding that this does not necessarily mean direct coordination between them and Haftar.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'ويقول سويري إن قسما من أفراد تنظيم الدولة بليبيا هو من رجالات نظام معمر القذافي٬ لكن ليس بالضرورة أن يكون هناك تنسيق مباشر بينهم وبين حفتر',
      },
    ],
  },
  {
    id: 'swiri-haftar-jets-bypassed-sirte-for-misrata',
    kind: 'allegation',
    claimant: 'fayez-swiri',
    subjects: ['khalifa-haftar'],
    places: ['sirte', 'misrata', 'benghazi', 'derna'],
    date: D000,
    summary: {
      ar: 'يقول فايز سويري إن طائرات حفتر كانت تتجاوز سرت لقصف مواقع في مصراتة، ويتهم حفتر بأن هدفه السلطة والسيطرة على المدن ذات الثقل مثل بنغازي ودرنة لا محاربة الإرهاب.',
      en: "Fayez Swiri says Haftar's aircraft used to fly past Sirte to strike positions in Misrata, and alleges that Haftar's aim is power and control of major cities such as Benghazi and Derna rather than fighting terrorism.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'وذكر الصحفي في حديثه للجزيرة نت أن طائرات حفتر كانت تتجاوز مدينة سرت في أوقات سابقة، وتذهب لقصف مواقع في مصراتة٬ ما يؤكد أن حفتر لا يستهدف محاربة الإرهاب٬ وإنما هدفه السلطة والسيطرة على المدن ذات الثقل مثل بنغازي ودرنة.',
      },
    ],
  },
  {
    id: 'swiri-victories-boost-haftar-standing',
    kind: 'analysis',
    claimant: 'fayez-swiri',
    subjects: ['khalifa-haftar'],
    places: ['benghazi', 'derna'],
    date: D000,
    summary: {
      ar: 'يرى فايز سويري أن الانتصار في مدن كبنغازي ودرنة يحدث ضجيجا إعلاميا وصدى شعبيا يعزز مكانة حفتر.',
      en: "Fayez Swiri believes victories in cities such as Benghazi and Derna bring media attention and popular resonance that strengthen Haftar's standing.",
    },
    citations: [
      {
        articleId: A000,
        quote: 'وإنما هدفه السلطة والسيطرة على المدن ذات الثقل مثل بنغازي ودرنة',
      },
      {
        articleId: A000,
        quote: 'ويرى سويري أن الانتصار في مثل المدن سيكون له ضجيج إعلامي وصدى شعبي يعزز من مكانة اللواء المتقاعد.',
      },
    ],
  },
  // A rival's characterisation of the adversary's forces, not his own side's position: `allegation`
  // (review C7). The GNC stays a subject: he speaks for its air force and the quote names it, so the
  // GNC card shows what its spokesman says; Tripoli only located the GNC and is dropped (C15).
  {
    id: 'sharkasi-haftar-forces-are-militias',
    kind: 'allegation',
    claimant: 'mustafa-al-sharkasi',
    subjects: ['khalifa-haftar', 'general-national-congress'],
    places: [],
    date: D000,
    summary: {
      ar: 'قال مصطفى الشركسي، الناطق باسم القوات الجوية التابعة للمؤتمر الوطني العام في طرابلس، للجزيرة نت إن قوات حفتر مليشيات لا تعمل كجيش نظامي، ما يصعّب الزج بها في حرب في أرض مفتوحة لعدم انضباط أفرادها.',
      en: "Mustafa al-Sharkasi, spokesman of the air force affiliated with the General National Congress in Tripoli, told Al Jazeera Net that Haftar's forces are militias rather than a regular army, which he says makes it hard to send them into open-ground warfare because their members lack discipline.",
    },
    citations: [
      {
        articleId: A000,
        quote:
          'وأشار الناطق باسم القوات الجوية التابعة للمؤتمر الوطني العام بطرابلس مصطفى الشركسي في تصريح للجزيرة نت إلى أن قوات حفتر عبارة عن مليشيات ولا تعمل كجيش نظامي',
      },
      {
        articleId: A000,
        quote: 'ما يجعل الزج بها في حرب بأرض مفتوحة صعبا لعدم انضباط أفراد هذه المليشيات',
      },
    ],
  },

  // ── 001 · Al Jazeera TV report, 2017-01-06: coordination between Haftar and ISIS in Benghazi ───
  {
    id: 'aljazeera-haftar-isis-benghazi-exit-deal',
    kind: 'allegation',
    claimant: 'al-jazeera',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['benghazi'],
    date: D001,
    summary: {
      ar: 'يقول تقرير للجزيرة إن اتفاقا بين قوات حفتر وتنظيم الدولة كان يقضي بخروج أرتال التنظيم من بنغازي بسلام وتأمين مرورها.',
      en: "An Al Jazeera report alleges that an agreement between Haftar's forces and the Islamic State provided for the group's convoys to leave Benghazi safely under secured passage.",
    },
    citations: [
      {
        articleId: A001,
        quote: 'كان من المقرر وفق الاتفاق أن تخرج أرتال تنظيم الدولة من بنغازي بسلام وأن يتم تأمين مرورها في عملية معدة جيدا',
      },
      {
        articleId: A001,
        quote: 'بعد اتفاق تسهيل مرورهم إلى خارج المدينة',
      },
    ],
  },
  {
    id: 'benghazi-withdrawal-clashes-sabri-ganfouda',
    kind: 'reported-event',
    claimant: 'al-jazeera',
    subjects: ['islamic-state', 'khalifa-haftar'],
    places: ['sabri', 'ganfouda', 'benghazi'],
    date: D001,
    summary: {
      ar: 'بحسب تقرير للجزيرة، رفض قادة ومقاتلون من قوات حفتر تسهيل مرور عناصر تنظيم الدولة في منطقتي الصابري وقنفودة ببنغازي وتبادلوا معهم إطلاق النار، ويقول التقرير إن عشرات من قوات حفتر قُتلوا في هذه الاشتباكات غير المتوقعة.',
      en: "According to an Al Jazeera report, commanders and fighters of Haftar's forces in Benghazi's Sabri and Ganfouda districts refused to let Islamic State fighters pass and exchanged fire with them; the report says dozens of Haftar's forces were killed in these unforeseen clashes.",
    },
    citations: [
      {
        articleId: A001,
        quote:
          'لكن ما حدث في منطقتي الصابري شمالي المدينة وكمفودة في شمالها الغربي جاء على غير المتوقع قادة ومقاتلون من قوات حفتر رفضت تسهيل المرور وتبادلت إطلاق النار مع عناصر تنظيم الدولة وهو ما خلف قتلى وجرحى',
      },
      {
        articleId: A001,
        quote: 'عشرات من قواته تلقى مصرعها في اشتباكات بين الطرفين لم تكن في الحسبان',
      },
    ],
  },
  {
    id: 'isis-online-statement-benghazi-withdrawal',
    kind: 'statement',
    claimant: 'islamic-state',
    subjects: ['islamic-state', 'benghazi-revolutionaries-shura-council'],
    places: ['benghazi'],
    date: D001,
    summary: {
      ar: 'بحسب تقرير للجزيرة، أعلن تنظيم الدولة في بيان على الإنترنت أن انسحابه من بنغازي جاء بعد تأكده من قيام مجلس شورى ثوار بنغازي، الذي وصف أعضاءه بالمرتدين، بإعداد «ماكينة لجنود الخلافة».',
      en: "According to an Al Jazeera report, the Islamic State said in an online statement that it withdrew from Benghazi after becoming sure that the Benghazi Revolutionaries Shura Council, whose members it called apostates, was preparing \"a machine for the soldiers of the caliphate\" (the report does not explain the phrase).",
    },
    citations: [
      {
        articleId: A001,
        quote:
          'أعلن في بيان على الإنترنت أن انسحابه يأتي بعد تأكده من قيام من وصفهم بمرتدي مجلس شورى ثوار بنغازي بإعداد ماكينة لجنود الخلافة',
      },
    ],
  },
  {
    id: 'aljazeera-isis-statement-exposed-benghazi-deal',
    kind: 'allegation',
    claimant: 'al-jazeera',
    subjects: ['islamic-state', 'khalifa-haftar'],
    places: ['benghazi'],
    date: D001,
    summary: {
      ar: 'يقول تقرير للجزيرة إن تنظيم الدولة فضح بعضا من الاتفاق حين أعلن في بيان على الإنترنت أسباب انسحابه من بنغازي.',
      en: 'An Al Jazeera report says the Islamic State exposed part of the agreement when it gave the reasons for its Benghazi withdrawal in an online statement.',
    },
    citations: [
      {
        articleId: A001,
        quote: 'وكان التنظيم فضح بعضا من الاتفاق بعد أن أعلن في بيان على الإنترنت',
      },
    ],
  },
  {
    id: 'brsc-fought-haftar-and-isis-on-two-fronts',
    kind: 'reported-event',
    claimant: 'al-jazeera',
    subjects: ['benghazi-revolutionaries-shura-council', 'khalifa-haftar', 'islamic-state'],
    places: ['benghazi'],
    date: D001,
    summary: {
      ar: 'بحسب تقرير للجزيرة، قاتل مجلس شورى ثوار بنغازي منذ عامين على جبهتين ضد قوات حفتر وضد تنظيم الدولة، في حين لم تقع اشتباكات تذكر بين التنظيم وقوات حفتر.',
      en: "According to an Al Jazeera report, the Benghazi Revolutionaries Shura Council had fought for two years on two fronts, against Haftar's forces and against the Islamic State, while no notable clashes took place between the group and Haftar's forces.",
    },
    citations: [
      {
        articleId: A001,
        quote:
          'ويقاتلوا ثوار بنغازي منذ عامين على جبهتين الأولى ضد قوات حفتر والأخرى ضد التنظيم فيما لم تقع أي اشتباكات تذكر بين التنظيم وقوات حفتر',
      },
    ],
  },
  {
    id: 'benghazi-circles-longstanding-deal',
    kind: 'allegation',
    claimant: 'al-jazeera',
    claimantNote: { ar: 'أوساط في مدينة بنغازي (لم تسمّها الجزيرة)', en: 'Circles in Benghazi (unnamed by Al Jazeera)' },
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['benghazi'],
    date: D001,
    summary: {
      ar: 'بحسب تقرير للجزيرة، تقول أوساط في بنغازي إن بين قوات حفتر وتنظيم الدولة اتفاقا قديما ظل حبيس الأدراج.',
      en: "According to an Al Jazeera report, unnamed circles in Benghazi say a long-standing agreement between Haftar's forces and the Islamic State had been kept in a drawer.",
    },
    citations: [
      {
        articleId: A001,
        quote: 'تقول أوساط في المدينة بأنه اتفاق بين الطرفين ظل حبيس الأدراج منذ زمن',
      },
    ],
  },
  {
    id: 'aljazeera-coordination-in-derna-and-sirte',
    kind: 'allegation',
    claimant: 'al-jazeera',
    subjects: ['khalifa-haftar', 'islamic-state', 'bunyan-al-marsous', 'government-of-national-accord'],
    places: ['derna', 'sirte', 'oil-crescent'],
    date: D001,
    summary: {
      ar: 'يقول تقرير للجزيرة إن توافقات مماثلة بين حفتر وتنظيم الدولة سُجلت في درنة وسرت، إذ انسحب التنظيم من درنة على مرأى قوات حفتر، وشن الطرفان عمليات متزامنة ضد قوات البنيان المرصوص سيطرت خلالها قوات حفتر على غالبية الهلال النفطي.',
      en: "An Al Jazeera report alleges similar arrangements between Haftar and the Islamic State in Derna and Sirte: the group left Derna in sight of Haftar's forces, and both ran simultaneous operations against the Bunyan al-Marsous forces, during which Haftar's forces took most of the Oil Crescent.",
    },
    citations: [
      {
        articleId: A001,
        quote:
          'حدث ذلك في مدينة درنة الساحلية عندما انسحب التنظيم على مرأى قوات حفتر فيما شن بالمقابل هجمات على قوات البنيان المرصوص التابعة لحكومة الوفاق الوطنية',
      },
      {
        articleId: A001,
        quote:
          'حين شن التنظيم وقوات حفتر عمليات متزامنة ضد قوات البنيان المرصوص سيطرت قوات حفتر خلالها على غالبية الهلال النفطي',
      },
    ],
  },
  {
    id: 'gna-expelled-isis-from-sirte',
    kind: 'reported-event',
    claimant: 'al-jazeera',
    subjects: ['government-of-national-accord', 'fayez-al-sarraj', 'islamic-state'],
    places: ['sirte'],
    date: D001,
    summary: {
      ar: 'بحسب تقرير للجزيرة، طردت حكومة السراج قوات تنظيم الدولة من سرت مؤخرا.',
      en: "According to an Al Jazeera report, al-Sarraj's government had recently driven the Islamic State out of Sirte.",
    },
    citations: [
      {
        articleId: A001,
        quote: 'وكانت مدينة سرت التي طردت حكومة السراج قوات تنظيم الدولة منها مؤخرا',
      },
    ],
  },
  // Both camps' reasons are cited, and the report's "after negotiations between the two sides" is
  // in the summary (review C11 and its coverage gap).
  {
    id: 'haftar-commanders-split-over-benghazi-deal',
    kind: 'reported-event',
    claimant: 'al-jazeera',
    subjects: ['khalifa-haftar', 'islamic-state', 'benghazi-revolutionaries-shura-council'],
    places: ['benghazi'],
    date: D001,
    summary: {
      ar: 'بحسب تقرير للجزيرة، أحدث اتفاق انسحاب تنظيم الدولة من بنغازي، الذي يقول التقرير إنه جاء بعد مفاوضات بين الطرفين، انقساما بين القادة الميدانيين في قوات حفتر: أيده فريق بحجة أن خروج مسلحي التنظيم سيخفف عبء المواجهة مع خصومهم في مجلس شورى بنغازي ويسهل السيطرة على المدينة، ورفضه فريق يرى أنه سيضر بسمعة القوات التي يقودها حفتر وسيظهر تحالفا صريحا بينه وبين التنظيم.',
      en: "According to an Al Jazeera report, the Islamic State's Benghazi withdrawal deal, which the report says followed negotiations between the two sides, split field commanders of Haftar's forces: supporters argued the group's exit would ease the fight against their opponents in the Benghazi Shura Council and make it easier to take the whole city; opponents held it would harm the reputation of the force Haftar leads and reveal an open alliance between him and the group.",
    },
    citations: [
      {
        articleId: A001,
        quote:
          'اتفاق انسحاب تنظيم الدولة من بنغازي الذي جاء بعد مفاوضات بين الطرفين خلف انقساما بين القادة الميدانيين في قوات حفتر',
      },
      {
        articleId: A001,
        quote:
          'حيث أيد فريق الانسحاب بحجة أن خروج مسلحي التنظيم سيخفف من عبء المواجهة مع خصومهم في مجلس شورى بنغازي ويسهل السيطرة على كامل المدينة',
      },
      {
        articleId: A001,
        quote:
          'بينما يعتبر الفريق الرافض لانسحاب التنظيم بتلك الصورة أن العملية ستضر بسمعة ما سمي بالجيش الذي يقوده حفتر وسيظهر تحالفا صريحا بينه وبين تنظيم الدولة',
      },
    ],
  },
  // An accusation of pretext: `allegation`, like abdel-kafi-haftar-aims-to-defeat-revolution (review C12).
  {
    id: 'aljazeera-counterterror-slogans-cover-haftar-moves',
    kind: 'allegation',
    claimant: 'al-jazeera',
    subjects: ['khalifa-haftar', 'government-of-national-accord'],
    places: [],
    date: D001,
    summary: {
      ar: 'يقول تقرير للجزيرة إن حفتر يغطي بشعارات محاربة الإرهاب تحركاته العسكرية ضد خصومه، ولا سيما قوات حكومة الوفاق الوطني التي لا يعترف بها هو ومؤيدوه.',
      en: "An Al Jazeera report alleges that Haftar uses counter-terrorism slogans to cover his military moves against opponents, especially the forces of the Government of National Accord, which he and his supporters do not recognise.",
    },
    citations: [
      {
        articleId: A001,
        quote:
          'فتلك الشعارات يغطي بها حفتر التحركات العسكرية ضد خصومه ولاسيما ضد قوات حكومة الوفاق الوطنية التي لا تزال تواجه عقبات وعدم اعتراف من حفتر ومؤيديه',
      },
    ],
  },
  {
    id: 'aljazeera-arab-western-states-arm-haftar',
    kind: 'allegation',
    claimant: 'al-jazeera',
    subjects: ['khalifa-haftar'],
    places: [],
    date: D001,
    summary: {
      ar: 'يقول تقرير للجزيرة إن دولا عربية وغربية تقدم لحفتر «كافة أنواع الدعم العسكري»؛ وفي روايته يرى الرافضون لاتفاق بنغازي في صفوف قواته أن ظهور تحالف صريح بينه وبين تنظيم الدولة سيسبب لهذه الدول إحراجا.',
      en: 'An Al Jazeera report says Arab and Western states give Haftar "all kinds of military support"; in its account, opponents of the Benghazi deal within his forces held that an open alliance between him and the Islamic State would embarrass those states.',
    },
    citations: [
      {
        articleId: A001,
        quote:
          'بينما يعتبر الفريق الرافض لانسحاب التنظيم بتلك الصورة أن العملية ستضر بسمعة ما سمي بالجيش الذي يقوده حفتر وسيظهر تحالفا صريحا بينه وبين تنظيم الدولة',
      },
      {
        articleId: A001,
        quote: 'ويسبب إحراجا لدول عربية وغربية تقدم له كافة أنواع الدعم العسكري',
      },
    ],
  },
  {
    id: 'aljazeera-haftar-confronts-gna-militarily',
    kind: 'allegation',
    claimant: 'al-jazeera',
    subjects: ['khalifa-haftar', 'government-of-national-accord'],
    places: [],
    date: D001,
    summary: {
      ar: 'يقول تقرير للجزيرة إن حفتر ومؤيديه لا يعترفون بحكومة الوفاق الوطني بل يواجهونها عسكريا سعيا لإفشال جهودها في إنجاح العملية العسكرية ووقف الحرب.',
      en: 'An Al Jazeera report says Haftar and his supporters not only refuse to recognise the Government of National Accord but confront it militarily, seeking to make its efforts to win the military campaign and end the war fail.',
    },
    citations: [
      {
        articleId: A001,
        quote: 'ضد قوات حكومة الوفاق الوطنية التي لا تزال تواجه عقبات وعدم اعتراف من حفتر ومؤيديه',
      },
      {
        articleId: A001,
        quote: 'لا بل يقومون بمواجهتها عسكريا في مسعى لإفشال جهودها في إنجاح العملية العسكرية ووقف الحرب في البلاد',
      },
    ],
  },

  // ── 002 · Al Jazeera Net, late April 2016 (inferred): will ISIS's defeat in Derna lead to Sirte? ─
  {
    id: 'dmsc-announces-derna-liberation',
    kind: 'statement',
    claimant: 'derna-mujahideen-shura-council',
    subjects: ['derna-mujahideen-shura-council', 'islamic-state'],
    places: ['derna', 'libya'],
    date: {
      value: '2016-04',
      precision: 'period',
      inferred: true,
      note: 'The article says "last Wednesday"; article 003 dates the liberation to April 2016.',
    },
    summary: {
      ar: 'بحسب الجزيرة نت، أعلن مجلس شورى مجاهدي درنة وضواحيها تحرير مدينة درنة كاملة والمناطق المحيطة بها من تنظيم الدولة بعد نحو عشرة أشهر من المواجهات.',
      en: 'According to Al Jazeera Net, the Derna Mujahideen Shura Council announced that all of Derna and its surroundings had been freed from the Islamic State after about ten months of fighting.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'أعلن مجلس شورى مجاهدي درنة وضواحيها الأربعاء الماضي تحرير كامل مدينة درنة شمال شرقيليبيا والمناطق المحيطة بها من قبضة تنظيم الدولة الإسلامية، بعد نحو عشرة أشهر منذ اندلاع المواجهات معهم',
      },
    ],
    reviewed: [
      { check: 'named', term: 'libya', reason: 'Named in «شمال شرقيليبيا»: the article runs «شرقي» and «ليبيا» together' },
    ],
  },
  {
    id: 'derna-bayda-coalition-fought-isis',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['derna-mujahideen-shura-council', 'islamic-state'],
    places: ['derna', 'bayda'],
    date: {
      value: '2015-06',
      precision: 'month',
      inferred: true,
      note: 'The article, from late April 2016, dates the operation\'s launch to "last June" (يونيو/حزيران الماضي).',
    },
    summary: {
      ar: 'بحسب الجزيرة نت، دارت المواجهات بين ائتلاف قوات من درنة والبيضاء ومسلحي تنظيم الدولة ضمن عملية عسكرية أطلقها مجلس شورى درنة في يونيو/حزيران من العام السابق.',
      en: 'According to Al Jazeera Net, the fighting pitted a coalition of forces from Derna and Bayda against Islamic State fighters, in an operation the Derna Shura Council launched the previous June.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'ودارت المواجهات بين ائتلاف قوات من مدينتي درنة والبيضاء وبين مسلحي التنظيم ضمن العملية العسكرية التي أطلقها مجلس شورى درنة في يونيو/حزيران الماضي',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
    ],
  },
  {
    id: 'isis-fighters-fled-derna-to-sirte',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    claimantNote: {
      ar: 'مصادر عسكرية في ائتلاف قوات درنة والبيضاء (لم تسمّها الجزيرة نت)',
      en: 'Military sources in the Derna–Bayda coalition (unnamed by Al Jazeera Net)',
    },
    subjects: ['islamic-state'],
    places: ['derna', 'sirte'],
    date: D002,
    summary: {
      ar: 'بحسب مصادر عسكرية في ائتلاف قوات درنة والبيضاء نقلت عنها الجزيرة نت، توجه عناصر تنظيم الدولة الفارون من درنة إلى سرت، أكبر معاقل التنظيم في شمال أفريقيا.',
      en: 'According to military sources in the Derna–Bayda coalition cited by Al Jazeera Net, Islamic State fighters fleeing Derna headed for Sirte, the group\'s largest stronghold in North Africa.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'وعقب المواجهات المسلحة توجه عناصر تنظيم الدولة الفارين من درنة إلى مدينة سرت الساحلية شرقي طرابلس حيث أكبر معقل للتنظيم في شمال أفريقيا، حسبما ذكرت مصادر عسكرية في ائتلاف قوات درنة والبيضاء.',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'North', reason: '«شمال أفريقيا» (North Africa) is in the quote' },
      { check: 'summary-terms', term: 'Africa', reason: '«شمال أفريقيا» (North Africa) is in the quote' },
    ],
  },
  // Skhirat only names the agreement the government came from: not a place of this claim (review C15).
  {
    id: 'presidential-council-welcomes-fataeh-liberation',
    kind: 'statement',
    claimant: 'presidential-council',
    subjects: ['presidential-council', 'government-of-national-accord', 'islamic-state', 'skhirat-agreement'],
    places: ['fataeh'],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، أصدر المجلس الرئاسي لحكومة الوفاق الوطني بيانا بارك فيه «تحرير منطقة الفتايح» ودعا الليبيين إلى توحيد الصف تحت مظلة حكومة الوفاق لاستئصال التنظيم.',
      en: 'According to Al Jazeera Net, the Presidential Council of the Government of National Accord issued a statement welcoming "the liberation of the Fataeh area" and calling on Libyans to unite under the government to root out the group.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'وأصدر المجلس الرئاسي لحكومة الوفاق الوطني المنبثقة عن اتفاق الصخيرات بيانا بارك فيه “تحرير منطقة الفتايح وطرد فلول داعش من المدينة نهائياً”',
      },
      {
        articleId: A002,
        quote: 'داعياً كافة الليبيين إلى توحيد الصف تحت مظلة حكومة الوفاق لاستئصال التنظيم من كافة التراب الليبي.',
      },
    ],
  },
  {
    id: 'dar-al-ifta-victory-without-foreign-intervention',
    kind: 'statement',
    claimant: 'dar-al-ifta',
    subjects: ['dar-al-ifta', 'islamic-state'],
    places: [],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، اعتبرت دار الإفتاء الليبية الانتصار على من وصفتهم بالجماعات المارقة درسا بأن الليبيين قادرون على محاربة التنظيم «دون تدخل أجنبي».',
      en: 'According to Al Jazeera Net, the Libyan Dar al-Ifta called the victory over what it termed rogue groups a lesson that Libyans can fight the group "without foreign intervention".',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'كما اعتبرت دار الإفتاء الليبية الانتصار على من وصفتهم بالجماعات المارقة درسا بأن الليبيين قادرون على محاربة التنظيم “دون تدخل أجنبي”.',
      },
    ],
    reviewed: [
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
    ],
  },
  {
    id: 'dignity-forces-stayed-in-ain-mara',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['operation-dignity', 'khalifa-haftar'],
    places: ['ain-mara', 'derna'],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، بقيت قوات عملية الكرامة التابعة لحفتر في منطقة عين مارة ومحيطها على بعد نحو ثلاثين كيلومترا غرب وجنوب غرب درنة.',
      en: "According to Al Jazeera Net, the forces of Haftar's Operation Dignity stayed in and around Ain Mara, about thirty kilometres west and south-west of Derna.",
    },
    citations: [
      {
        articleId: A002,
        quote:
          'في المقابل بقيت قوات عملية الكرامة التابعة للواء المتقاعد خليفة حفتر في منطقة عين مارة ومحيطها، على بعد حوالي ثلاثين كيلومترا غرب وجنوب غرب درنة',
      },
    ],
  },
  {
    id: 'dignity-forces-blocked-dmsc-advance-on-al-hila',
    kind: 'allegation',
    claimant: 'al-jazeera-net',
    subjects: ['operation-dignity', 'derna-mujahideen-shura-council', 'islamic-state'],
    places: ['al-hila', 'derna'],
    date: D002,
    summary: {
      ar: 'تقول الجزيرة نت إن قوات عملية الكرامة حالت طوال الأشهر الماضية دون تقدم مقاتلي مجلس شورى درنة إلى معاقل تنظيم الدولة في منطقة الحيلة، وقطعت طرق إمدادهم من الجنوب والجنوب الغربي.',
      en: 'Al Jazeera Net says the Operation Dignity forces had for months prevented the Derna Shura Council\'s fighters from advancing on Islamic State strongholds in al-Hila, and cut their supply routes from the south and south-west.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'وهي التي حالت طيلة الأشهر الماضية دون تقدم مقاتلي مجلس شورى درنة إلى معاقل التنظيم في منطقة الحيلة، كما قطعت طرق الإمداد عن مقاتلي الائتلاف من الجهتين الجنوبية والجنوبية الغربية.',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
    ],
  },
  // The whole sentence is cited; the celebration clause («حيث …») may be the reporter's, so the
  // summary gives it to the article (review C13). Claimant: the field commander of 002, not the
  // media office director of 000 (review E2).
  {
    id: 'mansouri-no-social-base-for-isis-in-derna',
    kind: 'statement',
    claimant: 'mohammed-idris-al-mansouri',
    subjects: ['islamic-state', 'derna-mujahideen-shura-council'],
    places: ['derna'],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، قال محمد إدريس المنصوري، القائد الميداني في مجلس شورى مجاهدي درنة، إن غياب حاضنة اجتماعية لتنظيم الدولة في درنة ساعد على هزيمته دون دخول المدينة في أتون الحرب؛ ويضيف المقال أن الأهالي خرجوا احتفالا بهزيمة التنظيم.',
      en: 'According to Al Jazeera Net, Mohammed Idris al-Mansouri, a field commander in the Derna Mujahideen Shura Council, said the lack of a social base for the Islamic State in Derna helped defeat it without the city being drawn into war; the article adds that residents came out to celebrate.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'وقال القائد الميداني في مجلس شورى مجاهدي درنة محمد إدريس المنصوري إن غياب حاضنة اجتماعية للتنظيم في درنة ساعد على هزيمته دون دخول المدينة في أتون الحرب، حيث خرج الأهالي احتفالاً بهزيمة التنظيم هناك.',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
    ],
  },
  {
    id: 'hasi-withdrawal-tips-balance-against-haftar',
    kind: 'analysis',
    claimant: 'shukri-al-hasi',
    subjects: ['derna-mujahideen-shura-council', 'khalifa-haftar', 'islamic-state'],
    places: ['derna'],
    date: D002,
    summary: {
      ar: 'يرى الباحث شكري الحاسي أن انسحاب تنظيم الدولة سيرجح كفة مقاتلي مجلس شورى المجاهدين في درنة أمام قوات حفتر، وسيفرغهم للتصدي لهجماتها على المدينة.',
      en: "Researcher Shukri al-Hasi believes the Islamic State's withdrawal will tip the balance toward the Derna Mujahideen Shura Council's fighters against Haftar's forces and free them to repel those forces' attacks on the city.",
    },
    citations: [
      {
        articleId: A002,
        quote:
          'يرى الباحث في شؤون الجماعات الإسلامية شكري الحاسي أن انسحاب عناصر التنظيم سيرجح كفة مقاتلي مجلس شورى المجاهدين أمام قوات حفتر المتمركزة في محيط المدينة',
      },
      {
        articleId: A002,
        quote: 'وسيتفرغ مقاتلو مجلس الشورى للتصدي للهجمات المباغتة التي تشنهها قوات حفتر على المدينة بين الفينة والأخرى.',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
      { check: 'named', term: 'islamic-state', reason: '«التنظيم» in the quote refers back to تنظيم الدولة, named earlier in the article' },
      { check: 'summary-terms', term: 'derna', reason: '«المدينة» in the quote is Derna, the article\'s subject, named in the paragraphs before' },
      { check: 'named', term: 'derna', reason: '«المدينة» in the quote is Derna, the article\'s subject, named in the paragraphs before' },
    ],
  },
  {
    id: 'aljazeera-net-derna-defeat-may-push-gna-to-sirte',
    kind: 'analysis',
    claimant: 'al-jazeera-net',
    subjects: ['government-of-national-accord', 'fayez-al-sarraj', 'islamic-state'],
    places: ['sirte', 'derna'],
    date: D002,
    summary: {
      ar: 'ترى الجزيرة نت أن هزيمة تنظيم الدولة في درنة وانضمام عناصره إلى معقله في سرت قد يدفعان حكومة الوفاق برئاسة فائز السراج والدول المتعاونة معها إلى مواجهته هناك.',
      en: "Al Jazeera Net suggests that the Islamic State's defeat in Derna and its fighters' move to its Sirte stronghold may push Fayez al-Sarraj's Government of National Accord, and states cooperating with it, to confront the group there.",
    },
    citations: [
      {
        articleId: A002,
        quote: 'مما يدفع حكومة الوفاق برئاسةفائز السراج إلى التفكير بمهاجمة التنظيم في معقله بمدينة سرت الساحلية شرقي طرابلس',
      },
      {
        articleId: A002,
        quote:
          'فإن انضمامهم إلى معقلهم الرئيسي في سرت قد يحفز حكومة الوفاق الوطني -والدول المتعاونة معها- على مواجهة التنظيم هناك.',
      },
    ],
  },
  {
    id: 'maiteeq-terror-threats-in-libyan-cities',
    kind: 'statement',
    claimant: 'ahmed-maiteeq',
    subjects: ['government-of-national-accord', 'presidential-council'],
    places: [],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، قال أحمد معيتيق، نائب رئيس المجلس الرئاسي لحكومة الوفاق الوطني، إن «هناك تهديدات إرهابية في كثير من المدن الليبية»، مؤكدا أن التعويل على حكومة الوفاق للتصدي لها.',
      en: 'According to Al Jazeera Net, Ahmed Maiteeq, deputy head of the Presidential Council of the Government of National Accord, said "there are terrorist threats in many Libyan cities" and that the government is to be relied on to confront them.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'من جهته اعتبر احمد معيتيق نائب رئيس المجلس الرئاسيلحكومة الوفاق الوطني أن “هناك تهديدات إرهابية في كثير من المدن الليبية”، مؤكداً أن التعويل يبقى على حكومة الوفاق للتصدي لتلك المخاطر.',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'presidential-council', reason: 'Named as «المجلس الرئاسيلحكومة»: the article runs «الرئاسي» and «لحكومة» together' },
      { check: 'named', term: 'presidential-council', reason: 'Named as «المجلس الرئاسيلحكومة»: the article runs «الرئاسي» and «لحكومة» together' },
    ],
  },
  {
    id: 'hammond-uk-ready-to-support-gna-militarily',
    kind: 'statement',
    claimant: 'philip-hammond',
    subjects: ['united-kingdom', 'government-of-national-accord', 'islamic-state'],
    places: ['tripoli', 'sirte'],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، صرح وزير الخارجية البريطاني فيليب هاموند خلال زيارته طرابلس بأن بلاده مستعدة لتقديم الدعم العسكري لحكومة الوفاق الوطني في حربها على تنظيم الدولة في سرت.',
      en: 'According to Al Jazeera Net, British Foreign Secretary Philip Hammond said during a visit to Tripoli that his country was ready to give military support to the Government of National Accord in its fight against the Islamic State in Sirte.',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'صرح وزير الخارجية البريطاني فيليب هاموند أثناء زيارته إلى طرابلس الاثنين الماضي، أن بلاده “مستعدة لتقديم الدعم العسكري لحكومة الوفاق الوطني في حربها على تنظيم الدولة في معقله بمدينة سرت”.',
      },
    ],
    reviewed: [
      { check: 'named', term: 'united-kingdom', reason: 'The quote names Britain by its adjective and a pronoun: «وزير الخارجية البريطاني» … «بلاده»' },
    ],
  },
  // No UN wording is quoted: the article asserts the pledge in its own voice, so the outlet is the
  // claimant and the claim a reported event (review C14); Skhirat only names the agreement (C15).
  {
    id: 'un-pledge-to-lift-arms-embargo-for-gna',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['united-nations', 'government-of-national-accord', 'skhirat-agreement'],
    places: [],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، تعهدت الأمم المتحدة برفع حظر استيراد الأسلحة عن حكومة الوفاق المنبثقة عن اتفاق الصخيرات، التي يصفها المقال بأنها «الممثل الشرعي الوحيد للشعب الليبي».',
      en: 'According to Al Jazeera Net, the United Nations had pledged to lift the arms import ban for the Government of National Accord, formed under the Skhirat agreement, which the article calls "the sole legitimate representative of the Libyan people".',
    },
    citations: [
      {
        articleId: A002,
        quote:
          'وقد تعهدت الأمم المتحدة برفع حظر استيراد الأسلحة عن حكومة الوفاق المنبثقة عن اتفاق الصخيراتباعتبارها الممثل الشرعي الوحيد للشعب الليبي',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'skhirat-agreement', reason: 'Named as «اتفاق الصخيراتباعتبارها»: the article runs «الصخيرات» and «باعتبارها» together' },
      { check: 'named', term: 'skhirat-agreement', reason: 'Named as «اتفاق الصخيراتباعتبارها»: the article runs «الصخيرات» and «باعتبارها» together' },
    ],
  },
  {
    id: 'european-states-intend-military-help-for-gna',
    kind: 'reported-event',
    claimant: 'al-jazeera-net',
    subjects: ['government-of-national-accord'],
    places: [],
    date: D002,
    summary: {
      ar: 'بحسب الجزيرة نت، عبرت دول أوروبية عن نيتها مساعدة حكومة الوفاق عسكريا في حربها على الإرهاب.',
      en: 'According to Al Jazeera Net, European states expressed their intention to help the Government of National Accord militarily in its war on terrorism.',
    },
    citations: [
      {
        articleId: A002,
        quote: 'كما عبرت دول أوروبية عن نيتها مساعدة الحكومة عسكرياً في حربها على الإرهاب',
      },
    ],
  },

  // ── 003 · TV report (outlet unknown), 2018-02-13: an expected Haftar offensive on Derna ─────────
  {
    id: 'haftar-preparing-derna-assault-egyptian-supervision',
    kind: 'reported-event',
    claimant: UNNAMED_BROADCASTER,
    claimantNote: {
      ar: 'التقرير نفسه، نقلا عن «المعلومات القادمة من معسكر حفتر»',
      en: 'The report itself, citing "information coming from Haftar\'s camp"',
    },
    subjects: ['khalifa-haftar', 'egypt', 'derna-mujahideen-shura-council'],
    places: ['derna'],
    date: D003,
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، تفيد معلومات من معسكر حفتر باستكمال الاستعدادات لاقتحام درنة بإشراف مصري كامل، وببدء قصف أحياء في غربها بأسلحة ثقيلة.',
      en: "According to a TV report from an unidentified outlet, information from Haftar's camp indicates that preparations to storm Derna under full Egyptian supervision were complete and that heavy-weapons shelling of western districts had begun.",
    },
    citations: [
      {
        articleId: A003,
        quote:
          'المعلومات القادمة من معسكر حفتر لا تؤكد فقط استكمال الاستعدادات اللوجستية والعسكرية وبإشراف مصري كامل لاقتحام درنة',
      },
      {
        articleId: A003,
        quote: 'بل تكشف أيضا عن بدء قصفها بأسلحة ثقيلة استهدفت حتى الآن أحياءا في مناطقها الغربية',
      },
    ],
    reviewed: [
      { check: 'named', term: 'egypt', reason: 'The report names Egypt by its adjective («مصري», «مصرية») and its capital, not as «مصر»' },
    ],
  },
  {
    id: 'haftar-derna-siege-and-airstrikes-failed',
    kind: 'reported-event',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['khalifa-haftar'],
    places: ['derna'],
    date: D003,
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، لم ينجح حصار قوات حفتر لدرنة منذ نحو عامين ولا الضربات الجوية المتواصلة في إخضاع المدينة.',
      en: "According to a TV report from an unidentified outlet, neither a siege of Derna by Haftar's forces lasting about two years nor continuous airstrikes had brought the city under his control.",
    },
    citations: [
      {
        articleId: A003,
        quote: 'بعد فشل الحصار المحكم على المدينة منذ نحو عامين والضربات الجوية المتواصلة في إخضاعها لنفوذه',
      },
    ],
  },
  {
    id: 'haftar-secret-cairo-visit-decisive',
    kind: 'analysis',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['khalifa-haftar', 'egypt'],
    places: ['cairo', 'derna'],
    date: D003,
    summary: {
      ar: 'يرى تقرير تلفزيوني غير معروف الجهة أن زيارة سرية قام بها حفتر إلى القاهرة في نهاية الأسبوع السابق كان لها على ما يبدو دور حاسم في التحرك نحو درنة.',
      en: 'A TV report from an unidentified outlet suggests that a secret visit by Haftar to Cairo the previous weekend apparently played a decisive role in the move on Derna.',
    },
    citations: [
      {
        articleId: A003,
        quote: 'وعلى ما يبدو فإن زيارة حفتر السرية إلى القاهرة نهاية الأسبوع الماضي كان لها دور حاسم في التحرك نحو درنة',
      },
    ],
    reviewed: [
      { check: 'named', term: 'egypt', reason: 'The report names Egypt by its adjective («مصري», «مصرية») and its capital, not as «مصر»' },
    ],
  },
  {
    id: 'egyptian-airstrikes-on-derna',
    kind: 'reported-event',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['egypt'],
    places: ['derna'],
    date: D003,
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، سبق أن كانت درنة هدفا لغارات مصرية أوقعت عشرات القتلى والجرحى.',
      en: 'According to a TV report from an unidentified outlet, Derna had earlier been the target of Egyptian air raids that killed and wounded dozens.',
    },
    citations: [
      {
        articleId: A003,
        quote: 'التي سبق أن كانت هدفا لغارات مصرية أوقعت عشرات القتلى والجرحى',
      },
    ],
    reviewed: [
      { check: 'named', term: 'egypt', reason: 'The report names Egypt by its adjective («مصري», «مصرية») and its capital, not as «مصر»' },
    ],
  },
  {
    id: 'haftar-associates-egyptian-promises-for-derna',
    kind: 'reported-event',
    claimant: UNNAMED_BROADCASTER,
    claimantNote: {
      ar: 'مقربون من حفتر (لم يسمّهم التقرير)',
      en: 'People close to Haftar (unnamed in the report)',
    },
    subjects: ['khalifa-haftar', 'egypt'],
    places: ['derna', 'cairo'],
    date: D003,
    summary: {
      ar: 'بحسب مقربين من حفتر نقل عنهم تقرير تلفزيوني غير معروف الجهة، حصل حفتر على وعود مصرية بتقديم جميع أنواع التسهيلات خلال العملية المرتقبة على درنة، وتناولت مباحثاته إمكانية مشاركة قوات مصرية برية، بالإضافة إلى دعم جوي يصفه التقرير بالمؤكد.',
      en: 'According to people close to Haftar cited by a TV report from an unidentified outlet, Haftar obtained Egyptian promises of every kind of facility for the expected operation on Derna, and his talks also covered possible participation of Egyptian ground forces, in addition to air support that the report calls confirmed.',
    },
    citations: [
      {
        articleId: A003,
        quote:
          'إذ يؤكد مقربون من اللواء المتقاعد حصوله على وعود مصرية بتقديم جميع أنواع التسهيلات خلال العملية العسكرية المرتقبة على المدينة',
      },
      {
        articleId: A003,
        quote: 'خلال مباحثاته التي تناولت أيضا إمكانية مشاركة قوات مصرية برية فيها بالإضافة إلى الدعم الجوي المؤكد خلال العملية',
      },
    ],
    reviewed: [
      { check: 'named', term: 'egypt', reason: 'The report names Egypt by its adjective («مصري», «مصرية») and its capital, not as «مصر»' },
    ],
  },
  // The destruction is quoted; the BRSC is not in this quote and has its own claim (review C18).
  {
    id: 'haftar-benghazi-capture-heavy-civilian-toll',
    kind: 'reported-event',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['khalifa-haftar'],
    places: ['benghazi'],
    date: D003,
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، سيطرت قوات حفتر على بنغازي قبل أشهر بعد معارك استمرت أكثر من عامين أوقعت خسائر فادحة في صفوف المدنيين ودمرت أجزاء واسعة من المدينة.',
      en: "According to a TV report from an unidentified outlet, Haftar's forces took Benghazi months earlier after more than two years of fighting that caused heavy civilian losses and destroyed large parts of the city.",
    },
    citations: [
      {
        articleId: A003,
        quote:
          'صحيح أن قوات اللواء المتقاعد تمكنت من السيطرة قبل أشهر على عاصمة الشرق الليبي لكن ذلك جاء بعد معارك طاحنة واشتباكات عنيفة استمرت لأكثر من عامين أوقعت خسائر فادحة في صفوف المدنيين ودمرت أجزاء واسعة من المدينة وحولتها إلى ركام وأنقاض',
      },
    ],
  },
  {
    id: 'tv-report-fears-benghazi-scenario-in-derna',
    kind: 'analysis',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['khalifa-haftar'],
    places: ['derna', 'benghazi'],
    date: D003,
    summary: {
      ar: 'يقول تقرير تلفزيوني غير معروف الجهة إن تطورات وتحركات حفتر نحو درنة تعزز مخاوف كثيرين في ليبيا من تكرار سيناريو بنغازي على أرض درنة.',
      en: "A TV report from an unidentified outlet says the developments and Haftar's moves toward Derna heighten the fears of many in Libya of a repeat of the Benghazi scenario in Derna.",
    },
    citations: [
      {
        articleId: A003,
        quote: 'تطورات وتحركات تعزز مخاوف كثيرين في ليبيا من تكرار سيناريو بنغازي على أرض درنة',
      },
    ],
  },
  {
    id: 'haftar-forces-heavy-losses-to-brsc',
    kind: 'reported-event',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['khalifa-haftar', 'benghazi-revolutionaries-shura-council'],
    places: ['benghazi'],
    date: D003,
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، مُنيت قوات حفتر خلال معارك بنغازي بخسائر كبيرة ولأكثر من مرة أمام مقاتلي مجلس شورى ثوار بنغازي، وعوّضها الدعم العسكري الذي تلقاه معسكره.',
      en: "According to a TV report from an unidentified outlet, Haftar's forces suffered heavy losses more than once against the fighters of the Benghazi Revolutionaries Shura Council during the Benghazi battles, losses the military support his camp received made up for.",
    },
    citations: [
      {
        articleId: A003,
        quote: 'ما مكنه من تعويض الخسائر الكبيرة التي منيت بها قواته ولأكثر من مرة أمام مقاتلي مجلس شورى ثوار بنغازي',
      },
    ],
  },
  {
    id: 'cairo-abu-dhabi-military-support-for-haftar',
    kind: 'allegation',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['khalifa-haftar', 'egypt'],
    places: ['cairo', 'abu-dhabi', 'benghazi'],
    date: D003,
    summary: {
      ar: 'يقول تقرير تلفزيوني غير معروف الجهة إن معسكر حفتر تلقى دعما عسكريا ضخما خلال معارك بنغازي، ولا سيما من القاهرة وأبو ظبي، وإن السيطرة على المدينة ما كانت لتتحقق لولاه.',
      en: "A TV report from an unidentified outlet alleges that Haftar's camp received massive military support during the Benghazi battles, notably from Cairo and Abu Dhabi, without which it says the city would not have been taken.",
    },
    citations: [
      {
        articleId: A003,
        quote:
          'فضلا على أن تلك السيطرة لم تكن لتتحقق أساسا لولا ذلك الدعم العسكري الضخم الذي تلقاه معسكر حفتر خلال معارك بنغازي لاسيما من القاهرة وأبو ظبي',
      },
    ],
    reviewed: [
      { check: 'named', term: 'egypt', reason: 'The report names Egypt by its adjective («مصري», «مصرية») and its capital, not as «مصر»' },
    ],
  },
  {
    id: 'derna-offensive-internal-calculations-haftar-cairo',
    kind: 'analysis',
    claimant: UNNAMED_BROADCASTER,
    claimantNote: {
      ar: 'آراء لم يسمّ التقرير أصحابها («هناك من يرى»)',
      en: 'Unnamed observers ("there are those who believe"), as the report puts it',
    },
    subjects: ['khalifa-haftar', 'abdel-fattah-el-sisi', 'egypt'],
    places: ['derna', 'cairo', 'sinai'],
    date: D003,
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، يرى البعض أن التعجيل بمعركة درنة يعود لحسابات داخلية: حفتر الذي يعاني للحفاظ على ولاء المسلحين القبليين، وداعموه في القاهرة الساعون لتخفيف الضغط على السيسي والتغطية على أحداث سيناء.',
      en: "According to a TV report from an unidentified outlet, some believe the rush to the Derna battle reflects domestic calculations: Haftar's struggle to keep tribal fighters loyal, and his backers in Cairo seeking to ease pressure on el-Sisi and draw attention from events in Sinai.",
    },
    citations: [
      {
        articleId: A003,
        quote:
          'هناك من يرى بأن التعجيل بمعركة درنة لحسابات داخلية لكل من حفتر الذي يعاني في الحفاظ على ولاء المسلحين القبليين في صفوف قواته وداعميه في القاهرة الذين يحاولون تخفيف الضغط على السيسي والتغطية على أحداث سيناء',
      },
    ],
    reviewed: [
      { check: 'named', term: 'egypt', reason: 'The report names Egypt by its adjective («مصري», «مصرية») and its capital, not as «مصر»' },
    ],
  },
  // The April 2016 event only; the report's 2018 framing of Haftar's plan is
  // tv-report-haftar-invokes-counterterrorism-for-derna (review C19).
  {
    id: 'dmsc-first-to-defeat-isis-in-libya',
    kind: 'reported-event',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['derna-mujahideen-shura-council', 'islamic-state'],
    places: ['derna', 'libya'],
    date: { value: '2016-04', precision: 'month', note: 'Stated in the report (نيسان أبريل 2016).' },
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، كان مجلس شورى مجاهدي درنة، خصم حفتر في المدينة، أول من هزم مقاتلي تنظيم الدولة على الأرض الليبية حين طردهم من درنة وضواحيها في أبريل/نيسان 2016 بعد اشتباكات ضارية استمرت عدة أشهر.',
      en: "According to a TV report from an unidentified outlet, the Derna Mujahideen Shura Council, Haftar's adversary in the city, was the first to defeat Islamic State fighters on Libyan soil when it drove them out of Derna and its surroundings in April 2016 after fierce fighting that lasted several months.",
    },
    citations: [
      {
        articleId: A003,
        quote:
          'رغم أن خصومه في المدينة مجلس شورى مجاهدي درنة كانوا أول من هزم مقاتلي تنظيم الدولة على الأرض الليبية حين تمكنوا من طردهم من درنة وضواحيها في نيسان أبريل 2016 بعد اشتباكات ضارية استمرت عدة أشهر',
      },
    ],
  },
  {
    id: 'tv-report-haftar-invokes-counterterrorism-for-derna',
    kind: 'analysis',
    claimant: UNNAMED_BROADCASTER,
    subjects: ['khalifa-haftar', 'derna-mujahideen-shura-council'],
    places: ['derna'],
    date: D003,
    summary: {
      ar: 'يرى تقرير تلفزيوني غير معروف الجهة أن اللافت في خطة اقتحام درنة إصرار قوات حفتر على اللجوء مرة أخرى لشعار محاربة الإرهاب، رغم أن خصومه في المدينة، مجلس شورى مجاهدي درنة، كانوا أول من هزم تنظيم الدولة على الأرض الليبية.',
      en: "A TV report from an unidentified outlet says it is striking that Haftar's forces again invoke the fight against terrorism in their plan to storm Derna, although his adversaries in the city, the Derna Mujahideen Shura Council, were the first to defeat the Islamic State on Libyan soil.",
    },
    citations: [
      {
        articleId: A003,
        quote: 'فإن اللافتة في خطة اقتحام درنة إصرار قوات حفتر على اللجوء مرة أخرى لشعار محاربة الإرهاب',
      },
      {
        articleId: A003,
        quote:
          'رغم أن خصومه في المدينة مجلس شورى مجاهدي درنة كانوا أول من هزم مقاتلي تنظيم الدولة على الأرض الليبية',
      },
    ],
  },
  // Unnamed leaders of a named organisation: the organisation is the claimant, with the note shown
  // in the UI (the header's exception; review C20).
  {
    id: 'dmsc-leaders-accuse-haftar-safe-passage-to-sirte',
    kind: 'allegation',
    claimant: 'derna-mujahideen-shura-council',
    claimantNote: {
      ar: 'قادة في المجلس (لم يسمّهم التقرير)',
      en: 'Leaders of the council (unnamed in the report)',
    },
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['derna', 'sirte'],
    date: D003,
    summary: {
      ar: 'بحسب تقرير تلفزيوني غير معروف الجهة، يتهم قادة في مجلس شورى مجاهدي درنة قوات حفتر بتوفير ممر آمن لمقاتلي تنظيم الدولة بعد طرده من درنة والسماح لهم بالوصول إلى سرت رغم مرورهم قرب مواقعها وقواعدها.',
      en: "According to a TV report from an unidentified outlet, leaders of the Derna Mujahideen Shura Council accuse Haftar's forces of giving Islamic State fighters safe passage after their expulsion from Derna and letting them reach Sirte although they passed near those forces' positions and bases.",
    },
    citations: [
      {
        articleId: A003,
        quote:
          'بل إن قادة بالمجلس يتهمون قوات حفتر بتوفير ممر آمن لمقاتلي تنظيم الدولة بعد طرده من درنة والسماح لهم بالوصول إلى مدينة سرت رغم مرورهم قرب مواقع وقواعد عسكرية تابعة لقوات حفتر',
      },
    ],
  },

  // ── 004 · Al-Mesryoon opinion column, about January 2017 ───────────────────────────────────────
  {
    id: 'column-haftar-isis-benghazi-exit-coordination',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'islamic-state', 'bunyan-al-marsous'],
    places: ['benghazi', 'libya'],
    date: D004,
    summary: {
      ar: 'يقول عمود رأي في جريدة المصريون إنه كُشف عن تنسيق عسكري بين قوات حفتر وتنظيم «داعش» في بنغازي يسمح لمسلحيه بالخروج الآمن بسلاحهم وأسرهم نحو وسط ليبيا، مستندا إلى تصوير حي واعترافات بعض قيادات حفتر.',
      en: "An opinion column in Al-Mesryoon alleges that military coordination between Haftar's forces and ISIS in Benghazi was exposed, letting the group's fighters leave safely with their weapons and families for central Libya, citing live footage and admissions by some of Haftar's commanders.",
    },
    citations: [
      {
        articleId: A004,
        quote:
          'ضجة كبيرة شهدتها ليبيا مؤخراً عندما تم الكشف عن تنسيق عسكري بين مليشيات الجنرال خليفة حفتر المسيطرة على مساحات كبيرة من الشرق الليبي وبين مليشيات تنظيم “داعش” في بنغازي',
      },
      {
        articleId: A004,
        quote: 'يسمح لمسلحي التنظيم بالخروج الآمن من بعض أحياء بنغازي باتجاه منطقة الوسط الليبي، بكامل سلاحهم وعتادهم وأسرهم',
      },
      {
        articleId: A004,
        quote: 'وقد تم الكشف عن الاتفاق بالتصوير الحي لبعض مشاهده وباعترافات بعض قيادات حفتر',
      },
      {
        articleId: A004,
        quote:
          'على النحو الذي حدث في واقعة تنسيقه عملية انتقال الدواعش أول أمس من بنغازي إلى مناطق الحرب مع ثوار “البنيان المرصوص”',
      },
    ],
  },
  {
    id: 'column-haftar-forces-harassed-derna-fighters',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['derna'],
    date: D004,
    summary: {
      ar: 'يتهم عمود رأي في جريدة المصريون قوات حفتر بأنها كانت، بينما يقاتل ثوار ليبيون «داعش» في درنة، تتحرش بمقاتلي الثوار لإضعافهم وتحاول اقتحام المدينة من الطرف الآخر.',
      en: "An opinion column in Al-Mesryoon alleges that while Libyan revolutionaries were fighting ISIS in Derna, Haftar's forces harassed those fighters to weaken them and tried to storm the city from the other side.",
    },
    citations: [
      {
        articleId: A004,
        quote: 'حيث كان ثوار ليبيون يواجهون “داعش” في معارك دموية',
      },
      {
        articleId: A004,
        quote: 'في الوقت الذي كانت فيه قوات حفتر تتحرش بمقاتلي الثوار لإضعافهم وتحاول اقتحام المدينة من الطرف الآخر',
      },
    ],
  },
  {
    id: 'column-haftar-opened-road-derna-to-sirte',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['derna', 'sirte'],
    date: D004,
    summary: {
      ar: 'يتهم عمود رأي في جريدة المصريون قوات حفتر بأنها فتحت طريقا لفلول «داعش» للخروج من درنة نحو سرت في العام السابق، وبأن التنظيم تحرك عبر الصحراء نحو 800 كيلومتر باتفاق وحماية من حفتر.',
      en: "An opinion column in Al-Mesryoon alleges that Haftar's forces opened a road for ISIS remnants to leave Derna for Sirte the previous year, and that the group crossed some 800 km of desert under an agreement with, and protection from, Haftar.",
    },
    citations: [
      {
        articleId: A004,
        quote: 'ففتحت قوات حفتر طريقاً لفلول “داعش” للخروج من درنة باتجاه مدينة سرت في وسط ليبيا',
      },
      {
        articleId: A004,
        quote: 'فقد سبقها تنسيق آخر العام الماضي في مدينة درنة',
      },
      {
        articleId: A004,
        quote: 'تتحرك في طريق مكشوف عبر الصحراء لمسافة تقرب من 800 كيلومتر',
      },
      {
        articleId: A004,
        quote: 'أي أن قوات “داعش” كانت تتحرك من درنة باتفاق وحماية من حفتر',
      },
    ],
  },
  {
    id: 'column-isis-emirate-took-shape-in-sirte',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['islamic-state', 'khalifa-haftar'],
    places: ['sirte', 'derna'],
    date: D004,
    summary: {
      ar: 'يقول عمود رأي في جريدة المصريون إن فلول «داعش» التي خرجت من درنة عبر الطريق الذي يتهم قوات حفتر بفتحه أقامت في سرت «إمارة كاملة» استحكمت قدراتها العسكرية حتى أثارت هلع المجتمع الدولي.',
      en: "An opinion column in Al-Mesryoon says the ISIS remnants that left Derna by the road it accuses Haftar's forces of opening built a \"full emirate\" in Sirte whose military strength alarmed the international community.",
    },
    citations: [
      {
        articleId: A004,
        quote: 'ففتحت قوات حفتر طريقاً لفلول “داعش” للخروج من درنة باتجاه مدينة سرت في وسط ليبيا',
      },
      {
        articleId: A004,
        quote: 'حيث تبلورت هناك إمارة كاملة لتنظيم “داعش” واستحكمت قدراتها العسكرية حتى سببت هلعاً كبيراً للمجتمع الدولي',
      },
    ],
  },
  // The column leaves the bombing's agent unstated («كما قصفها الطيران»): so do both summaries (review C23).
  {
    id: 'column-haftar-punished-derna-siege-bombing',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar'],
    places: ['derna'],
    date: D004,
    summary: {
      ar: 'يتهم عمود رأي في جريدة المصريون قوات حفتر بمعاقبة أهالي درنة بعد طرد «داعش» منها، بفرض حصار عسكري على المدينة، ويقول إن الطيران قصفها أكثر من مرة.',
      en: "An opinion column in Al-Mesryoon alleges that after ISIS was driven out of Derna, Haftar's forces punished its residents with a military siege, and the city was bombed from the air more than once.",
    },
    citations: [
      {
        articleId: A004,
        quote: 'عاقبت قوات حفتر أهالي درنة بفرض حصار عسكري على المدينة كما قصفها الطيران أكثر من مرة',
      },
    ],
  },
  {
    id: 'column-bunyan-al-marsous-defeated-isis-in-sirte',
    kind: 'reported-event',
    claimant: 'al-mesryoon',
    subjects: ['bunyan-al-marsous', 'islamic-state', 'united-states'],
    places: ['sirte'],
    date: D004,
    summary: {
      ar: 'بحسب عمود رأي في جريدة المصريون، سحقت قوات البنيان المرصوص تنظيم «داعش» في سرت بعد معارك استمرت نحو ستة أشهر، بدعم وصفه الكاتب بالمحدود والضعيف من الطيران الأمريكي.',
      en: 'According to an opinion column in Al-Mesryoon, the Bunyan al-Marsous forces crushed ISIS in Sirte after some six months of fighting, with what the column calls limited and weak support from US aircraft.',
    },
    citations: [
      {
        articleId: A004,
        quote:
          'تم سحقها في سرت من جديد على يد ثوار ليبيا “قوات البنيان المرصوص” بعد معارك كبيرة استمرت قرابة ستة أشهر، ونجح فيها الثوار في تحرير المدينة بدعم محدود وضعيف من الطيران الأمريكي',
      },
    ],
    reviewed: [
      { check: 'named', term: 'united-states', reason: 'Named by its adjective: «الطيران الأمريكي»' },
    ],
  },
  {
    id: 'column-isis-remnants-regroup-near-jufra',
    kind: 'reported-event',
    claimant: 'al-mesryoon',
    subjects: ['islamic-state'],
    places: ['jufra', 'sirte', 'libya'],
    date: D004,
    summary: {
      ar: 'بحسب عمود رأي في جريدة المصريون، اتجهت فلول «داعش» الفارة من سرت إلى جنوب وسط ليبيا لمحاولة التجمع من جديد، وهو ما تحاول قوات الثوار منعه في منطقة الجفرة.',
      en: 'According to an opinion column in Al-Mesryoon, ISIS remnants fleeing Sirte moved to south-central Libya to try to regroup, which revolutionary forces were trying to prevent around Jufra.',
    },
    citations: [
      {
        articleId: A004,
        quote:
          'فاتجهت فلول “داعش” الهاربة من سرت إلى جنوب الوسط الليبي في محاولة للتحوصل من جديد وتشكيل إمارة أخرى، وهو ما تحاول قوات الثوار منعه الآن في منطقة الجفرة وما حولها',
      },
    ],
  },
  {
    id: 'column-benghazi-exit-to-reinforce-isis-regrouping',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['benghazi'],
    date: D004,
    summary: {
      ar: 'يتهم عمود رأي في جريدة المصريون حفتر بأنه اتفق مع مسلحي «داعش» على خروجهم من بنغازي بضمان سلامتهم لدعم قواتهم التي تحاول التجمع من جديد في جنوب الوسط الليبي.',
      en: 'An opinion column in Al-Mesryoon alleges that Haftar agreed with ISIS fighters on their safe exit from Benghazi so as to reinforce the group\'s forces trying to regroup in south-central Libya.',
    },
    citations: [
      {
        articleId: A004,
        quote:
          'في الوقت الذي يحاول حفتر أن يربك الأمور أكثر بالاتفاق مع مسلحي “داعش” بالخروج من بنغازي بضمان سلامتهم لدعم قواتهم التي تحاول التحوصل من جديد',
      },
      {
        articleId: A004,
        quote: 'فاتجهت فلول “داعش” الهاربة من سرت إلى جنوب الوسط الليبي في محاولة للتحوصل من جديد',
      },
    ],
  },
  // The column gives no place for the strike: «في سرت» belongs to «التي هزمت الدواعش» (review C16).
  {
    id: 'column-haftar-aircraft-struck-bunyan-al-marsous',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'bunyan-al-marsous'],
    places: [],
    date: D004,
    summary: {
      ar: 'يتهم عمود رأي في جريدة المصريون طيران حفتر بقصف قوات البنيان المرصوص وتدمير طائرة على الأرض كانت تقل بعض عناصرها، ما أسفر عن قتلى وجرحى.',
      en: "An opinion column in Al-Mesryoon alleges that Haftar's aircraft struck the Bunyan al-Marsous forces and destroyed a plane on the ground carrying some of them, killing and wounding several people.",
    },
    citations: [
      {
        articleId: A004,
        quote:
          'والغريب أن طيران حفتر قام بقصف قوات “البنيان المرصوص” التي هزمت الدواعش في سرت، ودمر طائرة وهي على الأرض كانت تحمل بعض تلك القوات فقتل وأصاب عدة أشخاص',
      },
    ],
  },
  {
    id: 'column-haftar-aircraft-never-engage-isis',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: [],
    date: D004,
    summary: {
      ar: 'يقول عمود رأي في جريدة المصريون إن طائرات حفتر لا تظهر أبدا في مواجهة «داعش» أو ملاحقته عبر الصحراء.',
      en: "An opinion column in Al-Mesryoon alleges that Haftar's aircraft never appear to confront ISIS or pursue it across the desert.",
    },
    citations: [
      {
        articleId: A004,
        quote: 'في الوقت الذي لا تظهر طائراته أبداً في مواجهة “داعش” أو ملاحقتها عبر الصحراء الطويلة',
      },
    ],
  },
  {
    id: 'column-haftar-game-copies-maliki-and-assad',
    kind: 'opinion',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'nouri-al-maliki', 'bashar-al-assad', 'islamic-state'],
    places: ['libya', 'iraq', 'syria'],
    date: D004,
    summary: {
      ar: 'يرى كاتب عمود في جريدة المصريون أن «لعبة» حفتر في ليبيا نسخة من لعبة نوري المالكي في العراق وبشار الأسد في سورية بالاستثمار في «داعش».',
      en: "A columnist in Al-Mesryoon argues that Haftar's \"game\" in Libya copies those of Nouri al-Maliki in Iraq and Bashar al-Assad in Syria: investing in ISIS.",
    },
    citations: [
      {
        articleId: A004,
        quote:
          'لعبة حفتر في ليبيا هي نسخة من لعبة نوري المالكي في العراق، وهي نفسها لعبة بشار الأسد في سورية، بالاستثمار في “داعش”',
      },
    ],
  },
  {
    id: 'column-syrian-intelligence-ties-to-militant-groups',
    kind: 'opinion',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'syria', 'al-qaeda', 'islamic-state'],
    places: ['syria'],
    date: D004,
    summary: {
      ar: 'يرى كاتب عمود في جريدة المصريون أن حفتر لا يملك خبرة الاستخبارات السورية وعلاقاتها الوثيقة، بحسب الكاتب، مع جماعات متشددة مثل «القاعدة» و«داعش»، ولذلك تنكشف «لعبته» مبكرا.',
      en: 'A columnist in Al-Mesryoon argues that Haftar lacks the experience of Syrian intelligence and what the writer calls its close ties with militant groups such as al-Qaeda and ISIS, so his "game" is exposed early.',
    },
    citations: [
      {
        articleId: A004,
        quote:
          'غير أن خليفة حفتر لا يملك خبرة الاستخبارات السورية ودهاءها وعراقتها في الإجرام والعلاقات الوثيقة مع المنظمات الإسلامية المتشددة باختلاف أنواعها، “قاعدة”، و”داعش” وغيرهما',
      },
      {
        articleId: A004,
        quote: 'لذلك يبدو ممارسته اللعبة فيه نوع من “الغشومية” والفجاجة التي تكشف اللعبة مبكراً',
      },
    ],
    reviewed: [
      { check: 'summary-terms', term: 'al-qaeda', reason: 'The column names al-Qaeda as «“قاعدة”» in quotation marks, without the article' },
      { check: 'named', term: 'al-qaeda', reason: 'The column names al-Qaeda as «“قاعدة”» in quotation marks, without the article' },
    ],
  },
  // Keeps the columnist's point (the revolution's strength makes it hard) and gives him the
  // "promoted himself" characterisation (review C25).
  {
    id: 'column-haftar-a-new-gaddafi',
    kind: 'opinion',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'muammar-gaddafi'],
    places: ['libya'],
    date: D004,
    summary: {
      ar: 'يرى كاتب عمود في جريدة المصريون أن قوة الثورة الليبية صعّبت توليد نسخة جديدة من القذافي في شخص رفيقه السابق حفتر، الذي يقول الكاتب إنه رقى نفسه خلال 5 سنوات من عقيد إلى مشير.',
      en: "A columnist in Al-Mesryoon argues that the strength of Libya's revolution has made it hard to turn Haftar, Gaddafi's former comrade who, the columnist says, promoted himself from colonel to field marshal in 5 years, into a new Gaddafi.",
    },
    citations: [
      {
        articleId: A004,
        quote:
          'لكن قوة ما تملكه الثورة وترسخه صعب عملية اختطافها، أو توليد نسخة جديدة من القذافي ممثلة في رفيقه السابق خليفة حفتر الذي رقى نفسه خلال 5 سنوات من عقيد إلى مشير',
      },
    ],
  },
  {
    id: 'column-haftar-obstacle-to-democracy',
    kind: 'opinion',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar'],
    places: ['libya'],
    date: D004,
    summary: {
      ar: 'يرى كاتب عمود في جريدة المصريون أن حفتر، بدعم إقليمي كبير، حجر عثرة أمام التحول الديمقراطي في ليبيا ويرفض أي تسوية سياسية تسمح بانتخابات جديدة.',
      en: "A columnist in Al-Mesryoon argues that Haftar, with strong regional backing, is an obstacle to Libya's democratic transition and rejects any political settlement allowing new elections.",
    },
    citations: [
      {
        articleId: A004,
        quote:
          'غير أنه – بدعم إقليمي كبير – يمثل حجر عثرة أمام التحول الديمقراطي في ليبيا، فهو يرفض أي تسوية سياسية تسمح بعودة الديمقراطية أو التوافق الوطني أو انتخابات جديدة',
      },
    ],
  },
  // The only statement of Haftar's own side in the sources: his justification, as the column reports
  // it («بدعوى», "on the pretext that"). Claimant: the column; the note says whose position it is.
  {
    id: 'haftar-says-people-mandated-him-to-fight-terrorism',
    kind: 'statement',
    claimant: 'al-mesryoon',
    claimantNote: {
      ar: 'موقف حفتر كما يرويه عمود الرأي',
      en: "Haftar's position as the column reports it",
    },
    subjects: ['khalifa-haftar'],
    places: ['libya'],
    date: D004,
    summary: {
      ar: 'بحسب عمود رأي في جريدة المصريون، يقول حفتر إنه مفوض من الشعب بمحاربة الإرهاب، وإنه حين ينتهي من حربه على الإرهاب ينظر في الأمور الأخرى؛ ويورد الكاتب ذلك تبريرا لرفضه أي تسوية سياسية.',
      en: 'According to an opinion column in Al-Mesryoon, Haftar\'s position is that the people have mandated him to fight terrorism and that he will look at other matters once his war on terrorism is over; the columnist presents this as his pretext for rejecting any political settlement.',
    },
    citations: [
      {
        articleId: A004,
        quote: 'بدعوى أنه مفوض من الشعب بمحاربة الإرهاب، وعندما ينتهي من حربه على الإرهاب ينظر في الأمور الأخرى',
      },
    ],
  },
  {
    id: 'column-haftar-allies-with-terrorism-seeks-oil',
    kind: 'allegation',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar', 'islamic-state'],
    places: ['sirte', 'libya'],
    date: D004,
    summary: {
      ar: 'يتهم عمود رأي في جريدة المصريون حفتر بأنه لا يحارب الإرهاب بل يتحالف معه، وبأنه انشغل بتحريك قواته للسيطرة على مناطق النفط وموانئه بينما كان الثوار يقاتلون «داعش» في سرت.',
      en: 'An opinion column in Al-Mesryoon alleges that Haftar does not fight terrorism but allies with it, and that while revolutionaries fought ISIS in Sirte he was busy moving his forces to seize oil areas and ports.',
    },
    citations: [
      {
        articleId: A004,
        quote:
          'وهو لا يحارب إرهاباً أبداً، بل يتحالف معه، وعندما كان الثوار يواجهون الإرهاب و”داعش” في حرب دامية في سرت كان هو مشغولاً بتحريك مليشياته للسيطرة على مناطق النفط وموانئه',
      },
    ],
  },
  {
    id: 'column-haftar-wants-to-be-sole-ruler',
    kind: 'opinion',
    claimant: 'al-mesryoon',
    subjects: ['khalifa-haftar'],
    places: ['libya'],
    date: D004,
    summary: {
      ar: 'يرى كاتب عمود في جريدة المصريون أن حفتر يريد فقط أن يكون «شوكة» تعطل كل شيء في ليبيا لإرغام الليبيين على القبول به حاكما وحيدا.',
      en: 'A columnist in Al-Mesryoon argues that Haftar only wants to be a "thorn" that blocks everything in Libya, to force Libyans to accept him as sole ruler.',
    },
    citations: [
      {
        articleId: A004,
        quote: 'هو فقط يريد أن يكون “شوكة” تعطل كل شيء، وتوقف حال ليبيا ومصالح شعبها، لإرغامهم على القبول به حاكماً وحيداً',
      },
    ],
  },
];
