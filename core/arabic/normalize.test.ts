import { describe, expect, it } from 'vitest';

import { foldLetter, normalizeKey, normalizeWords, prepareForMatching } from './normalize';

describe('normalizeKey', () => {
  it('folds alef forms, ta marbuta, alef maqsura, hamza seats and Persian letters', () => {
    expect(normalizeKey('أحمد')).toBe(normalizeKey('احمد'));
    expect(normalizeKey('إسلام')).toBe('اسلام');
    expect(normalizeKey('درنة')).toBe(normalizeKey('درنه'));
    expect(normalizeKey('الرئاسى')).toBe(normalizeKey('الرئاسي'));
    expect(normalizeKey('فائز')).toBe(normalizeKey('فايز'));
    expect(normalizeKey('کمفودة')).toBe(normalizeKey('كمفودة'));
  });
  it('drops diacritics, tatweel, invisibles and spaces; expands presentation forms', () => {
    expect(normalizeKey('دَرْنَةُ')).toBe('درنه');
    expect(normalizeKey('حفـــتر')).toBe('حفتر');
    expect(normalizeKey('حف\u200Cتر\u00AD')).toBe('حفتر');
    expect(normalizeKey('\uFEA3\uFED4\uFE98\uFEAE')).toBe('حفتر');
    expect(normalizeKey('أبو ظبي')).toBe(normalizeKey('أبوظبي'));
  });
  it('keeps different letters apart', () => {
    expect(normalizeKey('سرت')).not.toBe(normalizeKey('سيرت'));
    expect(foldLetter('ح')).toBe('ح');
  });
  it('normalizeWords keeps word boundaries', () => {
    expect(normalizeWords(' الدار  البيضاء ')).toEqual(['الدار', 'البيضاء']);
  });
});

describe('prepareForMatching', () => {
  it('returns the text itself (no map) when there is nothing to drop', () => {
    const text = 'قال حفتر إن درنة';
    expect(prepareForMatching(text)).toEqual({ text, map: null });
  });
  it('drops marks and tatweel and maps every offset back', () => {
    const original = 'في دَرْنَـةَ اليوم';
    const { text, map } = prepareForMatching(original);
    expect(text).toBe('في درنة اليوم');
    expect(map).not.toBeNull();
    const at = text.indexOf('درنة');
    expect(original.slice(map![at]!, map![at + 3]! + 1)).toBe('دَرْنَـة');
    expect(map![text.length]).toBe(original.length);
  });
  it('expands presentation forms, each part mapping to its source character', () => {
    const original = 'دار \uFE8D\uFEF9\uFED3\uFE98\uFE8E\uFE80';
    const { text, map } = prepareForMatching(original);
    expect(text).toBe('دار الإفتاء');
    expect(map![5]).toBe(5);
    expect(map![6]).toBe(5);
  });
  it('drops isolated harakat forms without leaving a space', () => {
    expect(prepareForMatching('درنة\uFE70').text).toBe('درنة');
  });
});
