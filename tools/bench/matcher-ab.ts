/**
 * A/B of the pure matcher against another commit's (run: `node --expose-gc --single-threaded-gc
 * --import tsx tools/bench/matcher-ab.ts <commit> [rounds]`; prints, asserts nothing; needs `npm run
 * dataset`). Both versions load in one process and take turns, round by round, on the same index and
 * text as matcher.bench.ts; times are CPU time after a forced GC, and the ratio reported is the
 * median of the per-round ratios. On a shared, loaded machine wall times of separate runs varied by
 * ±40%; these ratios vary by about ±8% (A/A), so run both orders and read the pair.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { MatcherIndex } from '../../core/dataset/schema';
import { compileMatcher as current } from '../../core/matcher/matcher';
import { matcherWorkload } from './matcher-workload';

const ROOT = resolve(import.meta.dirname, '../..');
const commit = process.argv[2];
const rounds = Number(process.argv[3] ?? 15);
if (!commit) throw new Error('usage: matcher-ab.ts <commit> [rounds]');
const dir = mkdtempSync(join(tmpdir(), 'matcher-ab-'));
execSync(`git archive ${commit} core | tar -x -C ${dir}`, { cwd: ROOT });
if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
const other = (await import(join(dir, 'core/matcher/matcher.ts'))).compileMatcher as typeof current;

const index = JSON.parse(readFileSync(join(ROOT, 'data/generated/matcher-index.json'), 'utf8')) as MatcherIndex;
const { big, paragraphs } = matcherWorkload(index, 1500);

const gc = (globalThis as { gc?: () => void }).gc;
function cpu(f: () => void): number {
  gc?.();
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const ratios = new Map<string, number[]>();
for (let r = 0; r < rounds; r++) {
  for (const [label, idx, reps] of [['dataset', index, 20], ['10k aliases', big, 1]] as const) {
    let a = current(idx);
    let b = other(idx);
    const compileA = (): number => cpu(() => { for (let k = 0; k < reps; k++) a = current(idx); });
    const compileB = (): number => cpu(() => { for (let k = 0; k < reps; k++) b = other(idx); });
    const scanA = (): number => cpu(() => { for (const p of paragraphs) a.scan(p); });
    const scanB = (): number => cpu(() => { for (const p of paragraphs) b.scan(p); });
    // Alternate who goes first: the second of a pair runs on a warmer heap.
    const pair = (x: () => number, y: () => number): number => (r % 2 ? x() / y() : 1 / (y() / x()));
    for (const [what, ratio] of [['compile', pair(compileA, compileB)], ['scan', pair(scanA, scanB)]] as const) {
      const key = `${what} ${label}`;
      ratios.set(key, [...(ratios.get(key) ?? []), ratio]);
    }
  }
}
for (const [key, xs] of ratios) console.log(`${key.padEnd(20)} this tree / ${commit}: ×${median(xs).toFixed(3)} (median of ${xs.length})`);
