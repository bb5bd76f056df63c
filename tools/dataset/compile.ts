/**
 * The dataset build: validates the curated articles, entities and claims, verifies every citation
 * against its article's text, and compiles the bundled JSON (dataset + matcher index). Pure: the
 * caller supplies the article texts, so tests can feed small synthetic inputs.
 *
 * It refuses schema violations, duplicate ids, dangling references, quotes that are not verbatim,
 * colliding aliases, claims without citations, entities no claim mentions and missing required
 * entities, and it runs the fidelity checks of tools/dataset/build-checks.ts (summary terms in the quotes,
 * tags named, common names with context rules, claimants in their articles). It reports every
 * problem it finds, not just the first. It computes each entity's `oneSided` marker from the
 * articles' `criticalOf`.
 */
import { createHash } from 'node:crypto';

import type { z } from 'zod';

import { normalizeKey } from '../../core/arabic/normalize';
import { aliasWords, checkClaim, checkCommonNames } from './build-checks';
import {
  Article,
  ArticleMeta,
  Claim,
  ClaimKind,
  Dataset,
  Entity,
  EntityType,
  MatcherIndex,
} from '../../core/dataset/schema';

/** Entity ids the extension and its documentation rely on: the build fails if one is missing. */
export const REQUIRED_ENTITY_IDS: readonly string[] = [
  'khalifa-haftar', 'adel-abdel-kafi', 'fayez-swiri', 'mustafa-al-sharkasi', 'fayez-al-sarraj',
  'shukri-al-hasi', 'ahmed-maiteeq', 'philip-hammond', 'muammar-gaddafi', 'abdel-fattah-el-sisi',
  'nouri-al-maliki', 'bashar-al-assad', 'mohammed-al-mansouri', 'mohammed-idris-al-mansouri', 'islamic-state', 'operation-dignity',
  'derna-mujahideen-shura-council', 'benghazi-revolutionaries-shura-council',
  'government-of-national-accord', 'presidential-council', 'bunyan-al-marsous',
  'general-national-congress', 'dar-al-ifta', 'united-nations', 'derna', 'fataeh', 'brega', 'tobruk',
  'bayda', 'sirte', 'misrata', 'benghazi', 'sabri', 'ganfouda', 'oil-crescent', 'ain-mara', 'al-hila',
  'tripoli', 'jufra', 'cairo', 'abu-dhabi', 'sinai', 'skhirat',
];

/**
 * Entities kept for context although no claim is about them, each with the reviewed reason: their
 * card shows the description and related entities only. Any other entity no claim mentions fails.
 */
export const CONTEXT_ONLY_ENTITIES: Readonly<Record<string, string>> = {
  skhirat:
    'The town where the Skhirat agreement was signed (related to skhirat-agreement); the claims name only the agreement, so the town is no claim\'s place (provenance review C15).',
};

/** Longest quote accepted: a citation is a clause or a sentence, not a page. */
export const MAX_QUOTE_CHARS = 300;

/** Where each kind of record lives, for error messages. */
export interface SourcePaths {
  articles: string;
  entities: string;
  claims: string;
  /** Directory of the article texts (no trailing slash). */
  articleDir: string;
}

export const DEFAULT_PATHS: SourcePaths = {
  articles: 'data/articles.ts',
  entities: 'data/entities.ts',
  claims: 'data/claims.ts',
  articleDir: 'data/articles',
};

/** The curated inputs. Records are `unknown` because the build is what validates them. */
export interface DatasetSources {
  articles: readonly unknown[];
  entities: readonly unknown[];
  claims: readonly unknown[];
  /** The text of an article file (a name under `paths.articleDir`); may throw if it is missing. */
  readArticle: (file: string) => string;
  paths?: Partial<SourcePaths>;
  /** Defaults to `REQUIRED_ENTITY_IDS`; tests pass `[]`. */
  requiredEntityIds?: readonly string[];
}

/** What the build found, for the CLI to print. */
export interface DatasetSummary {
  version: string;
  entitiesByType: Record<EntityType, number>;
  claimsByKind: Record<ClaimKind, number>;
  claimsPerArticle: Record<string, number>;
  aliases: number;
  quotesVerified: number;
  quotesTotal: number;
  requiredIdsPresent: number;
  requiredIdsTotal: number;
  /** Entities whose claims all come from critical (or unknown) outlets: their cards say so. */
  oneSided: string[];
  /** Reviewed exceptions to the fidelity checks, over all claims. */
  reviewedExceptions: number;
  /** Not errors, but worth a curator's look (e.g. a quote that occurs twice in its article). */
  warnings: string[];
}

export interface CompiledDataset {
  dataset: Dataset;
  matcherIndex: MatcherIndex;
  summary: DatasetSummary;
}

/** Every problem the build found, one message per line, each naming its file and record. */
export class DatasetError extends Error {
  readonly errors: readonly string[];

  constructor(errors: readonly string[]) {
    super(`dataset build failed with ${errors.length} error(s):\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'DatasetError';
    this.errors = errors;
  }
}

/** Runs of whitespace count as one space: the only difference a quote may have from its article. */
function collapseWhitespace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** How many times `needle` occurs in `haystack` (overlapping occurrences included). */
function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(record)'}: ${issue.message}`)
    .join('; ');
}

/** `"some-id"` when the raw record has a string id, else `#index`, for messages about invalid records. */
function rawLabel(record: unknown, index: number): string {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `"${id}"` : `#${index}`;
}

/**
 * `entity` with its `oneSided` marker when every claim about it (as a subject) cites only articles
 * critical of it or of unknown outlet, and at least one is critical: the card says so.
 */
function withOneSided(entity: Entity, claims: readonly Claim[], metaById: ReadonlyMap<string, ArticleMeta>): Entity {
  const cited = claims
    .filter((c) => c.subjects.includes(entity.id))
    .flatMap((c) => c.citations.map((q) => metaById.get(q.articleId)))
    .filter((m) => m !== undefined);
  const critical = cited.filter((m) => m.criticalOf?.includes(entity.id));
  const unknown = cited.filter((m) => m.outletId === null);
  if (critical.length === 0 || critical.length + unknown.length < cited.length) return entity;
  const outletIds = [...new Set(critical.flatMap((m) => (m.outletId ? [m.outletId] : [])))].sort();
  return { ...entity, oneSided: { outletIds, unknownOutlet: unknown.length > 0 } };
}

/**
 * Validates and compiles the dataset. Throws a `DatasetError` listing every problem found.
 */
export function compileDataset(sources: DatasetSources): CompiledDataset {
  const paths: SourcePaths = { ...DEFAULT_PATHS, ...sources.paths };
  const required = sources.requiredEntityIds ?? REQUIRED_ENTITY_IDS;
  const errors: string[] = [];
  const warnings: string[] = [];

  // 1. Schemas, record by record, so one bad record does not hide the others.
  function parseAll<T>(records: readonly unknown[], schema: z.ZodType<T>, file: string, noun: string): T[] {
    const parsed: T[] = [];
    records.forEach((record, index) => {
      const result = schema.safeParse(record);
      if (result.success) parsed.push(result.data);
      else errors.push(`${file}: ${noun} ${rawLabel(record, index)}: schema: ${formatIssues(result.error)}`);
    });
    return parsed;
  }
  const metas = parseAll(sources.articles, ArticleMeta, paths.articles, 'article');
  const entities = parseAll(sources.entities, Entity, paths.entities, 'entity');
  const claims = parseAll(sources.claims, Claim, paths.claims, 'claim');

  // 2. Ids: unique within and across articles, entities and claims.
  const owners = new Map<string, string>();
  const claimId = (id: string, file: string, noun: string): void => {
    const here = `${noun} "${id}" in ${file}`;
    const previous = owners.get(id);
    if (previous) errors.push(`${file}: ${noun} "${id}": duplicate id (also ${previous})`);
    else owners.set(id, here);
  };
  metas.forEach((a) => claimId(a.id, paths.articles, 'article'));
  entities.forEach((e) => claimId(e.id, paths.entities, 'entity'));
  claims.forEach((c) => claimId(c.id, paths.claims, 'claim'));

  const entityById = new Map(entities.map((e) => [e.id, e]));
  const metaById = new Map(metas.map((a) => [a.id, a]));

  // 3. Article texts and metadata that can be checked against them.
  const articles: Article[] = [];
  const collapsedText = new Map<string, string>();
  for (const meta of metas) {
    const where = `${paths.articles}: article "${meta.id}"`;
    const textPath = `${paths.articleDir}/${meta.file}`;
    let text: string;
    try {
      text = sources.readArticle(meta.file);
    } catch (e) {
      errors.push(`${where}: cannot read ${textPath}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (!text.trim()) {
      errors.push(`${where}: ${textPath} is empty`);
      continue;
    }
    const firstLine = text.split('\n').find((line) => line.trim())?.trim() ?? '';
    if (meta.titleNote === undefined && firstLine !== meta.title.trim())
      errors.push(`${where}: title is not the first line of ${textPath} (give a titleNote if it comes from elsewhere)`);
    if (meta.outletId !== null) {
      const outlet = entityById.get(meta.outletId);
      if (!outlet) errors.push(`${where}: outletId "${meta.outletId}" is not an entity`);
      else if (outlet.type !== 'outlet') errors.push(`${where}: outletId "${meta.outletId}" is a ${outlet.type}, not an outlet`);
    }
    for (const id of meta.criticalOf ?? [])
      if (!entityById.has(id)) errors.push(`${where}: criticalOf "${id}" is not an entity`);
    if (meta.criticalOf?.length && (!meta.stanceNote || meta.outletId === null))
      errors.push(`${where}: criticalOf needs a known outlet and a stanceNote saying how its stance is known`);
    articles.push({ ...meta, text });
    collapsedText.set(meta.id, collapseWhitespace(text));
  }

  // 4. Entities: references and aliases.
  const unambiguousOwner = new Map<string, { entityId: string; alias: string }>();
  for (const entity of entities) {
    for (const alias of entity.aliases)
      if (typeof alias === 'string') {
        const key = normalizeKey(alias);
        if (!unambiguousOwner.has(key)) unambiguousOwner.set(key, { entityId: entity.id, alias });
      }
  }
  errors.push(...checkCommonNames(entities, paths.entities));
  for (const entity of entities) {
    const where = `${paths.entities}: entity "${entity.id}"`;
    if (entity.oneSided) errors.push(`${where}: oneSided is computed by the build, not curated`);
    for (const id of entity.related) {
      if (!entityById.has(id)) errors.push(`${where}: related "${id}" is not an entity`);
      if (id === entity.id) errors.push(`${where}: related lists the entity itself`);
    }
    if (entity.aliases.length === 0 && entity.type !== 'outlet')
      errors.push(`${where}: no aliases (only an outlet that is never named on a page may have none)`);
    const seen = new Map<string, string>();
    for (const alias of entity.aliases) {
      const text = typeof alias === 'string' ? alias : alias.text;
      const key = normalizeKey(text);
      if (!key) {
        errors.push(`${where}: alias "${text}" is empty once normalised`);
        continue;
      }
      const same = seen.get(key);
      if (same !== undefined)
        errors.push(`${where}: alias "${text}" duplicates alias "${same}" of the same entity once normalised`);
      seen.set(key, text);
      const other = unambiguousOwner.get(key);
      if (other && other.entityId !== entity.id)
        errors.push(
          `${where}: alias "${text}" collides with unambiguous alias "${other.alias}" of entity "${other.entityId}" once normalised`,
        );
    }
  }

  // 5. Claims: references and citations.
  const mentioned = new Set<string>(metas.flatMap((a) => (a.outletId ? [a.outletId] : [])));
  let quotesTotal = 0;
  let quotesVerified = 0;
  for (const claim of claims) {
    const where = `${paths.claims}: claim "${claim.id}"`;
    const refs: Array<[string, string]> = [
      ['claimant', claim.claimant],
      ...claim.subjects.map((id): [string, string] => ['subject', id]),
      ...claim.places.map((id): [string, string] => ['place', id]),
    ];
    for (const [role, id] of refs) {
      mentioned.add(id);
      const entity = entityById.get(id);
      if (!entity) errors.push(`${where}: ${role} "${id}" is not an entity`);
      else if (role === 'place' && entity.type !== 'place')
        errors.push(`${where}: place "${id}" is a ${entity.type}, not a place`);
    }
    claim.citations.forEach((citation, index) => {
      const cite = `${where}: citation ${index + 1}`;
      quotesTotal++;
      const meta = metaById.get(citation.articleId);
      if (!meta) {
        errors.push(`${cite}: article "${citation.articleId}" does not exist`);
        return;
      }
      const text = collapsedText.get(meta.id);
      if (text === undefined) return; // Its text could not be read: already reported.
      const quote = collapseWhitespace(citation.quote);
      if (citation.quote.length > MAX_QUOTE_CHARS)
        errors.push(`${cite}: quote is ${citation.quote.length} characters (at most ${MAX_QUOTE_CHARS}: cite a clause or a sentence)`);
      const occurrences = countOccurrences(text, quote);
      if (occurrences === 0) {
        errors.push(
          `${cite}: quote not found verbatim in article "${meta.id}" (${paths.articleDir}/${meta.file}): «${quote.slice(0, 60)}${quote.length > 60 ? '…' : ''}»`,
        );
        return;
      }
      quotesVerified++;
      if (occurrences > 1)
        warnings.push(`${cite}: quote occurs ${occurrences} times in article "${meta.id}"; the reader highlights the first`);
    });
  }

  // 5b. Fidelity checks (tools/dataset/build-checks.ts) on claims whose references resolved.
  const aliases = aliasWords(entities);
  const textById = new Map(articles.map((a) => [a.id, a.text]));
  for (const claim of claims)
    errors.push(
      ...checkClaim(claim, {
        claimsFile: paths.claims,
        entitiesFile: paths.entities,
        entities,
        entityById,
        metaById,
        textById,
        aliases,
      }),
    );

  // 6. Coverage: every entity is mentioned somewhere; the required ones exist.
  for (const entity of entities)
    if (!mentioned.has(entity.id) && !(entity.id in CONTEXT_ONLY_ENTITIES))
      errors.push(
        `${paths.entities}: entity "${entity.id}": no claim mentions it (as claimant, subject or place) and it is no article's outlet`,
      );
  const missing = required.filter((id) => !entityById.has(id));
  for (const id of missing) errors.push(`${paths.entities}: required entity "${id}" is missing`);

  if (errors.length) throw new DatasetError(errors);

  // 7. Compile. The version hashes the content, so any change re-seeds the extension's database.
  const content = { articles, entities: entities.map((e) => withOneSided(e, claims, metaById)), claims };
  const version = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 16);
  const dataset = Dataset.parse({ version, ...content });
  // Relations both ways and two steps deep: a page that names Libya or Haftar is evidence for
  // Tripoli (tripoli → libya → khalifa-haftar), one that names only the UN is not.
  const direct = new Map<string, Set<string>>(entities.map((e) => [e.id, new Set(e.related)]));
  for (const e of entities) for (const id of e.related) direct.get(id)?.add(e.id);
  const relatedOf = new Map<string, Set<string>>();
  for (const [id, near] of direct) {
    const all = new Set(near);
    for (const n of near) for (const m of direct.get(n) ?? []) all.add(m);
    all.delete(id);
    relatedOf.set(id, all);
  }
  const matcherIndex = MatcherIndex.parse({
    version,
    entries: entities.flatMap((entity) =>
      entity.aliases.map((alias) =>
        typeof alias === 'string'
          ? { entityId: entity.id, type: entity.type, alias }
          : {
              entityId: entity.id,
              type: entity.type,
              alias: alias.text,
              ambiguous: alias.ambiguous,
              related: [...(relatedOf.get(entity.id) ?? [])].sort(),
            },
      ),
    ),
  });

  const entitiesByType = Object.fromEntries(EntityType.options.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const e of entities) entitiesByType[e.type]++;
  const claimsByKind = Object.fromEntries(ClaimKind.options.map((k) => [k, 0])) as Record<ClaimKind, number>;
  for (const c of claims) claimsByKind[c.kind]++;
  const claimsPerArticle = Object.fromEntries(metas.map((a) => [a.id, 0])) as Record<string, number>;
  for (const c of claims)
    for (const articleId of new Set(c.citations.map((q) => q.articleId)))
      claimsPerArticle[articleId] = (claimsPerArticle[articleId] ?? 0) + 1;

  return {
    dataset,
    matcherIndex,
    summary: {
      version,
      entitiesByType,
      claimsByKind,
      claimsPerArticle,
      aliases: matcherIndex.entries.length,
      quotesVerified,
      quotesTotal,
      requiredIdsPresent: required.length - missing.length,
      requiredIdsTotal: required.length,
      oneSided: dataset.entities.filter((e) => e.oneSided).map((e) => e.id),
      reviewedExceptions: claims.reduce((n, c) => n + (c.reviewed?.length ?? 0), 0),
      warnings,
    },
  };
}
