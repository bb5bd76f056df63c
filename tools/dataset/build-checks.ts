/**
 * The dataset build's fidelity checks (issue 13), run by `compileDataset`: summary numbers, months
 * and names are in the quotes or the article metadata; subjects and places are named in the quote
 * or its paragraph; a person's common-name alias has a context rule; the claimant is the outlet of,
 * or named in, its article. Naming is read on normalised words with the matcher's clitics («لحفتر»
 * names حفتر). A record the checks misread carries a `reviewed` exception (term + reason); one
 * that excuses nothing any more is an error. Every message names the file and the record.
 */
import { normalizeKey, normalizeWords } from '../../core/arabic/normalize';
import type { ArticleMeta, Claim, Entity, ReviewCheck } from '../../core/dataset/schema';

// ── Naming ──────────────────────────────────────────────────────────────────────────────────────

/** Clitic prefixes (folded) the matcher lets a name take: conjunctions, prepositions and their pairs. */
const CLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/** The folded words of a text: letters and digits, punctuation and quotes dropped. */
export function words(text: string): string[] {
  return (text.match(/[\p{L}\p{M}\p{N}\u0640]+/gu) ?? []).map(normalizeKey).filter((w) => w.length > 0);
}

/** Each entity's aliases as folded word sequences. */
export type AliasWords = ReadonlyMap<string, readonly string[][]>;

export function aliasWords(entities: readonly Entity[]): AliasWords {
  return new Map(
    entities.map((e) => [e.id, e.aliases.map((a) => normalizeWords(typeof a === 'string' ? a : a.text))]),
  );
}

/** What `w` may be without its clitic: itself, minus a prefix, or ل + ال written لل restored. */
function bareForms(w: string): string[] {
  const forms = CLITICS.filter((p) => w.startsWith(p) && w.length > p.length).map((p) => w.slice(p.length));
  for (const p of ['ل', 'ول', 'فل']) if (w.startsWith(`${p}ل`)) forms.push(`ا${w.slice(p.length)}`);
  return forms;
}

/** Aliases by their first word, so a text is scanned once, not once per alias. */
const byFirstWord = new WeakMap<AliasWords, Map<string, Array<{ id: string; alias: readonly string[] }>>>();

function firstWordIndex(index: AliasWords): Map<string, Array<{ id: string; alias: readonly string[] }>> {
  let map = byFirstWord.get(index);
  if (map) return map;
  map = new Map();
  for (const [id, aliases] of index)
    for (const alias of aliases) {
      if (alias.length === 0) continue;
      const list = map.get(alias[0]!) ?? [];
      list.push({ id, alias });
      map.set(alias[0]!, list);
    }
  byFirstWord.set(index, map);
  return map;
}

/**
 * The ids of the entities a text names. With `longest`, a name inside a longer name of another
 * entity does not count (الجزيرة in الجزيرة نت), as the matcher reads a summary; without it, it does
 * (درنة in مجلس شورى درنة names the city too), which is how a quote is read for what it names.
 */
export function namedIn(text: string, index: AliasWords, longest = false): Set<string> {
  let cache = namedCache.get(index);
  if (!cache) namedCache.set(index, (cache = new Map()));
  const key = `${longest ? 1 : 0}${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const found = scanNames(text, index, longest);
  cache.set(key, found);
  return found;
}

/** Texts (article paragraphs, quotes) are asked about many times over a build. */
const namedCache = new WeakMap<AliasWords, Map<string, Set<string>>>();

function scanNames(text: string, index: AliasWords, longest: boolean): Set<string> {
  const w = words(text);
  const first = firstWordIndex(index);
  const spans: Array<{ id: string; start: number; end: number }> = [];
  w.forEach((word, i) => {
    for (const bare of new Set(bareForms(word)))
      for (const { id, alias } of first.get(bare) ?? [])
        if (alias.every((a, j) => j === 0 || (i + j < w.length && w[i + j] === a)))
          spans.push({ id, start: i, end: i + alias.length });
  });
  const kept = longest
    ? spans.filter((s) => !spans.some((o) => o.id !== s.id && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start))
    : spans;
  return new Set(kept.map((s) => s.id));
}

// ── Numbers, months, English names ──────────────────────────────────────────────────────────────

/** Folds the keys of a word table as {@link words} folds text. */
function folded(table: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [normalizeKey(k), v]));
}

const AR_NUMBERS: Record<string, number> = folded({
  واحد: 1, اثنين: 2, اثنان: 2, عامين: 2, عامان: 2, سنتين: 2, شهرين: 2, جبهتين: 2,
  ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4, خمس: 5, خمسة: 5, ست: 6, ستة: 6, سبع: 7, سبعة: 7,
  ثمان: 8, ثماني: 8, ثمانية: 8, تسع: 9, تسعة: 9, عشر: 10, عشرة: 10,
  عشرين: 20, عشرون: 20, ثلاثين: 30, ثلاثون: 30, أربعين: 40, أربعون: 40, خمسين: 50, خمسون: 50,
  ستين: 60, سبعين: 70, ثمانين: 80, تسعين: 90, مئة: 100, مائة: 100, مئتين: 200, مائتين: 200,
  ثلاثمئة: 300, أربعمئة: 400, خمسمئة: 500, ستمئة: 600, سبعمئة: 700, ثمانمئة: 800, تسعمئة: 900,
  ألف: 1000, ألفين: 2000, الطرفين: 2, طرفين: 2,
});

const EN_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};

const AR_MONTHS: Record<string, number> = folded({
  يناير: 1, فبراير: 2, شباط: 2, مارس: 3, آذار: 3, أبريل: 4, إبريل: 4, نيسان: 4, مايو: 5, أيار: 5,
  يونيو: 6, حزيران: 6, يوليو: 7, تموز: 7, أغسطس: 8, سبتمبر: 9, أيلول: 9, أكتوبر: 10,
  نوفمبر: 11, ديسمبر: 12,
});

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const ARABIC_DIGITS = /[\u0660-\u0669]/g;

/** The folded key of `w` without a leading clitic, when that is a number or month word. */
function arabicTerm(w: string): string | undefined {
  for (const p of CLITICS) {
    if (p && !w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    const n = AR_NUMBERS[rest];
    if (n !== undefined) return `${n}`;
    const m = AR_MONTHS[rest];
    if (m) return `month ${m}`;
  }
  return undefined;
}

/** Numbers (as digits) and months (`month 4`) written in an Arabic text, with the words that wrote them. */
export function arabicTerms(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  const latin = text.replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660));
  for (const n of latin.match(/\d+/g) ?? []) terms.set(String(Number(n)), n);
  for (const w of words(text)) {
    if (/^\d+$/.test(w)) continue;
    const term = arabicTerm(w);
    if (term) terms.set(term, w);
  }
  return terms;
}

/** Numbers and months written in an English text ("about a hundred", "seven hundred", "April"). */
export function englishTerms(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const n of text.match(/\d+/g) ?? []) terms.set(String(Number(n)), n);
  const original = text.match(/[A-Za-z]+/g) ?? [];
  const tokens = original.map((t) => t.toLowerCase());
  tokens.forEach((t, i) => {
    const month = EN_MONTHS.indexOf(t);
    if (month >= 0 && /^[A-Z]/.test(original[i]!)) terms.set(`month ${month + 1}`, original[i]!);
    const n = EN_NUMBERS[t];
    if (n === undefined) return;
    if (t === 'hundred' || t === 'thousand') {
      const before = EN_NUMBERS[tokens[i - 1] ?? ''];
      if (before !== undefined && before < 100) return; // "seven hundred": counted at "seven".
      terms.set(String(n), t);
      return;
    }
    const next = tokens[i + 1];
    if (next === 'hundred' || next === 'thousand') terms.set(String(n * EN_NUMBERS[next]!), `${t} ${next}`);
    else terms.set(String(n), t);
  });
  return terms;
}

/** Numbers and months in article metadata: the date's year, month and day, and digits in the title. */
function metadataTerms(meta: ArticleMeta): Set<string> {
  const terms = new Set<string>();
  const parts = (meta.date.value ?? '').match(/\d+/g) ?? [];
  parts.forEach((p, i) => {
    terms.add(String(Number(p)));
    if (i === 1) terms.add(`month ${Number(p)}`);
  });
  for (const t of arabicTerms(meta.title).keys()) terms.add(t);
  return terms;
}

/**
 * Capitalised words that are not names of anyone or anywhere: titles, demonyms and function words.
 * A demonym ("Egyptian") says no more than the quote's own adjective (مصرية).
 */
const EN_NOT_NAMES = new Set([
  'According', 'A', 'An', 'The', 'TV', 'Shura', 'Council', 'Foreign', 'Secretary', 'Libyan', 'Libyans',
  'British', 'Egyptian', 'Arab', 'Western', 'European', 'Syrian', 'Iraqi', 'American', 'US', 'Islamist',
  ...EN_MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)),
]);

/** An entity's English names: the full name, the parts around a parenthesis, and a person's surname. */
export function englishKeys(entity: Entity, otherNames: ReadonlySet<string> = new Set()): string[] {
  const keys = new Set<string>();
  const full = entity.name.en;
  const parts = full.split(/\s*[()]\s*/).filter((p) => p.trim() && !otherNames.has(p.trim()));
  for (const part of parts) {
    keys.add(part.trim());
    // "Al-Bunyan al-Marsous forces" → "Bunyan al-Marsous"; "Libyan Dar al-Ifta" → "Dar al-Ifta".
    const core = part.trim().replace(/^(?:Al-|The )/, '').replace(/(?:\s+[a-z]+)+$/, '');
    const first = core.split(' ')[0] ?? '';
    keys.add(core);
    if (EN_NOT_NAMES.has(first) && core.includes(' ')) keys.add(core.slice(first.length + 1));
  }
  if (entity.type === 'person') {
    const tokens = full.split(/\s+/);
    const last = tokens.at(-1) ?? full;
    keys.add(last);
    keys.add(last.replace(/^(?:al|el)-/, ''));
    if (tokens.length >= 3 && /^(?:Abdel|Abu|Abd)$/.test(tokens.at(-2) ?? '')) keys.add(tokens.slice(-2).join(' '));
  }
  for (const key of [...keys]) if (key.startsWith('Al-')) keys.add(`al-${key.slice(3)}`);
  return [...keys].filter((k) => k.length > 1).sort((a, b) => b.length - a.length);
}

/**
 * The entities an English text names, and its capitalised words that are no entity's name (not
 * counting the first word of a sentence and the words in {@link EN_NOT_NAMES}).
 */
export function englishNames(text: string, entities: readonly Entity[]): { ids: Set<string>; unknown: string[] } {
  const ids = new Set<string>();
  let rest = text;
  const fullNames = new Set(entities.map((e) => e.name.en));
  const keyed = entities.flatMap((e) =>
    englishKeys(e, new Set([...fullNames].filter((n) => n !== e.name.en))).map((key) => ({ key, id: e.id })),
  );
  keyed.sort((a, b) => b.key.length - a.key.length);
  for (const { key, id } of keyed) {
    const re = new RegExp(`(?<![\\w-])${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    if (re.test(rest)) {
      ids.add(id);
      rest = rest.replace(re, ' ');
    }
  }
  const unknown: string[] = [];
  for (const sentence of rest.split(/[.;:!?—]\s+|\(|\)|"/)) {
    const tokens = sentence.trim().split(/[\s,]+/);
    tokens.forEach((token, i) => {
      const word = token.replace(/['’]s$/, '').replace(/[^\w-]/g, '');
      if (i === 0 || !/^(?:(?:al|el)-)?[A-Z]/.test(word) || EN_NOT_NAMES.has(word)) return;
      unknown.push(word);
    });
  }
  return { ids, unknown };
}

// ── The checks ─────────────────────────────────────────────────────────────────────────────────

/** What the checks need besides the records. */
export interface CheckContext {
  claimsFile: string;
  entitiesFile: string;
  entities: readonly Entity[];
  entityById: ReadonlyMap<string, Entity>;
  metaById: ReadonlyMap<string, ArticleMeta>;
  /** Article texts by article id (whitespace as in the file). */
  textById: ReadonlyMap<string, string>;
  aliases: AliasWords;
}

/** Tracks a claim's `reviewed` exceptions: which excused something, and which are stale. */
class Exceptions {
  private readonly used = new Set<number>();

  constructor(private readonly claim: Claim) {}

  excuses(check: ReviewCheck, term: string): boolean {
    const i = (this.claim.reviewed ?? []).findIndex((r) => r.check === check && r.term === term);
    if (i < 0) return false;
    this.used.add(i);
    return true;
  }

  stale(): string[] {
    return (this.claim.reviewed ?? []).flatMap((r, i) => (this.used.has(i) ? [] : [`${r.check} "${r.term}"`]));
  }
}

/** The paragraph(s) of `text` that contain `quote` (the whole text when the quote spans lines). */
function paragraphsOf(text: string, quote: string): string {
  const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
  const q = collapse(quote);
  const hits = text.split(/\n+/).filter((p) => collapse(p).includes(q));
  return hits.length ? hits.join('\n') : text;
}

/** Checks (a), (b) and (d) on one claim. */
export function checkClaim(claim: Claim, ctx: CheckContext): string[] {
  const where = `${ctx.claimsFile}: claim "${claim.id}"`;
  const errors: string[] = [];
  const exceptions = new Exceptions(claim);
  const cited = claim.citations.filter((c) => ctx.metaById.has(c.articleId) && ctx.textById.has(c.articleId));
  const metas = [...new Set(cited.map((c) => c.articleId))].map((id) => ctx.metaById.get(id)!);
  const quotes = cited.map((c) => c.quote).join('\n');

  // (a) Summary terms: numbers and months, then names.
  const allowedTerms = new Set<string>([...arabicTerms(quotes).keys(), ...metas.flatMap((m) => [...metadataTerms(m)])]);
  const termsOf: Array<['ar' | 'en', Map<string, string>]> = [
    ['ar', arabicTerms(claim.summary.ar)],
    ['en', englishTerms(claim.summary.en)],
  ];
  for (const [lang, terms] of termsOf)
    for (const [term, written] of terms)
      if (!allowedTerms.has(term) && !exceptions.excuses('summary-terms', written))
        errors.push(
          `${where}: summary.${lang} says "${written}" (${term}), which is not in its quotes or the article's metadata (cite it, or add a reviewed exception)`,
        );
  // Names: in the quotes or the paragraph around them, where a quote refers back (التنظيم, قواته).
  const around = cited.map((c) => paragraphsOf(ctx.textById.get(c.articleId)!, c.quote)).join('\n');
  const quoted = namedIn(`${quotes}\n${around}`, ctx.aliases);
  const metaNamed = new Set<string>([
    claim.claimant,
    ...metas.flatMap((m) => (m.outletId ? [m.outletId] : [])),
  ]);
  const authorWords = metas.flatMap((m) => (m.author ? [m.author.en] : []));
  const ok = (id: string) => quoted.has(id) || metaNamed.has(id);
  for (const id of namedIn(claim.summary.ar, ctx.aliases, true))
    if (!ok(id) && !exceptions.excuses('summary-terms', id))
      errors.push(`${where}: summary.ar names "${id}", which neither its quotes nor the paragraphs around them name (cite it, or add a reviewed exception)`);
  const en = englishNames(claim.summary.en, ctx.entities);
  for (const id of en.ids)
    if (!ok(id) && !exceptions.excuses('summary-terms', id))
      errors.push(`${where}: summary.en names "${id}", which neither its quotes nor the paragraphs around them name (cite it, or add a reviewed exception)`);
  for (const word of en.unknown)
    if (!authorWords.some((a) => a.includes(word)) && !exceptions.excuses('summary-terms', word))
      errors.push(`${where}: summary.en has the name "${word}", which is no dataset entity's (check it against the quote and add a reviewed exception)`);

  // (b) Subjects and places are named in a quote or the paragraph around it.
  const nearby = namedIn(around, ctx.aliases);
  for (const [role, ids] of [['subject', claim.subjects], ['place', claim.places]] as const)
    for (const id of ids)
      if (!nearby.has(id) && !exceptions.excuses('named', id))
        errors.push(`${where}: ${role} "${id}" is not named in its quotes or the paragraphs around them (drop it, or add a reviewed exception)`);

  // (d) The claimant is the outlet of, or named in, a cited article.
  const claimant = ctx.entityById.get(claim.claimant);
  if (claimant) {
    const outletOf = metas.some(
      (m) => m.outletId === claimant.id || (m.outletId === null && claimant.type === 'outlet' && claimant.aliases.length === 0),
    );
    const named = metas.some((m) => namedIn(ctx.textById.get(m.id)!, ctx.aliases).has(claimant.id));
    if (!outletOf && !named && !exceptions.excuses('claimant', claimant.id))
      errors.push(`${where}: claimant "${claimant.id}" is neither the outlet of nor named in its cited article(s)`);
  }

  for (const stale of exceptions.stale())
    errors.push(`${where}: reviewed exception ${stale} excuses nothing any more (remove it)`);
  return errors;
}

/** First names common enough that, with a common surname, they name many people (folded). */
const COMMON_FIRST_NAMES = new Set(
  ['محمد', 'أحمد', 'محمود', 'علي', 'عمر', 'عبد الله', 'مصطفى', 'خالد', 'إبراهيم', 'يوسف', 'حسن', 'حسين', 'سالم', 'عبد الرحمن', 'صالح', 'خليفة'].map(normalizeKey),
);

/** Family names shared by many people in Libyan and Gulf news (folded). */
const COMMON_SURNAMES = new Set(
  ['المنصوري', 'المالكي', 'الحاسي', 'العبيدي', 'الأسد', 'القذافي', 'المصري', 'الليبي', 'الهاشمي', 'التميمي', 'الكعبي', 'الشامسي', 'المزروعي', 'النعيمي', 'الظاهري', 'الزوي', 'المصراتي', 'الورفلي'].map(normalizeKey),
);

/**
 * One-word person aliases reviewed as distinctive enough to match without context, with the reason.
 * Keyed `entity-id:alias`. Any other one-word alias of a person needs a context rule.
 */
export const DISTINCTIVE_SURNAMES: Readonly<Record<string, string>> = {
  'fayez-swiri:سويري': 'A rare family name: every «سويري» in the fixture corpus and the holdout is this journalist.',
  'ahmed-maiteeq:معيتيق': 'A rare family name: every «معيتيق» in the holdout is this politician (Mitiga airport, «معيتيقة», is a different word).',
  'abdel-fattah-el-sisi:السيسي': 'In Arabic news the bare «السيسي» is the Egyptian president: so in every holdout case that has it.',
};

/** Check (c): a person's alias that is a common name (first name + common surname, or one word) carries a context rule. */
export function checkCommonNames(entities: readonly Entity[], entitiesFile: string): string[] {
  const errors: string[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const alias of entity.aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      const w = normalizeWords(text);
      const firstAndSurname =
        w.length >= 2 && (COMMON_FIRST_NAMES.has(w[0]!) || COMMON_FIRST_NAMES.has(`${w[0]}${w[1]}`)) && COMMON_SURNAMES.has(w.at(-1)!);
      const oneWord = w.length === 1;
      if (!firstAndSurname && !oneWord) continue;
      const rules = typeof alias === 'string' ? undefined : alias.ambiguous;
      const hasRule = rules !== undefined && (rules.context.length > 0 || (rules.acceptUnconfirmed === true && rules.exclude.length > 0));
      if (hasRule) continue;
      if (oneWord && !firstAndSurname && `${entity.id}:${text}` in DISTINCTIVE_SURNAMES) continue;
      errors.push(
        `${entitiesFile}: entity "${entity.id}": alias "${text}" is a common personal name (${firstAndSurname ? 'a common first name and surname' : 'one word'}) and needs a context rule (ambiguous with context words, or acceptUnconfirmed with its other readings excluded)`,
      );
    }
  }
  return errors;
}
