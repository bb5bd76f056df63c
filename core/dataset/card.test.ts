import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { articles } from '../../data/articles';
import { claims } from '../../data/claims';
import { entities } from '../../data/entities';
import { compileDataset } from '../../tools/dataset/compile';
import { cardFromDataset } from './views';

describe('buildCard (every card of the real dataset)', () => {
  it('resolves every claimant and every outlet it shows, including the card’s own entity', () => {
    const { dataset } = compileDataset({
      articles,
      entities,
      claims,
      readArticle: (file) => readFileSync(join(import.meta.dirname, '../../data/articles', file), 'utf8'),
    });
    const unresolved: string[] = [];
    for (const e of dataset.entities) {
      const card = cardFromDataset(dataset, e.id)!;
      const names = new Set(card.refs.map((r) => r.id));
      for (const c of card.claims) if (!c.claimantNote && !names.has(c.claimant)) unresolved.push(`${e.id}: claimant ${c.claimant}`);
      for (const a of card.articles) if (a.outletId && !names.has(a.outletId)) unresolved.push(`${e.id}: outlet ${a.outletId}`);
    }
    expect(unresolved).toEqual([]);
  });
});
