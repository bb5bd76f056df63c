import { describe, expect, it } from 'vitest';

import { DEFAULT_SETTINGS, type Dismissal } from '../../protocol/messages';
import { dismissalApplies, filterHits, type PageHit } from './filter-hits';

const TYPES: Record<string, 'person' | 'place'> = { haftar: 'person', derna: 'place', syria: 'place' };
const typeOf = (id: string) => TYPES[id];
const URL_A = 'https://news.example/a#x';

const hits: PageHit[] = [
  { entityId: 'syria', text: 'سوريا', block: 1 },
  { entityId: 'haftar', text: 'حفتر', block: 1 },
  { entityId: 'syria', text: 'وسوريا', block: 1 },
  { entityId: 'syria', text: 'سوريا', block: 2 },
  { entityId: 'derna', text: 'درنة', block: 2 },
];

const dismissal = (scope: Dismissal['scope'], over: Partial<Dismissal> = {}): Dismissal => ({
  id: 'd1',
  phrase: 'درنه',
  entityId: 'derna',
  scope,
  url: 'https://news.example/a',
  context: '',
  createdAt: 1,
  ...over,
});

const run = (settings: Partial<typeof DEFAULT_SETTINGS>, dismissals: Dismissal[] = [], url = URL_A) =>
  filterHits(hits, { settings: { ...DEFAULT_SETTINGS, ...settings }, dismissals, url, typeOf }).map((h) => `${h.entityId}@${h.block}`);

describe('filterHits', () => {
  it('keeps every mention by default', () => {
    expect(run({})).toEqual(['syria@1', 'haftar@1', 'syria@1', 'syria@2', 'derna@2']);
  });

  it('keeps the first mention of each name per paragraph, or per page', () => {
    expect(run({ density: 'paragraph' })).toEqual(['syria@1', 'haftar@1', 'syria@2', 'derna@2']);
    expect(run({ density: 'page' })).toEqual(['syria@1', 'haftar@1', 'derna@2']);
  });

  it('drops kinds of names switched off', () => {
    expect(run({ types: ['person'] })).toEqual(['haftar@1']);
  });

  it('drops a dismissed phrase (Arabic-folded) for its entity where its scope applies', () => {
    expect(run({}, [dismissal('page')])).not.toContain('derna@2');
    expect(run({}, [dismissal('page')], 'https://news.example/b')).toContain('derna@2');
    expect(run({}, [dismissal('site')], 'https://news.example/b')).not.toContain('derna@2');
    expect(run({}, [dismissal('site')], 'https://other.example/b')).toContain('derna@2');
    expect(run({}, [dismissal('everywhere')], 'https://other.example/b')).not.toContain('derna@2');
    // Same phrase, another entity: untouched.
    expect(run({}, [dismissal('everywhere', { entityId: 'haftar' })])).toContain('derna@2');
  });

  it('a dismissed mention does not use up the first-mention slot', () => {
    // «سوريا» is dismissed; «وسوريا» (another phrase on the page) becomes the first mention.
    expect(run({ density: 'page' }, [dismissal('page', { phrase: 'سوريا', entityId: 'syria' })])).toEqual([
      'haftar@1',
      'syria@1',
      'derna@2',
    ]);
  });
});

describe('dismissalApplies', () => {
  it('ignores the fragment for page scope', () => {
    expect(dismissalApplies(dismissal('page'), 'https://news.example/a#top')).toBe(true);
  });
});
