/**
 * `npm run dataset`: compiles and verifies the curated dataset, writes data/generated/dataset.json
 * and data/generated/matcher-index.json, and prints a summary. Exits 1 with the list of errors
 * (no stack trace) if the data does not verify.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { articles } from '../../data/articles';
import { compileDataset, DatasetError } from './compile';
import { claims } from '../../data/claims';
import { entities } from '../../data/entities';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const articleDir = join(root, 'data/articles');
const outDir = join(root, 'data/generated');

function main(): number {
  let compiled;
  try {
    compiled = compileDataset({
      articles,
      entities,
      claims,
      readArticle: (file) => readFileSync(join(articleDir, file), 'utf8'),
    });
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    console.error(`✗ dataset: ${e.errors.length} error(s)`);
    for (const error of e.errors) console.error(`  - ${error}`);
    return 1;
  }

  const { dataset, matcherIndex, summary } = compiled;
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'dataset.json'), JSON.stringify(dataset));
  writeFileSync(join(outDir, 'matcher-index.json'), JSON.stringify(matcherIndex));

  const list = (record: Record<string, number>): string =>
    Object.entries(record)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  console.log(`✓ dataset ${summary.version} → data/generated/{dataset,matcher-index}.json`);
  console.log(`  entities (${dataset.entities.length}): ${list(summary.entitiesByType)}`);
  console.log(`  claims (${dataset.claims.length}): ${list(summary.claimsByKind)}`);
  console.log('  claims per article:');
  for (const [id, n] of Object.entries(summary.claimsPerArticle)) console.log(`    ${id}: ${n}`);
  console.log(`  aliases in matcher index: ${summary.aliases}`);
  console.log(`  quotes verified: ${summary.quotesVerified}/${summary.quotesTotal}`);
  console.log(`  required ids present: ${summary.requiredIdsPresent}/${summary.requiredIdsTotal}`);
  console.log(
    `  fidelity checks passed (summary terms, tags named, common-name aliases, claimants); reviewed exceptions: ${summary.reviewedExceptions}`,
  );
  console.log(`  one-sided cards (every claim from critical or unknown outlets): ${summary.oneSided.join(', ') || 'none'}`);
  for (const warning of summary.warnings) console.log(`  ! ${warning}`);
  return 0;
}

process.exitCode = main();
