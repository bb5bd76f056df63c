// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';

import { addressDate, pageDate } from './page-facts';

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

  it('reads a <time> marked as the publication date anywhere, before the address', () => {
    document.body.innerHTML = '<div class="meta"><time itemprop="datePublished" datetime="2018-05-11T09:00">11 مايو</time></div>';
    expect(pageDate(document, 'https://example.com/2024/01/02/x')).toBe('2018-05-11');
  });

  it("falls back to the date in the page's address, as news sites' paths carry it", () => {
    expect(pageDate(document, 'https://www.libyaakhbar.com/2021/03/15/news-1.html')).toBe('2021-03-15');
    expect(pageDate(document, 'https://example.com/')).toBeNull();
  });
});

describe('addressDate: a date in the path of a page', () => {
  it('reads year/month/day, unpadded, dashed, and a year and month alone', () => {
    // Real addresses of the real-text corpus (tests/quality/realtext/raw): youm7, fassatonews, stepagency, alquds.
    expect(addressDate('https://www.youm7.com/story/2017/2/18/%D8%A7%D9%84%D8%B3%D9%8A%D8%B3%D9%8A/3107361')).toBe('2017-02-18');
    expect(addressDate('https://stepagency-sy.net/public/ar/2025/08/29/%D8%AD%D9%81%D8%AA%D8%B1')).toBe('2025-08-29');
    expect(addressDate('https://www.alquds.co.uk/2025-05-13-abu-salim/')).toBe('2025-05-13');
    expect(addressDate('https://www.fassatonews.net/2018/05/%D8%A7%D9%84%D8%A5%D8%B9%D9%84%D8%A7%D9%86/')).toBe('2018-05');
  });

  it('ignores article numbers, hosts, queries and implausible dates', () => {
    for (const url of [
      'https://www.libyaakhbar.com/libya-news/652238.html',
      'https://example.com/news/20210315123',
      'https://2021.example.com/a',
      'https://example.com/a?date=2021/03/15',
      'https://example.com/1850/03/15/a',
      'https://example.com/2021/13/15/a',
      'https://example.com/2021/03/45/a',
      'https://example.com/video/2021/3',
      'not a url',
    ]) expect(addressDate(url), url).toBeNull();
  });
});
