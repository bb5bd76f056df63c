/** Facts about the document the content script runs in, cheap enough for every page. */

/**
 * The site this document belongs to: its hostname, or for an about:blank / srcdoc frame (no
 * hostname of its own) the origin it inherited from the page that made it, so the site switch
 * reaches it too.
 */
export function pageHost(): string {
  if (location.hostname) return location.hostname;
  try {
    return self.origin !== 'null' ? new URL(self.origin).hostname : '';
  } catch {
    return '';
  }
}

/** Where pages state their publication date, most reliable first. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[itemprop="dateCreated"]',
];
/** JSON-LD blocks read at most, and their size: a page's own metadata is small. */
const MAX_LD_BLOCKS = 5;
const MAX_LD_CHARS = 100_000;

/**
 * The page's publication date where its metadata states one: Open Graph / meta tags, JSON-LD
 * `datePublished`, a `<time datetime>` marked as the publication date or inside its article (YYYY-MM-DD);
 * else the date in its address, as news sites' paths carry it (/2021/03/15/…, /2018/05/…: YYYY-MM-DD or
 * YYYY-MM); null when none is plausible. The matcher uses it for names another body took over
 * (core/matcher/page-policy.ts: a page of 2024's «المجلس الرئاسي الليبي» is the 2021 council, not the
 * dataset's). Only read, never trusted for more.
 */
export function pageDate(doc: Document = document, url: string = doc.location?.href ?? ''): string | null {
  for (const selector of DATE_META) {
    const date = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (date) return date;
  }
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < Math.min(blocks.length, MAX_LD_BLOCKS); i++) {
    const text = blocks[i]!.textContent ?? '';
    if (text.length > MAX_LD_CHARS || !text.includes('datePublished')) continue;
    try {
      const date = isoDay(findDatePublished(JSON.parse(text), 0));
      if (date) return date;
    } catch {
      // Not JSON: the page's own mistake; other sources may still say.
    }
  }
  const time = doc.querySelector('time[itemprop="datePublished"][datetime], time[pubdate][datetime], article time[datetime], main time[datetime]');
  return isoDay(time?.getAttribute('datetime')) ?? addressDate(url);
}

/**
 * A date in a page's path, between slashes or opening a slug: /2021/03/15/…, /2021/3/5/…, /2021-03-15-…,
 * or a year and month alone (/2018/05/…: WordPress's default). Not in the host or the query, and not a
 * run of digits (an article's number: /news/20210315123).
 */
export function addressDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const day = /\/(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (day) return isoDay(`${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`);
  const month = /\/(\d{4})\/(\d{1,2})(?=\/)/.exec(path);
  return month ? isoDay(`${month[1]}-${month[2]!.padStart(2, '0')}-01`)?.slice(0, 7) ?? null : null;
}

function findDatePublished(value: unknown, depth: number): unknown {
  if (depth > 4 || !value || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 20)) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return findDatePublished(record['@graph'], depth + 1);
}

/** YYYY-MM-DD from an ISO-like date (2016-04-01T10:00:00+02:00), if it is a plausible news date. */
function isoDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1990 || year > new Date().getFullYear() + 1 || Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
  return `${y}-${mo}-${d}`;
}

/**
 * Whether this is a bench build (tools/bench.ts builds with WXT_SIYAQ_BENCH=true). Only such a build
 * reports timings and counts to the page (the `data-siyaq-bench` attribute, the `siyaq:popover`
 * performance entries): a page shares the content script's DOM and performance timeline, and in a
 * product build any page could opt in with the meta and watch the reader open popovers.
 */
export const BENCH_BUILD = import.meta.env.WXT_SIYAQ_BENCH === 'true';

export function benchOptIn(): boolean {
  return BENCH_BUILD && document.querySelector('meta[name="siyaq-bench"]') !== null;
}
