/**
 * The background's door: checks the sender, validates each request with its zod schema and turns
 * every failure into `{ ok: false, error }` — nothing is thrown across the channel and nothing
 * touches the database before validation. The answers live in ./requests/.
 */
import { z } from 'zod';

import { ToBackground, err, ok, type Result, type ToBackgroundType } from '../../protocol/messages';
import { classifySender, isAllowedFor, isToBackgroundType, messageType, type SenderKind } from '../../protocol/messaging';
import { RequestError, type HandlerDeps, type HandlersFor } from './requests/context';
import { datasetHandlers } from './requests/dataset';
import { noteHandlers } from './requests/notes';
import { readerHandlers } from './requests/reader';
import { siteHandlers } from './requests/sites';

export type { HandlerDeps, SiteChange } from './requests/context';

const handlers: HandlersFor<ToBackgroundType> = { ...siteHandlers, ...datasetHandlers, ...noteHandlers, ...readerHandlers };

/**
 * Validates and answers one request from a sender of the given kind. Never throws: malformed,
 * unknown, forbidden or failing requests all resolve to `{ ok: false, error }`.
 */
export async function handleRequest(
  deps: HandlerDeps,
  message: unknown,
  kind: SenderKind = 'extension-page',
): Promise<Result<unknown>> {
  const type = messageType(message);
  if (type === undefined) return err('malformed message: expected an object with a string "type"');
  if (!isToBackgroundType(type)) return err(`unknown message type: ${type.slice(0, 100)}`);
  if (!isAllowedFor(kind, type)) return err(`${type} is not allowed from a content script`);
  const { type: _type, ...payload } = message as Record<string, unknown>;
  const parsed = ToBackground[type].request.safeParse(payload);
  if (!parsed.success) return err(`invalid ${type}: ${z.prettifyError(parsed.error)}`);
  try {
    const handler = handlers[type] as (deps: HandlerDeps, request: unknown) => Promise<unknown>;
    return ok(await handler(deps, parsed.data));
  } catch (e) {
    if (e instanceof RequestError) return err(e.message);
    return err(`${type} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Who the background is: its runtime id and its origin (`browser.runtime.getURL('')`). */
export interface ExtensionIdentity {
  runtimeId: string;
  origin: string;
}

/** The `runtime.onMessage` listener: sender check, then `handleRequest`. Always returns a Promise. */
export function createMessageListener(deps: HandlerDeps, identity: ExtensionIdentity) {
  return (
    message: unknown,
    sender: Parameters<typeof classifySender>[0],
  ): Promise<Result<unknown>> => {
    const kind = classifySender(sender, identity.runtimeId, identity.origin);
    if (!kind) return Promise.resolve(err('message refused: unknown sender'));
    return handleRequest(deps, message, kind);
  };
}

