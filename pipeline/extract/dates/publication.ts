// The publication date reasoned from the text when no sidecar, HTML metadata or full dateline gives
// it. Never the clock: only the text's own explicit dates count.
import type { Dateline, PublishedDate } from '../../model.js';
import { compare, day, format, type CalendarPoint } from './calendar.js';
import { lexicon } from './lexicon.js';
import { tag } from './tag.js';

interface Reference { point: CalendarPoint; start: number; end: number }

/** Explicit calendar references of the text (those that resolve without a document date). */
function explicitReferences(content: string): Reference[] {
  return tag(content, null).flatMap(({ reading, candidate: { start, end } }) =>
    reading.anchor && reading.anchor.precision !== 'quarter' ? [{ point: reading.anchor, start, end }] : []);
}

/**
 * An anniversary lead dates the article by counting from an explicit date:
 * accepts  "Twelve years ago this month, on 11 March 2013, ..." (2025-03),
 *          "Ten years ago today, on 16 January 2014" (2024-01-16), "25 years ago this week, in May 1998" (2023-05)
 * rejects  "two years ago" with no explicit date after it, "years ago, in 2013" (no count)
 */
const ANNIVERSARY = new RegExp(`\\b(?<count>\\d{1,3}|${lexicon.numberWords})[\\s-]+years?[\\s-]+ago[\\s,]+(?:(?<scope>today|this[\\s]+(?:week|month|year))[\\s,]*)?(?:on|in)?[\\s]*$`, 'i');

function anniversary(content: string, refs: Reference[]): PublishedDate | null {
  for (const ref of refs) {
    const m = ANNIVERSARY.exec(content.slice(Math.max(0, ref.start - 60), ref.start));
    const count = m?.groups?.count ? lexicon.count(m.groups.count) : null;
    if (!m || !count) continue;
    const scope = (m.groups?.scope ?? 'this year').toLowerCase().replace(/\s+/g, ' ');
    const year = ref.point.year + count;
    const month = scope === 'this year' ? undefined : ref.point.month;
    const dayOfMonth = scope === 'today' ? ref.point.day : undefined;
    const point = month && dayOfMonth ? day(year, month, dayOfMonth) : { year, ...(month ? { month } : {}) };
    if (point) return { value: format(point), basis: 'inferred' };
  }
  return null;
}

/**
 * The dateline cannot lie before the latest date the text names: not before its start for a
 * month or a day ("The August 2025 visit" in an article of 8 August), and not inside a year named
 * as a whole (news names the current year "this year": "trade was worth $2 billion in 2023"
 * is written in 2024 or later).
 */
function notBefore(point: CalendarPoint, last: CalendarPoint): boolean {
  return last.month === undefined ? point.year > last.year : compare(point, last) >= 0;
}

/** The latest of the points, comparing each by its start (2024 is before 2024-01-02). */
function latest(points: CalendarPoint[]): CalendarPoint | null {
  const start = (p: CalendarPoint): number => p.year * 10_000 + (p.month ?? 1) * 100 + (p.day ?? 1);
  return points.reduce<CalendarPoint | null>((best, p) => (!best || start(p) > start(best) ? p : best), null);
}

/**
 * A dateline without a year ("08 Aug, 22:59") takes the first year that does not put it before the
 * latest date the text itself names ("The August 2025 visit ... the recent visit"): basis "dateline".
 * With no usable dateline, the latest explicit date the text names, at month precision at most,
 * is the honest estimate: basis "inferred". Null when the text names no dated point.
 */
export function reasonPublication(content: string, dateline: Dateline | null): PublishedDate | null {
  const refs = explicitReferences(content);
  const last = latest(refs.map((r) => r.point));
  if (dateline?.year != null && dateline.month != null) {
    const point = dateline.day != null ? day(dateline.year, dateline.month, dateline.day) : { year: dateline.year, month: dateline.month };
    if (point) return { value: format(point), basis: 'dateline' };
  }
  if (dateline?.month != null && last) {
    for (let year = last.year; year <= last.year + 1; year++) {
      const point = dateline.day != null ? day(year, dateline.month, dateline.day) : { year, month: dateline.month };
      if (point && notBefore(point, last)) return { value: format(point), basis: 'dateline' };
    }
  }
  if (!last) return null;
  const dated = anniversary(content, refs);
  if (dated) return dated;
  return { value: format({ year: last.year, ...(last.month !== undefined ? { month: last.month } : {}) }), basis: 'inferred' };
}
