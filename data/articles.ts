/**
 * Metadata of the five source articles (their texts are in data/articles/, verbatim). Everything
 * here comes from /work/shared/seeds/SOURCES.md or from the texts themselves: where a field is
 * unknown it is null, and every inferred date is flagged as inferred with the reasoning in `note`.
 * `criticalOf` records what SOURCES.md says of the outlets' stance; article 003's outlet is unknown,
 * so it has none.
 */
import type { z } from 'zod';

import type { ArticleMeta } from '../core/dataset/schema';

/** `z.input` so curated records may omit fields that have schema defaults (`inferred`). */
type ArticleInput = z.input<typeof ArticleMeta>;

/** The five source articles, in file order. */
export const articles: ArticleInput[] = [
  {
    id: 'aljazeera-2016-04-26-derna-isis-withdrawal',
    file: '000_c7ada8f96138988e.txt',
    title: 'لماذا لم تستهدف قوات حفتر تنظيم الدولة بدرنة؟',
    outletId: 'al-jazeera-net',
    outletNote: 'Published on aljazeera.net (the URL); the text itself ends «المصدر : الجزيرة».',
    author: { ar: 'عبد العزيز باشا', en: 'Abdelaziz Basha' },
    authorNote: 'Byline «عبد العزيز باشا-طرابلس»: reporting from Tripoli.',
    date: {
      value: '2016-04-26',
      precision: 'day',
      inferred: false,
      note: 'Read off the article URL path (/2016/4/26/); the text carries no dateline.',
    },
    kind: 'news-report',
    url: 'https://www.aljazeera.net/news/reportsandinterviews/2016/4/26/لماذا-لم-تستهدف-قوات-حفتر-تنظيم-الدولة-بدرنة',
    republishedUrl: null,
    criticalOf: ['khalifa-haftar', 'operation-dignity'],
    stanceNote:
      'SOURCES.md: the two outlets (Al Jazeera and Al-Mesryoon) are both critical of Haftar; Operation Dignity is his campaign.',
  },
  {
    id: 'aljazeera-2017-01-06-benghazi-haftar-isis-coordination',
    file: '001_cb3f6fc7f2590931.txt',
    title: 'تنسيق بين حفتر وتنظيم الدولة في بنغازي',
    outletId: 'al-jazeera',
    outletNote: "Al Jazeera's reports library on aljazeera.net: the transcript of a TV news report.",
    author: null,
    date: { value: '2017-01-06', precision: 'day', inferred: false, note: 'Stated in the text (06/01/2017).' },
    kind: 'tv-report-transcript',
    url: 'https://www.aljazeera.net/reportslibrary/pages/96af4258-376e-4d1f-b1a0-d55d14914faf',
    republishedUrl: null,
    criticalOf: ['khalifa-haftar', 'operation-dignity'],
    stanceNote:
      'SOURCES.md: the two outlets (Al Jazeera and Al-Mesryoon) are both critical of Haftar; Operation Dignity is his campaign.',
  },
  {
    id: 'aljazeera-net-2016-04-derna-isis-defeat-sirte',
    file: '002_e511ab38f57bffaa.txt',
    title: 'هل تدفع هزيمة “الدولة” بدرنة لملاحقته في سرت؟',
    outletId: 'al-jazeera-net',
    outletNote: 'Signed «الجزيرة نت» at the end of the text; the original page is unknown.',
    author: { ar: 'محمود عبدالواحد', en: 'Mahmoud Abdelwahed' },
    authorNote: 'Signed at the end of the text.',
    date: {
      value: '2016-04',
      precision: 'period',
      inferred: true,
      note:
        'Undated. The text says the liberation of Derna was announced "last Wednesday" (الأربعاء الماضي) and ' +
        'Hammond visited Tripoli "last Monday" (الاثنين الماضي); article 003 dates that liberation to April 2016, ' +
        'so this was published in late April 2016 (inferred, as SOURCES.md asks).',
    },
    kind: 'news-analysis',
    url: null,
    republishedUrl: 'https://rawabetcenter.com/archives/25392',
    criticalOf: ['khalifa-haftar', 'operation-dignity'],
    stanceNote:
      'SOURCES.md: the two outlets (Al Jazeera and Al-Mesryoon) are both critical of Haftar; Operation Dignity is his campaign.',
  },
  {
    id: 'tv-report-2018-02-13-derna-offensive-egypt',
    file: '003_3dfe98a37ea4deb2.txt',
    title: 'عملية مرتقبة لقوات حفتر في درنة بإشراف مصري',
    outletId: null,
    outletNote:
      'Unknown: the layout matches the TV-report transcripts of Al Jazeera\'s reports library (article 001), ' +
      'but no outlet is named.',
    author: null,
    date: { value: '2018-02-13', precision: 'day', inferred: false, note: 'Stated in the text (13/02/2018).' },
    kind: 'tv-report-transcript',
    url: null,
    republishedUrl: null,
  },
  {
    id: 'almesryoon-2017-01-haftar-isis-coordination-column',
    file: '004_3cb8c012870722e4.txt',
    title: 'التنسيق العسكري بين حفتر وداعش في ليبيا',
    titleNote: 'The text has no title line; this is the title a republication gives it.',
    titleFrom: 'republication',
    outletId: 'al-mesryoon',
    outletNote: 'The text ends «المصدر: جريدة “المصريون”».',
    author: { ar: 'جمال سلطان', en: 'Gamal Sultan' },
    authorNote: 'Per a republication that quotes it; the text itself names no author.',
    authorFrom: 'republication',
    date: {
      value: '2017-01',
      precision: 'period',
      inferred: true,
      note:
        'Undated. It speaks of the move of ISIS fighters out of Benghazi "the day before yesterday" (أول أمس), ' +
        'which article 001 reports on 2017-01-06: about January 2017 (inferred).',
    },
    kind: 'opinion-column',
    url: null,
    republishedUrl: null,
    criticalOf: ['khalifa-haftar', 'operation-dignity'],
    stanceNote:
      'SOURCES.md: the two outlets (Al Jazeera and Al-Mesryoon) are both critical of Haftar; Operation Dignity is his campaign.',
  },
];
