/**
 * The one message protocol between the extension's parts. Every request and response is a zod
 * schema; types come from `z.infer`. Maps are named by direction. The background validates every
 * request at its door and always answers with data: `{ ok: true, value } | { ok: false, error }`
 * (Errors don't serialise across the message channel).
 *
 * On the wire a request is flat: `{ type: 'notes.save', note: {...} }` — the `type` plus the fields
 * of that type's `request` schema. Send through `sendToBackground` / `sendToTab` (protocol/messaging.ts).
 */
import { z } from 'zod';

import { ArticleMeta, Article, Bilingual, Claim, Entity, EntityType, Slug } from '../core/dataset/schema';

import { NOTE_MAX_CHARS } from './result';

export { err, NOTE_MAX_CHARS, ok, type Result } from './result';

/** W3C Web Annotation TextQuoteSelector: exact text with some context either side. */
export const TextQuoteAnchor = z
  .object({
    exact: z.string().min(1).max(2000),
    prefix: z.string().max(200).default(''),
    suffix: z.string().max(200).default(''),
  })
  .strict();
export type TextQuoteAnchor = z.infer<typeof TextQuoteAnchor>;


/** The latest time a JavaScript Date can hold (ms since 1970): a later one is an Invalid Date. */
export const MAX_TIME = 8.64e15;

/** Whether `url` is an http(s) URL: notes belong to web pages, and are rendered as links. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** A note's time: a whole number of ms within a Date's range (a larger one breaks every date display). */
const NoteTime = z.number().int().nonnegative().max(MAX_TIME, 'must be a date within the range of a JavaScript Date');

export const Note = z
  .object({
    id: z.string().min(1).max(100),
    entityId: Slug,
    url: z.string().max(4096).refine(isHttpUrl, 'must be an http(s) page URL'),
    pageTitle: z.string().max(1000).default(''),
    anchor: TextQuoteAnchor,
    text: z.string().max(NOTE_MAX_CHARS),
    createdAt: NoteTime,
    updatedAt: NoteTime,
  })
  .strict();
export type Note = z.infer<typeof Note>;

/** A note's anchor without its text: all the content script ever needs to mark a highlight. */
export const NoteMarker = Note.pick({ id: true, entityId: true, anchor: true });
export type NoteMarker = z.infer<typeof NoteMarker>;

export const SiteState = z.object({ host: z.string(), enabled: z.boolean(), paused: z.boolean() }).strict();
export type SiteState = z.infer<typeof SiteState>;

const host = z.string().min(1).max(253);

/** Just enough of an entity to name and link it: related entities, claimants, places, outlets. */
export const EntityRef = z.object({ id: Slug, type: EntityType, name: Bilingual }).strict();
export type EntityRef = z.infer<typeof EntityRef>;

/**
 * An entity's card, answered by `entity.get`: the entity; its claims (as subject or place), newest
 * first by the claim's date (an unknown date sorts by its first cited article's date, then last);
 * the metadata of every article those claims cite (no text: `article.get` gives the text); the
 * entity's `related` entities; and `refs`, every other entity the claims or articles name
 * (claimants, subjects, places, outlets) so the card can show names without more messages.
 */
export const EntityCard = z
  .object({
    entity: Entity,
    claims: z.array(Claim),
    articles: z.array(ArticleMeta),
    related: z.array(EntityRef),
    refs: z.array(EntityRef),
  })
  .strict();
export type EntityCard = z.infer<typeof EntityCard>;

/** A per-site setting as the options page lists it. */
export const SiteSetting = z.object({ host: z.string(), enabled: z.boolean(), updatedAt: z.number() }).strict();
export type SiteSetting = z.infer<typeof SiteSetting>;


// ─── Reader settings, "not this one" dismissals, notes listing and import (branch ux) ───────────

/** How the reader opens a card, how densely names are highlighted, and which kinds of names. */
export const Settings = z
  .object({
    /** `hover`: a card opens after `hoverDelay` ms of resting on a name (and on click); `click`: only on click/Enter. */
    open: z.enum(['hover', 'click']),
    hoverDelay: z.number().int().min(0).max(3000),
    /** `all` every mention; `paragraph` the first of each name per paragraph; `page` the first on the page. */
    density: z.enum(['all', 'paragraph', 'page']),
    /** Kinds of names to highlight. */
    types: z.array(EntityType).max(5),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  open: 'hover',
  hoverDelay: 150,
  density: 'all',
  types: ['person', 'organization', 'place', 'event', 'outlet'],
};

/**
 * "Not this one": the reader marked a highlight as wrong. It hides that phrase for that entity on
 * the page it was marked on (`page`), on every page of that site (`site`) or everywhere; it keeps
 * the phrase's context and page so it can be sent to the dataset's curators as a report.
 */
export const Dismissal = z
  .object({
    id: z.string().min(1).max(100),
    phrase: z.string().min(1).max(200),
    entityId: Slug,
    scope: z.enum(['page', 'site', 'everywhere']),
    /** The page it was marked on (without #fragment). */
    url: z.string().url().max(4096),
    /** A few words either side, as the reader saw them. */
    context: z.string().max(1000).default(''),
    createdAt: z.number().int().nonnegative(),
  })
  .strict();
export type Dismissal = z.infer<typeof Dismissal>;

/**
 * A dismissal as a news page's content script gets it: the phrase to hide for that entity on the
 * page it asked about (the background has applied the scope). No dismissal's page URL or context:
 * those name other pages the reader visited and their text, and a news page's renderer must not
 * hold them.
 */
export const PageDismissal = Dismissal.pick({ entityId: true, phrase: true });
export type PageDismissal = z.infer<typeof PageDismissal>;

/** What importing a notes file did: counts, or why nothing was written. */
export const ImportOutcome = z.union([
  z
    .object({
      ok: z.literal(true),
      format: z.enum(['json', 'web-annotation']),
      summary: z.object({ added: z.number(), updated: z.number(), unchanged: z.number() }),
      /** Annotations of another tool's file left out, by reason. */
      skipped: z.object({ noKnownName: z.number(), noQuote: z.number(), invalid: z.number() }).optional(),
    })
    .strict(),
  z
    .object({
      ok: z.literal(false),
      error: z.enum(['too-large', 'not-json', 'unknown-format', 'foreign-annotations', 'invalid']),
      detail: z.string().optional(),
    })
    .strict(),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** Requests of the settings page, the "not this one" control and the notes list. */
const ReaderRequests = {
  /** The reader's settings (defaults filled in). Content scripts ask it to decide what to paint. */
  'settings.get': { request: z.object({}).strict(), response: Settings },
  /** Changes some settings; open tabs get `settings.changed`. */
  'settings.set': { request: z.object({ settings: Settings.partial() }).strict(), response: Settings },
  /** Whether highlighting is paused on every site (`pause.set` changes it). */
  'pause.get': { request: z.object({}).strict(), response: z.object({ paused: z.boolean() }) },
  /** The phrases dismissed on a page (its own dismissals, its site's, everywhere's), without their origin. */
  'dismissals.forPage': { request: z.object({ url: z.string().max(4096) }).strict(), response: z.array(PageDismissal) },
  'dismissals.list': { request: z.object({}).strict(), response: z.array(Dismissal) },
  'dismissals.add': { request: z.object({ dismissal: Dismissal }).strict(), response: Dismissal },
  'dismissals.remove': { request: z.object({ id: z.string().min(1).max(100) }).strict(), response: z.null() },
  /** Every note, newest first (the options page's list). */
  'notes.list': { request: z.object({}).strict(), response: z.array(Note) },
  /** Imports an export file's text in one transaction: all of it or nothing. */
  'notes.import': { request: z.object({ text: z.string().max(20 * 1024 * 1024) }).strict(), response: ImportOutcome },
} as const;

/**
 * Requests any extension context may send to the background (content scripts, popup, options,
 * reader, popover frame). Keyed by `type`; `request` validates the payload, `response` the value.
 */
export const ToBackground = {
  'site.get': { request: z.object({ host }).strict(), response: SiteState },
  'site.set': { request: z.object({ host, enabled: z.boolean() }).strict(), response: SiteState },
  'pause.set': { request: z.object({ paused: z.boolean() }).strict(), response: z.object({ paused: z.boolean() }) },
  /** An entity's card: the entity, its claims (newest first), the articles they cite, related entities. */
  'entity.get': { request: z.object({ id: Slug }).strict(), response: EntityCard },
  /** Names of entities by id (unknown ids are left out), in the order asked. */
  'entity.refs': { request: z.object({ ids: z.array(Slug).max(1000) }).strict(), response: z.array(EntityRef) },
  /** A bundled source article with its full text (the reader page). */
  'article.get': { request: z.object({ id: Slug }).strict(), response: Article },
  'notes.markersForPage': {
    request: z.object({ url: z.string().max(4096) }).strict(),
    response: z.array(NoteMarker),
  },
  'notes.forEntity': { request: z.object({ entityId: Slug }).strict(), response: z.array(Note) },
  'notes.save': { request: z.object({ note: Note }).strict(), response: Note },
  'notes.delete': { request: z.object({ id: z.string().min(1).max(100) }).strict(), response: z.null() },
  /**
   * Notes whose text, page title or quoted passage contains `query` (compared normalised, see
   * normalizeKey), newest first; an empty query lists all. At most `limit` notes.
   */
  'notes.search': {
    request: z
      .object({ query: z.string().max(500).default(''), limit: z.number().int().min(1).max(1000).default(200) })
      .strict(),
    response: z.array(Note),
  },
  /** Every site with a stored setting (sites never toggled are on and not listed). */
  'sites.list': { request: z.object({}).strict(), response: z.array(SiteSetting) },
  ...ReaderRequests,
} as const;
export type ToBackgroundType = keyof typeof ToBackground;
export type ToBackgroundRequest<K extends ToBackgroundType> = z.infer<(typeof ToBackground)[K]['request']>;
export type ToBackgroundResponse<K extends ToBackgroundType> = z.infer<(typeof ToBackground)[K]['response']>;
/** What a caller passes (zod input: fields with defaults may be left out). */
export type ToBackgroundInput<K extends ToBackgroundType> = z.input<(typeof ToBackground)[K]['request']>;

/**
 * The only requests a content script may send. A content script runs inside the news page's
 * renderer, so the background refuses it anything that reads or writes notes' text or global
 * settings; the popover and other extension pages (their own origin) may send every request.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<ToBackgroundType> = new Set<ToBackgroundType>([
  'site.get',
  'site.set',
  'entity.get',
  'entity.refs',
  'article.get',
  'notes.markersForPage',
  'settings.get',
  'dismissals.forPage',
]);

/** Messages the background (or popup) sends to content scripts in a tab. */
export const ToContent = {
  'site.changed': { request: SiteState, response: z.null() },
  'page.stats': {
    request: z.object({}).strict(),
    response: z.object({
      count: z.number().int().nonnegative(),
      entities: z.array(z.object({ id: Slug, count: z.number().int().positive() })),
    }),
  },
  'page.scrollTo': { request: z.object({ entityId: Slug }).strict(), response: z.boolean() },
  /** The next (1) or previous (-1) name on the page: scrolled to, its card opened with focus (keyboard commands). */
  'page.nav': { request: z.object({ direction: z.union([z.literal(1), z.literal(-1)]) }).strict(), response: z.boolean() },
  /**
   * The page's hostname, normalised (core/site-host.ts). The extension holds no `tabs` permission,
   * so it cannot read a tab's URL; the content script in that tab says which site it is on.
   */
  'page.host': { request: z.object({}).strict(), response: z.string() },
  /** The reader's settings or dismissals changed: ask `settings.get` / `dismissals.forPage` again. */
  'settings.changed': { request: z.object({}).strict(), response: z.null() },
} as const;
export type ToContentType = keyof typeof ToContent;
export type ToContentRequest<K extends ToContentType> = z.infer<(typeof ToContent)[K]['request']>;
export type ToContentResponse<K extends ToContentType> = z.infer<(typeof ToContent)[K]['response']>;
