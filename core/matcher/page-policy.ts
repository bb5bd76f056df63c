/**
 * The ONE page-acceptance policy: which ambiguous names left pending by {@link Matcher.scan} a page
 * accepts. The content script and every quality test call it the same way, so a number the tests
 * report is the behaviour the extension ships.
 *
 * Evidence must be related, not merely present: a pending name counts when the page names (in an
 * accepted, not promoted, hit) the same entity or one related to it in the dataset — طرابلس on a
 * page that names ليبيا or حكومة الوفاق, not on any page that names three countries — or, for a
 * person's surname, their fuller name (فائز السراج, then السراج). A page that names the place's
 * namesake elsewhere (لبنان، عكار for طرابلس: `Ambiguity.elsewhere`) accepts none on page evidence:
 * there the name needs context next to it (scan decides that).
 *
 * Use: `add` each block's scan result as it is scanned (any order; scanning a block again is
 * harmless), then ask `accepts(hit)` for its pending hits; when `version` grows, pending hits
 * refused before may be offered again. {@link acceptPage} does all of this for a whole page.
 */
import type { Hit, Matcher, ScanResult } from './matcher';

/** The {@link PagePolicy.withdrawGroups} group of family names (a new full name may be a rival's). */
const FAMILY = '\u0000family';

export class PagePolicy {
  /** One accepted hit per entity and alias (a full name for the short-form rule). */
  private readonly names = new Map<string, Hit>();
  /** Entities named on the page by an accepted hit. */
  private readonly named = new Set<string>();
  /** Persons whose relatives the page names in full, and persons it names by more than a bare family name. */
  private readonly relatives = new Set<string>();
  private readonly himself = new Set<string>();
  /** Entities whose namesake elsewhere the page names. */
  private readonly elsewhere = new Set<string>();
  /** Places the page names a company after (شركة البريقة لتسويق النفط): its other bare names may be the company. */
  private readonly companies = new Set<string>();
  /**
   * What each growth of the evidence touches, in order ({@link changedSince}): an entity whose
   * namesake the page now names, or {@link FAMILY} when a newly named entity may be a full name.
   */
  private readonly changes: string[] = [];
  private version_ = 0;

  /**
   * @param date the page's date (YYYY, YYYY-MM or YYYY-MM-DD) when it gives one: a name another body
   * took over (`PageRule.until`) is not this entity on a page dated after that, nor one whose body was
   * not yet formed (`PageRule.since`) on a page dated before.
   */
  constructor(
    private readonly matcher: Matcher,
    private date?: string | null,
  ) {}

  /**
   * Whether the page is dated outside the days the hit's name meant its entity: after the last
   * (`until`, a body that took the name over) or before the first (`since`, a body not yet formed).
   */
  private outOfEra(hit: Hit): boolean {
    if (!this.date) return false;
    const rule = this.matcher.pageRule(hit);
    if (rule?.since && latestDay(this.date) < rule.since) return true;
    const until = !hit.former ? rule?.until : undefined;
    return !!until && earliestDay(this.date) > until;
  }

  /** Grows whenever the page's evidence changes. */
  get version(): number {
    return this.version_;
  }

  /** Records one block's scan result as page evidence. */
  add(result: ScanResult): void {
    const before = this.names.size + this.elsewhere.size + this.relatives.size + this.himself.size + this.companies.size;
    for (const h of result.hits) {
      // Named by more than a bare family name or as a relative's kin: the page names him himself.
      if (!h.bare && !h.kin && !this.himself.has(h.entityId)) this.himself.add(h.entityId), this.changes.push(FAMILY);
      const key = `${h.entityId}\u0000${h.alias}`;
      if (this.names.has(key)) continue;
      this.names.set(key, h);
      if (!this.named.has(h.entityId)) this.named.add(h.entityId), this.changes.push(FAMILY);
    }
    for (const r of result.relatives ?? []) {
      const [id, his] = r.split('\u0000') as [string, string?];
      const set = his ? this.himself : this.relatives;
      if (!set.has(id)) set.add(id), this.changes.push(FAMILY);
    }
    for (const id of result.signals ?? [])
      if (!this.elsewhere.has(id)) this.elsewhere.add(id), this.changes.push(id);
    // A company named after a place is that country's (شركة البريقة: Libyan): related evidence, and the page's
    // other bare names of the place may be the company (keeps).
    const named = this.named.size;
    for (const id of result.within ?? []) {
      this.named.add(id);
      if (!this.companies.has(id)) this.companies.add(id), this.changes.push(id);
    }
    if (this.names.size + this.elsewhere.size + this.relatives.size + this.himself.size + this.companies.size > before || this.named.size > named) this.version_++;
  }

  /** Whether a pending hit counts on this page now. */
  accepts(hit: Hit): boolean {
    if (this.outOfEra(hit) || this.relativeOnly(hit)) return false;
    const family = this.fullNames(hit);
    // A family name is the person whose full name the page gives (شكري الحاسي … الحاسي); when it
    // gives another person's and not this one's (محمد إدريس المنصوري … المنصوري), it is not this one.
    if (family) {
      if (family.derived) return family.mine && !family.rival;
      if (family.rival && !family.mine) return false;
    }
    const rule = this.matcher.pageRule(hit);
    if (!rule) return true;
    if (this.elsewhere.has(rule.entityId)) return false;
    // One person per name on a page: «المالكي» confirmed by «العراق» beside it is the same man in
    // the next paragraph's «وأضاف المالكي». Not for other kinds, whose names are also common nouns
    // a page uses in both senses (القاعدة: the organisation, then a military base).
    if (rule.person && this.names.has(`${hit.entityId}\u0000${hit.alias}`)) return true;
    for (const h of this.names.values()) if (rule.shortens(h)) return true;
    if (rule.pageMentions === 0) return false;
    for (const id of rule.related) if (this.named.has(id)) return true;
    return false;
  }

  /**
   * Whether an accepted hit stays: a bare one-word place name without rules goes when the page
   * names its namesake, or a company or club after it (شركة البريقة … وختمت البريقة في بيانها: the company
   * again) unless a noun of a town governs it (مدينة البريقة),
   * a family name goes when the page gives another person's full name with it, not this one's, and
   * a hit confirmed only by common words ({@link Hit.weak}) goes on a page naming its namesake.
   */
  keeps(hit: Hit, asRelative = true): boolean {
    if (this.outOfEra(hit) || (asRelative && this.relativeOnly(hit))) return false;
    const family = this.fullNames(hit);
    if (family && family.rival && !family.mine) return false;
    // «مدينة البيضاء» on a page about Yemen: the common word beside it fits the namesake too.
    if (hit.weak && this.elsewhere.has(hit.entityId)) return false;
    const gone = this.elsewhere.has(hit.entityId) || (this.companies.has(hit.entityId) && !hit.town);
    return !(gone && !hit.ambiguous && !/\s/u.test(hit.alias) && !this.matcher.pageRule(hit));
  }

  /**
   * The groups a hit shown on the page is checked again with when later evidence touches them
   * ({@link changedSince}): a shown name may stop counting when the page goes on to name a
   * namesake (طرابلس in a headline, لبنان further down) or another person's full name. Empty when
   * nothing can take it back. `pending`: shown because the page accepted it.
   */
  withdrawGroups(hit: Hit, pending: boolean): string[] {
    const groups: string[] = [];
    if (this.matcher.surnameRule(hit) || hit.bare) groups.push(FAMILY);
    const rule = this.matcher.pageRule(hit);
    if (pending || hit.weak || (!hit.ambiguous && !/\s/u.test(hit.alias) && !rule)) groups.push(rule?.entityId ?? hit.entityId);
    return groups;
  }

  /** The groups touched by evidence added since `mark` (0, or the `mark` a previous call returned). */
  changedSince(mark: number): { mark: number; groups: Set<string> } {
    return { mark: this.changes.length, groups: new Set(this.changes.slice(mark > this.changes.length ? 0 : mark)) };
  }

  /** Whether a hit shown earlier still counts with the page's evidence now: what {@link acceptPage} shows. */
  stillShown(hit: Hit, pending: boolean): boolean {
    return pending ? this.accepts(hit) : this.keeps(hit);
  }

  /**
   * A hit kept back only because the page names a relative and not the person (yet): it waits as a
   * pending hit, which {@link accepts} takes once the page names him after all.
   */
  withheld(hit: Hit): boolean {
    return this.relativeOnly(hit) && this.keeps(hit, false);
  }

  /** A bare family name on a page that names a relative of the person in full and never him. */
  private relativeOnly(hit: Hit): boolean {
    return !!hit.bare && this.relatives.has(hit.entityId) && !this.himself.has(hit.entityId);
  }

  /** For a family name several persons share: whether the page gives this person's full name, another's. */
  private fullNames(hit: Hit): { derived: boolean; mine: boolean; rival: boolean } | null {
    const rule = this.matcher.surnameRule(hit);
    if (!rule) return null;
    let mine = false;
    let rival = false;
    for (const h of this.names.values()) {
      const f = rule.fullName(h);
      if (f === 'mine') mine = true;
      else if (f === 'rival') rival = true;
    }
    return { derived: rule.derived, mine, rival };
  }

  /**
   * Forgets the page (the content script starts over). `date`: the page's date now, for a page
   * that became another without loading (a single-page site's navigation).
   */
  reset(date?: string | null): void {
    this.date = date;
    this.names.clear();
    this.named.clear();
    this.elsewhere.clear();
    this.companies.clear();
    this.relatives.clear();
    this.himself.clear();
    this.changes.length = 0;
    this.version_++;
  }
}

/** The first day a date of the form YYYY, YYYY-MM or YYYY-MM-DD can mean, as YYYY-MM-DD. */
function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

/** The last day it can mean, as YYYY-MM-DD (a month's end as its 31st: only compared, never shown). */
function latestDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date.slice(0, 10);
}

/** The hits a page shows, block by block: each block's accepted hits and the pending ones the page accepts. */
export function acceptPage(matcher: Matcher, results: readonly ScanResult[], date?: string | null): Hit[][] {
  const policy = new PagePolicy(matcher, date);
  for (const r of results) policy.add(r);
  return results.map((r) => {
    const hits = r.hits.filter((h) => policy.keeps(h));
    const pending = r.pending.filter((h) => policy.accepts(h));
    return pending.length ? [...hits, ...pending].sort((a, b) => a.start - b.start) : hits;
  });
}

/**
 * The matcher as the content script's highlighter uses it: every scan feeds one page policy, and a
 * pending hit asks that policy (the highlighter's own count and page hits are not needed).
 * `evidenceVersion` grows when the evidence does, for re-offering pending hits; `changedSince` tells
 * which shown hits (by their `withdrawGroups`) to check again with `stillShown`. `date` reads the
 * page's date (as acceptPage's): now, and again on each `reset`.
 */
export function pageMatcher(
  matcher: Matcher,
  date: () => string | null | undefined = () => null,
): {
  scan(text: string, where?: { chrome: boolean }): ScanResult;
  acceptsPending(hit: Hit): boolean;
  evidenceVersion(): number;
  withdrawGroups(hit: Hit, pending: boolean): string[];
  changedSince(mark: number): { mark: number; groups: Set<string> };
  stillShown(hit: Hit, pending: boolean): boolean;
  reset(): void;
} {
  const policy = new PagePolicy(matcher, date());
  return {
    scan(text, where) {
      const result = matcher.scan(text);
      // A site's menu or footer («لبنان | سوريا | ليبيا») is on all its pages: no evidence of this one's topic.
      if (!where?.chrome) policy.add(result);
      // A hit goes when the page's evidence so far makes it a namesake (a company, another person); a
      // relative's family name waits, as the page may name the person himself further on.
      const hits = result.hits.filter((h) => policy.keeps(h));
      if (hits.length === result.hits.length) return result;
      const waiting = result.hits.filter((h) => !hits.includes(h) && policy.withheld(h));
      return { ...result, hits, pending: waiting.length ? [...result.pending, ...waiting] : result.pending };
    },
    acceptsPending: (hit) => policy.accepts(hit),
    evidenceVersion: () => policy.version,
    // A name shown in an early block is taken back when a later one makes it a namesake, so the
    // page ends up showing what acceptPage shows for the whole page.
    withdrawGroups: (hit, pending) => policy.withdrawGroups(hit, pending),
    changedSince: (mark) => policy.changedSince(mark),
    stillShown: (hit, pending) => policy.stillShown(hit, pending),
    // The date is read again: a single-page site's navigation changes the page under the script.
    reset: () => policy.reset(date()),
  };
}
