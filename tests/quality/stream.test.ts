// @vitest-environment happy-dom
/**
 * The content script reads a page block by block, in slices, and the page's evidence grows as it
 * reads: a headline's «طرابلس» can be shown, on the strength of an earlier «ليبيا», before the
 * body's «لبنان» is read. The quality tests score the whole page at once (acceptPage). This test
 * runs the real highlighter with the real matcher and page policy over every real-text tuning
 * excerpt, one block per paragraph, one block per slice, in the page's order and in reverse, and
 * checks it ends up showing exactly what acceptPage shows: the one policy the tests measure is the
 * one the reader sees, whatever order the blocks are read in.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { compileMatcher } from '../../core/matcher/matcher';
import { acceptPage, pageMatcher } from '../../core/matcher/page-policy';
import { Highlighter } from '../../entrypoints/content/annotate/highlighter';
import { memoryRegistry } from '../../entrypoints/content/annotate/highlights';
import type { ViewportWatcherFactory } from '../../entrypoints/content/annotate/near-viewport';
import { tuneCases } from './realtext/tune';
import { loadIndex } from './score';

const matcher = compileMatcher(loadIndex());
const allNear: ViewportWatcherFactory = (cb) => ({ observe: (el) => cb(el, true), unobserve: () => {}, disconnect: () => {} });

/** What the highlighter shows on a page of these paragraphs: «paragraph:entity:text», sorted. */
async function streamed(paragraphs: readonly string[]): Promise<string[]> {
  document.body.innerHTML = '';
  for (const text of paragraphs) document.body.appendChild(document.createElement('p')).textContent = text;
  const blocks = [...document.body.children];
  const h = new Highlighter({
    matcher: pageMatcher(matcher),
    registry: memoryRegistry(),
    viewport: allNear,
    visibleFirst: false,
    observeMutations: false,
    // One block a slice: the evidence grows between blocks, as on a long page.
    sliceMs: 0,
    firstSliceChars: 0,
    schedule: (task) => void queueMicrotask(task),
  });
  h.start();
  await h.whenIdle();
  const out = h.names().map((n) => {
    const text = n.pieces.map(([t, a, b]) => t.data.slice(a, b)).join('');
    return `${blocks.indexOf(n.owner as Element)}:${n.entityId}:${text}`;
  });
  h.removeAll();
  return out.sort();
}

/** What acceptPage shows on the same page, in the same form. */
function whole(paragraphs: readonly string[]): string[] {
  const pages = acceptPage(
    matcher,
    paragraphs.map((p) => matcher.scan(p)),
  );
  return pages.flatMap((hits, p) => hits.map((h) => `${p}:${h.entityId}:${paragraphs[p]!.slice(h.start, h.end).trim()}`)).sort();
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the content script shows what the page policy decides for the whole page', () => {
  it('takes back a name shown before the page named its namesake (ليبيا … طرابلس … لبنان)', async () => {
    const page = [
      'الأمم المتحدة تدعو إلى وقف القتال في ليبيا',
      'اشتباكات في مدينة طرابلس',
      'قال الجيش اللبناني إن اشتباكات وقعت في منطقة باب التبانة في طرابلس شمال لبنان.',
    ];
    expect(whole(page).filter((s) => s.includes('tripoli'))).toEqual([]);
    expect((await streamed(page)).filter((s) => s.includes('tripoli'))).toEqual([]);
  });

  it("takes no evidence from the site's menu or footer: «لبنان» in a menu does not make a Libyan report's «طرابلس» Lebanon's", async () => {
    const article =
      '<article><p>وقال رئيس المجلس الرئاسي فائز السراج إن الحكومة ماضية في خطتها.</p><p>وشهدت طرابلس هدوءا حذرا أمس.</p>' +
      '<footer><p>تحرير: قسم الأخبار</p></footer></article>';
    const tripoli = async (html: string): Promise<string[]> => {
      document.body.innerHTML = html;
      const h = new Highlighter({ matcher: pageMatcher(matcher), registry: memoryRegistry(), viewport: allNear, visibleFirst: false, observeMutations: false });
      h.start();
      await h.whenIdle();
      const out = h.names().filter((n) => n.entityId === 'tripoli').map((n) => (n.owner as Element).localName);
      h.removeAll();
      return out;
    };
    expect(await tripoli(article)).toEqual(['p']);
    // The site's menu and footer name Lebanon on every page: no namesake signal.
    expect(await tripoli(`<nav><ul><li>لبنان</li><li>سوريا</li></ul></nav>${article}<footer><p>جميع الحقوق محفوظة، بيروت، لبنان</p></footer>`)).toEqual(['p']);
    // The same words in the article are one.
    expect(await tripoli(`${article}<p>وفي لبنان، قال الجيش اللبناني إن الوضع هادئ.</p>`)).toEqual([]);
  });

  it('on every real-text tuning excerpt, read in order and in reverse', async () => {
    const differ: string[] = [];
    let pages = 0;
    for (const c of tuneCases) {
      if (c.paragraphs.length < 2) continue;
      pages++;
      for (const paragraphs of [c.paragraphs, [...c.paragraphs].reverse()]) {
        const want = whole(paragraphs);
        const got = await streamed(paragraphs);
        if (want.join('|') !== got.join('|')) differ.push(`${c.id}: policy ${want.join(', ')} — shown ${got.join(', ')}`);
      }
    }
    expect(pages).toBeGreaterThan(50);
    expect(differ).toEqual([]);
    // About 2 s alone; in a parallel run of all unit tests it once took longer than vitest's default 5 s.
  }, 60_000);
});
