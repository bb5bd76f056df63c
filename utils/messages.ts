/**
 * The one message protocol between the extension's parts. Every request and response is a zod
 * schema; types come from `z.infer`. Maps are named by direction. The background validates every
 * request at its door and always answers with data: `{ ok: true, value } | { ok: false, error }`
 * (Errors don't serialise across the message channel).
 */
import { z } from 'zod';

import { Slug } from '../data/schema';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** W3C Web Annotation TextQuoteSelector: exact text with some context either side. */
export const TextQuoteAnchor = z
  .object({
    exact: z.string().min(1).max(2000),
    prefix: z.string().max(200).default(''),
    suffix: z.string().max(200).default(''),
  })
  .strict();
export type TextQuoteAnchor = z.infer<typeof TextQuoteAnchor>;

/** Notes may be long, but not unbounded: 1 MB of text. */
export const NOTE_MAX_CHARS = 1_000_000;

export const Note = z
  .object({
    id: z.string().min(1).max(100),
    entityId: Slug,
    url: z.string().url().max(4096),
    pageTitle: z.string().max(1000).default(''),
    anchor: TextQuoteAnchor,
    text: z.string().max(NOTE_MAX_CHARS),
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
  })
  .strict();
export type Note = z.infer<typeof Note>;

/** A note's anchor without its text: all the content script ever needs to mark a highlight. */
export const NoteMarker = Note.pick({ id: true, entityId: true, anchor: true });
export type NoteMarker = z.infer<typeof NoteMarker>;

export const SiteState = z.object({ host: z.string(), enabled: z.boolean(), paused: z.boolean() }).strict();
export type SiteState = z.infer<typeof SiteState>;

const host = z.string().min(1).max(253);

/**
 * Requests any extension context may send to the background (content scripts, popup, options,
 * reader, popover frame). Keyed by `type`; `request` validates the payload, `response` the value.
 */
export const ToBackground = {
  'site.get': { request: z.object({ host }).strict(), response: SiteState },
  'site.set': { request: z.object({ host, enabled: z.boolean() }).strict(), response: SiteState },
  'pause.set': { request: z.object({ paused: z.boolean() }).strict(), response: z.object({ paused: z.boolean() }) },
  /** An entity's card: the entity, its claims (newest first), the articles they cite, related entities. */
  'entity.get': { request: z.object({ id: Slug }).strict(), response: z.unknown() },
  'notes.markersForPage': {
    request: z.object({ url: z.string().max(4096) }).strict(),
    response: z.array(NoteMarker),
  },
  'notes.forEntity': { request: z.object({ entityId: Slug }).strict(), response: z.array(Note) },
  'notes.save': { request: z.object({ note: Note }).strict(), response: Note },
  'notes.delete': { request: z.object({ id: z.string().min(1).max(100) }).strict(), response: z.null() },
} as const;
export type ToBackgroundType = keyof typeof ToBackground;
export type ToBackgroundRequest<K extends ToBackgroundType> = z.infer<(typeof ToBackground)[K]['request']>;
export type ToBackgroundResponse<K extends ToBackgroundType> = z.infer<(typeof ToBackground)[K]['response']>;

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
} as const;
export type ToContentType = keyof typeof ToContent;
