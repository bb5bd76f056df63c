/**
 * The dataset's zod schemas: the single source of truth for the curated data in data/ and for the
 * compiled JSON the extension bundles. TypeScript types come from `z.infer`.
 */
import { z } from 'zod';

/** Stable English slug: `khalifa-haftar`, `derna-mujahideen-shura-council`. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-hyphen slug');

export const Bilingual = z.object({ ar: z.string().min(1), en: z.string().min(1) }).strict();
export type Bilingual = z.infer<typeof Bilingual>;

/**
 * A date as a source gives it. `value` is ISO-like at the stated precision: `2016-04-26` (day),
 * `2016-04` (month), `2017` (year), or a period label for `period`. `inferred` marks dates the
 * dataset derived from the text ("last Wednesday") rather than read off a dateline. Unknown dates
 * are `{ precision: 'unknown' }` with no value: never invent one.
 */
export const DateSpec = z
  .object({
    value: z.string().optional(),
    precision: z.enum(['day', 'month', 'year', 'period', 'unknown']),
    inferred: z.boolean().default(false),
    /** How the date was found or inferred, in English (shown on hover in the UI). */
    note: z.string().optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const patterns: Record<string, RegExp> = {
      day: /^\d{4}-\d{2}-\d{2}$/,
      month: /^\d{4}-\d{2}$/,
      year: /^\d{4}$/,
      period: /^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/,
    };
    if (d.precision === 'unknown') {
      if (d.value) ctx.addIssue({ code: 'custom', message: 'an unknown date has no value' });
      return;
    }
    const re = patterns[d.precision];
    if (!d.value || (re && !re.test(d.value)))
      ctx.addIssue({ code: 'custom', message: `date value "${d.value ?? ''}" does not fit precision ${d.precision}` });
  });
export type DateSpec = z.infer<typeof DateSpec>;

export const ArticleKind = z.enum(['news-report', 'tv-report-transcript', 'news-analysis', 'opinion-column']);
export type ArticleKind = z.infer<typeof ArticleKind>;

/** Metadata of one source article (the text lives in data/articles/<file>). */
export const ArticleMeta = z
  .object({
    id: Slug,
    /** File name under data/articles/. */
    file: z.string().regex(/^[\w.-]+\.txt$/),
    /** The title as the article gives it (or a republication's title, flagged in `titleNote`). */
    title: z.string().min(1),
    titleNote: z.string().optional(),
    /**
     * 'republication' where the title is not the article's own but the one a republication gives it
     * (SOURCES.md: "a republication calls it …"). Cards and the reader say so next to the title.
     */
    titleFrom: z.literal('republication').optional(),
    /** Entity id of the outlet (type `outlet`), or null where the outlet is unknown. */
    outletId: Slug.nullable(),
    outletNote: z.string().optional(),
    /** Author as printed, or null where unknown. */
    author: Bilingual.nullable(),
    authorNote: z.string().optional(),
    /** 'republication' where the author is known only from a republication (SOURCES.md: "per a republication"). */
    authorFrom: z.literal('republication').optional(),
    date: DateSpec,
    kind: ArticleKind,
    /** The original URL where known, else null. */
    url: z.string().url().nullable(),
    /** A republication's URL where the original is unknown. */
    republishedUrl: z.string().url().nullable().default(null),
    /**
     * Entities the article's outlet is known to be critical of (from SOURCES.md), with `stanceNote`
     * saying how that is known. The build marks a card `oneSided` when every claim about its entity
     * comes from such articles (or from articles whose outlet is unknown).
     */
    criticalOf: z.array(Slug).optional(),
    stanceNote: z.string().optional(),
  })
  .strict();
export type ArticleMeta = z.infer<typeof ArticleMeta>;

/** An article as bundled: its metadata plus its verbatim text. */
export const Article = ArticleMeta.extend({ text: z.string().min(1) });
export type Article = z.infer<typeof Article>;

/**
 * Rules for an ambiguous alias (a word that is also a common word or another referent: البيضاء,
 * سرت, الحيلة, طرابلس). A match of an ambiguous alias counts only if it is not inside an `exclude`
 * phrase, and either a `context` word occurs within `window` words of it, or the page has at least
 * `pageMentions` unambiguous mentions of the dataset's entities. With `acceptUnconfirmed`, the
 * `exclude` phrases are the alias's only other readings and any other match counts as it stands.
 */
export const Ambiguity = z
  .object({
    /** Why it is ambiguous, in English (documentation for curators). */
    reason: z.string().min(1),
    /** Phrases (Arabic, matched normalised) in which the alias means something else: الدار البيضاء. */
    exclude: z.array(z.string().min(1)).default([]),
    /** Words that confirm this entity when they occur near the alias: مدينة, ليبيا. */
    context: z.array(z.string().min(1)).default([]),
    /** How many words on either side count as "near" for `context`. */
    window: z.number().int().positive().default(6),
    /** Unambiguous dataset mentions on the page that let the alias count without nearby context; 0 = never. */
    pageMentions: z.number().int().min(0).default(3),
    /**
     * The `exclude` phrases list every other reading (a surname shared by named relatives: صدام
     * حفتر; a continent: أمريكا اللاتينية): a match outside them needs no context and is not pending.
     */
    acceptUnconfirmed: z.boolean().optional(),
    /**
     * Words that say a page is about a namesake elsewhere (Lebanon's Tripoli: لبنان، اللبنانية، عكار،
     * طرابلس الشمال). Next to the alias they exclude it; anywhere on the page they stop the page's
     * evidence from accepting it, so there it needs its own context.
     */
    elsewhere: z.array(z.string().min(1)).optional(),
    /**
     * The last day (YYYY-MM-DD) this name meant this entity: later another body took it over (the
     * Presidential Council chosen in Geneva on 5 February 2021). On a page dated after it the name
     * is not this entity; on an undated page, or one dated before, the other rules decide.
     */
    until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    /**
     * The first day (YYYY-MM-DD) this name could mean this entity: the body did not exist before (the
     * Derna Mujahideen Shura Council, formed in 2014; Iraq's council of that name fought in 2006). On a
     * page dated before it the name is not this entity; on an undated page the other rules decide.
     */
    since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  })
  .strict();
export type Ambiguity = z.infer<typeof Ambiguity>;

/** An alias: a plain Arabic surface form, or one with ambiguity rules. */
export const Alias = z.union([
  z.string().min(1),
  z.object({ text: z.string().min(1), ambiguous: Ambiguity }).strict(),
]);
export type Alias = z.infer<typeof Alias>;

export const EntityType = z.enum(['person', 'organization', 'place', 'event', 'outlet']);
export type EntityType = z.infer<typeof EntityType>;

export const Coords = z
  .object({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    /** How exact the point is: a city centre, a district, or a region's rough centre. */
    precision: z.enum(['city', 'district', 'region']),
  })
  .strict();

export const Entity = z
  .object({
    id: Slug,
    type: EntityType,
    name: Bilingual,
    /**
     * Surface forms the matcher looks for. Empty only for an outlet that is never named on a page
     * (the unidentified broadcaster of a source article, kept so its claims have a claimant);
     * the dataset build rejects an empty list on any other entity.
     */
    aliases: z.array(Alias),
    description: Bilingual,
    related: z.array(Slug).default([]),
    coords: Coords.optional(),
    /**
     * Computed by the dataset build, never curated: every claim about this entity comes from outlets
     * critical of it (`outletIds`), or from an article whose outlet is unknown (`unknownOutlet`).
     */
    oneSided: z.object({ outletIds: z.array(Slug), unknownOutlet: z.boolean() }).strict().optional(),
  })
  .strict();
export type Entity = z.infer<typeof Entity>;

export const ClaimKind = z.enum(['allegation', 'reported-event', 'statement', 'opinion', 'analysis']);
export type ClaimKind = z.infer<typeof ClaimKind>;

export const Citation = z
  .object({
    articleId: Slug,
    /** Copied verbatim from the article (only whitespace may differ). */
    quote: z.string().min(8),
  })
  .strict();
export type Citation = z.infer<typeof Citation>;

/** Which build check a reviewed exception answers (see data/build-checks.ts). */
export const ReviewCheck = z.enum(['summary-terms', 'named', 'claimant']);
export type ReviewCheck = z.infer<typeof ReviewCheck>;

/**
 * A reviewed exception to a build check: the term it excuses (a number or word as the summary
 * writes it, a name, or an entity id) and why the record is right anyway.
 */
export const ReviewedException = z
  .object({ check: ReviewCheck, term: z.string().min(1), reason: z.string().min(10) })
  .strict();

export const Claim = z
  .object({
    id: Slug,
    kind: ClaimKind,
    /** Who makes the claim: an entity id (the outlet's id when the article asserts it itself). */
    claimant: Slug,
    /** Free-text description of the claimant when it is not a dataset entity ("sources in the city"). */
    claimantNote: Bilingual.optional(),
    subjects: z.array(Slug).min(1),
    places: z.array(Slug).default([]),
    /** When the claimed event happened or the claim was made, as the article gives it. */
    date: DateSpec,
    /** Written as an attributed claim ("According to …, …"), never as fact. */
    summary: Bilingual,
    citations: z.array(Citation).min(1, 'a claim needs at least one citation'),
    /** Reviewed exceptions to the build's fidelity checks, each with its reason. */
    reviewed: z.array(ReviewedException).optional(),
  })
  .strict();
export type Claim = z.infer<typeof Claim>;

/** The compiled dataset the extension bundles (data/generated/dataset.json). */
export const Dataset = z
  .object({
    /** Content hash of the compiled data: the background re-seeds IndexedDB when it changes. */
    version: z.string().min(1),
    articles: z.array(Article),
    entities: z.array(Entity),
    claims: z.array(Claim),
  })
  .strict();
export type Dataset = z.infer<typeof Dataset>;

/**
 * What the content script needs to match names (data/generated/matcher-index.json): aliases and
 * their rules only, no claims — small, public, and bundled so the first highlight needs no message.
 */
export const MatcherIndex = z
  .object({
    version: z.string(),
    entries: z.array(
      z
        .object({
          entityId: Slug,
          type: EntityType,
          alias: z.string(),
          ambiguous: Ambiguity.optional(),
          /**
           * For an ambiguous alias: the entities related to its entity (either direction), whose
           * mentions on the page count as evidence for it.
           */
          related: z.array(Slug).optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type MatcherIndex = z.infer<typeof MatcherIndex>;
