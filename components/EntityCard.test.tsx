// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EntityCard as CardSchema, type EntityCard as Card } from '../protocol/messages';
import EntityCard from './EntityCard';
import LocaleContext from './Locale';
import { projectOnMap } from './LocatorMap';
import { testLocale } from '../tests/fixtures/locale';

/**
 * A synthetic card: placeholder names, not data about anyone (tests must not depend on the
 * curated dataset). Claims are in the order `entity.get` gives them (newest first).
 */
const card: Card = CardSchema.parse({
  entity: {
    id: 'person-a',
    type: 'person',
    name: { ar: 'الشخص أ', en: 'Person A' },
    aliases: ['الشخص أ'],
    description: { ar: 'شخص في بيانات الاختبار.', en: 'A person in the test data.' },
    related: ['city-d'],
  },
  claims: [
    {
      id: 'claim-newer',
      kind: 'allegation',
      claimant: 'outlet-b',
      subjects: ['person-a'],
      date: { value: '2017-01-06', precision: 'day' },
      summary: { ar: 'بحسب الوسيلة ب، فعل الشخص أ شيئًا.', en: 'According to outlet B, person A did something.' },
      citations: [{ articleId: 'article-one', quote: 'قال الشخص أ إن المنظمة ج وصلت' }],
    },
    {
      id: 'claim-undated',
      kind: 'opinion',
      claimant: 'person-e',
      claimantNote: { ar: 'مصادر في المدينة', en: 'sources in the city' },
      subjects: ['person-a'],
      date: { precision: 'unknown' },
      summary: { ar: 'يرى كاتب أن الشخص أ مخطئ.', en: 'A writer holds that person A is wrong.' },
      citations: [{ articleId: 'article-two', quote: 'نص مقتبس من المقال الثاني' }],
    },
  ],
  articles: [
    {
      id: 'article-one',
      file: 'article-one.txt',
      title: 'عنوان المقال الأول',
      outletId: 'outlet-b',
      author: { ar: 'الكاتب ف', en: 'Writer F' },
      date: { value: '2017-01-06', precision: 'day' },
      kind: 'news-report',
      url: 'https://example.org/article-one',
    },
    {
      id: 'article-two',
      file: 'article-two.txt',
      title: 'عنوان المقال الثاني',
      titleNote: 'No title line; a republication gives this one.',
      titleFrom: 'republication',
      outletId: null,
      author: null,
      date: { value: '2016-04', precision: 'period', inferred: true },
      kind: 'opinion-column',
      url: null,
      republishedUrl: 'https://example.net/copy',
    },
  ],
  related: [{ id: 'city-d', type: 'place', name: { ar: 'المدينة د', en: 'City D' } }],
  refs: [
    { id: 'outlet-b', type: 'outlet', name: { ar: 'الوسيلة ب', en: 'Outlet B' } },
    { id: 'person-e', type: 'person', name: { ar: 'الشخص هـ', en: 'Person E' } },
  ],
});

function mount(c: Card, lang: 'ar' | 'en' = 'ar') {
  const onNavigate = vi.fn();
  const onOpenSource = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <LocaleContext.Provider value={testLocale(lang)}>
      <EntityCard card={c} onNavigate={onNavigate} onOpenSource={onOpenSource} headingId="h" />
    </LocaleContext.Provider>,
    root,
  );
  return { root, onNavigate, onOpenSource };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('EntityCard', () => {
  it('shows both names, the type and the description', () => {
    const { root } = mount(card);
    expect(root.querySelector('h2#h')?.textContent).toBe('الشخص أ');
    expect(root.querySelector('.entity-name-other')?.textContent).toBe('Person A');
    expect(root.querySelector('.entity-name-other')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.entity-type')?.textContent).toBe('شخص');
    expect(root.querySelector('.entity-description')?.textContent).toBe('شخص في بيانات الاختبار.');
  });

  it('lists claims in the given order with kind, claimant, date and summary', () => {
    const { root } = mount(card);
    const claims = [...root.querySelectorAll('.claim')];
    expect(claims.map((c) => c.getAttribute('data-claim-id'))).toEqual(['claim-newer', 'claim-undated']);
    const [first, second] = claims as [Element, Element];
    expect(first.querySelector('.kind-badge')?.textContent).toBe('ادعاء');
    expect(first.querySelector('.claimant')?.textContent).toBe('بحسب الوسيلة ب');
    expect(first.querySelector('.claim-date')?.textContent).toBe('6 يناير 2017');
    expect(first.querySelector('.claim-date')?.getAttribute('datetime')).toBe('2017-01-06');
    expect(second.querySelector('.kind-badge')?.textContent).toBe('رأي');
    // A claimant described in free text is shown as described, not as the placeholder entity.
    expect(second.querySelector('.claimant')?.textContent).toBe('بحسب مصادر في المدينة');
    expect(second.querySelector('.claim-date')?.textContent).toBe('غير مؤرخ');
  });

  it('cites outlet, title, author, date and the verbatim quote, unknowns said plainly', () => {
    const { root } = mount(card);
    const [one, two] = [...root.querySelectorAll('.citation')] as [Element, Element];
    expect(one.querySelector('blockquote')?.textContent).toBe('«قال الشخص أ إن المنظمة ج وصلت»');
    expect(one.querySelector('.citation-meta')?.textContent).toBe(
      'الوسيلة ب · عنوان المقال الأول · الكاتب ف · 6 يناير 2017',
    );
    expect(two.querySelector('.citation-meta')?.textContent).toBe(
      'وسيلة غير معروفة · عنوان المقال الثاني (بحسب إعادة نشر) · كاتب غير معروف · نحو أبريل 2016 (تقدير)',
    );
  });

  it('says when a title or author is known only from a republication, and never for an unknown author', () => {
    const withAuthor: Card = {
      ...card,
      articles: card.articles.map((a) =>
        a.id === 'article-one'
          ? { ...a, authorFrom: 'republication' as const, authorNote: 'Per a republication that quotes it.' }
          : a,
      ),
    };
    const { root } = mount(withAuthor);
    const [one, two] = [...root.querySelectorAll('.citation')] as [Element, Element];
    expect(one.querySelector('.citation-meta')?.textContent).toBe(
      'الوسيلة ب · عنوان المقال الأول · الكاتب ف (بحسب إعادة نشر) · 6 يناير 2017',
    );
    expect(one.querySelector('.author .per-republication')?.getAttribute('title')).toBe('Per a republication that quotes it.');
    // Article two: the title is a republication's; its author is unknown, so nothing is said of one.
    expect(two.querySelector('.citation-meta')?.textContent).toBe(
      'وسيلة غير معروفة · عنوان المقال الثاني (بحسب إعادة نشر) · كاتب غير معروف · نحو أبريل 2016 (تقدير)',
    );
    document.body.innerHTML = '';
    const en = mount(withAuthor, 'en').root;
    expect(en.querySelector('.author')?.textContent).toBe('Writer F (per a republication)');
  });

  it('opens the source in the reader and links the original URL only where known', () => {
    const { root, onOpenSource } = mount(card);
    const [one, two] = [...root.querySelectorAll('.citation')] as [Element, Element];
    (one.querySelector('button.open-source') as HTMLButtonElement).click();
    expect(onOpenSource).toHaveBeenCalledWith('article-one', 'قال الشخص أ إن المنظمة ج وصلت');
    expect(one.querySelector('button.open-source')?.textContent).toBe('افتح المصدر');
    const original = one.querySelector('a.original-url')!;
    expect(original.getAttribute('href')).toBe('https://example.org/article-one');
    expect(original.getAttribute('rel')).toContain('noopener');
    expect(original.textContent).toBe('الرابط الأصلي');
    expect(two.querySelector('a.original-url')?.getAttribute('href')).toBe('https://example.net/copy');
    expect(two.querySelector('a.original-url')?.textContent).toBe('نسخة معاد نشرها');
  });

  it('says these are reported claims and names the outlets', () => {
    const { root } = mount(card);
    const note = root.querySelector('.disclaimer')!.textContent!;
    expect(note).toContain('لا حقائق متحقَّق منها');
    expect(note).toContain('مصادر هذه البطاقة: الوسيلة ب ووسيلة غير معروفة.');
    expect(note).toContain('خمس مقالات');
    // Only the first sentence comes before the claims; the rest is one click away, closed.
    const more = root.querySelector('.disclaimer details')!;
    expect(more.hasAttribute('open')).toBe(false);
    expect(more.textContent).toContain('مصادر هذه البطاقة');
    expect(more.textContent).not.toContain('لا حقائق متحقَّق منها');
    expect(more.querySelector('summary')?.textContent).toBe('مصادر هذه البطاقة وحدود البيانات');
  });

  it('says plainly when every claim about the entity comes from sources critical of it, and only then', () => {
    expect(mount(card).root.querySelector('.one-sided')).toBeNull();
    const oneSided = (unknownOutlet: boolean) =>
      CardSchema.parse({ ...card, entity: { ...card.entity, oneSided: { outletIds: ['outlet-b'], unknownOutlet } } });
    expect(mount(oneSided(false), 'en').root.querySelector('.one-sided')?.textContent).toBe(
      'Every claim here about Person A comes from sources critical of Person A: Outlet B.',
    );
    document.body.innerHTML = '';
    const note = mount(oneSided(true)).root.querySelector('.one-sided')!;
    expect(note.getAttribute('role')).toBe('note');
    expect(note.textContent).toBe('كل الادعاءات هنا عن الشخص أ مصدرها جهات منتقدة لـالشخص أ (الوسيلة ب) أو تقرير لا تُعرف وسيلته.');
  });

  it('links related entities and claimants to their cards', () => {
    const { root, onNavigate } = mount(card);
    (root.querySelector('[data-related-id="city-d"]') as HTMLButtonElement).click();
    expect(onNavigate).toHaveBeenLastCalledWith('city-d');
    (root.querySelector('.claimant button') as HTMLButtonElement).click();
    expect(onNavigate).toHaveBeenLastCalledWith('outlet-b');
  });

  it('draws the locator map only for a place with coordinates', () => {
    expect(mount(card).root.querySelector('svg.locator-map')).toBeNull();
    const place = CardSchema.parse({
      ...card,
      entity: {
        id: 'city-d',
        type: 'place',
        name: { ar: 'المدينة د', en: 'City D' },
        aliases: ['المدينة د'],
        description: { ar: 'مدينة.', en: 'A city.' },
        coords: { lat: 32.76, lon: 22.64, precision: 'city' },
      },
      claims: [],
      articles: [],
      related: [],
    });
    const { root } = mount(place, 'en');
    const svg = root.querySelector('svg.locator-map')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('City D on a map of Libya');
    const dot = svg.querySelector('circle.map-dot')!;
    const { x, y } = projectOnMap(22.64, 32.76);
    expect(Number(dot.getAttribute('cx'))).toBeCloseTo(x);
    expect(Number(dot.getAttribute('cy'))).toBeCloseTo(y);
    expect(root.querySelector('.empty')?.textContent).toBe('The data holds no claims about this name.');
    expect(root.querySelector('.entity-type')?.textContent).toBe('Place');
  });
});

describe('projectOnMap', () => {
  it('puts the north-east coast (Derna) top right and the south-west low left', () => {
    const derna = projectOnMap(22.64, 32.76);
    const ghat = projectOnMap(10.17, 24.96);
    expect(derna.x).toBeGreaterThan(ghat.x);
    expect(derna.y).toBeLessThan(ghat.y);
    expect(derna.y).toBeGreaterThan(0);
  });
});

describe('EntityCard progressive claims', () => {
  it('renders the first claims at once and the rest on the next frame', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <LocaleContext.Provider value={testLocale('en')}>
        <EntityCard card={card} onNavigate={() => {}} onOpenSource={() => {}} initialClaims={1} />
      </LocaleContext.Provider>,
      root,
    );
    expect(root.querySelectorAll('.claim')).toHaveLength(1);
    await vi.waitFor(() => expect(root.querySelectorAll('.claim')).toHaveLength(2));
  });
});
