import { describe, expect, it } from 'vitest';

import type { Ambiguity, MatcherIndex } from '../dataset/schema';
import { compileMatcher, type Hit } from './matcher';
import { acceptPage, pageMatcher, PagePolicy } from './page-policy';

function amb(a: Partial<Ambiguity>): Ambiguity {
  return { reason: 'test', exclude: [], context: [], window: 6, pageMentions: 3, ...a };
}

const index: MatcherIndex = {
  version: 't',
  entries: [
    { entityId: 'libya', type: 'place', alias: 'ليبيا' },
    { entityId: 'egypt', type: 'place', alias: 'مصر' },
    { entityId: 'united-nations', type: 'organization', alias: 'الأمم المتحدة' },
    { entityId: 'khalifa-haftar', type: 'person', alias: 'حفتر' },
    { entityId: 'brega', type: 'place', alias: 'البريقة' },
    { entityId: 'fayez-al-sarraj', type: 'person', alias: 'فائز السراج' },
    {
      entityId: 'fayez-al-sarraj',
      type: 'person',
      alias: 'السراج',
      ambiguous: amb({ context: ['رئيس'] }),
      related: [],
    },
    {
      entityId: 'tripoli',
      type: 'place',
      alias: 'طرابلس',
      ambiguous: amb({ context: ['الليبية'], elsewhere: ['لبنان', 'اللبناني', 'عكار', 'طرابلس الشمال'] }),
      related: ['libya', 'khalifa-haftar'],
    },
  ],
};
const matcher = compileMatcher(index);

/** What a page of blocks shows, as [block, text, entity]. */
function shown(blocks: string[]): string[][] {
  return acceptPage(matcher, blocks.map((b) => matcher.scan(b))).flatMap((hits, i) =>
    hits.map((h: Hit) => [String(i), blocks[i]!.slice(h.start, h.end), h.entityId]),
  );
}

describe('PagePolicy', () => {
  it('accepts a pending name on related evidence, not on any three names', () => {
    // Real headline (LBC): a Lebanese page; three unrelated names elsewhere do not make it Libya's.
    const lebanon = ['مقتل جندي وإصابة 7 بطرابلس', 'دعت الأمم المتحدة ومصر إلى التهدئة، وقالت الأمم المتحدة إنها تتابع.'];
    expect(shown(lebanon).map((h) => h[2])).toEqual(['united-nations', 'egypt', 'united-nations']);
    // The same bare name on a page that names Libya or Haftar (related in the dataset).
    expect(shown(['وصل الوفد إلى طرابلس أمس.', 'وقال مسؤول في ليبيا إن الزيارة مهمة.'])).toContainEqual(['0', 'طرابلس', 'tripoli']);
    expect(shown(['وصل الوفد إلى طرابلس أمس.', 'ورحب حفتر بالزيارة.'])).toContainEqual(['0', 'طرابلس', 'tripoli']);
  });

  it('accepts nothing on page evidence where the page names the namesake elsewhere', () => {
    const page = ['اشتباكات في طرابلس الشمال ليلا.', 'وقال مصدر أمني إن طرابلس هادئة اليوم.', 'ونفت ليبيا أي علاقة.'];
    expect(shown(page).map((h) => h[2])).toEqual(['libya']);
    // In the block itself the namesake word drops the name even with Libyan evidence on the page.
    expect(shown(['زار الوفد طرابلس ثم عكار.', 'ونفت ليبيا أي علاقة.']).map((h) => h[2])).toEqual(['libya']);
  });

  it("lets a person's surname count after the full name elsewhere on the page", () => {
    expect(shown(['وبحث السراج ملف الهجرة.'])).toEqual([]);
    expect(shown(['وصل فائز السراج إلى روما.', 'وبحث السراج ملف الهجرة.'])).toEqual([
      ['0', 'فائز السراج', 'fayez-al-sarraj'],
      ['1', 'السراج', 'fayez-al-sarraj'],
    ]);
  });

  it('takes a bare place for the company the page names after شركة', () => {
    // Real text (NOC and Sada): شركة البريقة لتسويق النفط, then البريقة alone for the company.
    const page = ['تعلن المؤسسة الوطنية للنفط وشركة البريقة لتسويق النفط عن انطلاق قافلة وقود.', 'وختمت البريقة في بيانها أن المحطات كانت بموافقة الوزارة.'];
    expect(shown(page)).toEqual([]);
    expect(shown(['وصلت الناقلة إلى ميناء البريقة.'])).toEqual([['0', 'البريقة', 'brega']]);
  });

  it('gives the content script the same answer through pageMatcher, and grows its version on evidence', () => {
    const pm = pageMatcher(matcher);
    const pending = pm.scan('وصل الوفد إلى طرابلس أمس.').pending;
    expect(pending).toHaveLength(1);
    expect(pm.acceptsPending(pending[0]!)).toBe(false);
    const v = pm.evidenceVersion();
    pm.scan('ونفت ليبيا أي علاقة.');
    expect(pm.evidenceVersion()).toBeGreaterThan(v);
    expect(pm.acceptsPending(pending[0]!)).toBe(true);
    pm.reset();
    expect(pm.acceptsPending(pending[0]!)).toBe(false);
    // Scanning a block again adds no evidence.
    const policy = new PagePolicy(matcher);
    const r = matcher.scan('ونفت ليبيا أي علاقة.');
    policy.add(r);
    const once = policy.version;
    policy.add(r);
    expect(policy.version).toBe(once);
  });
});
