/**
 * A person's family name after their full name on the page: news names a person in full once, then
 * by the family name alone (شكري الحاسي … وقال الحاسي). The family name is derived from the
 * person's full-name aliases, so it works for names the dataset lists only in full, and for a
 * family name that the dataset gives to another person (محمد إدريس المنصوري, then المنصوري, which
 * is an alias of محمد المنصوري): on the page, the person whose full name it names is the one meant.
 */
import { foldForMatching, matchWords } from '../arabic/normalize';
import { isDefinite, wordsBefore } from './rules';
import type { Candidate, Compiled } from './word-trie';

/** What the page policy asks about a one-word family name shared by full names of the dataset. */
export interface SurnameRule {
  /** The person this hit names. */
  entityId: string;
  /** True when the word is not this person's own alias: it counts only after their full name. */
  derived: boolean;
  /** Whether `full` is a fuller name ending in this family name: this person's (mine) or another's. */
  fullName(full: { entityId: string; alias: string }): 'mine' | 'rival' | null;
}

/**
 * The family name of a person's alias (folded words): the last word of a name of two or more words
 * that opens with a given name (not a title: اللواء المتقاعد) and ends in a family name with the
 * article of at least six letters (السراج، الحاسي، المنصوري; not a short common noun: الأسد).
 * Family names without the article (حفتر، صالح) are too often common words to count unlisted.
 */
export function familyName(words: readonly string[]): string | null {
  if (words.length < 2 || words[0]!.startsWith('ال')) return null;
  const last = words.at(-1)!;
  return last.startsWith('ال') && last.length >= 6 ? last : null;
}

/** The rule of `surname` for one person; `derived` as in {@link SurnameRule}. */
export function surnameRule(entityId: string, surname: string, derived: boolean): SurnameRule {
  return {
    entityId,
    derived,
    fullName(full) {
      const words = matchWords(full.alias);
      if (words.length < 2 || words.at(-1) !== surname) return null;
      return full.entityId === entityId ? 'mine' : 'rival';
    },
  };
}

/** Titles before a family name: apposition (العقيد القذافي), not a noun it qualifies (keys). */
const TITLES = new Set([
  'العقيد', 'اللواء', 'المشير', 'الرئيس', 'الشيخ', 'القائد', 'الجنرال', 'الدكتور', 'المهندس', 'السيد',
  'السيده', 'الوزير', 'العميد', 'الرائد', 'النقيب', 'المقدم', 'الحاج', 'الامير', 'الملك', 'النائب',
].map(foldForMatching));

/**
 * Whether a family name with the article reads here as an adjective of the definite noun before it
 * (الجيش الليبي، الطرف المنصوري): only spaces between, the noun definite and not a title.
 */
export function adjectiveReading(text: string, c: Candidate): boolean {
  if (c.prefix !== '') return false;
  const [prev] = wordsBefore(text, c.start, 1);
  if (!prev || /[^\s]/u.test(text.slice(prev.end, c.start))) return false;
  return isDefinite(prev.key) && !TITLES.has(prev.key.replace(/^[وف]/, ''));
}

/**
 * Puts the family names of persons' full-name aliases (`familyName`) into the matcher: a family name
 * counts for the persons whose full names end in it, unless it is their own alias. A family name that
 * is another entry's alias notes these persons on that entry (المنصوري); one that is no alias gets an
 * entry of its own that only the page policy can accept (الحاسي). An `elsewhere` word keeps its place.
 * Returns each person's derived rule, for the page rules.
 */
export function addFamilyNames(
  families: ReadonlyMap<string, { ids: ReadonlySet<string>; alias: string }>,
  byKey: Map<string, Compiled>,
  insert: (key: string, compiled: Compiled) => void,
  surnameRules: Map<string, SurnameRule>,
): Array<{ id: string; alias: string; rule: SurnameRule }> {
  const derived: Array<{ id: string; alias: string; rule: SurnameRule }> = [];
  for (const [key, { ids, alias }] of families) {
    const existing = byKey.get(key);
    if (existing?.signal !== undefined) continue;
    const owner = existing?.entry.entityId;
    const others = [...ids].filter((id) => id !== owner);
    if (!others.length) continue;
    if (existing) {
      existing.surnameOf = { ids: others, alias };
      surnameRules.set(`${owner}\u0000${existing.entry.alias}`, surnameRule(owner!, key, false));
    } else {
      const compiled: Compiled = {
        entry: { entityId: others[0]!, type: 'person', alias },
        rules: null,
        surnameOf: { ids: others, alias },
        surnameOnly: true,
      };
      byKey.set(key, compiled);
      insert(key, compiled);
    }
    for (const id of others) {
      const rule = surnameRule(id, key, true);
      surnameRules.set(`${id}\u0000${alias}`, rule);
      derived.push({ id, alias, rule });
    }
  }
  return derived;
}
