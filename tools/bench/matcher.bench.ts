/**
 * Micro-benchmark of the pure matcher (run: `npx tsx tools/bench/matcher.bench.ts`; prints, asserts
 * nothing): compile and scan time with the dataset's aliases and with 10,000 aliases, on ~1 MB of
 * Arabic news-like text in paragraphs. Needs `npm run dataset` first.
 */
import { readFileSync } from 'node:fs';

import { MatcherIndex } from '../../core/dataset/schema';
import { compileMatcher } from '../../core/matcher/matcher';

const index = MatcherIndex.parse(JSON.parse(readFileSync(new URL('../../data/generated/matcher-index.json', import.meta.url), 'utf8')));

let seed = 7;
function rand(n: number): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const word = (): string => Array.from({ length: 3 + rand(5) }, () => letters[rand(letters.length)]).join('');
const big: MatcherIndex = { version: 'big', entries: [...index.entries] };
while (big.entries.length < 10_000) {
  const alias = rand(3) === 0 ? `ال${word()} ${word()}` : rand(2) ? `عبد ${word()}` : word();
  big.entries.push({ entityId: `synthetic-${big.entries.length}`, type: 'person', alias });
}

const sentences = [
  'وقال المتحدث إن قوات حفتر دخلت مدينة درنة بعد أن انسحب تنظيم الدولة الإسلامية من منطقة الفتائح،',
  'فيما تواصل حكومة الوفاق الوطني مشاوراتها في طرابلس مع المجلس الرئاسي حول الأوضاع الأمنية والاقتصادية.',
  'وأكد مسؤولون أن الأسعار ارتفعت بشكل كبير خلال الأسابيع الماضية، وأن الحكومة تدرس إجراءات جديدة لدعم الأسر.',
  'ونقلت وسائل إعلام محلية عن شهود عيان أن اشتباكات متقطعة اندلعت ليلاً في الأحياء الجنوبية من المدينة.',
  'سرت شائعات عن استقالة الوزير، لكن مكتبه نفى ذلك في بيان رسمي نشره على صفحته.',
];
const paragraphs = Array.from({ length: 4000 }, () => Array.from({ length: 3 }, () => sentences[rand(sentences.length)]).join(' '));
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
