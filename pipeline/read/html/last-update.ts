// The last-update date of a page that gives no publication date at all. Such a page (a recipe, a
// licence, terms of service) shows only when its current version was put up: "Updated June 13,
// 2019", "Date of Last Revision: August 9, 2017". That version's day is then the only publication
// day the page knows (htmldate's convention, and what a reader would cite). It is the caller's last
// resort, after every publication rule and a month in the URL: a page with a publication date
// never gets its update date.
import { findDatePhrases, isoDay } from '../text/date-phrase.js';
import { weekdayAlternation } from '../text/lexicon.js';
import { TRIMMINGS, ZONE } from '../text/rules/date-only.js';
import { dayOf, type Found } from './date-value.js';
import type { PageFacts } from './facts.js';
import { jsonLdModified } from './json-ld.js';
import { dateMeta } from './lexicon.js';

const BLANK = '[\\s\\u00a0]';

/**
 * A date stamp expanded by version control (RCS, CVS, Subversion) into a page's source: the day the
 * file was last committed; its day is read, the rest (time, zone, the day written out) left.
 * accepts  "$Date: 2016/11/18 06:31:41 $", "$Date: 2009-04-02 10:15:00 +0200 (Thu, 02 Apr 2009) $"
 */
const VERSION_CONTROL_DATE = /\$Date:[\s\u00a0]*((?:19|20)\d\d[-/]\d\d[-/]\d\d)[^$\n]{0,60}\$/;

/** Texts that may hold an update date: the label is there, or a version-control stamp. */
export const MAY_BE_UPDATE = /updat|modif|revis|edited|\$Date:/i;

/**
 * The label just before the date: the words that say it is the update's, and perhaps a weekday.
 * accepts  "Updated", "Last updated on", "Date of Last Revision:", "Page last modified:", "Updated: Monday,"
 */
const UPDATE_LABEL = new RegExp(
  `(?:updated|modified|revised|edited|(?:last${BLANK}+)?(?:update|revision|modification))` +
    `(?:${BLANK}+(?:on|at))?${BLANK}*[:\\-–—]?${BLANK}*` +
    `(?:(?:${weekdayAlternation})\\.?,?${BLANK}*)?$`,
  'i',
);

/** How much of the label before the date is read. */
const LABEL_CHARS = 40;

/**
 * The day of a short text that is an update label and one full date (the label may stand in the
 * text before it on the page), with nothing after the date but a time and a zone.
 * accepts  "Updated June 13, 2019", "Date of Last Revision: August 9, 2017",
 *          "$Date: 2016/11/18 06:31:41 $" after "Updated:", "Last modified: Monday, 4 May 2020 10:12 GMT",
 *          "This page was last edited on 7 April 2020, at 05:33."
 * rejects  "June 13, 2019" with no label, "Published June 13, 2019", "Updated June 13, 2019 and July 2, 2019",
 *          "Updated in June 13, 2019 edition of the guide" (words after the date)
 */
export function updateDay(text: string, before: string): string | null {
  const value = text.replace(VERSION_CONTROL_DATE, ' $1 ');
  const dates = findDatePhrases(value);
  const date = dates[0];
  const day = date && dates.length === 1 ? isoDay(date) : null;
  if (!date || !day) return null;
  if (value.slice(date.end).replace(ZONE, ' ').replace(TRIMMINGS, '').replace(/\.$/, '').trim()) return null;
  const label = `${before} ${value.slice(0, date.start)}`.trimEnd().slice(-LABEL_CHARS);
  return UPDATE_LABEL.test(label) ? day : null;
}

/** The first modification date in the meta tags (lexicon order). */
function modifiedMeta(facts: PageFacts): Found | null {
  for (const key of dateMeta.modified) {
    for (const value of facts.metas.get(key) ?? []) {
      const day = dayOf(value);
      if (day) return { day, raw: value };
    }
  }
  return null;
}

/**
 * last-update: for a page without any publication date, its modification date: from its metadata
 * (article:modified_time, dateModified), else the first visible update line.
 * accepts  <meta property="article:modified_time" content="2020-10-01T13:23:47Z"> alone,
 *          <p>Date of Last Revision: August 9, 2017</p>
 */
export function lastUpdate(facts: PageFacts): Found | null {
  const visible = facts.updates[0];
  return modifiedMeta(facts) ?? jsonLdModified(facts) ?? (visible ? { day: visible.day, raw: visible.text } : null);
}
