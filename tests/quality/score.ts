/**
 * Shared by the quality tests: the real dataset's matcher index, and a page's highlights as the
 * content script decides them — each block scanned alone, then the ONE page policy
 * (core/matcher/page-policy.ts) accepts pending hits.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { MatcherIndex } from '../../core/dataset/schema';
import type { Hit, Matcher } from '../../core/matcher/matcher';
import { acceptPage } from '../../core/matcher/page-policy';

// A path, not a file: URL (a DOM environment such as happy-dom replaces the global URL).
const INDEX_PATH = resolve(__dirname, '../../data/generated/matcher-index.json');

/** The real dataset's matcher index (built by `npm run dataset` if missing). */
export function loadIndex(): MatcherIndex {
  if (!existsSync(INDEX_PATH)) execSync('npm run dataset', { stdio: 'ignore' });
  return MatcherIndex.parse(JSON.parse(readFileSync(INDEX_PATH, 'utf8')));
}

/**
 * What the extension highlights on a page of blocks: per block, its hits in text order. `date`: the
 * page's date where it gives one (YYYY, YYYY-MM or YYYY-MM-DD), as the content script reads it.
 */
export function pageHighlights(matcher: Matcher, blocks: readonly string[], date?: string | null): Hit[][] {
  return acceptPage(
    matcher,
    blocks.map((b) => matcher.scan(b)),
    date,
  );
}
