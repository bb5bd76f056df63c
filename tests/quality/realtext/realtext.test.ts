/**
 * The matcher on real Arabic news text that others wrote (README.md here: provenance, annotation
 * policy, the blind split). Both parts are scored by the same function, through the shipped page
 * policy (tests/quality/score.ts): each excerpt is a page, each paragraph a block.
 *
 * A highlight is right when it has the expected entity and overlaps the expected surface (one
 * highlight per expected mention); anything else highlighted is a false positive. The look-alike
 * rate is the share of annotated look-alikes highlighted as the entity they resemble.
 *
 * Only the tuning part's errors are printed. The blind part reports its numbers and nothing else:
 * it is never read to change aliases, rules or the matcher.
 */
import { describe, expect, it } from 'vitest';

import { compileMatcher, type Matcher } from '../../../core/matcher/matcher';
import { loadIndex, pageHighlights } from '../score';
import { blindCases } from './blind';
import { tuneCases } from './tune';
import type { RealCase } from './types';

interface Score {
  tp: number;
  fp: number;
  fn: number;
  lookalikes: number;
  lookalikesHit: number;
  errors: string[];
}

function score(matcher: Matcher, cases: readonly RealCase[]): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0, lookalikes: 0, lookalikesHit: 0, errors: [] };
  for (const c of cases) {
    // The page's date where the excerpt's page prints one (its address or its text), as a real page's
    // metadata gives it to the content script.
    const pages = pageHighlights(matcher, c.paragraphs, c.source.date);
    const used = new Set<object>();
    for (const e of c.expected) {
      const from = e.offset!;
      const to = from + e.surface.length;
      const hit = pages[e.paragraph!]!.find((h) => !used.has(h) && h.entityId === e.entityId && h.start < to && h.end > from);
      if (hit) {
        used.add(hit);
        s.tp++;
      } else {
        s.fn++;
        s.errors.push(`FN ${c.id}: «${e.surface}» → ${e.entityId}${e.note ? ` (${e.note})` : ''}`);
      }
    }
    pages.forEach((hits, p) => {
      for (const h of hits) {
        if (used.has(h)) continue;
        s.fp++;
        const text = c.paragraphs[p]!;
        s.errors.push(`FP ${c.id}: «${text.slice(h.start, h.end)}» → ${h.entityId}  …${text.slice(Math.max(0, h.start - 40), h.end + 40)}…`);
      }
    });
    for (const l of c.lookalikes) {
      s.lookalikes++;
      const from = l.offset!;
      const to = from + l.surface.length;
      if (pages[l.paragraph!]!.some((h) => h.entityId === l.notEntityId && h.start < to && h.end > from)) s.lookalikesHit++;
    }
  }
  return s;
}

function summary(name: string, cases: readonly RealCase[], s: Score): { precision: number; recall: number; lookalikeRate: number; line: string } {
  const precision = s.tp / (s.tp + s.fp);
  const recall = s.tp / (s.tp + s.fn);
  const lookalikeRate = s.lookalikesHit / s.lookalikes;
  const line =
    `realtext ${name}: ${cases.length} excerpts, TP ${s.tp}, FP ${s.fp}, FN ${s.fn}; ` +
    `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
    `look-alikes highlighted ${s.lookalikesHit}/${s.lookalikes} = ${(100 * lookalikeRate).toFixed(1)}%`;
  return { precision, recall, lookalikeRate, line };
}

describe('real-text corpus, through the shipped page policy', () => {
  const matcher = compileMatcher(loadIndex());

  // Gates: the level reached, less a small margin (issue 10's targets for the blind part are
  // P ≥ 0.98, R ≥ 0.96, look-alikes ≤ 2%; not all reached — see the README's matching section).
  // Reached: tune (8036 excerpts, to raw/c140.txt) P 0.992 R 0.981 look-alikes 1.0% (158/15451); blind P 0.986
  // R 0.974 look-alikes 3.5% (6/171). Each tuning batch written blind (raw/c03–c140) was measured before any rule
  // was fitted to it: see the commit log and the README's table of them.
  it('tuning part: precision ≥ 0.987, recall ≥ 0.978, look-alikes ≤ 1.4%', () => {
    const s = score(matcher, tuneCases);
    const r = summary('tune', tuneCases, s);
    console.log([r.line, ...s.errors].join('\n'));
    expect(r.precision).toBeGreaterThanOrEqual(0.987);
    expect(r.recall).toBeGreaterThanOrEqual(0.978);
    expect(r.lookalikeRate).toBeLessThanOrEqual(0.014);
  });

  it('blind part (numbers only): precision ≥ 0.98, recall ≥ 0.96, look-alikes ≤ 4.5%', () => {
    const r = summary('blind', blindCases, score(matcher, blindCases));
    console.log(r.line);
    expect(r.precision).toBeGreaterThanOrEqual(0.98);
    expect(r.recall).toBeGreaterThanOrEqual(0.96);
    expect(r.lookalikeRate).toBeLessThanOrEqual(0.045);
  });
});
