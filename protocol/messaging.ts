/**
 * Typed senders and receivers for the message protocol (protocol/messages.ts), and the sender check
 * the background applies at its door. No database here: content scripts import this module.
 */
import { browser, type Browser } from 'wxt/browser';

import {
  CONTENT_SCRIPT_REQUESTS,
  ToBackground,
  ToContent,
  err,
  type Result,
  type ToBackgroundInput,
  type ToBackgroundResponse,
  type ToBackgroundType,
  type ToContentRequest,
  type ToContentResponse,
  type ToContentType,
} from './messages';
import { errorMessage, isResult } from './result';

export { sendToBackground } from './result';

/**
 * Sends a request to the content script of one tab. Resolves with `Result` — a tab without our
 * content script (a chrome:// page, a page loaded before install) gives `{ ok: false }`.
 */
export async function sendToTab<K extends ToContentType>(
  tabId: number,
  type: K,
  payload: ToContentRequest<K>,
): Promise<Result<ToContentResponse<K>>> {
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, { ...payload, type });
    if (isResult(reply)) return reply as Result<ToContentResponse<K>>;
    return err('no reply from the tab');
  } catch (e) {
    return err(`message failed: ${errorMessage(e)}`);
  }
}

/** Handlers a content script registers for some `ToContent` requests. */
export type ToContentHandlers = {
  [K in ToContentType]?: (request: ToContentRequest<K>) => ToContentResponse<K> | Promise<ToContentResponse<K>>;
};

/**
 * Answers the given `ToContent` requests in a content script, validating each with its schema.
 * Requests of other types are left to other listeners (this one returns `undefined` for them).
 * Stops listening when `signal` aborts. Only the extension itself can message a content script,
 * but the sender is checked anyway.
 */
export function listenToContent(handlers: ToContentHandlers, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Result<unknown>> | undefined => {
    const type = messageType(message);
    if (type === undefined || !Object.hasOwn(ToContent, type)) return undefined;
    const handler = handlers[type as ToContentType] as ((request: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    if (sender.id !== browser.runtime.id) return Promise.resolve(err('unknown sender'));
    const { type: _type, ...payload } = message as Record<string, unknown>;
    const parsed = ToContent[type as ToContentType].request.safeParse(payload);
    if (!parsed.success) return Promise.resolve(err(`invalid ${type}: ${parsed.error.message}`));
    return Promise.resolve()
      .then(() => handler(parsed.data))
      .then(
        (value) => ({ ok: true as const, value }),
        (e: unknown) => err(errorMessage(e)),
      );
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}

/** Who sent a message, as the background sees it. */
export type SenderKind = 'extension-page' | 'content-script';

/**
 * Classifies a message's sender, or returns `undefined` for a sender we must not answer.
 * Accepted: this extension's own pages (popup, options, reader, the popover frame), whose URL is
 * in the extension's origin; and this extension's content scripts, which run in a tab. Anything
 * from another extension or without a tab or extension URL is refused. We declare no
 * `externally_connectable`, so web pages cannot reach `runtime.onMessage` in Chrome anyway;
 * this is the second lock.
 */
export function classifySender(
  sender: Pick<Browser.runtime.MessageSender, 'id' | 'url' | 'tab'>,
  runtimeId: string,
  extensionOrigin: string,
): SenderKind | undefined {
  if (!runtimeId || sender.id !== runtimeId) return undefined;
  if (sender.url !== undefined && isInOrigin(sender.url, extensionOrigin)) return 'extension-page';
  if (sender.tab !== undefined && sender.tab.id !== undefined) return 'content-script';
  return undefined;
}

/** Whether a sender of that kind may send a request of that type (see CONTENT_SCRIPT_REQUESTS). */
export function isAllowedFor(kind: SenderKind, type: ToBackgroundType): boolean {
  return kind === 'extension-page' || CONTENT_SCRIPT_REQUESTS.has(type);
}

/** Whether `type` names a `ToBackground` request. */
export function isToBackgroundType(type: unknown): type is ToBackgroundType {
  return typeof type === 'string' && Object.hasOwn(ToBackground, type);
}

/** The `type` field of a message, if it has a string one. */
export function messageType(message: unknown): string | undefined {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return undefined;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

function isInOrigin(url: string, origin: string): boolean {
  const base = origin.endsWith('/') ? origin : `${origin}/`;
  return url.startsWith(base);
}
