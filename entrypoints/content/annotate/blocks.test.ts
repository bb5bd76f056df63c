// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { isPageChrome } from './blocks';

describe('page chrome: the site furniture that says nothing about this page', () => {
  it("counts a site menu and the site's footer as chrome, not an article's own footer", () => {
    document.body.innerHTML = `
      <nav id="menu"><ul><li>لبنان</li><li>سوريا</li><li>ليبيا</li></ul></nav>
      <article><p id="text">نص الخبر</p><footer id="byline">المصدر: وكالات</footer></article>
      <footer id="site"><p>جميع الحقوق محفوظة</p></footer>`;
    expect(isPageChrome(document.querySelector('#menu li')!)).toBe(true);
    expect(isPageChrome(document.querySelector('#site p')!)).toBe(true);
    expect(isPageChrome(document.querySelector('#text')!)).toBe(false);
    expect(isPageChrome(document.querySelector('#byline')!)).toBe(false);
  });

  it("does not count a breadcrumb trail, the path to this page (WAI-ARIA's breadcrumb pattern)", () => {
    // The markup of Bootstrap's documented breadcrumb (getbootstrap.com, «Breadcrumb»): a nav
    // labelled «breadcrumb» whose last item is the current page. Its section names this page's topic.
    document.body.innerHTML = `
      <nav aria-label="breadcrumb"><ol class="breadcrumb">
        <li class="breadcrumb-item"><a href="/">الرئيسية</a></li>
        <li class="breadcrumb-item" id="section"><a href="/libya">ليبيا</a></li>
        <li class="breadcrumb-item active" aria-current="page">الخبر</li>
      </ol></nav>
      <div role="navigation" class="site-breadcrumbs"><span id="crumb">لبنان</span></div>`;
    expect(isPageChrome(document.querySelector('#section')!)).toBe(false);
    expect(isPageChrome(document.querySelector('#crumb')!)).toBe(false);
  });

  it("counts a sidebar (aside, complementary) as chrome, not an aside inside the article", () => {
    // A pan-Arab site's «most read» beside a Libyan story: other stories' headlines, not this page's topic.
    document.body.innerHTML = `
      <main><article><p id="story">اشتباكات في العاصمة طرابلس</p>
        <aside id="box"><p id="fact">طرابلس عاصمة ليبيا</p></aside></article>
        <aside class="sidebar"><h3>الأكثر قراءة</h3><p id="most">الجيش اللبناني ينتشر في طرابلس</p></aside></main>
      <div role="complementary"><p id="widget">حزب الله يعلن</p></div>`;
    expect(isPageChrome(document.querySelector('#story')!)).toBe(false);
    expect(isPageChrome(document.querySelector('#fact')!)).toBe(false);
    expect(isPageChrome(document.querySelector('#most')!)).toBe(true);
    expect(isPageChrome(document.querySelector('#widget')!)).toBe(true);
  });

  it('does not count the main content a site wraps in navigation markup', () => {
    document.body.innerHTML = `<div role="navigation"><main><p id="story">نص الخبر</p></main></div>`;
    expect(isPageChrome(document.querySelector('#story')!)).toBe(false);
  });
});
