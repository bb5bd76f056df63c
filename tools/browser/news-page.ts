/**
 * Renders the bundled source articles as realistic Arabic news pages for the real-browser tests
 * and the demo: a fictional, neutral demo site («أخبار تجريبية») that says which outlet the text
 * comes from, with header, byline, sidebar and footer around the verbatim article text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { articles } from '../../data/articles';
import { entities } from '../../data/entities';
import { ArticleMeta, type ArticleKind, type DateSpec } from '../../core/dataset/schema';

/** The demo site's name. Fictional on purpose: these pages are not the outlets' sites. */
export const SITE_NAME = 'أخبار تجريبية';

/** One article as the news page shows it. */
export interface NewsArticle {
  /** The dataset's article id (a slug). */
  id: string;
  /** The three-digit prefix of the source file (`000` … `004`): a stable short name for tests. */
  number: string;
  title: string;
  /** The article text exactly as in data/articles/. */
  text: string;
  /** Outlet name in Arabic and English, or null where unknown. */
  outlet: { ar: string; en: string } | null;
  /** Author as printed, or null where unknown. */
  author: string | null;
  /** The source date at its own precision (`2016-04-26`, `2016-04`), or null where unknown. */
  date: string | null;
  /** True when the dataset inferred the date from the text rather than read it off a dateline. */
  dateInferred: boolean;
  kind: ArticleKind | null;
  url: string | null;
}

const KIND_LABELS: Record<ArticleKind, string> = {
  'news-report': 'تقرير إخباري',
  'tv-report-transcript': 'نص تقرير تلفزيوني',
  'news-analysis': 'تحليل إخباري',
  'opinion-column': 'مقال رأي',
};

/**
 * The five articles: metadata from data/articles.ts (outlet names from data/entities.ts), text
 * read verbatim from `<root>/data/articles/<file>`.
 */
export function loadNewsArticles(root: string): NewsArticle[] {
  const outlets = new Map(entities.map((e) => [e.id, e.name]));
  return articles
    .map((input) => {
      const a = ArticleMeta.parse(input);
      return {
        id: a.id,
        number: fileNumber(a.file),
        title: a.title,
        text: readFileSync(join(root, 'data/articles', a.file), 'utf8'),
        outlet: a.outletId ? (outlets.get(a.outletId) ?? null) : null,
        author: a.author?.ar ?? null,
        date: dateValue(a.date),
        dateInferred: a.date.inferred,
        kind: a.kind,
        url: a.url ?? a.republishedUrl ?? null,
      };
    })
    .sort((a, b) => a.number.localeCompare(b.number));
}

function fileNumber(file: string): string {
  return /^(\d+)_/.exec(file)?.[1] ?? file.replace(/\.txt$/, '');
}

/** A source date as shown, at its own precision; null when unknown. */
export function dateValue(date: DateSpec): string | null {
  if (date.precision === 'unknown' || !date.value) return null;
  return date.precision === 'period' ? date.value.replace('/', ' – ') : date.value;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Quoted passages (“…”, «…», "…") get their own inline element, as news sites mark them up, so
 * the highlighter meets names split across text nodes the way it will on real pages.
 */
function inlineMarkup(line: string): string {
  const parts: string[] = [];
  const quoted = /(“[^”\n]{1,120}”|«[^»\n]{1,120}»|"[^"\n]{1,120}")/g;
  let last = 0;
  for (const m of line.matchAll(quoted)) {
    parts.push(escapeHtml(line.slice(last, m.index)), `<em class="quoted">${escapeHtml(m[0])}</em>`);
    last = m.index + m[0].length;
  }
  parts.push(escapeHtml(line.slice(last)));
  return parts.join('');
}

/** The article body as HTML: one block per non-empty line, the text itself unchanged. */
function renderBody(article: NewsArticle): string {
  const lines = article.text.split('\n').map((l) => l.trim());
  const titleAt = lines.findIndex((l) => l.length > 0);
  if (titleAt >= 0 && lines[titleAt] === article.title.trim()) lines.splice(titleAt, 1);
  const blocks: string[] = [];
  let first = true;
  for (const line of lines) {
    if (!line) continue;
    if (/^\d{2}\/\d{2}\/\d{4}$/.test(line)) {
      blocks.push(`<p class="dateline"><time>${escapeHtml(line)}</time></p>`);
    } else if (line.startsWith('صورة ')) {
      blocks.push(
        `<figure class="photo"><div class="photo-box" aria-hidden="true"></div><figcaption>${inlineMarkup(line)}</figcaption></figure>`,
      );
    } else if (line.length <= 60) {
      blocks.push(`<p class="short-line"><small>${inlineMarkup(line)}</small></p>`);
    } else {
      blocks.push(`<p${first ? ' class="lead"' : ''}>${inlineMarkup(line)}</p>`);
      first = false;
    }
  }
  return blocks.join('\n        ');
}

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "KacstOne", "DejaVu Sans", sans-serif;
         background: #f4f2ee; color: #1d1d1d; line-height: 1.9; }
  a { color: #0b4f8a; }
  .masthead { background: #14213d; color: #fff; padding: 12px 24px; display: flex; align-items: center; gap: 24px; }
  .masthead .site { font-size: 26px; font-weight: bold; color: #fff; text-decoration: none; }
  .masthead nav a { color: #dfe6f0; margin-inline-end: 16px; text-decoration: none; }
  .demo-notice { background: #fff4ce; border-bottom: 1px solid #e6d28a; padding: 8px 24px; font-size: 14px; }
  .demo-notice .en { direction: ltr; unicode-bidi: isolate; color: #555; margin-inline-start: 12px; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 32px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
  article { background: #fff; padding: 24px 32px; border-radius: 4px; }
  h1 { font-size: 30px; line-height: 1.5; margin: 0 0 12px; }
  .meta { color: #555; font-size: 14px; border-bottom: 1px solid #ddd; padding-bottom: 12px; margin-bottom: 16px; }
  .meta span + span::before { content: " · "; }
  .lead { font-size: 19px; font-weight: 600; }
  .photo { margin: 0 0 16px; }
  .photo-box { height: 120px; background: linear-gradient(135deg, #c9c2b4, #8c8577); border-radius: 3px; }
  figcaption { font-size: 14px; color: #555; }
  .short-line, .dateline { color: #555; }
  em.quoted { font-style: normal; color: #2a2a2a; }
  aside { font-size: 15px; }
  aside section { background: #fff; padding: 16px; border-radius: 4px; margin-bottom: 16px; }
  aside h2 { font-size: 17px; margin: 0 0 8px; }
  aside ul { margin: 0; padding-inline-start: 18px; }
  footer { background: #14213d; color: #cfd6e0; padding: 16px 24px; font-size: 13px; }
  footer .url { direction: ltr; unicode-bidi: isolate; word-break: break-all; }
`;

const SIDEBAR = `
      <aside>
        <section>
          <h2>الأكثر قراءة</h2>
          <ul>
            <li><a href="#weather">حالة الطقس: أجواء معتدلة في نهاية الأسبوع</a></li>
            <li><a href="#energy">نصائح لتوفير الطاقة في المنزل</a></li>
            <li><a href="#books">معرض الكتاب يفتح أبوابه للزوار</a></li>
            <li><a href="#apps">دليل تطبيقات تعلم اللغات</a></li>
          </ul>
        </section>
        <section>
          <h2>النشرة البريدية</h2>
          <p>اشترك لتصلك أبرز العناوين كل صباح.</p>
        </section>
      </aside>`;

function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="ar" dir="rtl">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} | ${SITE_NAME}</title>
    <style>${STYLE}</style>
  </head>
  <body>
    <header class="masthead">
      <a class="site" href="/">${SITE_NAME}</a>
      <nav aria-label="الأقسام">
        <a href="/">الرئيسية</a><a href="#politics">سياسة</a><a href="#economy">اقتصاد</a><a href="#sport">رياضة</a><a href="#culture">ثقافة</a>
      </nav>
    </header>
${main}
    <footer>
      <p>© ${SITE_NAME} — موقع تجريبي لعرض إضافة «سياق»، وليس موقع أي من المصادر الأصلية.</p>
    </footer>
  </body>
</html>
`;
}

/**
 * Outlet and date as HTML, in Arabic and English; unknown values say so. Dates sit in a
 * left-to-right isolate so «2016-04-26» does not turn into «26-04-2016» inside Arabic text.
 */
function labels(article: NewsArticle): { outlet: string; date: string; outletEn: string; dateEn: string } {
  const date = article.date ? `<bdi dir="ltr">${escapeHtml(article.date)}</bdi>` : null;
  return {
    outlet: escapeHtml(article.outlet?.ar ?? 'مصدر غير معروف'),
    date: date ? (article.dateInferred ? `${date}، تاريخ تقديري` : date) : 'تاريخ غير معروف',
    outletEn: escapeHtml(article.outlet?.en ?? 'an unknown outlet'),
    dateEn: date ? (article.dateInferred ? `${date}, inferred date` : date) : 'date unknown',
  };
}

/** A full HTML news page for one article. */
export function renderNewsPage(article: NewsArticle): string {
  const { outlet, date, outletEn, dateEn } = labels(article);
  const meta = [
    `<span class="outlet">المصدر: ${outlet}</span>`,
    article.author ? `<span class="author">الكاتب: ${escapeHtml(article.author)}</span>` : '',
    `<span class="date">${date}</span>`,
    article.kind ? `<span class="kind">${KIND_LABELS[article.kind]}</span>` : '',
  ].filter(Boolean);
  const main = `    <p class="demo-notice" role="note">صفحة تجريبية: نص مقال من ${outlet}، ${date}
      <span class="en" lang="en">Demo page: text of ${outletEn} article, ${dateEn}</span></p>
    <div class="layout">
      <main>
      <article data-article-id="${escapeHtml(article.id)}">
        <h1>${escapeHtml(article.title)}</h1>
        <p class="meta">${meta.join('')}</p>
        ${renderBody(article)}
      </article>
      </main>${SIDEBAR}
    </div>
${article.url ? `    <p class="demo-notice">الرابط المعروف للنص: <span class="url" lang="en">${escapeHtml(article.url)}</span></p>\n` : ''}`;
  return page(article.title, main);
}

/** The demo site's front page: links to every article page. */
export function renderIndexPage(articles: NewsArticle[], href: (a: NewsArticle) => string): string {
  const items = articles
    .map(
      (a) =>
        `<li><a href="${escapeHtml(href(a))}">${escapeHtml(a.title)}</a> <small>(${labels(a).outlet}، ${labels(a).date})</small></li>`,
    )
    .join('\n          ');
  const main = `    <p class="demo-notice" role="note">صفحات تجريبية تعرض نصوص خمسة مقالات مصدرية
      <span class="en" lang="en">Demo pages showing the text of five source articles</span></p>
    <div class="layout">
      <main>
      <article>
        <h1>${SITE_NAME}</h1>
        <ul>
          ${items}
        </ul>
      </article>
      </main>${SIDEBAR}
    </div>
`;
  return page(SITE_NAME, main);
}
