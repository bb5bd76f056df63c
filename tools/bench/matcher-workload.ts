/**
 * The pure matcher benchmarks' workload (matcher.bench.ts, matcher-ab.ts): the dataset's index
 * padded with synthetic aliases to 10,000, and paragraphs of Arabic news-like sentences. Seeded,
 * so every run and both tools read the same aliases and text.
 */
import type { MatcherIndex } from '../../core/dataset/schema';
import { prngUint32 } from './bench-page';

const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
const SENTENCES = [
  'وقال المتحدث إن قوات حفتر دخلت مدينة درنة بعد أن انسحب تنظيم الدولة الإسلامية من منطقة الفتائح،',
  'فيما تواصل حكومة الوفاق الوطني مشاوراتها في طرابلس مع المجلس الرئاسي حول الأوضاع الأمنية والاقتصادية.',
  'وأكد مسؤولون أن الأسعار ارتفعت بشكل كبير خلال الأسابيع الماضية، وأن الحكومة تدرس إجراءات جديدة لدعم الأسر.',
  'ونقلت وسائل إعلام محلية عن شهود عيان أن اشتباكات متقطعة اندلعت ليلاً في الأحياء الجنوبية من المدينة.',
  'سرت شائعات عن استقالة الوزير، لكن مكتبه نفى ذلك في بيان رسمي نشره على صفحته.',
];

/** `index` grown to 10,000 aliases, and `paragraphCount` paragraphs of three sentences each. */
export function matcherWorkload(index: MatcherIndex, paragraphCount: number): { big: MatcherIndex; paragraphs: string[] } {
  const next = prngUint32(7);
  const rand = (n: number): number => next() % n;
  const word = (): string => Array.from({ length: 3 + rand(5) }, () => LETTERS[rand(LETTERS.length)]).join('');
  const big: MatcherIndex = { version: 'big', entries: [...index.entries] };
  while (big.entries.length < 10_000) {
    const alias = rand(3) === 0 ? `ال${word()} ${word()}` : rand(2) ? `عبد ${word()}` : word();
    big.entries.push({ entityId: `synthetic-${big.entries.length}`, type: 'person', alias });
  }
  const paragraphs = Array.from({ length: paragraphCount }, () =>
    Array.from({ length: 3 }, () => SENTENCES[rand(SENTENCES.length)]).join(' '),
  );
  return { big, paragraphs };
}
