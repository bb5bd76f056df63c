import { describe, expect, it } from 'vitest';

import { FRAME_PORT, HOST_PORT, type ToFrame } from '../../protocol/popover-frame';
import { FrameBroker, type BrokerPort } from './frame-broker';

const ORIGIN = 'chrome-extension://siyaq-test-id/';
const NONCE = 'ab'.repeat(16);

/** A runtime port as the broker sees it; `deliver` plays the other side's `postMessage`. */
function port(name: string, sender: BrokerPort['sender']) {
  const received: unknown[] = [];
  const listeners: Array<(m: unknown) => void> = [];
  const p: BrokerPort & { received: unknown[]; deliver(m: unknown): void; disconnected: boolean } = {
    name,
    sender,
    received,
    disconnected: false,
    postMessage: (m) => void received.push(m),
    disconnect: () => void (p.disconnected = true),
    onMessage: { addListener: (fn) => void listeners.push(fn) },
    onDisconnect: { addListener: () => {} },
    deliver: (m) => listeners.forEach((fn) => fn(m)),
  };
  return p;
}

const show = (seq: number, entityId: string): ToFrame => ({
  type: 'siyaq:show',
  seq,
  entityId,
  anchor: null,
  noteIds: [],
  url: 'https://news.example/story',
  title: 'Story',
  focus: true,
  focusRing: false,
});

describe('FrameBroker', () => {
  it("holds a host's messages until its frame pairs, then delivers them after `paired` (the latest show only)", () => {
    const broker = new FrameBroker();
    const host = port(HOST_PORT, { id: 'x', url: 'https://news.example/story', tab: { id: 7 } as never, frameId: 0 });
    broker.onConnect(host, ORIGIN);
    host.deliver({ kind: 'expect', nonce: NONCE });
    // A first open does not wait for the frame's `ready`: its show and a hover's prefetch go at once.
    host.deliver({ kind: 'to-frame', message: { type: 'siyaq:prefetch', entityId: 'derna' } });
    host.deliver({ kind: 'to-frame', message: show(1, 'derna') });
    host.deliver({ kind: 'to-frame', message: show(2, 'benghazi') });

    const frame = port(FRAME_PORT, { id: 'x', url: `${ORIGIN}popover.html`, tab: { id: 7 } as never, frameId: 3 });
    broker.onConnect(frame, ORIGIN);
    expect(frame.received).toEqual([]);
    frame.deliver({ kind: 'claim', nonce: NONCE });
    expect(frame.received).toEqual([
      { kind: 'paired' },
      { kind: 'to-frame', message: { type: 'siyaq:prefetch', entityId: 'derna' } },
      { kind: 'to-frame', message: show(2, 'benghazi') },
    ]);
    host.deliver({ kind: 'to-frame', message: { type: 'siyaq:hidden' } });
    expect(frame.received.at(-1)).toEqual({ kind: 'to-frame', message: { type: 'siyaq:hidden' } });
  });

  it('gives a frame of another tab nothing, not even what the host holds', () => {
    const broker = new FrameBroker();
    const host = port(HOST_PORT, { id: 'x', url: 'https://news.example/story', tab: { id: 7 } as never, frameId: 0 });
    broker.onConnect(host, ORIGIN);
    host.deliver({ kind: 'expect', nonce: NONCE });
    host.deliver({ kind: 'to-frame', message: show(1, 'derna') });
    const other = port(FRAME_PORT, { id: 'x', url: `${ORIGIN}popover.html`, tab: { id: 8 } as never, frameId: 3 });
    broker.onConnect(other, ORIGIN);
    other.deliver({ kind: 'claim', nonce: NONCE });
    expect(other.received).toEqual([]);
  });
});
