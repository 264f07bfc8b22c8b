// Days as page metadata writes them: ISO 8601 strings (their own calendar day, no conversion to
// UTC) and written dates.
import { findDatePhrases, isoDay } from '../text/date-phrase.js';

/** A day found by a rule, with the string it came from. */
export interface Found {
  day: string;
  raw: string;
}

const ISO_DAY = /^\s*((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:$|[T\s])/;

/** Words that say what the date after them is ("Updated 9 March", "originally published 3 March"). */
const DATE_LABEL = /\b(?:(?<updated>updated|modified|revised|last[\s\u00a0]+edited)|published|posted|created|originally|written)\b/gi;

/** Whether the last label in a stretch of text says that the date after it is a modification. */
export function labelledUpdate(gap: string): boolean {
  let updated = false;
  DATE_LABEL.lastIndex = 0;
  for (let m = DATE_LABEL.exec(gap); m; m = DATE_LABEL.exec(gap)) updated = m.groups?.updated !== undefined;
  return updated;
}

/**
 * A day from a metadata value: ISO 8601 (its own calendar day), else the first written date that
 * no "Updated" label stands before.
 * accepts  "2024-01-25T18:09:55-07:00", "Published 3 March 2020, updated 9 March 2020" -> 2020-03-03,
 *          "Last updated 04 Jun 2020, originally created 17 Jun 2019" -> 2019-06-17
 * rejects  "Updated Mar 12, 2020 @ 10:42 am", "Updated 2010 GMT (0410 HKT) March 14, 2021"
 */
export function dayOf(value: string): string | null {
  const iso = ISO_DAY.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (value.length > 200) return null;
  let from = 0;
  for (const p of findDatePhrases(value)) {
    const gap = value.slice(from, p.start);
    from = p.end;
    const day = isoDay(p);
    if (day && !labelledUpdate(gap)) return day;
  }
  return null;
}
