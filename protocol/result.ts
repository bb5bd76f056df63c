/**
 * Results as data (Errors don't serialise across the message channel), and the background's
 * request sender, in a module without zod: the popover frame loads this, not the schemas
 * (./messages.ts), so the first card renders from a small chunk (zod and the schemas were ~95 kB
 * of the frame's ~150 kB and 300-600 ms of its load on the bench machine under load).
 */
import { browser } from 'wxt/browser';

import type { ToBackgroundInput, ToBackgroundResponse, ToBackgroundType } from './messages';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** The longest note text the background accepts (its schema, ./messages.ts, says so too). */
export const NOTE_MAX_CHARS = 1_000_000;

/**
 * Sends a request to the background and resolves with its `Result` — never rejects: a channel
 * failure (no background, extension reloaded) becomes `{ ok: false, error }` too.
 */
export async function sendToBackground<K extends ToBackgroundType>(
  type: K,
  payload: ToBackgroundInput<K>,
): Promise<Result<ToBackgroundResponse<K>>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ ...payload, type });
    if (isResult(reply)) return reply as Result<ToBackgroundResponse<K>>;
    return err('no reply from the background');
  } catch (e) {
    return err(`message failed: ${errorMessage(e)}`);
  }
}

export function isResult(reply: unknown): reply is Result<unknown> {
  return typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean';
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
