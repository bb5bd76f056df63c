import { describe, expect, it } from 'vitest';

import { textFragmentUrl } from './text-fragment';

describe('textFragmentUrl', () => {
  it('links to the quote with a few words of context either side', () => {
    const url = textFragmentUrl('https://news.example/a#top', { exact: 'خليفة حفتر', prefix: 'قال اللواء المتقاعد ', suffix: ' إن القوات' });
    expect(url).toBe(
      `https://news.example/a#:~:text=${encodeURIComponent('قال اللواء المتقاعد')}-,${encodeURIComponent('خليفة حفتر')},-${encodeURIComponent('إن القوات')}`,
    );
  });

  it('escapes the syntax characters and uses a range for a long quote', () => {
    expect(textFragmentUrl('https://x.example/', { exact: 'a-b, c&d', prefix: '', suffix: '' })).toBe('https://x.example/#:~:text=a%2Db%2C%20c%26d');
    expect(textFragmentUrl('https://x.example/', { exact: '1 2 3 4 5 6 7 8 9 10', prefix: '', suffix: '' })).toBe('https://x.example/#:~:text=1%202%203%204,7%208%209%2010');
  });
});
