/**
 * The popover frame channel: the content script (entrypoints/content/popover/) and the popover
 * page in its extension-origin iframe (entrypoints/popover/) talk through the background
 * (entrypoints/background/frame-broker.ts), over two `runtime` ports. Nothing travels over the
 * news page's window: the page can post into any frame and hears whatever is posted to it, and in
 * Firefox a frame cannot even name its parent's origin (it reads "null"), so posts went to "*"
 * and carried the per-install moz-extension UUID to the page.
 *
 * Pairing. The content script opens a `HOST_PORT` and announces a one-time nonce (`expect`); the
 * background binds it to the host's tab and frame (from `sender`, which the browser fills in). The
 * content script hands the nonce to its iframe with one `postMessage` to the frame's window,
 * addressed to the extension's origin only, so neither the page nor a page the page navigated the
 * iframe to can read it. The frame opens a `FRAME_PORT` and `claim`s the nonce; the background
 * pairs the two ports only if the frame is in the same tab, and forgets the nonce. Until paired the
 * frame shows nothing and the background refuses it every note request: a `popover.html` the page
 * embeds itself, or one it navigated our iframe to, can do nothing.
 */
import { z } from 'zod';

import { Slug } from '../core/dataset/schema';
import { TextQuoteAnchor } from './messages';

export { FRAME_PORT, HOST_PORT } from './frame-port';

/** 128 random bits, hex. */
export const Nonce = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * The one message the content script posts into its iframe's window (targetOrigin: the
 * extension's origin), carrying the nonce it announced.
 */
export const FrameNonce = z.object({ type: z.literal('siyaq:nonce'), nonce: Nonce }).strict();
export type FrameNonce = z.infer<typeof FrameNonce>;

/** Content script → frame (forwarded by the background). */
export const ToFrame = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('siyaq:show'),
      /** Increments per open; the frame echoes it so late replies for an older open are ignored. */
      seq: z.number().int().nonnegative(),
      entityId: Slug,
      /** The clicked highlight's anchor, for a new note; null when opened without one. */
      anchor: TextQuoteAnchor.nullable(),
      /** Ids of the notes the content script re-attached to this highlight (a page may hold many). */
      noteIds: z.array(z.string().max(100)).max(100_000),
      /** The page notes are filed under; '' when the frame has none (a sandboxed srcdoc frame). */
      url: z.string().max(4096),
      title: z.string().max(1000),
      /** Move focus into the dialog (opened by click or keyboard, not by hover). */
      focus: z.boolean(),
      /**
       * Show the dialog's focus ring: only when the keyboard opened it. Opened by a click in the page,
       * the frame has seen no pointer event and the browser would ring the whole card.
       */
      focusRing: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('siyaq:prefetch'), entityId: Slug }).strict(),
  z.object({ type: z.literal('siyaq:focus'), focusRing: z.boolean() }).strict(),
  z.object({ type: z.literal('siyaq:hidden') }).strict(),
]);
export type ToFrame = z.infer<typeof ToFrame>;

/** Frame → content script (forwarded by the background). */
export const FromFrame = z.discriminatedUnion('type', [
  /** The frame is paired and listening: the host may send `show`. */
  z.object({ type: z.literal('siyaq:ready') }).strict(),
  /**
   * The card for `seq` is in the frame's DOM (with its data). No size: the frame's size is fixed,
   * so the page, which can measure the frame, learns nothing from it (notes or no notes).
   */
  z
    .object({
      type: z.literal('siyaq:rendered'),
      seq: z.number().int().nonnegative(),
      /** ms from the frame receiving `show` to the card being in its DOM. */
      frameMs: z.number().nonnegative(),
      /** Whether the card came from the frame's cache (no background round trip). */
      cached: z.boolean(),
    })
    .strict(),
  /** Close the popover; `returnFocus` puts focus back on the highlight (Esc, close button). */
  z.object({ type: z.literal('siyaq:close'), returnFocus: z.boolean() }).strict(),
  /**
   * The pointer entered or left the frame. Chromium fires no boundary events on an iframe in its
   * parent, so only the frame can tell a hover-opened popover to stay while the pointer is on it.
   */
  z.object({ type: z.literal('siyaq:pointer'), inside: z.boolean() }).strict(),
  /** A note was saved or deleted: refresh the page's note markers (markers carry no text). */
  z.object({ type: z.literal('siyaq:notes-changed') }).strict(),
  /** The card's next / previous button: open the next (1) or previous (-1) name on the page. */
  z.object({ type: z.literal('siyaq:nav'), direction: z.union([z.literal(1), z.literal(-1)]) }).strict(),
]);
export type FromFrame = z.infer<typeof FromFrame>;

/** Content script → background, on the host port. */
export const HostToBroker = z.discriminatedUnion('kind', [
  /** A frame of ours will claim this nonce. */
  z.object({ kind: z.literal('expect'), nonce: Nonce }).strict(),
  z.object({ kind: z.literal('to-frame'), message: ToFrame }).strict(),
]);
export type HostToBroker = z.infer<typeof HostToBroker>;

/** Frame → background, on the frame port. */
export const FrameToBroker = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('claim'), nonce: Nonce }).strict(),
  z.object({ kind: z.literal('from-frame'), message: FromFrame }).strict(),
]);
export type FrameToBroker = z.infer<typeof FrameToBroker>;

/** Background → frame: `paired` once, then the host's messages. */
export const BrokerToFrame = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paired') }).strict(),
  z.object({ kind: z.literal('to-frame'), message: ToFrame }).strict(),
]);
export type BrokerToFrame = z.infer<typeof BrokerToFrame>;

/** Background → content script: the frame's messages, or `frame-lost` when its port closed. */
export const BrokerToHost = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('from-frame'), message: FromFrame }).strict(),
  z.object({ kind: z.literal('frame-lost') }).strict(),
]);
export type BrokerToHost = z.infer<typeof BrokerToHost>;
