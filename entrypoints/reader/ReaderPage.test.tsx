// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';

import { testDataset } from '../../tests/fixtures/dataset';
import type { Article } from '../../core/dataset/schema';
import ReaderPage from './ReaderPage';

const dataset = testDataset();
let root: HTMLElement;

function show(articleId: string | null, quote: string | null, patch: Partial<Article> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const found = dataset.articles.find((a) => a.id === articleId);
  const article = found && { ...found, ...patch };
  const outlet = dataset.entities.find((e) => e.id === article?.outletId);
  act(() => render(<ReaderPage article={article} outlet={outlet} quote={quote} lang="ar" />, root));
  return root;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('ReaderPage', () => {
  it('renders the article verbatim with the quote marked and focused', () => {
    const el = show('article-one', 'المنظمة ج   وصلت إلى المدينة د');
    expect(el.querySelector('h1')?.textContent).toBe('عنوان المقال الأول');
    expect(el.querySelector('article')?.textContent).toBe(dataset.articles[0]!.text);
    const marks = el.querySelectorAll('mark[data-quote]');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('المنظمة ج وصلت إلى المدينة د');
    expect(marks[0]!.getAttribute('data-markjs')).toBe('true');
    expect(document.activeElement).toBe(marks[0]);
    expect(el.querySelector('[data-testid="quote-not-found"]')).toBeNull();
  });

  it('shows the metadata: outlet name, unknown author, date at its precision, original URL', () => {
    const el = show('article-one', null);
    const dds = [...el.querySelectorAll('dd')].map((d) => d.textContent);
    expect(dds[0]).toBe('المنفذ ب');
    expect(dds[1]).toBe('reader_unknown');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2016-05-10');
    expect(el.querySelector('mark')).toBeNull();
    const two = show('article-two', null);
    expect(two.querySelector('a[href="https://example.org/article-two"]')).not.toBeNull();
  });

  it('says next to the title and the author when they are known only from a republication', () => {
    const el = show('article-one', null, {
      author: { ar: 'كاتب', en: 'Writer' },
      authorFrom: 'republication',
      authorNote: 'Per a republication.',
      titleFrom: 'republication',
    });
    expect(el.querySelector('h1 .per-republication')?.textContent).toBe(' (popover_perRepublication)');
    expect(el.querySelectorAll('dd')[1]?.textContent).toBe('كاتب (popover_perRepublication)');
    expect(show('article-one', null).querySelector('.per-republication')).toBeNull();
  });

  it('says so when the quote is not in the article', () => {
    const el = show('article-one', 'جملة ليست في المقال إطلاقا');
    expect(el.querySelector('[data-testid="quote-not-found"]')?.getAttribute('role')).toBe('alert');
    expect(el.querySelector('mark')).toBeNull();
  });

  it('says so when the article is unknown', () => {
    const el = show('no-such-article', 'x');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('reader_noArticle');
    expect(el.querySelector('article')).toBeNull();
  });
});
