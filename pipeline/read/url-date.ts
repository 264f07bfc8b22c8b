// A publication date written into a page's address: the path only (not the host, query or fragment).
import { isValidEdtf } from '../lib/edtf.js';
import { monthAlternation, monthNumber } from './text/lexicon.js';

/**
 * A full day, its parts joined by one separator throughout.
 * accepts  "/2024/01/25/", "/2024-01-25-talks", "/20240125/", "talks_2024_01_25.html"
 * rejects  "/2024/13/01/" (no month 13), "/article-20200399/", "/2024/01-25/" (mixed separators)
 */
const NUMERIC_DAY = /(?:^|[/_-])(?<year>(?:19|20)\d{2})(?<sep>[/_-]?)(?<month>0[1-9]|1[0-2])\k<sep>(?<day>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
/** accepts "/2020/mar/03/" and "/2020/march/3/" (month names, as The Guardian files its pages). */
const NAMED_DAY = new RegExp(`/(?<year>(?:19|20)\\d{2})/(?<month>${monthAlternation})/(?<day>0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)`, 'i');
/** A month alone: "/2024/08/story", "/2024-08/"; the day is left open. */
const MONTH = /\/(?<year>(?:19|20)\d{2})[/-](?<month>0[1-9]|1[0-2])(?=[/-]|$)/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "YYYY-MM-DD" or "YYYY-MM" from the URL's path, or null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').replace(/[?#].*$/, '');
  const numeric = NUMERIC_DAY.exec(path)?.groups;
  const named = numeric ? null : NAMED_DAY.exec(path)?.groups;
  const month = numeric || named ? null : MONTH.exec(path)?.groups;
  let value: string | null = null;
  if (numeric) value = `${numeric.year}-${numeric.month}-${numeric.day}`;
  else if (named) value = `${named.year}-${pad(monthNumber(named.month!) ?? 0)}-${pad(Number(named.day))}`;
  else if (month) value = `${month.year}-${month.month}`;
  return value && isValidEdtf(value) ? value : null;
}
