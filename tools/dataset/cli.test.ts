/**
 * `npm run dataset` as a reader of the data sees it: the CLI on a temporary copy of the data
 * whose claims quote their article wrongly must exit non-zero with a clear message naming the
 * claim and the quote, and write nothing; the untouched copy builds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
/** The first claim's quote in data/claims.ts (000's opening sentence). */
const QUOTE = 'لا يزال انسحاب تنظيم الدولة الإسلامية من مدينة درنة';

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'siyaq-dataset-cli-'));
  for (const dir of ['data', 'core', 'tools']) cpSync(join(ROOT, dir), join(tmp, dir), { recursive: true });
  rmSync(join(tmp, 'data/generated'), { recursive: true, force: true });
  cpSync(join(ROOT, 'package.json'), join(tmp, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(tmp, 'node_modules'), 'dir');
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function runDataset() {
  return spawnSync(TSX, [join(tmp, 'tools/dataset/cli.ts')], { cwd: tmp, encoding: 'utf8', timeout: 60_000 });
}

// Each test spawns tsx and compiles the whole dataset: seconds on a loaded machine, not milliseconds.
describe('npm run dataset (tools/dataset/cli.ts)', { timeout: 60_000 }, () => {
  it('builds the untouched copy', () => {
    const run = runDataset();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✓ dataset \w+/);
    expect(existsSync(join(tmp, 'data/generated/dataset.json'))).toBe(true);
    rmSync(join(tmp, 'data/generated'), { recursive: true });
  });

  it('fails with a clear message, and writes nothing, when a quote is not verbatim in its article', () => {
    const claimsFile = join(tmp, 'data/claims.ts');
    const source = readFileSync(claimsFile, 'utf8');
    expect(source).toContain(QUOTE);
    // One word changed: «مدينة» → «بلدة».
    writeFileSync(claimsFile, source.replace(QUOTE, QUOTE.replace('مدينة', 'بلدة')));
    const run = runDataset();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^✗ dataset: \d+ error\(s\)/);
    expect(run.stderr).toMatch(/claim "[\w-]+": citation \d+: quote not found verbatim in article/);
    // No stack trace: a list of errors a curator can act on.
    expect(run.stderr).not.toMatch(/\bat \S+ \(/);
    expect(existsSync(join(tmp, 'data/generated'))).toBe(false);
  });
  it('fails naming the claim when a summary says a number its quotes do not', () => {
    const claimsFile = join(tmp, 'data/claims.ts');
    const source = readFileSync(claimsFile, 'utf8');
    const summary = 'had about a hundred four-wheel-drive vehicles';
    expect(source).toContain(summary);
    writeFileSync(claimsFile, source.replace(summary, 'had about two hundred four-wheel-drive vehicles'));
    const run = runDataset();
    writeFileSync(claimsFile, source);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'data/claims.ts: claim "abdel-kafi-haftar-eased-arms-to-sirte": summary.en says "two hundred" (200), which is not in its quotes',
    );
    expect(existsSync(join(tmp, 'data/generated'))).toBe(false);
  });
});
