/**
 * A person's family name on a page about one of his relatives (matcher.ts calls {@link familyReading} for
 * every person's name): a relative's full name, his full name as a relative's kin, a bare family name
 * tied to him or not, and the trade titles that make another of the family. The page policy weighs what
 * these return over the whole page (`PagePolicy`: a bare family name on a page naming only a relative).
 */
import { foldForMatching, matchKey, matchWords } from '../arabic/normalize';
import { wordsAfter, wordsBefore } from './rules';
import { prevWord, relativeBefore, sonAfter } from './other-readings';
import type { Candidate } from './word-trie';

/**
 * Words before a family name that tie it to the person the dataset lists, whoever else of the family
 * the page names (keys, a clitic preposition or «و» off): kin of his («نجل حفتر», «أبناء القذافي»: his
 * sons), his rule and his forces («نظام القذافي», «قوات حفتر», «مؤيدي القذافي», «الإطاحة بالقذافي»), his
 * command, office, intelligence and guard («قيادة حفتر», «مكتب حفتر», «جهاز مخابرات القذافي»). They also confirm the name as his where it needs
 * confirming (نجل القذافي: the father, as the annotation policy reads it).
 */
const OWN_HEADS = new Set([
  'نجل', 'نجلي', 'نجلا', 'ابن', 'ابني', 'ابنا', 'ابناء', 'انجال', 'ابنه', 'ابنة', 'والد', 'شقيق', 'زوجه', 'زوجة', 'ارمله', 'ارملة', 'صهر',
  'نظام', 'حكم', 'عهد', 'زمن', 'حقبه', 'حقبة', 'سقوط', 'مقتل', 'رحيل', 'اسقاط', 'قوات', 'كتائب', 'مرتزقه', 'مرتزقة', 'ميليشيات', 'مليشيات',
  'جيش', 'انصار', 'موالين', 'الموالين', 'الموالية', 'الموالي', 'انصاره', 'خصوم', 'مؤيدي', 'مؤيدو', 'الإطاحة', 'قيادة', 'مكتب',
  'مخابرات', 'حرس',
  // His deputy, advisers and envoys («نائب حفتر»: Saddam, on a page naming him in full; alhakim, raw/c91).
  'نائب', 'مستشار', 'مبعوث', 'ممثل',
].map((w) => foldForMatching(w)));

/**
 * Titles that tie a family name to the person against his relatives («العقيد القذافي», «المشير حفتر»),
 * but not to him against a namesake: «العقيد المالكي» is also the Saudi-led coalition's spokesman.
 */
const TITLES = new Set(
  ['العقيد', 'المشير', 'اللواء', 'الزعيم', 'الرئيس', 'الجنرال', 'القائد', 'الراحل', 'الديكتاتور', 'الطاغية', 'الطاغيه'].map((w) => foldForMatching(w)),
);

/** Kin nouns that a person's family name may follow across an adjective (الابن السادس للقذافي; keys). */
const KIN = /^و?(?:ال|[بل]?ال|لل)?(?:ابن|نجل|شقيق|ابناء|انجال|والد|حفيد)$/u;

/** His kin named after his family name, with «his» («حفتر يعين نجله صدام», «الأسد يفقد ابن عمه»; keys). */
const HIS_KIN = /^(?:نجل|ابن|والد|شقيق|ابنا[ءوي]|انجال|نجلي|ابني|حفيد|عم|خال)(?:ه|يه)$/u;

function hisKinBefore(text: string, c: Candidate): boolean {
  return wordsBefore(text, c.start, 4).some((w) => HIS_KIN.test(w.key));
}

/** A word's keys without its clitics («للرئيس»: الرئيس). */
const keysOf = (w: string): string[] => [w, w.replace(/^و?[بل]?/u, ''), w.replace(/^و?لل/u, 'ال')];

/** The title among the three words before a name (keys): «للرئيس حافظ الأسد» → الرييس. */
function titleBefore(text: string, c: Candidate): string | null {
  for (const w of wordsBefore(text, c.start, 3)) for (const k of keysOf(w.key)) if (TITLES.has(k)) return k;
  return null;
}

/** What ties a bare family name to the person: his kin, rule or forces ('own'); a title (its key); nothing. */
function familyTie(text: string, c: Candidate, own: ReadonlySet<string>): string | null {
  // «لوالده حفتر», «شقيقه الأسد»: the relative's father or brother, the person himself.
  const tie = (w: string): string | null =>
    keysOf(w).some((k) => OWN_HEADS.has(k) || HIS_KIN.test(k)) ? 'own' : keysOf(w).find((k) => TITLES.has(k)) ?? null;
  const prev = prevWord(text, c.start, true);
  const first = prev === null ? null : tie(prev);
  if (first) return first;
  const before = wordsBefore(text, c.start, 3);
  if (before.length >= 2 && KIN.test(before.at(-2)!.key)) return 'own';
  const second = before.length >= 2 ? tie(before.at(-2)!.key) : null;
  if (second) return second;
  // His own words before it (بشار … الأسد), not the family name itself said again (رمزا دون الأسد، ثم هناك الأسد).
  const self = foldForMatching(c.found.entry.alias);
  if (before.some((w) => w.key !== self && own.has(w.key))) return 'own';
  return wordsAfter(text, c.end, 3).some((w) => HIS_KIN.test(w.key)) ? 'own' : null;
}

/**
 * The aliases that are a bare family name (the last word of a fuller alias: حفتر of خليفة حفتر), of the
 * persons whose relatives the dataset lists; by person.
 */
export function familyAliasesOf(
  entries: ReadonlyArray<{ entityId: string; type: string; alias: string }>,
  relatives: ReadonlyMap<string, unknown>,
): Map<string, Set<string>> {
  const last = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.type !== 'person' || !relatives.has(e.entityId) || !/\s/u.test(e.alias.trim())) continue;
    const set = last.get(e.entityId) ?? new Set<string>();
    last.set(e.entityId, set.add(matchWords(e.alias).at(-1)!));
  }
  const families = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!last.get(e.entityId)?.has(matchKey(e.alias))) continue;
    const set = families.get(e.entityId) ?? new Set<string>();
    families.set(e.entityId, set.add(e.alias));
  }
  return families;
}

/**
 * Kin nouns a person's full name may follow as the father, mother, brother or uncle of the one a page is
 * about (keys): «رفعت الأسد عم رئيس النظام السوري بشار الأسد» (okaz, raw/c86). Not «الأخ», Libyan state
 * media's title for Gaddafi himself (الأخ العقيد معمر القذافي).
 */
const KIN_OF = /^و?(?:ال|[بل]?ال|لل)?(?:ابن|ابنه|بنت|نجل|نجله|ابناء|انجال|ابنا|ابني|نجلا|نجلي|شقيق|شقيقه|اشقاء|والد|والده|حفيد|حفيده|احفاد|زوج|زوجه|ارمله|صهر|كريمه|عم|خال)(?:ه|ها|هم)?$/u;

/** Words a kin noun and the name may have between them: titles and nisbas (نجل الزعيم الليبي الراحل; keys: رئيس folds to رييس). */
const KIN_TITLE = /^(?:(?:ال|لل).+|زعيم|رييس|قايد|ديكتاتور|دكتاتور|عقيد|مشير|لواء|ليبيا|سوريا|سوريه|مصر)$/u;

/**
 * A person's full name after a kin noun, with at most three titles or nisbas between and nothing but spaces
 * («نجل الزعيم الليبي الراحل معمر القذافي», «ابنة معمر القذافي»): the page is about his relative.
 */
function kinOfBefore(text: string, c: Candidate): boolean {
  const before = wordsBefore(text, c.start, 4);
  let end = c.start;
  for (let i = before.length - 1; i >= 0 && i >= before.length - 4; i--) {
    const w = before[i]!;
    if (/[^\s]/u.test(text.slice(w.end, end))) return false;
    if (KIN_OF.test(w.key)) return true;
    if (!KIN_TITLE.test(w.key)) return false;
    end = w.start;
  }
  return false;
}

/**
 * Titles of a trade or a calling that none of the dataset's persons goes by (keys): right before a bare
 * family name they make another person of it, the family's engineer or doctor («وأكد المهندس حفتر»:
 * Belgasem Haftar, almenassa, raw/c43), as «المشير حفتر» is Khalifa.
 */
const OTHER_TITLES = new Set(
  ['المهندس', 'المهندسة', 'الدكتور', 'الدكتورة', 'الطبيب', 'الشيخ', 'الحاج', 'الأستاذ', 'الأستاذة', 'السيدة', 'الآنسة', 'المحامي', 'الكابتن', 'اللاعب', 'الفنان', 'الكاتب'].map((w) => foldForMatching(w)),
);

/**
 * How one name of a person reads against his relatives. `relative`: not his (a relative's full name, a
 * trade title, or an untied family name after a relative in the block); `kin`: his full name as a
 * relative's kin; `bare`: his family name with nothing tying it to him; `tied`: kin, rule or office tie it
 * (and confirm it). `names`: what the page policy records (`id` a relative named, `id\u0000his` him).
 * `recent` is the block's state: per person, whether his family's last full name was a relative's (true, or
 * the title it had: «للرئيس حافظ الأسد») or his own (false).
 */
export function familyReading(
  text: string,
  c: Candidate,
  relatives: readonly string[][] | undefined,
  own: ReadonlySet<string>,
  families: ReadonlySet<string> | undefined,
  recent: Map<string, boolean | string>,
): { relative?: true; bare?: true; kin?: true; tied?: true; names?: string } | null {
  const id = c.found.entry.entityId;
  const named = relativeBefore(text, c, relatives, own);
  if (named || sonAfter(text, c)) {
    // The title a relative's full name had; not a son's («وكان المشير السيسي الابن الثاني لهم»: himself).
    recent.set(id, (named && titleBefore(text, c)) || true);
    return { relative: true, names: hisKinBefore(text, c) ? `${id}\u0000his` : id };
  }
  // A family name only (حفتر، القذافي: the last word of a fuller alias), not a given name alone (بشار).
  if (!families) return null;
  const familyName = families.has(c.found.entry.alias);
  if (familyName && c.prefix === '' && OTHER_TITLES.has(prevWord(text, c.start, true) ?? '')) return { relative: true };
  // His full name as a relative's kin names the relative, not him as the page's subject.
  if (!familyName) {
    if (kinOfBefore(text, c)) return { kin: true, names: id };
    recent.set(id, false);
    return null;
  }
  const tie = familyTie(text, c, own);
  // Nothing ties it to him, and the last full name of the family in the block is a relative's: the relative.
  const last = recent.get(id);
  if (!tie && last !== undefined && last !== false) return { relative: true };
  // The title the block gave that relative, with no full name of his since: the relative again («الشقيق الأصغر
  // للرئيس حافظ الأسد … الحركة التصحيحية التي قادها الرئيس الأسد»: Hafez; yoo7, raw/c116). Not another title
  // («سيف الإسلام القذافي … العقيد القذافي»: the father).
  if (tie && tie !== 'own' && tie === last) return { relative: true };
  if (!tie) return { bare: true };
  return tie === 'own' ? { tied: true, names: `${id}\u0000his` } : { names: `${id}\u0000his` };
}
