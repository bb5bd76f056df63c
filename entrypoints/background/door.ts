/**
 * The background's door: checks the sender, validates each request with its zod schema and turns
 * every failure into `{ ok: false, error }` — nothing is thrown across the channel and nothing
 * touches the database before validation. The answers live in ./requests/.
 */
import { z } from 'zod';

import { normalizeHost } from '../../core/site-host';
import { ToBackground, err, ok, type Result, type ToBackgroundRequest, type ToBackgroundType } from '../../protocol/messages';
import { classifySender, isAllowedFor, isToBackgroundType, messageType, type SenderKind } from '../../protocol/messaging';
import { isPopoverUrl, type PairedFrame } from './frame-broker';
import { RequestError, type HandlerDeps, type HandlersFor } from './requests/context';
import { datasetHandlers } from './requests/dataset';
import { noteHandlers } from './requests/notes';
import { readerHandlers } from './requests/reader';
import { siteHandlers } from './requests/sites';
import { httpOrigin, senderOrigin, type Sender } from './sender-site';

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
  guard?: Guard,
): Promise<Result<unknown>> {
  const type = messageType(message);
  if (type === undefined) return err('malformed message: expected an object with a string "type"');
  if (!isToBackgroundType(type)) return err(`unknown message type: ${type.slice(0, 100)}`);
  if (!isAllowedFor(kind, type)) return err(`${type} is not allowed from a content script`);
  const { type: _type, ...payload } = message as Record<string, unknown>;
  const parsed = ToBackground[type].request.safeParse(payload);
  if (!parsed.success) return err(`invalid ${type}: ${z.prettifyError(parsed.error)}`);
  const refused = guard?.(type, parsed.data);
  if (refused) return err(refused);
  try {
    const handler = handlers[type] as (deps: HandlerDeps, request: unknown) => Promise<unknown>;
    return ok(await handler(deps, parsed.data));
  } catch (e) {
    if (e instanceof RequestError) return err(e.message);
    return err(`${type} failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** A check of a validated request against its sender: the reason to refuse it, or `undefined`. */
type Guard = <K extends ToBackgroundType>(type: K, request: ToBackgroundRequest<K>) => string | undefined;

/** Who the background is: its runtime id and its origin (`browser.runtime.getURL('')`). */
export interface ExtensionIdentity {
  runtimeId: string;
  origin: string;
}

/** The paired popover frames (./frame-broker.ts). */
export interface PairedFrames {
  pairedFrame(sender: Sender): PairedFrame | undefined;
}

/** What a popover frame needs: cards, and the notes of the entity it shows. */
const POPOVER_REQUESTS: ReadonlySet<ToBackgroundType> = new Set<ToBackgroundType>([
  'entity.get',
  'entity.refs',
  'article.get',
  'notes.forEntity',
  'notes.save',
  'notes.delete',
  // "Not this one" in the card (filed under the pairing page, like a note).
  'dismissals.add',
]);

/**
 * Binds a content script's requests to its own site, as the browser names it (`sender.origin` /
 * `sender.url`, never the message): a content script of site A, even in a compromised renderer,
 * cannot read site B's note markers nor switch site B off.
 */
function contentScriptGuard(sender: Sender): Guard {
  const origin = senderOrigin(sender);
  const host = origin ? normalizeHost(new URL(origin).hostname) : undefined;
  return (type, request) => {
    if (type === 'site.get' || type === 'site.set') {
      const asked = normalizeHost((request as ToBackgroundRequest<'site.get'>).host);
      if (!host || asked !== host) return `${type} refused: a page may only ask about its own site`;
    } else if (type === 'notes.markersForPage' || type === 'dismissals.forPage') {
      const url = (request as ToBackgroundRequest<'notes.markersForPage' | 'dismissals.forPage'>).url;
      if (!origin || httpOrigin(url) !== origin) return `${type} refused: a page may only ask about its own pages`;
    }
    return undefined;
  };
}

/**
 * A popover frame inside a tab acts only once our content script in that tab paired it
 * (./frame-broker.ts), only on cards and notes, and files notes only under the pairing page's
 * origin. A `popover.html` the page embeds or navigates to itself gets nothing.
 */
function popoverGuard(paired: PairedFrame | undefined): Guard {
  return (type, request) => {
    if (!paired) return `${type} refused: this popover was not opened by Siyaq on this page`;
    if (!POPOVER_REQUESTS.has(type)) return `${type} is not allowed from the popover`;
    if (type === 'notes.save' || type === 'dismissals.add') {
      const url =
        type === 'notes.save'
          ? (request as ToBackgroundRequest<'notes.save'>).note.url
          : (request as ToBackgroundRequest<'dismissals.add'>).dismissal.url;
      // Firefox names no origin for an about:srcdoc/about:blank sender: then any http(s) page URL
      // (the content script there files notes under the page that wrote the frame).
      const fits = paired.hostOrigin ? httpOrigin(url) === paired.hostOrigin : httpOrigin(url) !== undefined;
      if (!fits) return `${type} refused: not this page's URL`;
    }
    return undefined;
  };
}

/** The `runtime.onMessage` listener: sender check, then `handleRequest`. Always returns a Promise. */
export function createMessageListener(deps: HandlerDeps, identity: ExtensionIdentity, frames?: PairedFrames) {
  return (message: unknown, sender: Sender): Promise<Result<unknown>> => {
    const kind = classifySender(sender, identity.runtimeId, identity.origin);
    if (!kind) return Promise.resolve(err('message refused: unknown sender'));
    let guard: Guard | undefined;
    if (kind === 'content-script') guard = contentScriptGuard(sender);
    else if (sender.tab !== undefined && isPopoverUrl(sender.url, identity.origin)) guard = popoverGuard(frames?.pairedFrame(sender));
    // Bench builds only: when each request ran, for tools/bench/popover-ab.ts.
    if (import.meta.env.WXT_SIYAQ_BENCH !== 'true') return handleRequest(deps, message, kind, guard);
    const type = (message as { type?: string } | null)?.type ?? '?';
    performance.mark(`siyaq:p:bg-${type}-start`);
    return handleRequest(deps, message, kind, guard).finally(() => performance.mark(`siyaq:p:bg-${type}-end`));
  };
}
