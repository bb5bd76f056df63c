import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { DEFAULT_SETTINGS, type Settings } from '../../protocol/messages';
import type { HighlightMatcher, MatchHit } from './annotate/highlighter';
import { startReaderSettings } from './reader-settings';

afterEach(() => fakeBrowser.reset());

/** A background answering `settings.get` with `settings` and no dismissals. */
function background(settings: Settings): void {
  fakeBrowser.runtime.onMessage.addListener(((message: { type?: string }) => {
    if (message.type === 'settings.get') return Promise.resolve({ ok: true, value: settings });
    if (message.type === 'dismissals.forPage') return Promise.resolve({ ok: true, value: [] });
    return undefined;
  }) as never);
}

/** A matcher with its own page evidence, like core/matcher/page-policy.ts `pageMatcher`. */
function evidenceMatcher(): HighlightMatcher & { resets: number } {
  let version = 0;
  const m = {
    resets: 0,
    scan: (text: string) => {
      version++;
      const hits: MatchHit[] = text.includes('x') ? [{ start: 0, end: 1, entityId: 'a', ambiguous: false }] : [];
      return { hits, pending: [] };
    },
    acceptsPending: () => true,
    evidenceVersion: () => version,
    reset: () => {
      m.resets++;
      version = 0;
    },
  };
  return m;
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe('startReaderSettings().matcher', () => {
  it("keeps the page policy's evidence version and reset (the highlighter re-offers waiting blocks only when evidence grows)", async () => {
    background(DEFAULT_SETTINGS);
    const reader = startReaderSettings({ url: () => 'https://news.example/a', typeOf: () => 'person', onChange: () => {} });
    await settle();
    const inner = evidenceMatcher();
    const wrapped = reader.matcher(inner);
    expect(wrapped.evidenceVersion?.()).toBe(0);
    wrapped.scan('x');
    expect(wrapped.evidenceVersion?.()).toBe(1);
    wrapped.reset?.();
    expect(inner.resets).toBe(1);
    expect(wrapped.evidenceVersion?.()).toBe(0);
  });

  it('passes hits through untouched with the default settings, and filters them with others', async () => {
    background(DEFAULT_SETTINGS);
    const reader = startReaderSettings({ url: () => 'https://news.example/a', typeOf: () => 'person', onChange: () => {} });
    await settle();
    expect(reader.matcher(evidenceMatcher()).scan('x').hits.map((h) => h.entityId)).toEqual(['a']);

    fakeBrowser.reset();
    background({ ...DEFAULT_SETTINGS, types: ['place'] });
    let changed = 0;
    const placesOnly = startReaderSettings({ url: () => 'https://news.example/a', typeOf: () => 'person', onChange: () => changed++ });
    await settle();
    expect(changed).toBe(1);
    expect(placesOnly.matcher(evidenceMatcher()).scan('x').hits).toEqual([]);
  });
});
