import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { articles } from '../../data/articles';
import { compileDataset, DatasetError, REQUIRED_ENTITY_IDS, type DatasetSources } from './compile';
import { claims } from '../../data/claims';
import { entities } from '../../data/entities';
import { ClaimKind } from '../../core/dataset/schema';

/** A small valid synthetic dataset: placeholders, not data about anyone. */
function fixture() {
  return {
    articles: [
      {
        id: 'article-one',
        file: 'one.txt',
        title: 'عنوان المقال الأول',
        outletId: 'outlet-b',
        author: null,
        date: { value: '2016-05-10', precision: 'day' },
        kind: 'news-report',
        url: null,
      },
      {
        id: 'article-two',
        file: 'two.txt',
        title: 'عنوان من مصدر آخر',
        titleNote: 'The text has no title line.',
        outletId: null,
        author: { ar: 'كاتب', en: 'Writer' },
        date: { precision: 'unknown' },
        kind: 'opinion-column',
        url: null,
      },
    ] as Record<string, unknown>[],
    entities: [
      {
        id: 'person-a',
        type: 'person',
        name: { ar: 'الشخص أ', en: 'Person A' },
        aliases: ['الشخص أحمد', { text: 'أحمد', ambiguous: { reason: 'a common first name', context: ['الشخص'] } }],
        description: { ar: 'شخص للاختبار', en: 'A test person' },
        related: ['organization-c'],
      },
      {
        id: 'outlet-b',
        type: 'outlet',
        name: { ar: 'المنفذ ب', en: 'Outlet B' },
        aliases: ['المنفذ ب'],
        description: { ar: 'منفذ للاختبار', en: 'A test outlet' },
      },
      {
        id: 'organization-c',
        type: 'organization',
        name: { ar: 'المنظمة ج', en: 'Organization C' },
        aliases: ['المنظمة ج'],
        description: { ar: 'منظمة للاختبار', en: 'A test organization' },
      },
      {
        id: 'city-d',
        type: 'place',
        name: { ar: 'المدينة د', en: 'City D' },
        aliases: [
          'المدينة د',
          { text: 'الحيلة', ambiguous: { reason: 'a common noun', context: ['منطقة'], pageMentions: 0 } },
        ],
        description: { ar: 'مدينة للاختبار', en: 'A test city' },
      },
    ] as Record<string, unknown>[],
    claims: [
      {
        id: 'claim-arrived',
        kind: 'reported-event',
        claimant: 'outlet-b',
        subjects: ['organization-c'],
        places: ['city-d'],
        date: { value: '2016-05-10', precision: 'day' },
        summary: { ar: 'بحسب المنفذ ب، وصلت المنظمة ج.', en: 'According to Outlet B, Organization C arrived.' },
        citations: [{ articleId: 'article-one', quote: 'إن المنظمة ج وصلت إلى المدينة د، صباح الثلاثاء' }],
      },
      {
        id: 'claim-opinion',
        kind: 'opinion',
        claimant: 'person-a',
        subjects: ['organization-c'],
        date: { precision: 'unknown' },
        summary: { ar: 'يرى الشخص أ أن المنظمة ج فقدت السيطرة.', en: 'Person A argues Organization C lost control.' },
        citations: [{ articleId: 'article-two', quote: 'فقدت السيطرة على المدينة د منذ زمن' }],
      },
    ] as Record<string, unknown>[],
  };
}

const TEXTS: Record<string, string> = {
  'one.txt': 'عنوان المقال الأول\n\nقال الشخص أحمد إن المنظمة ج وصلت إلى\nالمدينة د،   صباح الثلاثاء.\n',
  'two.txt': 'يرى الشخص أحمد أن المنظمة ج فقدت السيطرة على المدينة د منذ زمن.',
};

type Fixture = ReturnType<typeof fixture>;

function sources(data: Fixture, texts: Record<string, string> = TEXTS): DatasetSources {
  return {
    ...data,
    readArticle: (file) => {
      const text = texts[file];
      if (text === undefined) throw new Error(`ENOENT: no such file '${file}'`);
      return text;
    },
    requiredEntityIds: [],
  };
}

/** The build's error list after `mutate` breaks the fixture; fails the test if the build passes. */
function errorsAfter(mutate: (data: Fixture) => void, texts?: Record<string, string>): string[] {
  const data = fixture();
  mutate(data);
  try {
    compileDataset(sources(data, texts));
  } catch (e) {
    if (e instanceof DatasetError) return [...e.errors];
    throw e;
  }
  throw new Error('expected the dataset build to fail');
}

/** The record of a fixture collection at `index` (the fixture is fixed, so it exists). */
function at(records: Record<string, unknown>[], index: number): Record<string, unknown> {
  const record = records[index];
  if (!record) throw new Error(`fixture has no record ${index}`);
  return record;
}

describe('compileDataset on a valid synthetic dataset', () => {
  it('compiles, hashes the content and indexes every alias with its rules', () => {
    const { dataset, matcherIndex, summary } = compileDataset(sources(fixture()));
    expect(dataset.version).toMatch(/^[0-9a-f]{16}$/);
    expect(matcherIndex.version).toBe(dataset.version);
    expect(dataset.articles[0]?.text).toBe(TEXTS['one.txt']);
    expect(matcherIndex.entries).toHaveLength(6);
    expect(matcherIndex.entries.find((e) => e.alias === 'الحيلة')).toMatchObject({
      entityId: 'city-d',
      type: 'place',
      ambiguous: { context: ['منطقة'], pageMentions: 0, exclude: [], window: 6 },
    });
    expect(matcherIndex.entries.find((e) => e.alias === 'الشخص أحمد')?.ambiguous).toBeUndefined();
    expect(summary.quotesVerified).toBe(2);
    expect(summary.claimsByKind).toMatchObject({ 'reported-event': 1, opinion: 1, allegation: 0 });
    expect(summary.claimsPerArticle).toEqual({ 'article-one': 1, 'article-two': 1 });
  });

  it('gives the same version for the same content and a new one when anything changes', () => {
    const first = compileDataset(sources(fixture())).dataset.version;
    expect(compileDataset(sources(fixture())).dataset.version).toBe(first);
    const changed = fixture();
    at(changed.entities, 0).description = { ar: 'وصف آخر', en: 'Another description' };
    expect(compileDataset(sources(changed)).dataset.version).not.toBe(first);
  });

  it('accepts a quote whose only difference from the article is whitespace', () => {
    const data = fixture();
    at(data.claims, 0).citations = [{ articleId: 'article-one', quote: '  المنظمة ج\tوصلت إلى المدينة د،\nصباح  ' }];
    expect(compileDataset(sources(data)).summary.quotesVerified).toBe(2);
  });
});

describe('compileDataset refuses', () => {
  it('a schema violation, naming file, record and field', () => {
    const errors = errorsAfter((d) => {
      at(d.entities, 2).id = 'Organization C';
      at(d.claims, 1).kind = 'rumour';
    });
    expect(errors).toContainEqual(expect.stringMatching(/^data\/entities\.ts: entity "Organization C": schema: id: /));
    expect(errors).toContainEqual(expect.stringMatching(/^data\/claims\.ts: claim "claim-opinion": schema: kind: /));
  });

  it('a claim without a citation', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 1).citations = [];
    });
    expect(errors).toContainEqual(expect.stringMatching(/^data\/claims\.ts: claim "claim-opinion": schema: citations: .*citation/));
  });

  it('a duplicate id within a file and across files', () => {
    const errors = errorsAfter((d) => {
      d.entities.push({ ...at(d.entities, 3) });
      at(d.claims, 1).id = 'article-two';
    });
    expect(errors).toContain('data/entities.ts: entity "city-d": duplicate id (also entity "city-d" in data/entities.ts)');
    expect(errors).toContain('data/claims.ts: claim "article-two": duplicate id (also article "article-two" in data/articles.ts)');
  });

  it('dangling references: claimant, subject, place, related, outlet, cited article', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 0).claimant = 'nobody';
      at(d.claims, 0).subjects = ['organization-c', 'ghost-org'];
      at(d.claims, 1).places = ['atlantis'];
      at(d.entities, 0).related = ['organization-c', 'missing-friend'];
      at(d.articles, 0).outletId = 'outlet-z';
      at(d.claims, 1).citations = [{ articleId: 'article-nine', quote: 'فقدت السيطرة على المدينة د منذ زمن' }];
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'data/claims.ts: claim "claim-arrived": claimant "nobody" is not an entity',
        'data/claims.ts: claim "claim-arrived": subject "ghost-org" is not an entity',
        'data/claims.ts: claim "claim-opinion": place "atlantis" is not an entity',
        'data/entities.ts: entity "person-a": related "missing-friend" is not an entity',
        'data/articles.ts: article "article-one": outletId "outlet-z" is not an entity',
        'data/claims.ts: claim "claim-opinion": citation 1: article "article-nine" does not exist',
      ]),
    );
  });

  it('a place that is not a place, and an outlet that is not an outlet', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 1).places = ['organization-c'];
      at(d.articles, 0).outletId = 'person-a';
    });
    expect(errors).toContain('data/claims.ts: claim "claim-opinion": place "organization-c" is a organization, not a place');
    expect(errors).toContain('data/articles.ts: article "article-one": outletId "person-a" is a person, not an outlet');
  });

  it('a quote that differs from the article by a hamza or by punctuation', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 0).citations = [
        { articleId: 'article-one', quote: 'إن المنظمة ج وصلت الى المدينة د' },
        { articleId: 'article-one', quote: 'إن المنظمة ج وصلت إلى المدينة د صباح' },
      ];
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /^data\/claims\.ts: claim "claim-arrived": citation 1: quote not found verbatim in article "article-one" \(data\/articles\/one\.txt\)/,
      ),
      expect.stringMatching(/^data\/claims\.ts: claim "claim-arrived": citation 2: quote not found verbatim/),
    ]);
  });

  it('a quote longer than a passage', () => {
    const long = 'كلمة '.repeat(70);
    const errors = errorsAfter(
      (d) => {
        at(d.claims, 1).citations = [{ articleId: 'article-two', quote: long.trim() }];
      },
      { ...TEXTS, 'two.txt': long },
    );
    expect(errors).toContainEqual(expect.stringMatching(/^data\/claims\.ts: claim "claim-opinion": citation 1: quote is 349 characters/));
  });

  it('an alias that normalises to another entity\'s unambiguous alias, even when marked ambiguous', () => {
    const errors = errorsAfter((d) => {
      at(d.entities, 2).aliases = ['المنظمة ج', 'الشخص احمد'];
      at(d.entities, 3).aliases = ['المدينة د', { text: 'المنفذ  ب', ambiguous: { reason: 'test' } }];
    });
    expect(errors).toContain(
      'data/entities.ts: entity "organization-c": alias "الشخص احمد" collides with unambiguous alias "الشخص أحمد" of entity "person-a" once normalised',
    );
    expect(errors).toContain(
      'data/entities.ts: entity "city-d": alias "المنفذ  ب" collides with unambiguous alias "المنفذ ب" of entity "outlet-b" once normalised',
    );
  });

  it('two aliases of one entity that normalise alike', () => {
    const errors = errorsAfter((d) => {
      at(d.entities, 0).aliases = ['الشخص أحمد', 'الشخص احمد'];
    });
    expect(errors).toEqual([
      'data/entities.ts: entity "person-a": alias "الشخص احمد" duplicates alias "الشخص أحمد" of the same entity once normalised',
    ]);
  });

  it('an entity without aliases unless it is an outlet', () => {
    const errors = errorsAfter((d) => {
      at(d.entities, 2).aliases = [];
    });
    // With no alias it is also named nowhere: the naming checks report that too.
    expect(errors).toContain(
      'data/entities.ts: entity "organization-c": no aliases (only an outlet that is never named on a page may have none)',
    );
  });

  it('an entity no claim mentions and no article publishes', () => {
    const errors = errorsAfter((d) => {
      d.entities.push({
        id: 'lonely-place',
        type: 'place',
        name: { ar: 'مكان', en: 'Place' },
        aliases: ['المكان المنسي'],
        description: { ar: 'مكان', en: 'A place' },
      });
    });
    expect(errors).toEqual([
      'data/entities.ts: entity "lonely-place": no claim mentions it (as claimant, subject or place) and it is no article\'s outlet',
    ]);
  });

  it('a missing required entity', () => {
    const data = fixture();
    expect(() => compileDataset({ ...sources(data), requiredEntityIds: ['person-a', 'khalifa-haftar'] })).toThrow(
      'data/entities.ts: required entity "khalifa-haftar" is missing',
    );
  });

  it('an article file that cannot be read, or a title that is not its first line', () => {
    const errors = errorsAfter(
      (d) => {
        at(d.articles, 1).file = 'three.txt';
        at(d.articles, 0).title = 'عنوان مختلف';
      },
      TEXTS,
    );
    expect(errors).toContainEqual(
      expect.stringMatching(/^data\/articles\.ts: article "article-two": cannot read data\/articles\/three\.txt: ENOENT/),
    );
    expect(errors).toContain(
      'data/articles.ts: article "article-one": title is not the first line of data/articles/one.txt (give a titleNote if it comes from elsewhere)',
    );
  });

  it('and reports every error, not just the first', () => {
    let caught: unknown;
    const data = fixture();
    at(data.claims, 0).claimant = 'nobody';
    at(data.claims, 1).citations = [{ articleId: 'article-two', quote: 'نص غير موجود في المقال' }];
    at(data.entities, 0).aliases = ['الشخص أحمد', 'الشخص احمد'];
    try {
      compileDataset(sources(data));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DatasetError);
    const error = caught as DatasetError;
    expect(error.errors).toHaveLength(3);
    expect(error.message).toContain('3 error(s)');
  });
});

describe('the fidelity checks (tools/dataset/build-checks.ts) refuse', () => {
  it('a number in a summary that is not in its quotes or the article metadata, in digits or in words', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 0).summary = {
        ar: 'بحسب المنفذ ب، وصلت المنظمة ج بثلاثمئة مقاتل.',
        en: 'According to Outlet B, Organization C arrived with 300 fighters in June.',
      };
    });
    expect(errors).toEqual([
      'data/claims.ts: claim "claim-arrived": summary.ar says "بثلاثميه" (300), which is not in its quotes or the article\'s metadata (cite it, or add a reviewed exception)',
      'data/claims.ts: claim "claim-arrived": summary.en says "300" (300), which is not in its quotes or the article\'s metadata (cite it, or add a reviewed exception)',
      'data/claims.ts: claim "claim-arrived": summary.en says "June" (month 6), which is not in its quotes or the article\'s metadata (cite it, or add a reviewed exception)',
    ]);
  });

  it('accepts a number from the article metadata (its date)', () => {
    const data = fixture();
    at(data.claims, 0).summary = { ar: 'بحسب المنفذ ب، وصلت المنظمة ج في 2016.', en: 'According to Outlet B, Organization C arrived in May 2016.' };
    expect(() => compileDataset(sources(data))).not.toThrow();
  });

  it('a name in a summary that its quotes and their paragraphs do not name, and a name that is no entity', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 1).summary = {
        ar: 'يرى الشخص أ أن المنظمة ج فقدت السيطرة لصالح المنفذ ب.',
        en: 'Person A argues Organization C lost control to Outlet B in Tunis.',
      };
    });
    expect(errors).toEqual([
      'data/claims.ts: claim "claim-opinion": summary.ar names "outlet-b", which neither its quotes nor the paragraphs around them name (cite it, or add a reviewed exception)',
      'data/claims.ts: claim "claim-opinion": summary.en names "outlet-b", which neither its quotes nor the paragraphs around them name (cite it, or add a reviewed exception)',
      'data/claims.ts: claim "claim-opinion": summary.en has the name "Tunis", which is no dataset entity\'s (check it against the quote and add a reviewed exception)',
    ]);
  });

  it('nothing that a reviewed exception answers, but an exception that answers nothing', () => {
    const data = fixture();
    at(data.claims, 1).summary = { ar: 'يرى الشخص أ أن المنظمة ج فقدت السيطرة.', en: 'Person A argues Organization C lost control in Tunis.' };
    at(data.claims, 1).reviewed = [{ check: 'summary-terms', term: 'Tunis', reason: 'A test: the quote names it in a form the check cannot read.' }];
    expect(() => compileDataset(sources(data))).not.toThrow();
    const errors = errorsAfter((d) => {
      at(d.claims, 1).reviewed = [{ check: 'named', term: 'city-d', reason: 'A stale exception: nothing needs it.' }];
    });
    expect(errors).toEqual([
      'data/claims.ts: claim "claim-opinion": reviewed exception named "city-d" excuses nothing any more (remove it)',
    ]);
  });

  it('a subject or place that neither the quote nor its paragraph names', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 1).subjects = ['organization-c', 'outlet-b'];
      at(d.claims, 1).places = ['city-d'];
    }, { ...TEXTS, 'two.txt': 'يرى الشخص أحمد أن المنظمة ج فقدت السيطرة على المدينة د منذ زمن.\nوفي فقرة أخرى المنفذ ب.' });
    expect(errors).toEqual([
      'data/claims.ts: claim "claim-opinion": subject "outlet-b" is not named in its quotes or the paragraphs around them (drop it, or add a reviewed exception)',
    ]);
  });

  it('a person alias that is a common name (first name + common surname, or one word) without a context rule', () => {
    const errors = errorsAfter((d) => {
      at(d.entities, 0).aliases = ['الشخص أحمد', 'محمد المنصوري', 'زيدان', { text: 'أحمد', ambiguous: { reason: 'no rule but a reason' } }];
    });
    expect(errors).toEqual([
      'data/entities.ts: entity "person-a": alias "محمد المنصوري" is a common personal name (a common first name and surname) and needs a context rule (ambiguous with context words, or acceptUnconfirmed with its other readings excluded)',
      'data/entities.ts: entity "person-a": alias "زيدان" is a common personal name (one word) and needs a context rule (ambiguous with context words, or acceptUnconfirmed with its other readings excluded)',
      'data/entities.ts: entity "person-a": alias "أحمد" is a common personal name (one word) and needs a context rule (ambiguous with context words, or acceptUnconfirmed with its other readings excluded)',
    ]);
  });

  it('a claimant that is neither the outlet of nor named in the cited article', () => {
    const errors = errorsAfter((d) => {
      at(d.claims, 1).claimant = 'outlet-b';
      at(d.claims, 1).subjects = ['organization-c', 'person-a'];
    });
    expect(errors).toEqual([
      'data/claims.ts: claim "claim-opinion": claimant "outlet-b" is neither the outlet of nor named in its cited article(s)',
    ]);
  });

  it('lets the unnamed outlet (no aliases) claim only in an article whose outlet is unknown', () => {
    const data = fixture();
    data.entities.push({ id: 'unknown-outlet', type: 'outlet', name: { ar: 'غير معروف', en: 'Unknown' }, aliases: [], description: { ar: 'غير معروف', en: 'Unknown' } });
    at(data.claims, 1).claimant = 'unknown-outlet';
    at(data.claims, 1).subjects = ['organization-c', 'person-a'];
    at(data.claims, 1).summary = { ar: 'يقول المقال إن المنظمة ج فقدت السيطرة.', en: 'The article says Organization C lost control.' };
    expect(() => compileDataset(sources(data))).not.toThrow();
    at(data.claims, 0).claimant = 'unknown-outlet';
    expect(() => compileDataset(sources(data))).toThrow('claimant "unknown-outlet" is neither the outlet of nor named in its cited article(s)');
  });
});

describe('oneSided', () => {
  it('marks an entity whose every claim comes from articles critical of it or of unknown outlet', () => {
    const data = fixture();
    Object.assign(at(data.articles, 0), { criticalOf: ['organization-c'], stanceNote: 'A test stance.' });
    const { dataset } = compileDataset(sources(data));
    expect(dataset.entities.find((e) => e.id === 'organization-c')?.oneSided).toEqual({ outletIds: ['outlet-b'], unknownOutlet: true });
    expect(dataset.entities.find((e) => e.id === 'person-a')?.oneSided).toBeUndefined();
  });

  it('is computed, never curated, and a stance needs its note and a known outlet', () => {
    const errors = errorsAfter((d) => {
      at(d.entities, 0).oneSided = { outletIds: ['outlet-b'], unknownOutlet: false };
      Object.assign(at(d.articles, 1), { criticalOf: ['person-a'] });
    });
    expect(errors).toEqual([
      'data/articles.ts: article "article-two": criticalOf needs a known outlet and a stanceNote saying how its stance is known',
      'data/entities.ts: entity "person-a": oneSided is computed by the build, not curated',
    ]);
  });
});

describe('the curated dataset', () => {
  const compiled = compileDataset({
    articles,
    entities,
    claims,
    readArticle: (file) => readFileSync(join(import.meta.dirname, '../../data/articles', file), 'utf8'),
  });
  const { dataset, summary } = compiled;

  it('compiles with every quote verified and every required entity present', () => {
    expect(summary.quotesTotal).toBeGreaterThan(0);
    expect(summary.quotesVerified).toBe(summary.quotesTotal);
    expect(summary.requiredIdsPresent).toBe(REQUIRED_ENTITY_IDS.length);
    const ids = new Set(dataset.entities.map((e) => e.id));
    for (const id of REQUIRED_ENTITY_IDS) expect(ids, id).toContain(id);
  });

  it('has at least 30 claims, every kind, and at least 5 claims citing each article', () => {
    expect(dataset.claims.length).toBeGreaterThanOrEqual(30);
    for (const kind of ClaimKind.options) expect(summary.claimsByKind[kind], kind).toBeGreaterThan(0);
    expect(Object.keys(summary.claimsPerArticle)).toHaveLength(5);
    for (const [id, n] of Object.entries(summary.claimsPerArticle)) expect(n, id).toBeGreaterThanOrEqual(5);
  });

  it('copies the five source articles byte for byte', () => {
    // sha256 of /work/shared/seeds/*.txt: the articles are sources, never edited.
    const seeds: Record<string, string> = {
      '000_c7ada8f96138988e.txt': 'b30a47b6460cfbe53ccb6eb8ede2ada611afdc0a6f904f9ef33b60d96d208820',
      '001_cb3f6fc7f2590931.txt': 'a3f078320b15a5277b48e11faa73d962cadfbbf81b1589cc8f147f2734501e10',
      '002_e511ab38f57bffaa.txt': 'beea8ca8d66309160cc4c548ded16259f7556d027a0d6485e038e867e8a0f1a3',
      '003_3dfe98a37ea4deb2.txt': 'd461a146cb8f12f58f5bf9fea28b83996a2092c88ea9d2afa46765f70249523d',
      '004_3cb8c012870722e4.txt': 'f0fb5a009f8b7006019eadec6ef186c70f4b161f5146cd24cf536818e3519bd1',
    };
    expect(dataset.articles.map((a) => a.file).sort()).toEqual(Object.keys(seeds));
    for (const article of dataset.articles)
      expect(createHash('sha256').update(article.text, 'utf8').digest('hex'), article.file).toBe(seeds[article.file]);
  });

  it('says plainly that every claim about Haftar comes from sources critical of him', () => {
    const haftar = dataset.entities.find((e) => e.id === 'khalifa-haftar');
    expect(haftar?.oneSided).toEqual({ outletIds: ['al-jazeera', 'al-jazeera-net', 'al-mesryoon'], unknownOutlet: true });
  });

  it('keeps the two al-Mansouris apart, each with his own article and role', () => {
    const byId = new Map(dataset.entities.map((e) => [e.id, e]));
    expect(byId.get('mohammed-al-mansouri')?.description.en).toMatch(/media office director/i);
    expect(byId.get('mohammed-idris-al-mansouri')?.description.en).toMatch(/field commander/i);
    const claimantOf = (id: string) => dataset.claims.find((c) => c.id === id)?.claimant;
    expect(claimantOf('mansouri-isis-convoy-passed-haftar-bases')).toBe('mohammed-al-mansouri');
    expect(claimantOf('mansouri-no-social-base-for-isis-in-derna')).toBe('mohammed-idris-al-mansouri');
  });

  it('attributes every summary rather than stating it as fact', () => {
    const attributed = /according to|alleges|argues|believes|says|said|told|suggests|announced|issued|pledged|called/i;
    for (const claim of dataset.claims) expect(claim.summary.en, claim.id).toMatch(attributed);
  });

  it('invents no URL: only the two known originals and one republication', () => {
    const urls = dataset.articles.flatMap((a) => [a.url, a.republishedUrl]).filter((u) => u !== null);
    expect(urls).toHaveLength(3);
    expect(dataset.articles.filter((a) => a.author !== null)).toHaveLength(3);
  });
});
