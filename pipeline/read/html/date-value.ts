// Days as page metadata writes them: ISO 8601 strings (their own calendar day, no conversion to
// UTC), written dates, and dates in a URL path.
import { findDatePhrases, isoDay } from '../text/date-phrase.js';

/** A day found by a rule, with the string it came from. */
export interface Found {
  day: string;
  raw: string;
}

const ISO_DAY = /^\s*((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:$|[T\s])/;

/** A day from a metadata value: ISO 8601 (its own calendar day) or a written date. */
export function dayOf(value: string): string | null {
  const iso = ISO_DAY.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (value.length > 200) return null;
  for (const p of findDatePhrases(value)) {
    const day = isoDay(p);
    if (day) return day;
  }
  return null;
}

const URL_DAY = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
const URL_MONTH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//;

/** url: "/2024/01/25/", "/2024-01-25-", "/20240125/" in the canonical URL; "/2024/08/" gives a month. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const day = URL_DAY.exec(path);
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const month = URL_MONTH.exec(path);
  return month ? `${month[1]}-${month[2]}` : null;
}

