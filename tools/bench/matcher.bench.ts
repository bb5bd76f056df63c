/**
 * Micro-benchmark of the pure matcher (run: `npx tsx tools/bench/matcher.bench.ts`; prints, asserts
 * nothing): compile and scan time with the dataset's aliases and with 10,000 aliases, on ~1 MB of
 * Arabic news-like text in paragraphs. Needs `npm run dataset` first.
 */
import { readFileSync } from 'node:fs';

import { MatcherIndex } from '../../core/dataset/schema';
import { compileMatcher } from '../../core/matcher/matcher';
import { matcherWorkload } from './matcher-workload';

const index = MatcherIndex.parse(JSON.parse(readFileSync(new URL('../../data/generated/matcher-index.json', import.meta.url), 'utf8')));

const { big, paragraphs } = matcherWorkload(index, 4000);
const chars = paragraphs.reduce((n, p) => n + p.length, 0);

for (const [label, idx] of [['dataset', index], ['10k aliases', big]] as const) {
  let t = performance.now();
  const matcher = compileMatcher(idx);
  const compile = performance.now() - t;
  matcher.scan(paragraphs[0]!);
  const runs: number[] = [];
  let hits = 0;
  for (let r = 0; r < 9; r++) {
    t = performance.now();
    hits = 0;
    for (const p of paragraphs) hits += matcher.scan(p).hits.length;
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(12)} aliases ${String(matcher.aliasCount).padStart(6)}  compile ${compile.toFixed(1).padStart(7)} ms  ` +
      `scan ${paragraphs.length} paragraphs / ${chars} chars: median ${runs[4]!.toFixed(1)} ms (min ${runs[0]!.toFixed(1)})  hits ${hits}`,
  );
}
