import { describe, expect, it } from 'vitest';

import { readBrokerToFrame, readFrameNonce } from './frame-port';
import { BrokerToFrame, FrameNonce } from './popover-frame';

describe('the frame side of the channel, without zod', () => {
  it('reads what the broker sends, and nothing else', () => {
    const messages = [{ kind: 'paired' }, { kind: 'to-frame', message: { type: 'siyaq:hidden' } }, { kind: 'to-frame', message: { type: 'siyaq:prefetch', entityId: 'derna' } }];
    for (const m of messages) {
      expect(BrokerToFrame.parse(m)).toEqual(m);
      expect(readBrokerToFrame(m)).toEqual(m);
    }
    for (const m of [null, 'paired', [], { kind: 'from-frame' }, { kind: 'to-frame', message: { type: 'siyaq:ready' } }, { kind: 'to-frame' }])
      expect(readBrokerToFrame(m)).toBeNull();
  });

  it("reads the parent's nonce as the schema does", () => {
    const nonce = 'ab'.repeat(16);
    const cases: unknown[] = [
      { type: 'siyaq:nonce', nonce },
      { type: 'siyaq:nonce', nonce: 'AB'.repeat(16) },
      { type: 'siyaq:nonce', nonce: nonce.slice(1) },
      { type: 'siyaq:nonce', nonce, extra: 1 },
      { type: 'other', nonce },
      nonce,
      null,
    ];
    for (const c of cases) expect(readFrameNonce(c)).toBe(FrameNonce.safeParse(c).success ? (c as { nonce: string }).nonce : null);
    expect(readFrameNonce(cases[0])).toBe(nonce);
  });
});
