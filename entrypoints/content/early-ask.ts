/**
 * The door's early `site.get`: on a page that declares Arabic, the content script asks for the
 * site's setting at `document_start`, while the page is still parsing, so the answer is in by
 * DOMContentLoaded (see site-switch.ts's `startEarlySiteToggle` for why that matters). This runs
 * before ./main.ts is loaded, so it must stay raw: no zod, no protocol/ module. The reply and any
 * `site.changed` heard meanwhile are handed to main unvalidated; main validates them with the
 * protocol's schemas before it acts on them.
 */
import { doorRuntime } from './door-api';

export interface EarlyAsk {
  /** The background's raw reply to `site.get` (validated by main), or `undefined` if the channel failed. */
  readonly reply: Promise<unknown>;
  /** The raw `site.changed` requests heard since the ask, oldest first; stops listening (main has its own listener by then). */
  takeChanges(): unknown[];
}

/** Sends `site.get` for `host` now; listens for `site.changed` until `takeChanges` (or `signal` aborts). */
export function askSiteEarly(host: string, signal?: AbortSignal): EarlyAsk {
  const changes: unknown[] = [];
  const runtime = doorRuntime();
  const listener = (message: unknown, sender: { id?: string }): undefined => {
    if (sender.id === runtime.id && (message as { type?: unknown } | null)?.type === 'site.changed') changes.push(message);
    return undefined;
  };
  runtime.onMessage.addListener(listener);
  const stop = (): void => runtime.onMessage.removeListener(listener);
  signal?.addEventListener('abort', stop, { once: true });
  const reply: Promise<unknown> = runtime.sendMessage({ type: 'site.get', host }).catch(() => undefined);
  return {
    reply,
    takeChanges() {
      stop();
      return changes.splice(0);
    },
  };
}
