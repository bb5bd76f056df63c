import { describe, expect, it } from 'vitest';

import { ok, err, type EntityCard, type Result } from '../../protocol/messages';
import { CardCache } from './card-cache';

const card = (id: string) => ({ entity: { id } }) as unknown as EntityCard;

/** A background whose answers the test releases by hand. */
function background() {
  const asked: string[] = [];
  const answers = new Map<string, (r: Result<EntityCard>) => void>();
  const fetch = (id: string) => {
    asked.push(id);
    return new Promise<Result<EntityCard>>((resolve) => answers.set(id, resolve));
  };
  const answer = async (id: string, r: Result<EntityCard> = ok(card(id))) => {
    answers.get(id)!(r);
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return { asked, fetch, answer };
}

describe('CardCache', () => {
  it('prefetches one card at a time, and a card asked for goes ahead of the waiting prefetches', async () => {
    const bg = background();
    const cards = new CardCache(bg.fetch);
    for (const id of ['a', 'b', 'c', 'd']) cards.prefetch(id);
    // Sent all at once, 60 prefetches queued in the service worker ahead of the card a click asked for.
    expect(bg.asked).toEqual(['a']);
    const wanted = cards.get('z');
    expect(bg.asked).toEqual(['a', 'z']);
    await bg.answer('a');
    // 'b' waits while 'z' is unanswered.
    expect(bg.asked).toEqual(['a', 'z']);
    await bg.answer('z');
    expect(await wanted).toEqual(ok(card('z')));
    expect(bg.asked).toEqual(['a', 'z', 'b']);
    await bg.answer('b');
    expect(bg.asked).toEqual(['a', 'z', 'b', 'c']);
  });

  it('answers a prefetched card from the cache, and asks again after a failure', async () => {
    const bg = background();
    const cards = new CardCache(bg.fetch);
    cards.prefetch('a');
    await bg.answer('a');
    expect(cards.peek('a')).toEqual(card('a'));
    expect(await cards.get('a')).toEqual(ok(card('a')));
    const failed = cards.get('b');
    await bg.answer('b', err('no reply from the background'));
    expect(await failed).toEqual(err('no reply from the background'));
    expect(cards.peek('b')).toBeUndefined();
    void cards.get('b');
    expect(bg.asked).toEqual(['a', 'b', 'b']);
  });
});
