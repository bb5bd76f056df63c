// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';

import { Highlighter, type HighlightMatcher, type MatchHit, type PageName } from './highlighter';
import { memoryRegistry } from './highlights';
import type { ViewportWatcherFactory } from './near-viewport';

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

/** A viewport where every watched block is near at once (the default in these tests). */
const allNear: ViewportWatcherFactory = (cb) => ({ observe: (el) => cb(el, true), unobserve: () => {}, disconnect: () => {} });

let reg = memoryRegistry();
let last: Highlighter | null = null;

function make(opts: Partial<ConstructorParameters<typeof Highlighter>[0]> = {}): Highlighter {
  const h = new Highlighter({ matcher, schedule: immediate, visibleFirst: false, registry: reg, viewport: allNear, ...opts });
  live.push(h);
  last = h;
  return h;
}
const live: Highlighter[] = [];

/** innerHTML plus text-node boundaries: "unchanged" means the same nodes, not just the same markup. */
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

/** The painted names (registered ranges) of the last highlighter, in document order, under `root`. */
const painted = (root: Node = document.body): PageName[] =>
  (last?.names() ?? []).filter((n) => n.painted && root.contains(n.pieces[0]![0]));
const ids = (root?: Node): string[] => painted(root).map((n) => n.entityId);
const texts = (root?: Node): string[] => painted(root).map((n) => n.pieces.map(([t, a, b]) => t.data.slice(a, b)).join(''));
/** What the registry holds: name → number of ranges. */
const registry = (): Record<string, number> =>
  Object.fromEntries([...reg.map].map(([k, v]) => [k, v.size]).sort(([a], [b]) => String(a).localeCompare(String(b))));
const tick = (ms = 5): Promise<void> => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  for (const h of live.splice(0)) h.removeAll();
  document.body.innerHTML = '';
  reg = memoryRegistry();
  last = null;
});

describe('Highlighter: names as ranges', () => {
  it('registers one highlight per entity (siyaq-entity-<id>) holding its ranges, whole words with clitics', async () => {
    document.body.innerHTML = '<p>قال إن قوات حفتر لم تستهدف "داعش" وبدرنة، وأكد أن لداعش وجودا.</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar', 'islamic-state', 'derna', 'islamic-state']);
    expect(texts()).toEqual(['حفتر', 'داعش', 'وبدرنة', 'لداعش']);
    expect(registry()).toEqual({ 'siyaq-entity-derna': 1, 'siyaq-entity-islamic-state': 2, 'siyaq-entity-khalifa-haftar': 1 });
  });

  it('never writes to the page: no element, attribute or text node added, none split', async () => {
    document.body.innerHTML = '<p>المشير <b>خليفة</b> حفتر في درنة</p><ul><li>داعش</li></ul>';
    const before = shape(document.body);
    const seen: MutationRecord[] = [];
    const mo = new MutationObserver((r) => seen.push(...r));
    mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const h = make();
    h.start();
    await h.whenIdle();
    await tick();
    seen.push(...mo.takeRecords());
    mo.disconnect();
    expect(ids()).toEqual(['khalifa-haftar', 'derna', 'islamic-state']);
    expect(seen).toEqual([]);
    expect(shape(document.body)).toBe(before);
  });

  it('keeps the longest match as one name', async () => {
    document.body.innerHTML = '<p>أعلن مجلس شورى مجاهدي درنة أن المشير خليفة حفتر…</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    expect(texts()).toEqual(['مجلس شورى مجاهدي درنة', 'خليفة حفتر']);
  });

  it('makes a name split across inline elements one range, counted once', async () => {
    document.body.innerHTML = '<p>المشير <b>خليفة</b> حفتر قال</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    const [name] = painted();
    expect(name?.pieces.map(([t, a, b]) => t.data.slice(a, b))).toEqual(['خليفة', ' حفتر']);
    expect(registry()).toEqual({ 'siyaq-entity-khalifa-haftar': 1 });
    const range = [...(reg.map.get('siyaq-entity-khalifa-haftar') as unknown as Iterable<StaticRange>)][0]!;
    expect(range.startContainer).toBe(document.querySelector('b')!.firstChild);
    expect(range.endContainer.textContent).toBe(' حفتر قال');
    expect([range.startOffset, range.endOffset]).toEqual([0, 5]);
    expect(h.stats()).toEqual({ count: 1, entities: [{ id: 'khalifa-haftar', count: 1 }] });
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
  it('skips script, style, textarea, inputs, code, contenteditable and its own UI', async () => {
    document.body.innerHTML = [
      '<script>var a = "حفتر";</script><style>/* حفتر */</style><noscript>حفتر</noscript>',
      '<textarea>حفتر</textarea><select><option>حفتر</option></select><button>حفتر</button>',
      '<p>نص <code>حفتر</code> و<kbd>درنة</kbd></p>',
      '<div contenteditable="true"><p>حفتر <b>درنة</b></p></div><div contenteditable="false"><p>درنة</p></div>',
      '<div data-siyaq-ui><p>حفتر</p></div><svg><text>حفتر</text></svg>',
    ].join('');
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['derna']);
    expect(painted()[0]?.pieces[0]?.[0].parentElement?.closest('[contenteditable="false"]')).not.toBeNull();
  });
});

describe('Highlighter: removal', () => {
  it('clears the registry and leaves the page\'s own split text nodes alone', async () => {
    const p = document.createElement('p');
    // The page split "حفتر" itself across two adjacent text nodes, and has several names in one
    // node (سرت counts: the page has five unambiguous names).
    p.append('قال حف', 'تر إن درنة ', 'ستسقط قبل سرت. داعش وحفتر!');
    p.append(document.createComment('c'), ' حفتر');
    document.body.append(p);
    const before = shape(document.body);
    const h = make();
    h.start();
    await h.whenIdle();
    expect(texts()).toEqual(['حفتر', 'درنة', 'سرت', 'داعش', 'وحفتر', 'حفتر']);
    expect(shape(document.body)).toBe(before);
    h.removeAll();
    expect(registry()).toEqual({});
    expect(h.stats().count).toBe(0);
    expect(shape(document.body)).toBe(before);
  });

  it('setEnabled(false) clears, setEnabled(true) highlights again', async () => {
    document.body.innerHTML = '<p>حفتر في درنة</p>';
    const h = make();
    h.setEnabled(true);
    await h.whenIdle();
    expect(ids()).toHaveLength(2);
    h.setEnabled(false);
    expect(h.enabled).toBe(false);
    expect(registry()).toEqual({});
    h.setEnabled(true);
    await h.whenIdle();
    expect(ids()).toHaveLength(2);
    expect(Object.keys(registry())).toHaveLength(2);
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

  it('follows a page that replaces its <body> (a framework rendering the whole document again)', async () => {
    document.body.innerHTML = '<p>حفتر</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    const fresh = document.createElement('body');
    fresh.innerHTML = '<main><p>بيان عن درنة</p></main>';
    document.documentElement.replaceChild(fresh, document.body);
    await tick();
    await h.whenIdle();
    expect(ids(document.documentElement)).toEqual(['derna']);
    expect(h.stats()).toEqual({ count: 1, entities: [{ id: 'derna', count: 1 }] });
  });

  it('works in slices: a zero-length slice still finishes the page', async () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p>${i} حفتر</p>`).join('');
    const h = make({ sliceMs: 0, firstSliceChars: 0 });
    h.start();
    await h.whenIdle();
    expect(ids()).toHaveLength(40);
    expect(h.metrics().slices).toBeGreaterThan(10);
  });
});

describe('Highlighter: near the viewport', () => {
  /** A watcher the test drives: `report(id, near)`. */
  function scripted() {
    let cb: ((el: Element, near: boolean) => void) | undefined;
    const observed: Element[] = [];
    const factory: ViewportWatcherFactory = (c) => {
      cb = c;
      return { observe: (el) => void observed.push(el), unobserve: () => {}, disconnect: () => {} };
    };
    const report = (id: string, near: boolean) => cb?.(document.getElementById(id)!, near);
    return { factory, observed, report };
  }

  it('reads blocks reported near before the rest of the page', () => {
    document.body.innerHTML = Array.from({ length: 40 }, (_, i) => `<p id="p${i}">${i} حفتر</p>`).join('');
    const w = scripted();
    const tasks: Array<() => void> = [];
    const h = make({ visibleFirst: true, sliceMs: 0, firstSliceChars: 0, viewport: w.factory, schedule: (t) => void tasks.push(t) });
    h.start();
    expect(w.observed.length).toBeGreaterThanOrEqual(39);
    w.report('p35', true);
    tasks.shift()?.();
    expect(h.names().map((n) => n.pieces[0]![0].parentElement!.id)).toContain('p35');
    expect(h.names().map((n) => n.pieces[0]![0].parentElement!.id)).not.toContain('p20');
    while (tasks.length) tasks.shift()?.();
    expect(h.stats().count).toBe(40);
  });

  it('registers only the ranges of blocks near the viewport, and lets go of those that leave', async () => {
    document.body.innerHTML = Array.from({ length: 10 }, (_, i) => `<p id="p${i}">${i} حفتر ودرنة</p>`).join('');
    const w = scripted();
    const h = make({ sliceMs: 0, firstSliceChars: 0, viewport: w.factory });
    h.start();
    // The first slice's block is painted before the observer's first answer (see below).
    w.report('p0', false);
    await h.whenIdle();
    // Every name is known (stats, the popup, the keyboard path); none is painted yet.
    expect(h.stats().count).toBe(20);
    expect(registry()).toEqual({});
    w.report('p0', true);
    w.report('p1', true);
    expect(registry()).toEqual({ 'siyaq-entity-derna': 2, 'siyaq-entity-khalifa-haftar': 2 });
    expect(h.metrics().registered).toBe(4);
    w.report('p0', false);
    expect(registry()).toEqual({ 'siyaq-entity-derna': 1, 'siyaq-entity-khalifa-haftar': 1 });
    w.report('p1', false);
    expect(registry()).toEqual({});
    w.report('p9', true);
    expect(texts()).toEqual(['حفتر', 'ودرنة']);
  });

  it('paints the top of the page read by the first slice before the observer answers; a far answer unpaints it', async () => {
    // Twelve characters per block: the first slice reads on to 30 characters, three blocks.
    document.body.innerHTML = Array.from({ length: 10 }, (_, i) => `<p id="p${i}">${i} حفتر ودرنة</p>`).join('');
    const w = scripted();
    const h = make({ sliceMs: 0, firstSliceChars: 30, viewport: w.factory });
    h.start();
    expect(registry()).toEqual({ 'siyaq-entity-derna': 3, 'siyaq-entity-khalifa-haftar': 3 });
    await h.whenIdle();
    expect(h.stats().count).toBe(20);
    // The rest waits for the observer.
    expect(h.metrics().registered).toBe(6);
    w.report('p0', true);
    expect(h.metrics().registered).toBe(6);
    w.report('p1', false);
    w.report('p2', false);
    expect(registry()).toEqual({ 'siyaq-entity-derna': 1, 'siyaq-entity-khalifa-haftar': 1 });
    w.report('p0', false);
    expect(registry()).toEqual({});
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
  it('lists names in document order on a big page with nested blocks, late names and a shadow root', async () => {
    const paragraphs = Array.from({ length: 80 }, (_, i) => `<p id="p${i}">${i % 2 ? 'درنة ثم حفتر' : 'حفتر'}</p>`);
    // A div's own text around its paragraphs: the div is a block of its own, nested around others.
    document.body.innerHTML =
      `<div>حفتر في البداية ${paragraphs.slice(0, 40).join('')} ودرنة في الوسط ${paragraphs.slice(40).join('')} وحفتر أخيرا</div>` +
      '<section id="host"></section><p>درنة</p>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>حفتر في الظل</p>';
    const h = make();
    h.start();
    await h.whenIdle();
    // The shadow root's name sorts at its host; compareDocumentPosition gives no order across the
    // boundary, so the light-DOM names are checked against it.
    const all = h.names();
    expect(all.map((n) => n.pieces[0]![0].textContent).slice(-2)).toEqual(['حفتر في الظل', 'درنة']);
    const names = all.filter((n) => n.pieces[0]![0].getRootNode() === document);
    const brute = [...names].sort((a, b) => {
      const na = a.pieces[0]![0];
      const nb = b.pieces[0]![0];
      if (na === nb) return a.pieces[0]![1] - b.pieces[0]![1];
      return na.compareDocumentPosition(nb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    expect(names.length).toBe(1 + 120 + 1 + 1 + 1);
    expect(names.map((n) => `${n.pieces[0]![0].textContent}@${n.start}`)).toEqual(brute.map((n) => `${n.pieces[0]![0].textContent}@${n.start}`));
    expect(names[0]!.entityId).toBe('khalifa-haftar');
    expect(names.at(-1)!.entityId).toBe('derna');
  });

  it('reports stats, lists names in document order and notifies listeners', async () => {
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
    expect(h.names().map((n) => n.entityId)).toEqual(['khalifa-haftar', 'derna', 'khalifa-haftar']);
    expect(changes.reduce((a, b) => a + b, 0)).toBe(3);
    expect([...entities].sort()).toEqual(['derna', 'khalifa-haftar']);
    const node = document.querySelector('p')!.firstChild!;
    expect(h.namesAt(node, 2).map((n) => n.entityId)).toEqual(['khalifa-haftar']);
    expect(h.namesAt(node, 7).map((n) => n.entityId)).toEqual(['derna']);
    expect(h.namesAt(node, 4).map((n) => n.entityId)).toEqual(['khalifa-haftar']);
    h.removeAll();
    expect(changes.at(-1)).toBe(-3);
    expect(h.stats().count).toBe(0);
    expect(h.namesAt(node, 2)).toEqual([]);
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

  it('never changes the DOM; every range is a name outside skipped elements; removal empties the registry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), async (trees) => {
        document.body.replaceChildren(...trees.map(build));
        const before = shape(document.body);
        const h = make({ sliceMs: 1 });
        h.start();
        await h.whenIdle();
        expect(shape(document.body)).toBe(before);
        for (const n of painted()) {
          expect(n.pieces[0]![0].parentElement?.closest('script, textarea, code')).toBeNull();
          expect(texts().every((t) => t.trim() === t && t.length > 0)).toBe(true);
        }
        h.removeAll();
        expect(registry()).toEqual({});
      }),
      { numRuns: 150 },
    );
  });
});

describe('Highlighter: pages that hold their own text nodes', () => {
  it('re-reads a text node the page rewrites in place: new names only', async () => {
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
    expect(registry()).toEqual({ 'siyaq-entity-islamic-state': 1 });
    node.data = 'لا جديد';
    await tick(20);
    await h.whenIdle();
    expect(ids()).toEqual([]);
    expect(registry()).toEqual({});
  });

  it('drops the names of a text node or a block the page removes', async () => {
    document.body.innerHTML = '<p id="p">قال حفتر إن <b>الحرب</b> مستمرة</p><p id="q">في درنة</p>';
    const p = document.getElementById('p')!;
    const h = make();
    h.start();
    await h.whenIdle();
    expect(ids()).toEqual(['khalifa-haftar', 'derna']);
    p.removeChild(p.firstChild!);
    document.getElementById('q')!.remove();
    await tick(20);
    await h.whenIdle();
    expect(p.textContent).toBe('الحرب مستمرة');
    expect(ids()).toEqual([]);
    expect(registry()).toEqual({});
  });
});

describe('Highlighter: shadow DOM', () => {
  it('reads open shadow roots, follows their mutations and adopts styles there', async () => {
    document.body.innerHTML = '<p>مقدمة</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>خبر عن حفتر</span><p>اشتباكات في درنة</p>';
    const adopted: Array<Document | ShadowRoot> = [];
    const h = make({ adoptStyles: (r) => adopted.push(r) });
    h.start();
    await h.whenIdle();
    const inRoot = () => h.names().filter((n) => n.painted && n.pieces[0]![0].getRootNode() === root).map((n) => n.entityId);
    expect(inRoot()).toEqual(['khalifa-haftar', 'derna']);
    expect(adopted).toEqual([document, root]);
    expect(h.openShadowRoots()).toEqual([root]);
    expect(h.paintedIn(root).map((n) => n.entityId).sort()).toEqual(['derna', 'khalifa-haftar']);
    const p = document.createElement('p');
    p.textContent = 'بيان من داعش';
    root.append(p);
    await tick(20);
    await h.whenIdle();
    expect(inRoot().sort()).toEqual(['derna', 'islamic-state', 'khalifa-haftar']);
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
    expect(h.paintedIn(root).map((n) => n.entityId)).toEqual(['khalifa-haftar']);
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
