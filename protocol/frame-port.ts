/**
 * The popover frame's side of the frame channel (./popover-frame.ts) without zod, so the frame's
 * first chunk stays small (see ./result.ts). What the frame reads here was validated already:
 * everything on its port comes from the background, whose broker parsed it against the strict
 * `HostToBroker` schema before forwarding; the one thing from a window, the nonce, is only ever
 * sent back to the broker, which checks it against its own single-use list.
 */
import type { BrokerToFrame } from './popover-frame';

/** `runtime.connect` names. */
export const HOST_PORT = 'siyaq:popover-host';
export const FRAME_PORT = 'siyaq:popover-frame';

const TO_FRAME_TYPES = new Set(['siyaq:show', 'siyaq:prefetch', 'siyaq:focus', 'siyaq:hidden']);

/** A message on the frame's port, or null if it is not one of the broker's. */
export function readBrokerToFrame(raw: unknown): BrokerToFrame | null {
  if (!isObject(raw)) return null;
  if (raw.kind === 'paired') return { kind: 'paired' };
  if (raw.kind !== 'to-frame' || !isObject(raw.message) || !TO_FRAME_TYPES.has(raw.message.type as string)) return null;
  return raw as unknown as BrokerToFrame;
}

/** The nonce our parent posted (`FrameNonce`), or null for anything else a page posts. */
export function readFrameNonce(data: unknown): string | null {
  if (!isObject(data) || data.type !== 'siyaq:nonce' || Object.keys(data).length !== 2) return null;
  return typeof data.nonce === 'string' && /^[0-9a-f]{32}$/.test(data.nonce) ? data.nonce : null;
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
