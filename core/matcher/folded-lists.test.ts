/**
 * The matcher compares words as folded keys (ئ → ي, ة → ه, ذ → د, أ → ا …: foldForMatching). A word
 * list written in the text's own spelling and compared with keys never matches those entries: «فصائل»
 * in a list of plurals was dead for months. Every `new Set(…)` and every `/^…$/` regex of Arabic words in
 * the matcher's source must be folded (built through foldForMatching, matchKey, matchWords or
 * withClitics), or written only in letters the fold keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { foldForMatching } from '../arabic/normalize';

const DIR = __dirname;
const FOLDING = /foldForMatching|matchKey|matchWords|withClitics|\.map\(fold\b|fold\(/;

/** The text of `new Set(` … `)` from `at`, brackets balanced. */
function call(src: string, at: number): string {
  let depth = 0;
  for (let i = src.indexOf('(', at); i < src.length; i++) {
    if (src[i] === '(') depth++;
    else if (src[i] === ')' && --depth === 0) return src.slice(at, i + 1);
  }
  return src.slice(at);
}

/** Arabic words in a piece of source that folding would change. */
function unfolded(piece: string): string[] {
  const words = piece.match(/[\u0621-\u064a\u0670]+/gu) ?? [];
  return words.filter((w) => foldForMatching(w) !== w);
}

describe('word lists compared with folded keys', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it('are folded when written with letters the fold changes', () => {
    const bad: string[] = [];
    for (const f of files) {
      // Comments may spell words as the text does.
      const src = readFileSync(join(DIR, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const m of src.matchAll(/new Set\(/g)) {
        const piece = call(src, m.index!);
        if (FOLDING.test(piece)) continue;
        for (const w of unfolded(piece)) bad.push(`${f}: Set entry «${w}»`);
      }
      for (const m of src.matchAll(/\/\^[^/\n]*\$\/u?/g)) for (const w of unfolded(m[0])) bad.push(`${f}: regex word «${w}»`);
    }
    expect(bad).toEqual([]);
  });
});
