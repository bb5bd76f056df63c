/**
 * Precision and recall of the matcher on the fixture corpus (tests/quality/corpus), with the real
 * dataset's aliases. Every case is a page: its blocks are scanned one by one, and pending
 * ambiguous hits are accepted by the shipped page policy (tests/quality/score.ts), as the content
 * script does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { MatcherIndex } from '../../core/dataset/schema';
import { corpus, type CorpusCase } from './corpus';
import { devIndex } from './corpus/dev-index';
import { compileMatcher, type Matcher } from '../../core/matcher/matcher';
import { pageHighlights } from './score';

const GENERATED = resolve(__dirname, '../../data/generated/matcher-index.json');

function loadIndex(): { index: MatcherIndex; source: string } {
  if (existsSync(GENERATED)) {
    return { index: MatcherIndex.parse(JSON.parse(readFileSync(GENERATED, 'utf8'))), source: GENERATED };
  }
  return { index: devIndex, source: 'tests/quality/corpus/dev-index.ts (run `npm run dataset` for the real index)' };
}

const BOUNDARY = /[\p{L}\p{N}]/u;

/** The expected spans of a case: each surface at its first whole-word occurrence after the previous one. */
function expectedSpans(test: CorpusCase): string[] {
  let from = 0;
  return test.expect.map(([surface, entityId]) => {
    let at = test.text.indexOf(surface, from);
    while (
      at >= 0 &&
      (BOUNDARY.test(test.text[at - 1] ?? '') || BOUNDARY.test(test.text[at + surface.length] ?? ''))
    ) {
      at = test.text.indexOf(surface, at + 1);
    }
    if (at < 0) throw new Error(`corpus: "${surface}" not found in order in: ${test.text}`);
    from = at + surface.length;
    return `${entityId}@${at}-${at + surface.length}`;
  });
}

/** What the extension would highlight on the page. */
function actualSpans(matcher: Matcher, text: string): string[] {
  const blocks = text.split('\n\n');
  const out: string[] = [];
  let offset = 0;
  pageHighlights(matcher, blocks).forEach((hits, i) => {
    for (const h of hits) out.push(`${h.entityId}@${h.start + offset}-${h.end + offset}`);
    offset += blocks[i]!.length + 2;
  });
  return out;
}

describe('fixture corpus', () => {
  const { index, source } = loadIndex();
  const matcher = compileMatcher(index);

  it('has enough cases, each well formed', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const negatives = corpus.filter((t) => t.expect.length === 0).length;
    expect(negatives).toBeGreaterThanOrEqual(50);
    for (const t of corpus) expect(() => expectedSpans(t)).not.toThrow();
  });

  it('meets precision ≥ 0.98 and recall ≥ 0.97 with the dataset aliases', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const errors: string[] = [];
    for (const t of corpus) {
      const expected = expectedSpans(t);
      const actual = actualSpans(matcher, t.text);
      const show = (span: string): string => {
        const [id, range] = span.split('@') as [string, string];
        const [s, e] = range.split('-').map(Number) as [number, number];
        return `${id} «${t.text.slice(s, e)}»`;
      };
      for (const span of actual) {
        if (expected.includes(span)) tp++;
        else {
          fp++;
          errors.push(`FP ${show(span)} in: ${t.text}`);
        }
      }
      for (const span of expected) {
        if (!actual.includes(span)) {
          fn++;
          errors.push(`FN ${show(span)} in: ${t.text}`);
        }
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `corpus: ${corpus.length} cases, ${tp + fn} expected highlights, index ${source}\n` +
        `precision ${precision.toFixed(4)} (${tp}/${tp + fp}), recall ${recall.toFixed(4)} (${tp}/${tp + fn})\n` +
        errors.join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });
});
