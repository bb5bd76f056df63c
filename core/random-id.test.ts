import { describe, expect, it, vi } from 'vitest';
import { randomId } from './random-id';

describe('randomId', () => {
  it('is 32 hex digits and differs between calls', () => {
    const a = randomId();
    const b = randomId();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it('works where crypto.randomUUID is missing (http pages are not secure contexts)', () => {
    const spy = vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      throw new TypeError('crypto.randomUUID is not a function');
    });
    try {
      expect(randomId()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      spy.mockRestore();
    }
  });
});
