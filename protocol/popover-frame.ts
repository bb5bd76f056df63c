/**
 * The window-message protocol between the content script (entrypoints/content/popover/host.ts)
 * and the popover page in its extension-origin iframe (entrypoints/popover/).
 *
 * Nothing here is secret, by design: the news page can post into the frame too (it can reach
 * `window.frames`), and it sees what the frame posts to its parent. So the content script sends
 * only page-derived facts (an entity id, the highlight's text-quote anchor, the page URL/title,
 * ids of notes attached to the highlight) and the frame sends back only sizes, timings and
 * "close"/"notes changed" signals. Note text travels only between the frame and the background,
 * over browser.runtime messaging, which the page cannot reach.
 *
 * The one secret: each `ToFrame` command also carries `secret`, a random id the content script
 * gave the frame in its URL fragment, so that the page cannot drive the frame (switch the card a
 * reader is looking at) by posting commands of its own.
 */
import { z } from 'zod';

import { Slug } from '../core/dataset/schema';
import { TextQuoteAnchor } from './messages';

/** Content script → frame. */
export const ToFrame = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('siyaq:show'),
      /** Increments per open; the frame echoes it so late replies for an older open are ignored. */
      seq: z.number().int().nonnegative(),
      entityId: Slug,
      /** The clicked highlight's anchor, for a new note; null when opened without one. */
      anchor: TextQuoteAnchor.nullable(),
      /** Ids of the notes the content script re-attached to this highlight. */
      noteIds: z.array(z.string().max(100)).max(100),
      url: z.string().max(4096),
      title: z.string().max(1000),
      /** Move focus into the dialog (opened by click or keyboard, not by hover). */
      focus: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('siyaq:prefetch'), entityId: Slug }).strict(),
  z.object({ type: z.literal('siyaq:focus') }).strict(),
  z.object({ type: z.literal('siyaq:hidden') }).strict(),
]);
export type ToFrame = z.infer<typeof ToFrame>;

/** Frame → content script. */
export const FromFrame = z.discriminatedUnion('type', [
  /** The frame's listener is up: the host may send `show`. */
  z.object({ type: z.literal('siyaq:ready') }).strict(),
  /** The card for `seq` is in the frame's DOM (with its data), at this content height. */
  z
    .object({
      type: z.literal('siyaq:rendered'),
      seq: z.number().int().nonnegative(),
      height: z.number().nonnegative(),
      /** ms from the frame receiving `show` to the card being in its DOM. */
      frameMs: z.number().nonnegative(),
      /** Whether the card came from the frame's cache (no background round trip). */
      cached: z.boolean(),
    })
    .strict(),
  z.object({ type: z.literal('siyaq:size'), height: z.number().nonnegative() }).strict(),
  /** Close the popover; `returnFocus` puts focus back on the highlight (Esc, close button). */
  z.object({ type: z.literal('siyaq:close'), returnFocus: z.boolean() }).strict(),
  /**
   * The pointer entered or left the frame. Chromium fires no boundary events on an iframe in its
   * parent, so only the frame can tell a hover-opened popover to stay while the pointer is on it.
   */
  z.object({ type: z.literal('siyaq:pointer'), inside: z.boolean() }).strict(),
  /** A note was saved or deleted: refresh the page's note markers (they carry no text). */
  z.object({ type: z.literal('siyaq:notes-changed') }).strict(),
  /** The card's next / previous button: open the next (1) or previous (-1) name on the page. */
  z.object({ type: z.literal('siyaq:nav'), direction: z.union([z.literal(1), z.literal(-1)]) }).strict(),
]);
export type FromFrame = z.infer<typeof FromFrame>;
