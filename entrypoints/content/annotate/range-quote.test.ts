// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import type { PageName } from './names';
import { quoteForName } from './range-quote';

/** The name `word` in the first text node of `sel` that holds it, as the highlighter would record it. */
function nameIn(sel: string, word: string): PageName {
  const el = document.querySelector(sel)!;
  const node = [...el.childNodes].find((n): n is Text => n.nodeType === 3 && (n as Text).data.includes(word))!;
  const at = node.data.indexOf(word);
  return {
    entityId: 'x',
    owner: el,
    segment: 0,
    start: at,
    end: at + word.length,
    pieces: [[node, at, at + word.length]],
    painted: null,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('quoteForName', () => {
  it('keeps a space where the context crosses a block boundary (words of two paragraphs never fuse)', () => {
    document.body.innerHTML = '<p>نقلت الجزيرة نت</p><p>الكاتب خليفة حفتر قال</p><div><h2>عنوان</h2>أخبار</div>';
    const q = quoteForName(nameIn('p:nth-of-type(2)', 'خليفة'));
    expect(q.exact).toBe('خليفة');
    expect(q.prefix).toBe('نقلت الجزيرة نت الكاتب ');
    expect(q.suffix).toBe(' حفتر قال عنوان أخبار');
  });

  it('does not add a space across inline elements (a word split by <b> stays one word)', () => {
    document.body.innerHTML = '<p>قال <b>الجي</b>ش إن حفتر <i>وص</i>ل</p>';
    const q = quoteForName(nameIn('p', 'حفتر'));
    expect(q.prefix).toBe('قال الجيش إن ');
    expect(q.suffix).toBe(' وصل');
  });

  it('treats a <br> as a line break', () => {
    document.body.innerHTML = '<p>الجزيرة نت<br>حفتر<br>درنة</p>';
    const q = quoteForName(nameIn('p', 'حفتر'));
    expect(q.prefix).toBe('الجزيرة نت ');
    expect(q.suffix).toBe(' درنة');
  });
});
