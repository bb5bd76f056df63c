/**
 * Built-in readings that confirm an ambiguous name from the words that govern it, where the
 * dataset's context words cannot say it: an outlet told something (قال للجزيرة), and a name
 * governed by a preposition or a construct noun, which no adjective reading can be (قدرة مصر على).
 */
import { foldForMatching } from '../arabic/normalize';
import { GOVERNORS, PUNCTUATION_GAP, QUOTES_ALL, wordsAfter, wordsBefore, type Rules } from './rules';
import type { Candidate } from './word-trie';
import { QUOTES } from './written-forms';

/**
 * A one-word organisation's name set off in quotation marks on both sides, where its other reading is a common
 * noun only (no namesake listed: `elsewhere`) and it needs words of its own nearby (pageMentions 0): the name as
 * a name («استراتيجية «القاعدة» وأخواتها»: afrigate, raw/c64; «قوات مرتبطة بـ'القاعدة'»: arab48). Nobody quotes a
 * base or a rule as a single word. Not a place: streets and lists are named after places, quoted
 * («شوارع "القلوز" و"طرابلس"»: arabi21, raw/c102).
 */
export function quotedName(text: string, c: Candidate, rules: Rules): boolean {
  const { type, ambiguity } = rules;
  if ((type !== 'organization' && type !== 'event') || ambiguity.elsewhere?.length || ambiguity.pageMentions !== 0 || rules.words.length !== 1) return false;
  return QUOTES.includes(text[c.nameStart - 1] ?? ' ') && QUOTES.includes(text[c.end] ?? ' ');
}

/** Verbs of saying, with و/ف or not (keys): «قال … للجزيرة» is what someone told the outlet. */
const SAYING = new Set(
  [
    'قال', 'قالت', 'يقول', 'تقول', 'أكد', 'أكدت', 'يؤكد', 'تؤكد', 'أضاف', 'أضافت', 'يضيف', 'تضيف', 'أوضح', 'أوضحت', 'يوضح',
    'صرح', 'صرحت', 'كشف', 'كشفت', 'يكشف', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'أشار', 'أشارت', 'تحدث', 'تحدثت', 'يتحدث', 'روى',
    'روت', 'أعلن', 'أعلنت', 'نفى', 'نفت', 'أبلغ', 'أبلغت', 'اعترف', 'اعترفت', 'أكّد',
  ].flatMap((w) => {
    const k = foldForMatching(w);
    return [k, `و${k}`, `ف${k}`];
  }),
);
/** «خاص، خاصة، حصري»: «صور خاصة بالجزيرة», «في حديث خاص للجزيرة» (keys). */
const EXCLUSIVE = new Set(['خاص', 'خاصه', 'حصري', 'حصريه', 'حصريا']);

/** Who speaks to an outlet after a verb of saying, with more words after them (keys). */
const SPEAKERS = new Set(['مصادر', 'مصدر', 'مسؤول', 'مسؤولون', 'متحدث', 'شهود', 'شاهد', 'ناشطون', 'سكان', 'قيادي', 'عضو'].map(foldForMatching));

/** Words that name a report's source right before it (keys): «وفق "الجزيرة"», «بحسب الجزيرة», «نقلا عن». */
const ACCORDING_TO = new Set(['وفق', 'بحسب', 'حسب', 'وبحسب', 'وحسب', 'عن']);

/**
 * An outlet's name with the preposition ل (or ب after «خاصة») right after a verb of saying, up to
 * six words back with nothing but spaces between and no «إن/أن» between (the speaker may stand between: «وقال مسؤول
 * عسكري للجزيرة»), or after «خاص/خاصة/حصري»: «قال للجزيرة نت», «صرحت مصادر للجزيرة», «صور خاصة
 * بالجزيرة». Or named as a report's source right after «وفق، بحسب، حسب، وفقا ل، نقلا عن» (only
 * spaces and quotes between): «لن تحققه من جديد، وفق "الجزيرة"». The island, the peninsula and the
 * club are not told things, nor quoted.
 */
export function toldOutlet(text: string, c: Candidate): boolean {
  if (c.found.entry.type !== 'outlet') return false;
  if (accordingTo(text, c)) return true;
  if (c.prefix === '') return outletConstruct(text, c);
  if (!/[لب]$/.test(c.prefix)) return false;
  // A speaker of sources or officials may take several words («وقالت مصادر طبية بمركز بنغازي الطبي للجزيرة»:
  // aljazeera, raw/c90); any other, two at most («ثم أضاف ميركو فوسينيتش الهدف الثاني للجزيرة» is a goal for
  // the club). Not across a clause: after «إن/أن» the name is inside what was said.
  const before = wordsBefore(text, c.start, 6);
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i]!;
    const gap = text.slice(w.end, i + 1 < before.length ? before[i + 1]!.start : c.start).replace(QUOTES_ALL, '');
    if (PUNCTUATION_GAP.test(gap) || w.key === 'ان') return false;
    if (EXCLUSIVE.has(w.key)) return true;
    const near = before.length - i <= 3 || SPEAKERS.has(before[i + 1]?.key ?? '');
    if (c.prefix.endsWith('ل') && SAYING.has(w.key) && near) return true;
  }
  return false;
}

function accordingTo(text: string, c: Candidate): boolean {
  const words = wordsBefore(text, c.start, 2);
  const prev = words.at(-1);
  const before = words.at(-2);
  if (!prev || PUNCTUATION_GAP.test(text.slice(prev.end, c.start).replace(QUOTES_ALL, ''))) return false;
  if (c.prefix === 'ل') return prev.key === 'وفقا';
  if (c.prefix !== '' || !ACCORDING_TO.has(prev.key)) return false;
  return prev.key !== 'عن' || before?.key === 'نقلا';
}

/** Nouns whose second term is a broadcaster (keys): «مكتب الجزيرة في غزة», «مقر الجزيرة», «تغطية الجزيرة للحرب». */
const OUTLET_HEADS = new Set(['مكتب', 'مكاتب', 'مقر', 'تغطيه', 'طاقم', 'طواقم', 'مراسلو', 'مراسلي', 'كاميرا', 'شاشه', 'بث']);

/**
 * An outlet's name as the second term of a construct whose first is one of its offices, staff or
 * output (مكتب الجزيرة، مقر الجزيرة، تغطية الجزيرة): only right after it, nothing but spaces (or a
 * quote) between, so «مقر الفرقة في الجزيرة» (Sudan's Gezira) is not one.
 */
function outletConstruct(text: string, c: Candidate): boolean {
  const [prev] = wordsBefore(text, c.start, 1);
  if (!prev || PUNCTUATION_GAP.test(text.slice(prev.end, c.start).replace(QUOTES_ALL, ''))) return false;
  const key = prev.key.replace(/^[وف]/, '');
  return OUTLET_HEADS.has(key) || REPORTED.has(key);
}

/**
 * Feminine perfect verbs of reporting (keys): right before an outlet's name they make it the
 * subject, and only a channel or paper reports (ذكرت الجزيرة، بثت الجزيرة، اتهمت الجزيرة ليبرمان).
 * An island or a region does not; a club takes the masculine (فاز الجزيرة).
 */
const REPORTED = new Set(
  ['ذكرت', 'قالت', 'نقلت', 'أفادت', 'بثت', 'نشرت', 'كشفت', 'أوردت', 'اتهمت', 'عرضت', 'غطت', 'حصلت', 'أكدت', 'أشارت', 'انفردت', 'سألت'].map(
    foldForMatching,
  ),
);

/**
 * Whether a name is governed by the word right before it: a preposition or place noun (`GOVERNORS`),
 * or an indefinite noun ending in ة or a verbal noun, the first noun of a construct (قدرة مصر، سياسة
 * مصر، حرص مصر). Then an exclude phrase that reads the name as an adjective taking its complement
 * (مصر على: مُصِرّ على, "insisting on") does not apply: «قدرة مصر على الحشد» is Egypt's ability, «عاد
 * إلى مصر على متن».
 * An adjective agrees with a feminine noun before it (مصرة), and a preposition governs no adjective.
 */
export function governedName(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return /[بلك]$/.test(c.prefix);
  const [prev] = wordsBefore(text, c.start, 1);
  if (!prev || /[^\s]/u.test(text.slice(prev.end, c.start))) return false;
  if (GOVERNORS.has(prev.key) || CONSTRUCT_HEADS.has(prev.key.replace(/^[وف]/u, '')) || SUBJECT_OF.has(prev.key)) return true;
  return text[prev.end - 1] === 'ة' && !/^(?:[وف]?[بكل]?ال|[وف]?لل)/.test(prev.key) && prev.key.length >= 4;
}

/**
 * Particles and verbs whose subject the name is (keys): «إنّ» and its sisters, «كان» and its sisters. After
 * them «مصر على» is the country («موضحا أن مصر على أتم الاستعداد»: newsdana, raw/c89; «سوف تظل مصر على
 * إيمانها»); the adjective «مُصِرّ» needs a subject of its own there («أنه مصر على») or the accusative (ظل مصرا).
 */
const SUBJECT_OF = new Set(
  ['أن', 'إن', 'بأن', 'لأن', 'وأن', 'وإن', 'فإن', 'كأن', 'لكن', 'ولكن', 'ظل', 'تظل', 'ظلت', 'يظل', 'بقيت', 'تبقى', 'كانت', 'وكانت', 'باتت', 'أصبحت', 'تزال', 'زالت', 'ليست'].map(
    foldForMatching,
  ),
);

/**
 * Verbal nouns without ة that head a construct with a country and take «على» themselves: «حرص مصر
 * على» (Egypt's keenness on; almowatna, raw/c07), «تأكيد مصر على», «إصرار مصر على» (keys).
 */
const CONSTRUCT_HEADS = new Set(['حرص', 'اصرار', 'تاكيد', 'تركيز', 'اعتماد', 'حصول', 'تشديد', 'عزم', 'ضغط', 'انفتاح', 'تفوق', 'رد', 'دور', 'موقف']);

/** Nisba adjectives that describe a body, not the country it belongs to (keys). */
const DESCRIPTIVE = new Set(
  ['الوطني', 'الاسلامي', 'العربي', 'الدولي', 'الشعبي', 'الرسمي', 'الحالي', 'الانتقالي', 'التنفيذي', 'التشريعي', 'العسكري', 'الجهادي', 'الارهابي', 'السياسي', 'الرئاسي', 'الاعلامي', 'الشرعي', 'الحكومي', 'الاتحادي', 'المحلي', 'الاقليمي',
    // Participles of defective verbs read like nisbas: «حكومة الوفاق الوطني المنتهية ولايتها».
    'المنتهي', 'الماضي', 'الجاري', 'الباقي', 'الثاني', 'المعني'].flatMap(
    (w) => [foldForMatching(w), `${foldForMatching(w)}ه`],
  ),
);

/**
 * Another country's body of the same name: an organisation's ambiguous name with a nisba adjective
 * right after it (only spaces between) that is not among the context words of any of the entity's
 * aliases (`own`: الليبية for «قوات الوفاق الليبية», a context word of «حكومة الوفاق») and does not
 * describe the body (الوطني، الإسلامية): «المؤتمر الوطني العراقي», «المجلس الرئاسي اليمني»,
 * «القاعدة الأمريكية», «الوفاق البحرينية». The dataset's exclude phrases list some of them; this
 * reads the rest. Not for a settled name (حكومة الوفاق الوطني): its other readings are all listed.
 * A one-word name takes only a nisba of its gender: «الجناح السوري للقاعدة العالمي» describes الجناح.
 */
export function foreignNisbaAfter(text: string, c: Candidate, rules: Rules, own?: ReadonlySet<string>): boolean {
  if (rules.ambiguity.acceptUnconfirmed === true) return false;
  const [next] = wordsAfter(text, c.end, 1);
  if (!next || /[^\s]/u.test(text.slice(c.end, next.start))) return false;
  if (!/^ال..+ي(?:ه|ين|ون)?$/.test(next.key) || DESCRIPTIVE.has(next.key)) return false;
  if (rules.words.length === 1 && rules.words[0]!.endsWith('ه') !== next.key.endsWith('يه')) return false;
  return !own?.has(next.key);
}

/** «The former» right after a name (keys). */
const FORMER = new Set(['السابق', 'السابقه']);

/**
 * A name another body took over (`Ambiguity.until`) qualified «السابق» ("the former") beside one of
 * the old body's own people (a person among its `related`, named in full in the block): the body
 * before the takeover, whatever the page's date and though the new body is named beside it: «أعضاء
 * المجلس الرئاسي السابق وعلى رأسهم فائز السراج» (libyaobserver, March 2021), «رئيس المجلس الرئاسي
 * السابق، فائز السراج» (218tv). Without such a person «السابق» may be a later holder's, once the
 * new body is replaced in its turn. Only spaces between the name and «السابق».
 */
export function formerBody(text: string, c: Candidate, rules: Rules, related: readonly string[] | undefined, named: readonly Candidate[]): boolean {
  if (rules.ambiguity.until === undefined) return false;
  const [next] = wordsAfter(text, c.end, 1);
  if (!next || !FORMER.has(next.key) || /[^\s]/u.test(text.slice(c.end, next.start))) return false;
  return named.some((u) => u.found.entry.type === 'person' && !!related?.includes(u.found.entry.entityId));
}
