import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { anchorTextQuote, contextScore, createTextQuote, pickBestCandidate } from './text-quote';

const PAGE =
  'أعلن مجلس شورى مجاهدي درنة تحرير مدينة درنة من قبضة تنظيم الدولة، بعد نحو عشرة أشهر من المواجهات. ' +
  'وقالت مصادر إن قوات حفتر لم تستهدف تنظيم الدولة في درنة أثناء انسحابه نحو الجنوب، وإن الطيران حلّق فوق القافلة.';

describe('createTextQuote / anchorTextQuote', () => {
  it('finds the occurrence whose context matches, not just the first one', () => {
    const second = PAGE.lastIndexOf('درنة');
    const sel = createTextQuote(PAGE, second, second + 4);
    expect(sel.exact).toBe('درنة');
    expect(sel.prefix).toHaveLength(32);
    const m = anchorTextQuote(PAGE, sel);
    expect(m).toMatchObject({ start: second, end: second + 4, exact: true, score: 1 });
  });

  it('re-anchors after edits elsewhere in the page and a small edit in the context', () => {
    const at = PAGE.indexOf('قوات حفتر');
    const sel = createTextQuote(PAGE, at, at + 'قوات حفتر'.length);
    const changed = 'عاجل: ' + PAGE.replace('وقالت مصادر', 'وقالت مصادر محلية').replace('\u0020', '\n\n  ');
    const m = anchorTextQuote(changed, sel);
    expect(m).not.toBeNull();
    expect(changed.slice(m!.start, m!.end)).toBe('قوات حفتر');
    expect(m!.score).toBeGreaterThan(0.5);
  });

  it('re-anchors when the exact text itself changed a little (fuzzy)', () => {
    const at = PAGE.indexOf('تنظيم الدولة في درنة');
    const sel = createTextQuote(PAGE, at, at + 'تنظيم الدولة في درنة'.length);
    const changed = PAGE.replace('تنظيم الدولة في درنة', 'تنظيم "الدولة" في درنه');
    const m = anchorTextQuote(changed, sel);
    expect(m).toMatchObject({ exact: false });
    expect(changed.slice(m!.start, m!.end)).toContain('في درن');
    expect(m!.start).toBe(changed.indexOf('تنظيم "الدولة"'));
  });

  it('gives up rather than attach to an unrelated word', () => {
    expect(anchorTextQuote(PAGE, { exact: 'طرابلس', prefix: 'في العاصمة ', suffix: ' أمس' })).toBeNull();
    expect(anchorTextQuote(PAGE, { exact: '   ', prefix: '', suffix: '' })).toBeNull();
  });

  it('always finds a passage it described, with full context agreement (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('د', 'ر', 'ن', 'ة', ' ', 'ح', 'ف', 'ت'), minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const start = a % text.length;
          const end = start + 1 + (b % (text.length - start));
          const sel = createTextQuote(text, start, end);
          fc.pre(sel.exact.trim().length > 0);
          const m = anchorTextQuote(text, sel);
          expect(m).not.toBeNull();
          expect(m!.exact).toBe(true);
          expect(text.slice(m!.start, m!.end).replace(/\s+/g, ' ')).toBe(sel.exact.replace(/\s+/g, ' ').trim());
          expect(m!.score).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('contextScore and pickBestCandidate', () => {
  const a = { exact: 'حفتر', prefix: 'وقالت مصادر إن قوات ', suffix: ' لم تستهدف تنظيم الدولة' };
  const b = { exact: 'حفتر', prefix: 'في بيان لقوات ', suffix: ' أمس، أعلن المتحدث' };

  it('scores identical context 1 and different context low', () => {
    expect(contextScore(a, a)).toBe(1);
    expect(contextScore(a, b)).toBeLessThan(0.5);
  });

  it('picks the highlight with the same text and the closest context', () => {
    const drifted = { ...a, prefix: 'وقالت مصادر محلية إن قوات ' };
    expect(pickBestCandidate([b, drifted], a)).toBe(1);
  });

  it('falls back to the most similar context when the exact text differs (another alias)', () => {
    const otherAlias = { ...a, exact: 'المشير حفتر' };
    expect(pickBestCandidate([b, otherAlias], { ...a, exact: 'خليفة حفتر' })).toBe(1);
    expect(pickBestCandidate([b], { ...a, exact: 'خليفة حفتر' })).toBe(-1);
    expect(pickBestCandidate([], a)).toBe(-1);
  });

  it('compares exact text as a name key (diacritics, ة/ه)', () => {
    expect(pickBestCandidate([b, { ...b, exact: 'درنه' }], { ...b, exact: 'دَرْنة' })).toBe(1);
  });
});
