/**
 * The background's half of the popover frame channel (protocol/popover-frame.ts): pairs a content
 * script's host port with the popover frame it made, by a one-time nonce bound to the host's tab,
 * and forwards their messages, validated both ways. The door (./door.ts) asks it whether a
 * popover frame is paired and with which page's origin before answering the frame's note requests.
 */
import {
  type BrokerToFrame,
  type ToFrame,
  FRAME_PORT,
  FrameToBroker,
  HOST_PORT,
  HostToBroker,
  type BrokerToHost,
} from '../../protocol/popover-frame';
import { senderOrigin, type Sender } from './sender-site';

/** The part of `runtime.Port` the broker uses. */
export interface BrokerPort {
  name: string;
  sender?: Sender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(fn: (message: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/** Nonces a host may have outstanding, and claims a frame may try, before the broker stops listening. */
const MAX_NONCES = 8;
const MAX_CLAIMS = 8;
/** Messages held for a frame that has not paired yet; more are dropped (a page's prefetches are ~60). */
const MAX_HELD = 128;

interface Host {
  port: BrokerPort;
  tabId: number;
  /** The web origin of the host's document (notes from its frame are filed under this origin only). */
  origin: string | undefined;
  nonces: Set<string>;
  frame: Frame | null;
  /**
   * The host's messages sent before its frame paired (a first open's `show`, hover prefetches),
   * delivered right after `paired`: the host does not wait for the frame's `ready` to send them,
   * which cost a round trip through this worker on every first open (~90 ms under load).
   */
  held: ToFrame[];
}

interface Frame {
  port: BrokerPort;
  tabId: number;
  frameId: number;
  claims: number;
  host: Host | null;
}

/** What the door needs to know about a popover frame that sent a request. */
export interface PairedFrame {
  /** The origin of the page whose content script opened it. */
  hostOrigin: string | undefined;
}

export class FrameBroker {
  private readonly pending = new Map<string, Host>();
  private readonly frames = new Map<string, Frame>();

  /** The `runtime.onConnect` listener. Ports with other names are left alone. */
  onConnect(port: BrokerPort, extensionOrigin: string): void {
    if (port.name === HOST_PORT) this.connectHost(port, extensionOrigin);
    else if (port.name === FRAME_PORT) this.connectFrame(port, extensionOrigin);
  }

  /** The paired popover frame at this tab and frame id, or `undefined` if there is none. */
  pairedFrame(sender: Sender): PairedFrame | undefined {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId === undefined) return undefined;
    const host = this.frames.get(frameKey(tabId, sender.frameId))?.host;
    return host ? { hostOrigin: host.origin } : undefined;
  }

  private connectHost(port: BrokerPort, extensionOrigin: string): void {
    const sender = port.sender;
    const tabId = sender?.tab?.id;
    // A content script: in a tab, not an extension page.
    if (!sender || tabId === undefined || sender.url?.startsWith(extensionOrigin)) return port.disconnect();
    const host: Host = { port, tabId, origin: senderOrigin(sender), nonces: new Set(), frame: null, held: [] };
    port.onMessage.addListener((raw) => {
      const parsed = HostToBroker.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.kind === 'expect') {
        if (host.nonces.size >= MAX_NONCES || this.pending.has(message.nonce)) return;
        host.nonces.add(message.nonce);
        this.pending.set(message.nonce, host);
      } else if (host.frame) {
        send(host.frame.port, { kind: 'to-frame', message: message.message } satisfies BrokerToFrame);
      } else {
        hold(host.held, message.message);
      }
    });
    port.onDisconnect.addListener(() => {
      for (const nonce of host.nonces) this.pending.delete(nonce);
      host.nonces.clear();
      host.held = [];
      const frame = host.frame;
      host.frame = null;
      if (frame) {
        this.frames.delete(frameKey(frame.tabId, frame.frameId));
        frame.port.disconnect();
      }
    });
  }

  private connectFrame(port: BrokerPort, extensionOrigin: string): void {
    const sender = port.sender;
    const tabId = sender?.tab?.id;
    // Our popover page, in a tab's subframe.
    if (!sender || tabId === undefined || !sender.frameId || !isPopoverUrl(sender.url, extensionOrigin)) return port.disconnect();
    const frame: Frame = { port, tabId, frameId: sender.frameId, claims: 0, host: null };
    port.onMessage.addListener((raw) => {
      const parsed = FrameToBroker.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.kind === 'claim') {
        if (frame.host || ++frame.claims > MAX_CLAIMS) return;
        const host = this.pending.get(message.nonce);
        // One use: a nonce is spent by any claim, right or wrong tab.
        this.pending.delete(message.nonce);
        host?.nonces.delete(message.nonce);
        if (!host || host.tabId !== tabId) return;
        if (host.frame) {
          // A newer frame of the same host (the page navigated the old one away): the old one goes.
          this.frames.delete(frameKey(host.frame.tabId, host.frame.frameId));
          host.frame.port.disconnect();
        }
        frame.host = host;
        host.frame = frame;
        this.frames.set(frameKey(tabId, frame.frameId), frame);
        send(port, { kind: 'paired' } satisfies BrokerToFrame);
        for (const held of host.held.splice(0)) send(port, { kind: 'to-frame', message: held } satisfies BrokerToFrame);
      } else if (frame.host) {
        send(frame.host.port, { kind: 'from-frame', message: message.message } satisfies BrokerToHost);
      }
    });
    port.onDisconnect.addListener(() => {
      const host = frame.host;
      frame.host = null;
      if (this.frames.get(frameKey(tabId, frame.frameId)) === frame) this.frames.delete(frameKey(tabId, frame.frameId));
      if (host && host.frame === frame) {
        host.frame = null;
        send(host.port, { kind: 'frame-lost' } satisfies BrokerToHost);
      }
    });
  }
}

/** Holds a message for an unpaired frame: only the latest `show` (an older open is moot). */
function hold(held: ToFrame[], message: ToFrame): void {
  if (message.type === 'siyaq:show') {
    const older = held.findIndex((m) => m.type === 'siyaq:show');
    if (older >= 0) held.splice(older, 1);
  }
  if (held.length < MAX_HELD) held.push(message);
}

/** Our popover page, in the extension's origin. */
export function isPopoverUrl(url: string | undefined, extensionOrigin: string): boolean {
  return !!url && url.split(/[?#]/)[0] === `${extensionOrigin}popover.html`;
}

function frameKey(tabId: number, frameId: number): string {
  return `${tabId}:${frameId}`;
}

function send(port: BrokerPort, message: unknown): void {
  try {
    port.postMessage(message);
  } catch {
    // The other side went away; its onDisconnect cleans up.
  }
}

