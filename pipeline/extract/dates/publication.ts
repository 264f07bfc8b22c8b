// The publication date reasoned from the text when no sidecar, HTML metadata or full dateline gives
// it. Never the clock: only the text's own explicit dates count.
import type { Dateline, PublishedDate } from '../../model.js';
import { compare, day, format, type CalendarPoint } from './calendar.js';
import { tag } from './tag.js';

/** Explicit calendar references of the text (those that resolve without a document date). */
function explicitReferences(content: string): CalendarPoint[] {
  return tag(content, null).flatMap(({ reading }) => (reading.anchor && reading.anchor.precision !== 'quarter' ? [reading.anchor] : []));
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
  const last = latest(explicitReferences(content));
  if (dateline?.year != null && dateline.month != null) {
    const point = dateline.day != null ? day(dateline.year, dateline.month, dateline.day) : { year: dateline.year, month: dateline.month };
    if (point) return { value: format(point), basis: 'dateline' };
  }
  if (dateline?.month != null && last) {
    for (let year = last.year; year <= last.year + 1; year++) {
      const point = dateline.day != null ? day(year, dateline.month, dateline.day) : { year, month: dateline.month };
      if (point && compare(point, last) >= 0) return { value: format(point), basis: 'dateline' };
    }
  }
  if (!last) return null;
  return { value: format({ year: last.year, ...(last.month !== undefined ? { month: last.month } : {}) }), basis: 'inferred' };
}
