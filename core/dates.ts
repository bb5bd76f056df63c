/**
 * Display formatting for the dataset's dates. A date is shown at the precision the source gives
 * it, never more precisely: an unknown date reads «غير مؤرخ», an inferred one is hedged
 * («نحو أبريل 2016 (تقدير)»). Digits stay Western, as the source outlets print them.
 */
import type { DateSpec } from './dataset/schema';

/** The two interface languages. */
export type Lang = 'ar' | 'en';

/** Month names from the platform's CLDR data (Western digits in Arabic, as the sources print them). */
const MONTHS: Record<Lang, Intl.DateTimeFormat> = {
  ar: new Intl.DateTimeFormat('ar-u-nu-latn', { month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }),
};

const WORDS = {
  ar: { undated: 'غير مؤرخ', about: 'نحو', estimated: '(تقدير)', rangeSep: ' – ' },
  en: { undated: 'Undated', about: 'about', estimated: '(estimated)', rangeSep: ' – ' },
} as const;

function monthName(lang: Lang, month: string): string | undefined {
  const i = Number(month) - 1;
  return Number.isInteger(i) && i >= 0 && i < 12 ? MONTHS[lang].format(Date.UTC(2000, i, 15)) : undefined;
}

/** `2016-04` → «أبريل 2016»; a value that does not parse is shown as given rather than guessed at. */
function yearMonth(lang: Lang, value: string): string {
  const [year, month] = value.split('-');
  const name = month === undefined ? undefined : monthName(lang, month);
  return name && year ? `${name} ${year}` : value;
}

function plain(spec: DateSpec, lang: Lang): string | null {
  const value = spec.value;
  if (spec.precision === 'unknown' || !value) return null;
  switch (spec.precision) {
    case 'year':
      return value;
    case 'month':
      return yearMonth(lang, value);
    case 'day': {
      const [year, month, day] = value.split('-');
      const name = month === undefined ? undefined : monthName(lang, month);
      return name && year && day ? `${Number(day)} ${name} ${year}` : value;
    }
    case 'period': {
      const [from, to] = value.split('/');
      if (!from) return value;
      if (!to) return yearMonth(lang, from);
      const [fromYear, fromMonth] = from.split('-');
      const [toYear] = to.split('-');
      // «مارس – أبريل 2016» rather than repeating the year when both ends share it.
      const fromText =
        fromYear === toYear && fromMonth !== undefined ? (monthName(lang, fromMonth) ?? from) : yearMonth(lang, from);
      return `${fromText}${WORDS[lang].rangeSep}${yearMonth(lang, to)}`;
    }
  }
}

/**
 * A dataset date for display: «26 أبريل 2016», «أبريل 2016», «2017», «مارس – أبريل 2016»,
 * «نحو أبريل 2016 (تقدير)» when inferred, «غير مؤرخ» when unknown.
 */
export function formatDate(spec: DateSpec, lang: Lang): string {
  const text = plain(spec, lang);
  const words = WORDS[lang];
  if (text === null) return words.undated;
  return spec.inferred ? `${words.about} ${text} ${words.estimated}` : text;
}

/**
 * A machine-readable value for `<time datetime>` where the date is known and not a range
 * (`2016-04-26`, `2016-04`, `2017`), else undefined.
 */
export function dateTimeAttr(spec: DateSpec): string | undefined {
  if (spec.precision === 'unknown' || spec.precision === 'period' || !spec.value) return undefined;
  return spec.value;
}

/**
 * Sort key for newest-first lists: a date's earliest possible day as `YYYY-MM-DD`; unknown dates
 * sort last (empty string).
 */
export function dateSortKey(spec: DateSpec): string {
  if (spec.precision === 'unknown' || !spec.value) return '';
  const first = spec.value.split('/')[0] ?? '';
  const [y = '', m = '01', d = '01'] = first.split('-');
  return `${y}-${m}-${d}`;
}

/** A note's timestamp (epoch ms) as a short local date in the interface language. */
export function formatTimestamp(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', { dateStyle: 'medium' }).format(ms);
}
