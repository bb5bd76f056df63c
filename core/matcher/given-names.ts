/**
 * Common Arabic given names, for telling a dataset person from a relative or a namesake: a given
 * name that is none of the person's own right before the family name makes another person's name
 * (محمود السيسي, the president's son; عمر الحاسي, not شكري الحاسي; خالد خليفة حفتر). The dataset's
 * exclude phrases list the relatives it knows (صدام حفتر); this list covers the ones it does not.
 *
 * Left out on purpose: names that are also common words right before a name (على folds to علي, so
 * «على السيسي» would read as a name; أمين، كريم، سعيد، أسماء، نور، انتصار، شريف، صلاح), a name that is
 * also a verb opening a sentence before its subject (حافظ: «حافظ السيسي على …» "al-Sisi kept …";
 * Hafez al-Assad is one of the dataset's listed relatives), and kunyas (أبو …), which the dataset's
 * own aliases use.
 */
import { foldForMatching, matchWords } from '../arabic/normalize';

const NAMES = [
  // Men
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'عمر', 'عثمان', 'خالد', 'صدام', 'حسن', 'حسين', 'إبراهيم', 'إسماعيل',
  'يوسف', 'يونس', 'يحيى', 'زكريا', 'سليمان', 'داود', 'عيسى', 'حمزة', 'حمد', 'حمدي', 'طارق', 'هشام', 'وليد',
  'ياسر', 'ياسين', 'أيمن', 'أسامة', 'بلال', 'حسام', 'حازم', 'رامي', 'سامي', 'سمير', 'طه', 'عاطف', 'عصام',
  'علاء', 'عماد', 'فؤاد', 'فتحي', 'فيصل', 'قاسم', 'كمال', 'لطفي', 'مجدي', 'مراد', 'مروان', 'معاذ', 'ناصر',
  'نبيل', 'نزار', 'هاني', 'وائل', 'ماهر', 'باسل', 'رفعت', 'ماجد', 'جمال', 'عادل', 'منصور', 'صالح',
  'سالم', 'مسعود', 'ميلاد', 'فرج', 'عبدالله', 'بلقاسم', 'بالقاسم', 'امحمد', 'المعتصم', 'الساعدي', 'هانيبال',
  'هنيبعل', 'الصديق', 'خميس', 'تركي', 'هزاع', 'حزاع', 'منصف', 'رجب', 'أنور', 'جعفر', 'شاكر', 'زياد', 'خليل',
  // More names of the Levant, Iraq, the Gulf and Egypt (the cousins «هلال الأسد», «بهجت الأسد», «حسان
  // توفيق الأسد»: raw/c27), none a word that stands before a name in news: not «رفيق» ("comrade":
  // «رفيق معمر القذافي»), رائد، نضال، بشير، راشد، منى، سارة.
  'هلال', 'بهجت', 'حسان', 'توفيق', 'عدنان', 'غسان', 'نعمان', 'قيس', 'زهير', 'عمار', 'إياد', 'حاتم',
  'رشيد', 'سعد', 'سعود', 'فهد', 'بندر', 'نواف', 'زايد', 'حمدان', 'شادي', 'فادي', 'رامز', 'سامر', 'عمرو',
  'لؤي', 'مهند', 'ثامر', 'جاسم', 'حيدر', 'عباس', 'موسى', 'هارون', 'إلياس', 'جورج', 'ميشال', 'ميشيل', 'شربل',
  'مصعب', 'أنس', 'ممدوح', 'مدحت', 'وجدي', 'بسام', 'مازن', 'معتز', 'فوزي', 'ونيس', 'هانيبعل', 'زين', 'دريد',
  // Women
  'عائشة', 'فاطمة', 'خديجة', 'مريم', 'زينب', 'صفية', 'بشرى', 'نادية', 'سلمى', 'هالة', 'رانيا', 'ليلى',
  'ريم', 'دينا', 'رشا', 'سناء', 'سعاد', 'نجلاء', 'رزان', 'لينا', 'هيفاء', 'بثينة',
];

/**
 * Given names that are also the nouns «age» and «birth», which take a person's name as their
 * possessor (عمر الأسد، ميلاد القذافي): they are those nouns after a word that takes them, a verb
 * of reaching an age or a noun heading them (keys, «و» or a clitic preposition stripped): «ويبلغ
 * عمر الأسد اليوم 50 عاما», «بعيد ميلاد بشار الأسد». Elsewhere they stay given names (عمر الحاسي).
 */
const NOUN_READING = new Map(
  [
    ['عمر', ['بلغ', 'يبلغ', 'ناهز', 'يناهز', 'تجاوز', 'يتجاوز', 'طول', 'فارق']],
    ['ميلاد', ['عيد', 'ذكرى', 'يوم', 'تاريخ', 'منذ', 'شهادة', 'مكان']],
  ].map(([name, heads]) => [foldForMatching(name as string), new Set((heads as string[]).map(foldForMatching))]),
);

function nounReading(name: string, before: string | undefined): boolean {
  const heads = NOUN_READING.get(name);
  return !!heads && before !== undefined && (heads.has(before) || heads.has(before.replace(/^(?:[وف]?[بل]|[وف])/u, '')));
}

/** Given names of two words: «سيف الإسلام», and «عبد» + a name of God (عبد الحميد). */
const TWO_WORD_FIRST = new Set(['سيف', 'عبد'].map(foldForMatching));

/**
 * The words of each person's aliases (keys): a given name among them is the person's own. Read and
 * folded on first use for that person (a scan meets a few persons): folding every person alias of a
 * 10,000-alias index while compiling cost compile ×1.5 in the bench (tools/bench/matcher-ab.ts).
 */
export class PersonsOwnWords {
  private readonly words = new Map<string, Set<string>>();

  /** `entries` is kept, not copied: a person's words are read from it when first asked for. */
  constructor(private readonly entries: ReadonlyArray<{ entityId: string; type: string; alias: string }>) {}

  of(entityId: string): Set<string> {
    let words = this.words.get(entityId);
    if (!words) {
      const own = (words = new Set<string>());
      const names: string[][] = [];
      for (const e of this.entries) {
        if (e.entityId !== entityId || e.type !== 'person') continue;
        const list = matchWords(e.alias);
        names.push(list);
        // A compound given name is also written joined (عبدالفتاح).
        list.forEach((w, i) => {
          own.add(w);
          if (w === 'عبد' && list[i + 1]) own.add(w + list[i + 1]);
        });
      }
      for (const w of fathersNames(names)) words.delete(w);
      this.words.set(entityId, words);
    }
    return words;
  }
}

/** Folded keys of the names above. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.map(foldForMatching));

/**
 * Given names left out of {@link GIVEN_NAMES} because they are also common words (see above), and
 * «كامل» ("whole"): inside a person's own full name, after his given name, they are fathers' names
 * («نوري كامل محمد حسن المالكي», «عبد الفتاح سعيد حسين خليل السيسي»), never words.
 */
const ALSO_WORDS = new Set(['علي', 'أمين', 'كريم', 'سعيد', 'أسماء', 'نور', 'انتصار', 'شريف', 'صلاح', 'حافظ', 'كامل'].map(foldForMatching));

/** Whether a word (key) may be a father's name inside a person's full name. */
export function fathersName(key: string): boolean {
  return GIVEN_NAMES.has(key) || ALSO_WORDS.has(key);
}

/**
 * Whether the words before a family name (keys, nearest last) end in a given name: one of
 * {@link GIVEN_NAMES}, or «عبد X» / «سيف X» (two words). Returns how many words it takes, or 0.
 */
export function givenNameBefore(words: readonly string[]): number {
  const last = words.at(-1);
  if (last === undefined) return 0;
  if (GIVEN_NAMES.has(last)) return nounReading(last, words.at(-2)) ? 0 : 1;
  const before = words.at(-2);
  if (before !== undefined && TWO_WORD_FIRST.has(before) && last.startsWith('ال')) return 2;
  return 0;
}

/**
 * The fathers' names in a person's aliases: the words a longer alias puts between the two words of a
 * given-name-and-family-name alias (فائز مصطفى السراج beside فائز السراج; عبد الفتاح سعيد السيسي). They are
 * not the person's own: «والده مصطفى السراج» is his father (raw/c29), as «سعيد حسين السيسي» is Sisi's.
 */
function fathersNames(names: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const short of names) {
    if (short.length < 2 || short[0]!.startsWith('ال')) continue;
    // The given name may be two words (عبد الفتاح): the short alias is all of it and the family name.
    const given = short.slice(0, -1);
    const family = short.at(-1)!;
    for (const long of names) {
      if (long.length <= short.length || long.at(-1) !== family) continue;
      const at = long.findIndex((_, i) => given.every((g, j) => long[i + j] === g));
      if (at < 0) continue;
      for (const w of long.slice(at + given.length, -1)) if (!given.includes(w)) out.add(w);
    }
  }
  return out;
}
