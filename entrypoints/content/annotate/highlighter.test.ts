// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { CONTINUATION_ATTRIBUTE, HIGHLIGHT_SELECTOR, Highlighter, type HighlightMatcher, type MatchHit } from './highlighter';

/**
 * A small stand-in for core/matcher/matcher.ts: whole words with optional clitics (و ف ب ل وب وال بال ال),
 * longest alias first; ambiguous aliases are pending until the page has `threshold` unambiguous hits.
 */
function fakeMatcher(aliases: Array<{ alias: string; id: string; threshold?: number }>): HighlightMatcher {
  const sorted = [...aliases].sort((a, b) => b.alias.length - a.alias.length);
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:وال|بال|وب|ال|[وفبل])?(${sorted.map((a) => a.alias).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'gu',
  );
  const byAlias = new Map(sorted.map((a) => [a.alias, a]));
  return {
    scan(text) {
      const hits: MatchHit[] = [];
      const pending: MatchHit[] = [];
      for (const m of text.matchAll(re)) {
        const entry = byAlias.get(m[1] ?? '');
        if (!entry) continue;
        const hit = { start: m.index, end: m.index + m[0].length, entityId: entry.id, ambiguous: !!entry.threshold };
        (entry.threshold ? pending : hits).push(hit);
      }
      return { hits, pending };
    },
    acceptsPending(hit, n) {
      const entry = sorted.find((a) => a.id === hit.entityId);
      return !!entry?.threshold && n >= entry.threshold;
    },
  };
}

const matcher = fakeMatcher([
  { alias: 'خليفة حفتر', id: 'khalifa-haftar' },
  { alias: 'حفتر', id: 'khalifa-haftar' },
  { alias: 'داعش', id: 'islamic-state' },
  { alias: 'درنة', id: 'derna' },
  { alias: 'مجلس شورى مجاهدي درنة', id: 'derna-mujahideen-shura-council' },
  { alias: 'سرت', id: 'sirte', threshold: 3 },
]);

const immediate = (task: () => void): void => void setTimeout(task, 0);

function make(opts: Partial<ConstructorParameters<typeof Highlighter>[0]> = {}): Highlighter {
  const h = new Highlighter({ matcher, schedule: immediate, visibleFirst: false, ...opts });
  live.push(h);
  return h;
}
const live: Highlighter[] = [];

/** innerHTML plus text-node boundaries: "exact restore" means the same nodes, not just the same markup. */
function shape(node: Node): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += `[${(c as Text).data}]`;
    else if (c.nodeType === 8) out += `<!--${(c as Comment).data}-->`;
    else if (c.nodeType === 1) {
      const el = c as Element;
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
      out += `<${el.localName}${attrs}>${shape(el)}</${el.localName}>`;
    }
  }
  return out;
}

const ids = (root: ParentNode = document.body): string[] =>
  [...root.querySelectorAll(HIGHLIGHT_SELECTOR)].map((el) => el.getAttribute('data-entity-id') ?? '');
const texts = (root: ParentNode = document.body): string[] =>
  [...root.querySelectorAll(HIGHLIGHT_SELECTOR)].map((el) => el.textContent ?? '');
const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  for (const h of live.splice(0)) h.removeAll();
  document.body.innerHTML = '';
});

describe('Highlighter: wrapping', () => {
  it('wraps each name in a focusable highlight with its entity id, whole word with clitics', async () => {
    document.body.innerHTML = '<p>قال إن قوات حفتر لم تستهدف "داعش" وبدرنة، وأكد أن لداعش وجودا.</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar', 'islamic-state', 'derna', 'islamic-state']);
    expect(texts()).toEqual(['حفتر', 'داعش', 'وبدرنة', 'لداعش']);
    const el = document.querySelector(HIGHLIGHT_SELECTOR);
    expect(el?.localName).toBe('siyaq-mark');
    expect(el?.getAttribute('tabindex')).toBe('0');
    expect(el?.getAttribute('role')).toBe('button');
    expect(el?.getAttribute('aria-haspopup')).toBe('dialog');
  });

  it('keeps the longest match as one highlight', async () => {
    document.body.innerHTML = '<p>أعلن مجلس شورى مجاهدي درنة أن المشير خليفة حفتر…</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(texts()).toEqual(['مجلس شورى مجاهدي درنة', 'خليفة حفتر']);
  });

  it('wraps each piece of a name split across inline elements with the same id, counted once', async () => {
    document.body.innerHTML = '<p>المشير <b>خليفة</b> حفتر قال</p>';
    const before = shape(document.body);
    const h = make();
    h.start();
    await h.whenIdle();
    const pieces = [...document.querySelectorAll('[data-entity-id]')];
    expect(pieces.map((p) => p.textContent)).toEqual(['خليفة', 'حفتر']);
    expect(pieces.map((p) => p.getAttribute('data-entity-id'))).toEqual(['khalifa-haftar', 'khalifa-haftar']);
    expect(pieces[1]?.hasAttribute(CONTINUATION_ATTRIBUTE)).toBe(true);
    expect(pieces[1]?.hasAttribute('tabindex')).toBe(false);
    expect(h.stats()).toEqual({ count: 1, entities: [{ id: 'khalifa-haftar', count: 1 }] });
    h.removeAll();
    expect(shape(document.body)).toBe(before);
  });

  it('never joins text across blocks or <br>', async () => {
    document.body.innerHTML = '<div><h2>خليفة</h2><p>حفتر</p></div><p>خليفة<br>حفتر</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(texts()).toEqual(['حفتر', 'حفتر']);
  });

  it('finds text directly in a div around nested blocks, and blocks nested in links', async () => {
    document.body.innerHTML = '<div>بيان حفتر <p>عن درنة</p> وداعش</div><a href="#"><div><h3>حفتر في درنة</h3></div></a>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(texts()).toEqual(['حفتر', 'درنة', 'وداعش', 'حفتر', 'درنة']);
  });
});

describe('Highlighter: skip rules', () => {
  it('skips script, style, textarea, inputs, code, contenteditable, its own UI and existing highlights', async () => {
    document.body.innerHTML = [
      '<script>var a = "حفتر";</script><style>/* حفتر */</style><noscript>حفتر</noscript>',
      '<textarea>حفتر</textarea><select><option>حفتر</option></select><button>حفتر</button>',
      '<p>نص <code>حفتر</code> و<kbd>درنة</kbd></p>',
      '<div contenteditable="true"><p>حفتر <b>درنة</b></p></div><div contenteditable="false"><p>درنة</p></div>',
      '<div data-siyaq-ui><p>حفتر</p></div><svg><text>حفتر</text></svg>',
      '<p><siyaq-mark class="siyaq-hl" data-entity-id="x">حفتر</siyaq-mark> في سرت</p>',
    ].join('');
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['derna', 'x']);
    expect(document.querySelectorAll('[contenteditable="false"] siyaq-mark').length).toBe(1);
  });

  it('is idempotent: scanning again does not wrap a highlight twice', async () => {
    document.body.innerHTML = '<p>حفتر ودرنة</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    const once = document.body.innerHTML;
    const second = make();
    second.start();
    await second.whenIdle();
    expect(document.body.innerHTML).toBe(once);
  });
});

describe('Highlighter: exact removal', () => {
  it('restores the DOM exactly, keeping the page\'s own split text nodes apart', async () => {
    const p = document.createElement('p');
    // The page split "حفتر" itself across two adjacent text nodes, and has several names in one
    // node (سرت counts: the page has five unambiguous names).
    p.append('قال حف', 'تر إن درنة ', 'ستسقط قبل سرت. داعش وحفتر!');
    p.append(document.createComment('c'), ' حفتر');
    document.body.append(p);
    const before = shape(document.body);
    const html = document.body.innerHTML;
    const text = document.body.textContent;
    const h = make();
    h.start();
    await h.whenIdle();
    expect(texts()).toEqual(['حف', 'تر', 'درنة', 'سرت', 'داعش', 'وحفتر', 'حفتر']);
    expect(document.body.textContent).toBe(text);
    h.removeAll();
    expect(document.body.innerHTML).toBe(html);
    expect(shape(document.body)).toBe(before);
    expect(p.childNodes.length).toBe(5);
  });

  it('setEnabled(false) removes, setEnabled(true) highlights again', async () => {
    document.body.innerHTML = '<p>حفتر في درنة</p>';
    const html = document.body.innerHTML;
    const h = make();
    h.setEnabled(true);
    await h.whenIdle();
    expect(ids()).toHaveLength(2);
    h.setEnabled(false);
    expect(h.enabled).toBe(false);
    expect(document.body.innerHTML).toBe(html);
    h.setEnabled(true);
    await h.whenIdle();
    expect(ids()).toHaveLength(2);
  });
});

describe('Highlighter: live pages', () => {
  it('annotates content added later, in batches, without reacting to its own writes', async () => {
    document.body.innerHTML = '<main id="feed"><p>حفتر</p></main>';
    const h = make();
    h.start();
    await h.whenIdle();
    const feed = document.getElementById('feed');
    for (let i = 0; i < 30; i++) {
      const p = document.createElement('p');
      p.textContent = `خبر ${i}: داعش في درنة`;
      feed?.append(p);
    }
    await tick();
    await h.whenIdle();
    expect(ids().filter((id) => id === 'derna')).toHaveLength(30);
    const slices = h.metrics().slices;
    expect(slices).toBeLessThanOrEqual(4);
    await tick(30);
    expect(h.metrics().slices).toBe(slices);
  });

  it('re-reads a block whose text changed, keeping its existing highlights', async () => {
    document.body.innerHTML = '<p id="live">حفتر <span id="s">يتحدث</span></p>';
    const h = make();
    h.start();
    await h.whenIdle();
    const span = document.getElementById('s');
    if (span?.firstChild) (span.firstChild as Text).data = 'عن درنة';
    await tick();
    await h.whenIdle();
    expect(texts()).toEqual(['حفتر', 'درنة']);
  });

  it('follows a SPA that replaces the page content', async () => {
    document.body.innerHTML = '<div id="app"><p>حفتر</p></div>';
    const h = make();
    h.start();
    await h.whenIdle();
    const app = document.getElementById('app');
    if (app) app.innerHTML = '<article><h1>درنة</h1><p>بيان <em>داعش</em></p></article>';
    await tick();
    await h.whenIdle();
    expect(ids()).toEqual(['derna', 'islamic-state']);
    expect(h.stats().count).toBe(2);
  });

  it('works in slices: a zero-length slice still finishes the page', async () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>${i} حفتر</p>`).join('');
    const h = make({ sliceMs: 0 });
    h.start();
    await h.whenIdle();
    expect(ids()).toHaveLength(40);
    expect(h.metrics().slices).toBeGreaterThan(10);
  });
});

describe('Highlighter: visible first', () => {
  it('annotates blocks the IntersectionObserver reports visible before the rest of the page', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">${i} حفتر</p>`).join('');
    let report: ((entries: Array<{ target: Element; isIntersecting: boolean }>) => void) | undefined;
    const observed: Element[] = [];
    const original = globalThis.IntersectionObserver;
    globalThis.IntersectionObserver = class {
      constructor(cb: typeof report) {
        report = cb;
      }
      observe(el: Element): void {
        observed.push(el);
      }
      unobserve(): void {}
      disconnect(): void {}
    } as unknown as typeof IntersectionObserver;
    try {
      const tasks: Array<() => void> = [];
      const h = make({ visibleFirst: true, blocksPerSlice: 2, schedule: (t) => void tasks.push(t) });
      h.start();
      expect(observed.length).toBe(40);
      // The first slice ran inside start(): the top of the page.
      expect(document.querySelector('#p0 siyaq-mark')).not.toBeNull();
      report?.([{ target: document.getElementById('p35') as Element, isIntersecting: true }]);
      tasks.shift()?.();
      expect(document.querySelector('#p35 siyaq-mark')).not.toBeNull();
      expect(document.querySelector('#p20 siyaq-mark')).toBeNull();
      while (tasks.length) tasks.shift()?.();
      expect(ids()).toHaveLength(40);
    } finally {
      globalThis.IntersectionObserver = original;
    }
  });
});

describe('Highlighter: page-level ambiguity', () => {
  it('keeps ambiguous hits pending until the page has enough unambiguous ones', async () => {
    document.body.innerHTML = '<p id="a">سرت شائعات في المدينة</p><p>حفتر</p><p>درنة</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar', 'derna']);
    const p = document.createElement('p');
    p.textContent = 'وداعش في سرت';
    document.body.append(p);
    await tick();
    await h.whenIdle();
    expect(ids()).toEqual(['sirte', 'khalifa-haftar', 'derna', 'islamic-state', 'sirte']);
  });

  it('never promotes when the page has too few unambiguous names', async () => {
    document.body.innerHTML = '<p>سرت شائعات</p><p>ثم سرت في الطريق</p><p>حفتر</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar']);
  });
});

describe('Highlighter: API', () => {
  it('reports stats, notifies listeners and steps through an entity with scrollTo', async () => {
    document.body.innerHTML = '<p>حفتر ودرنة</p><p>وحفتر</p>';
    const h = make();
    const changes: number[] = [];
    const entities = new Set<string>();
    h.onHighlightsChanged((c) => {
      changes.push(c.added - c.removed);
      for (const id of c.entities) entities.add(id);
    });
    h.start();
    await h.whenIdle();
    expect(h.stats()).toEqual({
      count: 3,
      entities: [
        { id: 'khalifa-haftar', count: 2 },
        { id: 'derna', count: 1 },
      ],
    });
    expect(changes.reduce((a, b) => a + b, 0)).toBe(3);
    expect([...entities].sort()).toEqual(['derna', 'khalifa-haftar']);
    expect(h.scrollTo('khalifa-haftar')).toBe(true);
    expect(document.activeElement?.textContent).toBe('حفتر');
    h.scrollTo('khalifa-haftar');
    expect(document.activeElement?.textContent).toBe('وحفتر');
    expect(h.scrollTo('sirte')).toBe(false);
    h.removeAll();
    expect(changes.at(-1)).toBe(-3);
    expect(h.stats().count).toBe(0);
  });
});

describe('Highlighter: property', () => {
  const WORDS = ['حفتر', 'وحفتر', 'لـ"داعش"', 'داعش', 'بدرنة', 'درنة', 'خليفة', 'مجلس', 'شورى', 'مجاهدي', 'سرت',
    'قال', 'المدينة', 'حفترون', 'الداعشي', 'في', '،', ' ', ' ', '\n'];
  const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
  type Tree = { t: 'text'; v: string } | { t: 'comment' } | { t: 'br' } | { t: 'el'; tag: string; kids: Tree[] };
  const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
    node: fc.oneof(
      { weight: 5, arbitrary: text.map((v): Tree => ({ t: 'text', v })) },
      { weight: 1, arbitrary: fc.constant<Tree>({ t: 'comment' }) },
      { weight: 1, arbitrary: fc.constant<Tree>({ t: 'br' }) },
      { weight: 3, arbitrary: tie('tree') },
    ),
    tree: fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom('p', 'div', 'li', 'b', 'span', 'a', 'em', 'h2', 'blockquote', 'script', 'textarea', 'code', 'td'),
      kids: fc.array(tie('node'), { maxLength: 5 }),
    }),
  }));
  const build = (t: Tree): Node => {
    if (t.t === 'text') return document.createTextNode(t.v);
    if (t.t === 'comment') return document.createComment('x');
    if (t.t === 'br') return document.createElement('br');
    const el = document.createElement(t.tag);
    for (const k of t.kids) el.append(build(k));
    return el;
  };

  it('never changes textContent, and removeAll restores the DOM exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), async (trees) => {
        document.body.replaceChildren(...trees.map(build));
        const before = shape(document.body);
        const text = document.body.textContent;
        const h = make({ sliceMs: 1 });
        h.start();
        await h.whenIdle();
        expect(document.body.textContent).toBe(text);
        for (const el of document.querySelectorAll('script siyaq-mark, textarea siyaq-mark, code siyaq-mark'))
          throw new Error(`highlight inside a skipped element: ${el.outerHTML}`);
        h.removeAll();
        expect(shape(document.body)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('Highlighter: pages that hold their own text nodes', () => {
  it('never moves the page\'s text node into a highlight (frameworks update nodes by reference)', async () => {
    document.body.innerHTML = '<p id="p">حفتر في درنة</p>';
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar', 'derna']);
    expect(node.parentNode).toBe(p);
    // A framework inserting before or removing its node still finds it where it left it (its
    // text now starts after the name cut off its head).
    p.insertBefore(document.createTextNode('/'), node);
    expect(p.textContent).toBe('حفتر/ في درنة');
    p.removeChild(node);
    await tick(20);
    // What the page expects: its node, with all of its text, is gone.
    expect(p.textContent).toBe('/');
  });

  it('mends a text node the page rewrites in place: new text only, highlighted again', async () => {
    document.body.innerHTML = '<p id="p">خبر: <span id="t">هدوء في درنة اليوم</span></p>';
    const node = document.getElementById('t')!.firstChild as Text;
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['derna']);
    node.data = 'داعش يهاجم ثم يتراجع';
    await tick(20);
    await h.whenIdle();
    expect(document.getElementById('p')!.textContent).toBe('خبر: داعش يهاجم ثم يتراجع');
    expect(ids()).toEqual(['islamic-state']);
    node.data = 'لا جديد';
    await tick(20);
    await h.whenIdle();
    expect(document.getElementById('p')!.textContent).toBe('خبر: لا جديد');
    expect(ids()).toEqual([]);
  });

  it('drops the pieces of a text node the page removes', async () => {
    document.body.innerHTML = '<p id="p">قال حفتر إن <b>الحرب</b> مستمرة</p>';
    const p = document.getElementById('p')!;
    const node = p.firstChild as Text;
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar']);
    p.removeChild(node);
    await tick(20);
    expect(p.textContent).toBe('الحرب مستمرة');
    expect(ids()).toEqual([]);
  });
});

describe('Highlighter: shadow DOM', () => {
  it('annotates open shadow roots, follows their mutations and adopts styles there', async () => {
    document.body.innerHTML = '<p>مقدمة</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>خبر عن حفتر</span><p>اشتباكات في درنة</p>';
    const adopted: ShadowRoot[] = [];
    const h = make({ adoptStyles: (r) => adopted.push(r) });
    h.start();
    await h.whenIdle();
    expect(ids(root)).toEqual(['khalifa-haftar', 'derna']);
    expect(adopted).toEqual([root]);
    const p = document.createElement('p');
    p.textContent = 'بيان من داعش';
    root.append(p);
    await tick(20);
    await h.whenIdle();
    expect(ids(root)).toEqual(['khalifa-haftar', 'derna', 'islamic-state']);
    h.removeAll();
    expect(root.innerHTML).toBe('<span>خبر عن حفتر</span><p>اشتباكات في درنة</p><p>بيان من داعش</p>');
  });

  it('enters a shadow root a custom element attaches after the first pass', async () => {
    document.body.innerHTML = '<p>مقدمة</p><x-late-card></x-late-card>';
    const h = make();
    h.start();
    await h.whenIdle();
    const host = document.querySelector('x-late-card')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>قوات حفتر</p>';
    // Any page mutation (or a timed recheck) makes the highlighter look at the host again.
    document.body.append(document.createElement('div'));
    await tick(20);
    await h.whenIdle();
    expect(ids(root)).toEqual(['khalifa-haftar']);
  });
});

describe('Highlighter: page hits for pending names', () => {
  it('passes the page\'s accepted hits to acceptsPending, and checks new pending blocks at once', async () => {
    const seen: number[] = [];
    const base = fakeMatcher([{ alias: 'حفتر', id: 'khalifa-haftar' }, { alias: 'سرت', id: 'sirte', threshold: 9 }]);
    const m: HighlightMatcher = {
      scan: (text) => base.scan(text),
      acceptsPending: (hit, n, pageHits) => {
        seen.push(pageHits?.length ?? -1);
        return !!pageHits?.some((p) => p.entityId === 'khalifa-haftar');
      },
    };
    document.body.innerHTML = '<p>حفتر</p><p>حفتر</p>';
    const h = make({ matcher: m });
    h.start();
    await h.whenIdle();
    // Added after the page's last plain name: accepted without waiting for another one.
    const p = document.createElement('p');
    p.textContent = 'في سرت';
    document.body.append(p);
    await tick(20);
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar', 'khalifa-haftar', 'sirte']);
    // One page hit per entity and alias, however often it occurs.
    expect(Math.max(...seen)).toBe(1);
  });
});

describe('Highlighter: removal in slices', () => {
  const page = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${i}: حفتر في درنة</p>`).join('');

  it('restores a page with thousands of highlights over several tasks, exactly', async () => {
    document.body.innerHTML = page(1010);
    const before = shape(document.body);
    // A zero-length slice: one step (or 64 removals) per task, whatever the machine's speed;
    // tasks run when the test drains them.
    const tasks: Array<() => void> = [];
    const drain = (): void => {
      while (tasks.length) tasks.shift()?.();
    };
    const h = make({ sliceMs: 0, observeMutations: false, schedule: (task) => void tasks.push(task) });
    h.start();
    drain();
    expect(ids()).toHaveLength(2020);
    const changes: number[] = [];
    h.onHighlightsChanged((c) => changes.push(c.removed));
    const done = h.setEnabled(false);
    // Not all at once: the first slice left work for later tasks.
    expect(ids().length).toBeGreaterThan(1900);
    expect(tasks).toHaveLength(1);
    expect(h.stats().count).toBe(0);
    drain();
    await done;
    expect(ids()).toHaveLength(0);
    expect(shape(document.body)).toBe(before);
    expect(changes).toEqual([2020]);
  }, 20_000);

  it('finishes a removal at once when highlighting starts again meanwhile', async () => {
    document.body.innerHTML = page(1500);
    const before = shape(document.body);
    const h = make({ blocksPerSlice: 400 });
    h.start();
    await h.whenIdle();
    void h.setEnabled(false);
    h.setEnabled(true);
    await h.whenIdle();
    expect(ids()).toHaveLength(3000);
    h.removeAll();
    expect(shape(document.body)).toBe(before);
  });
});
