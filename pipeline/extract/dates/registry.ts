// The ordered list of rule families. Order matters only between candidates of the same extent:
// the earlier rule wins (an explicit date before a duration reading of the same words).
import { ago } from './rules/ago.js';
import { dayPart } from './rules/day-part.js';
import { dayOfMonth } from './rules/day-of-month.js';
import { dayRange } from './rules/day-range.js';
import { countedDuration, periodDuration } from './rules/duration.js';
import { dayMonth, monthDay } from './rules/explicit-day.js';
import { fiscalQuarter } from './rules/fiscal-quarter.js';
import { fiscalYearEnding, fiscalYearSpan, fiscalYearSpanBefore } from './rules/fiscal-year.js';
import { holiday } from './rules/holiday.js';
import { isoDate } from './rules/iso-date.js';
import { numericDate, yearSpan } from './rules/numeric-date.js';
import { month } from './rules/month.js';
import { monthQuarter } from './rules/month-quarter.js';
import { countedFromAnchor, dayOfAnchor, nearAnchor } from './rules/narrative.js';
import { quarter, reportedQuarter } from './rules/quarter.js';
import { namedRecurrence, recurrence } from './rules/recurrence.js';
import { referenceDay } from './rules/reference-day.js';
import { periodPart } from './rules/period-part.js';
import { relativePeriod } from './rules/relative-period.js';
import { solarDate, solarYear } from './rules/solar-hijri.js';
import { reportingYear, yearEnd } from './rules/reporting-year.js';
import { documentSeason, narrativeSeason, season } from './rules/season.js';
import { spelledDecade, spelledYear } from './rules/spelled-year.js';
import { vague } from './rules/vague.js';
import { timeOfDay } from './rules/time-of-day.js';
import { weekEnding, weekOf, weekOfMonth } from './rules/week-of.js';
import { weekday } from './rules/weekday.js';
import { century, decade, year } from './rules/year.js';
import type { Rule } from './types.js';

export const rules: Rule[] = [
  // explicit calendar dates
  isoDate,
  numericDate,
  yearSpan,
  fiscalYearSpan,
  fiscalYearSpanBefore,
  fiscalYearEnding,
  dayRange,
  dayMonth,
  monthDay,
  dayOfMonth,
  solarDate,
  solarYear,
  weekOf,
  weekEnding,
  weekOfMonth,
  month,
  season,
  narrativeSeason,
  decade,
  century,
  year,
  spelledYear,
  spelledDecade,
  fiscalQuarter,
  monthQuarter,
  quarter,
  // relative to the document date
  referenceDay,
  holiday,
  dayPart,
  timeOfDay,
  weekday,
  relativePeriod,
  periodPart,
  documentSeason,
  ago,
  reportedQuarter,
  reportingYear,
  yearEnd,
  // relative to the narrative
  countedFromAnchor,
  dayOfAnchor,
  nearAnchor,
  // not dates: durations, recurrences, vague references
  countedDuration,
  periodDuration,
  recurrence,
  namedRecurrence,
  vague,
];
