/**
 * The bench's generated Arabic news page (~5,000 paragraphs / ~1.3M characters, seeded): names of
 * the dataset's index with clitics, some in <b> and links. Shared by tools/bench.ts and
 * tools/bench/popover-ab.ts, so both measure the same page.
 */
import type { MatcherIndex } from '../../core/dataset/schema';

export const PARAGRAPHS = 5000;
const TARGET_CHARS = 1_300_000;
/** Mulberry32: a small seeded PRNG, so every run benches the same page; raw 32-bit outputs. */
export function prngUint32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** {@link prngUint32} as numbers in [0, 1). */
export function prng(seed: number): () => number {
  const next = prngUint32(seed);
  return () => next() / 4294967296;
}

const TEMPLATES = [
  'قال مصدر عسكري إن {P} أصدر أوامر جديدة للقوات المتمركزة قرب {L} مساء أمس.',
  'وأكدت مصادر محلية أن مقاتلي {O} انسحبوا من أحياء {L} بعد اشتباكات استمرت أياما.',
  'ونقلت وسائل إعلام عن {P} قوله إن المعركة ضد {O} لم تنته بعد.',
  'وفي {L} شهدت الشوارع حركة نزوح واسعة مع اقتراب المواجهات من وسط المدينة.',
  'وتتهم أطراف سياسية {P} بالتنسيق مع {O} في مناطق عدة من البلاد.',
  'ويرى محللون أن سيطرة {O} على {L} تغير موازين القوى في الشرق.',
  'وأعلن المتحدث باسم {O} أن القوات تقدمت نحو أطراف {L} صباح اليوم.',
  'وسرت شائعات في المدينة عن صفقة لم يؤكدها أي طرف رسمي حتى الآن.',
  'ووصل وفد من الدار البيضاء للمشاركة في مؤتمر اقتصادي لا صلة له بالأحداث.',
  'وضبطت الشرطة كمية من الأسلحة البيضاء في سوق شعبي وسط العاصمة.',
  'وقالت الدولة إنها ستدعم جهود الإغاثة في المناطق المتضررة خلال الأسابيع المقبلة.',
  'ولم يصدر أي تعليق رسمي على هذه الأنباء حتى ساعة كتابة هذا التقرير.',
  'وتقول منظمات حقوقية إن المدنيين يدفعون ثمن المعارك في {L} منذ شهور.',
  'وأضاف أن الاتصالات مع {P} مستمرة لبحث ترتيبات المرحلة المقبلة.',
  'وذكر شهود عيان أن أرتالا مسلحة غادرت المدينة باتجاه الجنوب دون أن تعترضها أي قوة.',
  'وبحسب التقرير فإن الهجوم على {L} جاء بعد أسابيع من الحصار.',
  'وتشير التقديرات إلى أن عدد النازحين تجاوز عشرات الآلاف في الأشهر الأخيرة.',
  'ورفض {P} التعليق على الاتهامات التي وجهتها إليه {O} في بيان مطول.',
];
const CLITICS = ['', '', '', 'و', 'ب', 'ل', 'وب', 'ف'];

function namesByType(index: MatcherIndex): Record<'P' | 'O' | 'L', string[]> {
  const plain = index.entries.filter((e) => !e.ambiguous && !/[\s]{2,}/.test(e.alias));
  const of = (types: string[]): string[] => plain.filter((e) => types.includes(e.type)).map((e) => e.alias);
  return { P: of(['person']), O: of(['organization', 'outlet']), L: of(['place']) };
}

function withClitic(name: string, rnd: () => number): string {
  const clitic = CLITICS[Math.floor(rnd() * CLITICS.length)] ?? '';
  // ل + ال is written لل; keep it simple and only add clitics that attach without a change.
  if (name.startsWith('ال') && clitic.endsWith('ل')) return `و${name}`;
  return clitic + name;
}

export function arabicPage(index: MatcherIndex, paragraphs: number, seed = 7): string {
  const rnd = prng(seed);
  const names = namesByType(index);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const name = (slot: 'P' | 'O' | 'L'): string => {
    const n = withClitic(pick(names[slot]), rnd);
    const r = rnd();
    return r < 0.05 ? `<b>${n}</b>` : r < 0.1 ? `<a href="#t">${n}</a>` : n;
  };
  const perParagraph = TARGET_CHARS / PARAGRAPHS;
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 60 === 0) body.push(`<h2>تطورات ${name('L')} — الجزء ${i / 60 + 1}</h2>`);
    let p = '';
    // Stop a sentence short of the mean length: the last sentence overshoots by half a sentence.
    while (p.replace(/<[^>]+>/g, '').length < perParagraph - 40)
      p += `${pick(TEMPLATES).replace(/\{([POL])\}/g, (_, slot: 'P' | 'O' | 'L') => name(slot))} `;
    body.push(`<p>${p.trim()}</p>`);
  }
  return pageShell('ar', 'rtl', 'تقرير مطول: الحرب في شرق ليبيا', body.join('\n'));
}

export function pageShell(lang: string, dir: string, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="siyaq-bench">
<title>${title}</title><style>body{font:18px/1.7 sans-serif;max-width:46em;margin:auto}</style></head>
<body><header><nav><a href="#">الرئيسية</a> · <a href="#">أخبار</a> · <a href="#">رأي</a></nav></header>
<main><article><h1>${title}</h1>
${body}
</article></main><footer>© bench</footer></body></html>`;
}
