// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { pageDate } from './page-facts';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('pageDate: the publication date a page states', () => {
  it('reads Open Graph article time first, then other meta tags', () => {
    document.head.innerHTML =
      '<meta name="date" content="2019-01-01"><meta property="article:published_time" content="2024-05-12T10:31:00+02:00">';
    expect(pageDate()).toBe('2024-05-12');
    document.head.innerHTML = '<meta itemprop="datePublished" content="2016-04-01">';
    expect(pageDate()).toBe('2016-04-01');
  });

  it('reads JSON-LD datePublished, also inside @graph, and skips broken JSON', () => {
    document.head.innerHTML =
      '<script type="application/ld+json">{ not json, datePublished</script>' +
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2017-03-26T08:00:00Z"}]}</script>';
    expect(pageDate()).toBe('2017-03-26');
  });

  it("falls back to a <time datetime> in the article, not elsewhere on the page", () => {
    document.body.innerHTML = '<aside><time datetime="2025-01-01">اليوم</time></aside><article><time datetime="2015-07-09">9 يوليو</time></article>';
    expect(pageDate()).toBe('2015-07-09');
    document.body.innerHTML = '<aside><time datetime="2025-01-01">اليوم</time></aside>';
    expect(pageDate()).toBeNull();
  });

  it('ignores dates no news page has: not ISO, out of range, far future', () => {
    for (const content of ['12/05/2024', 'أمس', '1890-01-01', `${new Date().getFullYear() + 5}-01-01`, '2020-13-01', ''])  {
      document.head.innerHTML = `<meta property="article:published_time" content="${content}">`;
      expect(pageDate(), content).toBeNull();
    }
  });
});
