/**
 * What every request handler gets: the database and a few injected effects (clock, tab broadcast),
 * so unit tests run the handlers on fake-indexeddb.
 */
import type { SiyaqDB } from '../db';
import type { ToBackgroundRequest, ToBackgroundResponse, ToBackgroundType } from '../../../protocol/messages';

/** A setting changed: one site's, or the global pause (which concerns every site). */
export type SiteChange = { host: string } | { paused: boolean };

export interface HandlerDeps {
  db: SiyaqDB;
  /** Settles when the dataset is seeded; requests that read the dataset wait for it. */
  ready?: Promise<unknown>;
  /** Tells open tabs about a changed setting (the background passes `broadcastSiteChange`). */
  onSiteChange?: (change: SiteChange) => Promise<void>;
  /** Tells open tabs the reader's settings or dismissals changed (`settings.changed`). */
  onSettingsChange?: () => Promise<void>;
  now?: () => number;
}

/** An expected failure (unknown id, bad host): its message goes back as the error result. */
export class RequestError extends Error {}

/** Handlers for some of the request types. */
export type HandlersFor<K extends ToBackgroundType> = {
  [T in K]: (deps: HandlerDeps, request: ToBackgroundRequest<T>) => Promise<ToBackgroundResponse<T>>;
};
