// The publication date reasoned from the text when no sidecar, HTML metadata or full dateline gives
// it. Never the clock: only the text's own explicit dates count.
import type { Dateline, PublishedDate } from '../../model.js';
import { compare, day, format, weekdayOf, type CalendarPoint } from './calendar.js';
import { lexicon } from './lexicon.js';
import { solarYearSpan } from './solar-hijri.js';
import { toldAhead, type Resolved } from './resolve.js';
import { tag } from './tag.js';

/** `counted`: a date counted from another ("a year after the visit of August 2025"), not named. */
interface Reference { point: CalendarPoint; start: number; end: number; counted?: boolean }

// How long before a Solar Hijri year begins a text may already name it ("the budget for 1404" is
// debated from December; "Nowruz ushers in 1404" is written in March 2025).
const SOLAR_YEAR_LEAD_MONTHS = 4;

/**
 * The earliest month a text naming whole Solar Hijri years can be written in: a few months before the
 * latest of them begins. It dates a yearless dateline when the text names no recent Gregorian year
 * ("KARACHI, March 4 — ... Nowruz, which ushers in 1404 in the Iranian calendar": 2025).
 */
function solarYearFloor(tagged: Resolved[]): CalendarPoint | null {
  const years = tagged.flatMap(({ reading }) => (reading.solarYear === undefined ? [] : [reading.solarYear]));
  if (years.length === 0) return null;
  const start = solarYearSpan(Math.max(...years))?.[0];
  if (!start) return null;
  const index = start.year * 12 + (start.month ?? 1) - 1 - SOLAR_YEAR_LEAD_MONTHS;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/**
 * The calendar references among a text's dates (read against a provisional year, or against nothing)
 * that the writing has reached: its explicit dates and, with `counted`, the dates counted from them
 * ("the strikes of January 2024 ... Eighteen months later, traders still date their debts"); never a
 * date told as still ahead ("a new line would be completed by June 2026").
 */
function explicitReferences(content: string, tagged: Resolved[], counted: boolean): Reference[] {
  return tagged.flatMap(({ reading, candidate: { start, end, rule } }): Reference[] => {
    if (rule.startsWith('narrative:')) {
      // a counted date is no anchor of the narrative: its point is its value
      const point = counted ? pointOfValue(reading.value) : null;
      return point && !toldAhead(content, start, end) ? [{ point, start, end, counted: true }] : [];
    }
    if (!reading.anchor || reading.anchor.precision === 'quarter' || reading.anchor.relative || toldAhead(content, start, end)) return [];
    return [{ point: reading.anchor, start, end }];
  });
}

// A date that announces the next issue lies after the publication: "The next update will be issued on
// 2 July 2025", "the next report is due on 15 March", "will be published on Monday".
const NEXT_ISSUE = /(?<![\p{L}])(?:(?:next|forthcoming|upcoming)\s+(?:update|report|edition|issue|bulletin|release|briefing|review|statement)(?![\p{L}])[^.!?\n]{0,60}|will\s+be\s+(?:issued|published|released|updated|posted|circulated)\s+(?:on\s+|by\s+|in\s+)?)$/iu;

/** Whether the date at `start` announces a later issue of the publication. */
function announcesNextIssue(content: string, start: number): boolean {
  return NEXT_ISSUE.test(content.slice(Math.max(0, start - 100), start));
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

// "landed in Tehran last month ... on April 22": the month named next to a month counted from the
// publication date gives that month. The offset is the publication month's distance from the date.
// "next month" is left out: its date lies after the publication, against the check that the
// publication is not before the latest date the text names.
const RELATIVE_MONTH = /(?<![\p{L}])(?<which>last|this)\s+month(?![\p{L}])/giu;
const OFFSET: Record<string, number> = { last: 1, this: 0 };
const SENTENCE_EDGE = /[.!?\n]/u;

/** The sentence around a position, as offsets (at most 400 characters each way). */
function sentenceAround(content: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && start - from < 400 && !SENTENCE_EDGE.test(content.charAt(from - 1))) from--;
  let to = end;
  while (to < content.length && to - end < 400 && !SENTENCE_EDGE.test(content.charAt(to))) to++;
  return [from, to];
}

/**
 * The publication month from "last month" / "this month" and an explicit month or
 * day in the same sentence ("landed in Tehran last month ... at a press conference on April 22":
 * published in May), in the year the text's latest explicit date gives. Never a day: the sentence
 * fixes the month only. Null when no sentence pairs them or the sentences disagree.
 * Rejects: a sentence with two explicit months ("last month, between March 3 and April 22").
 */
function relativeMonth(content: string, year: number): CalendarPoint | null {
  const cues = [...content.matchAll(RELATIVE_MONTH)];
  if (cues.length === 0) return null;
  const refs = explicitReferences(content, tag(content, String(year)), false).filter((r) => r.point.month !== undefined);
  let found: CalendarPoint | null = null;
  let first = 0; // refs and cues are in text order: each sentence's refs start at or after the last one's
  for (const m of cues) {
    const [from, to] = sentenceAround(content, m.index, m.index + m[0].length);
    while (first < refs.length && (refs[first]?.start ?? Infinity) < from) first++;
    const months = new Set<number>();
    for (let i = first; i < refs.length && (refs[i]?.start ?? Infinity) < to; i++) {
      const r = refs[i];
      if (r && r.end <= to) months.add(r.point.year * 12 + (r.point.month ?? 1) - 1);
    }
    if (months.size !== 1) continue;
    const index = [...months][0]! + (OFFSET[(m.groups?.['which'] ?? '').toLowerCase()] ?? 0);
    const point = { year: Math.floor(index / 12), month: (index % 12) + 1 };
    if (found && compare(found, point) !== 0) return null;
    found = point;
  }
  return found;
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

// A year named as under way ("since the start of 2026", "so far in 2026", "early 2026", "the first half
// of 2026"): the text may be written in that year, unlike a year named as a whole.
const ONGOING_BEFORE = /(?:since|(?:start|beginning|turn)\s+of|early|earlier\s+in|so\s+far\s+in|(?:first|opening)\s+(?:days|weeks|months)\s+of)\s+(?:the\s+)?$/iu;

const ONGOING_OPENING = /^(?:early|mid-?|(?:the\s+)?(?:start|beginning|first\s+half|first\s+(?:quarter|three\s+months|six\s+months|nine\s+months))\s+of)\s*/iu;
// A year that modifies a noun after a determiner names a programme or a budget of that year ("its 2025
// appeal", "the 2025 budget"), which may still be running.
const MODIFIER_BEFORE = /(?:^|[^\p{L}])(?:its|the|their|this|his|her|our)\s+$/iu;
const NOUN_AFTER = /^\s+\p{Ll}/u;

/** The point a reference sets as the dateline's lower bound: a year under way counts from its January. */
function lowerBoundOf(content: string, ref: Reference): CalendarPoint {
  if (ref.point.month !== undefined) return ref.point;
  // A year counted from another date ("a year after the visit of August 2025") is the year the happening
  // fell in, not a year named as a whole.
  if (ref.counted) return { year: ref.point.year, month: 1 };
  // The cue may stand before the expression or open it ("early 2026" is one expression).
  const opening = ONGOING_OPENING.exec(content.slice(ref.start, ref.end))?.[0] ?? '';
  const before = content.slice(Math.max(0, ref.start - 40), ref.start);
  const ongoing = opening !== '' || ONGOING_BEFORE.test(before) ||
    (opening === '' && /^\d{4}$/.test(content.slice(ref.start, ref.end)) && MODIFIER_BEFORE.test(before) && NOUN_AFTER.test(content.slice(ref.end, ref.end + 3)));
  return ongoing ? { year: ref.point.year, month: 1 } : ref.point;
}

/** The latest of the points, comparing each by its start (2024 is before 2024-01-02). */
function latest(points: CalendarPoint[]): CalendarPoint | null {
  const start = (p: CalendarPoint): number => p.year * 10_000 + (p.month ?? 1) * 100 + (p.day ?? 1);
  return points.reduce<CalendarPoint | null>((best, p) => (!best || start(p) > start(best) ? p : best), null);
}

// The lead is the dateline's own paragraph: it ends at the first blank line (or after 500 characters).
const LEAD_LENGTH = 500;
const LEAD_WEEKDAYS = new RegExp(`(?<![\\p{L}])(?<!(?:last|next|this|coming|previous)\\s+)(?:${lexicon.weekdayNames})(?![\\p{L}])`, 'giu');

/**
 * The weekdays (1 = Monday) the lead names ("ISLAMABAD, Aug 5 — ... on Wednesday signed"; "seized on
 * Thursday, ... said on Sunday": the seizure's day and the report's) and where the lead ends.
 */
function leadWeekdays(content: string, dateline: Dateline): { weekdays: number[]; leadEnd: number } {
  let lead = content.slice(dateline.end, dateline.end + LEAD_LENGTH);
  const blank = /\n\s*\n/u.exec(lead);
  if (blank) lead = lead.slice(0, blank.index);
  const weekdays: number[] = [];
  for (const m of lead.matchAll(LEAD_WEEKDAYS)) {
    const weekday = lexicon.weekday(m[0]);
    if (weekday !== null) weekdays.push(weekday);
  }
  return { weekdays, leadEnd: dateline.end + lead.length };
}

// How far into the story weekdays are counted, and those that name another week ("last Monday", "next Friday").
const STORY_LENGTH = 4000;
const WEEKDAYS = new RegExp(`(?<![\\p{L}])(?<!(?:last|next|this|coming|previous)\\s+)(?:${lexicon.weekdayNames})(?![\\p{L}])`, 'giu');

/** How many weekdays after the lead fall on each day of the week (index 1 = Monday). */
function storyWeekdays(content: string, from: number): number[] {
  const counts = new Array<number>(8).fill(0);
  for (const m of content.slice(from, from + STORY_LENGTH).matchAll(WEEKDAYS)) {
    const weekday = lexicon.weekday(m[0]);
    if (weekday !== null) counts[weekday] = (counts[weekday] ?? 0) + 1;
  }
  return counts;
}

/**
 * The years a yearless dateline may take, the latest date the text names allowing (see notBefore).
 * A weekday in the lead picks among them: a report's lead tells of its dateline's day ("ISLAMABAD,
 * Aug 5 — ... on Wednesday signed" is 2026, when 5 August is a Wednesday). Without a weekday, or
 * when it fits none of them (the lead may tell of the day before), the first year allowed is taken.
 */
function datelineYear(content: string, dateline: Dateline & { month: number }, last: CalendarPoint): CalendarPoint | null {
  const allowed: CalendarPoint[] = [];
  for (let year = last.year; year <= last.year + 1; year++) {
    const point = dateline.day != null ? day(year, dateline.month, dateline.day) : { year, month: dateline.month };
    if (point && notBefore(point, last)) allowed.push(point);
  }
  if (dateline.day == null) return allowed[0] ?? null;
  // The dateline's own weekday ("Islamabad, Friday, the fourteenth of November") decides.
  if (dateline.weekday != null) return allowed.find((p) => weekdayOf(p) === dateline.weekday) ?? allowed[0] ?? null;
  // Else the lead's: the dateline's day, or the day before it ("late on Tuesday" in a report filed on
  // Wednesday), among the weekdays it names; then the story's own weekdays that fall on the dateline's day ("said on Wednesday").
  const { weekdays, leadEnd } = leadWeekdays(content, dateline);
  if (weekdays.length === 0) return allowed[0] ?? null;
  const story = storyWeekdays(content, leadEnd);
  const score = (p: CalendarPoint): number => {
    const own = weekdayOf(p);
    const lead = weekdays.includes(own) ? 2 : weekdays.includes(((own + 5) % 7) + 1) ? 1 : 0;
    return lead === 0 ? 0 : lead + (story[own] ?? 0);
  };
  return allowed.reduce<CalendarPoint | null>((best, p) => (!best || score(p) > score(best) ? p : best), null);
}

/**
 * A dateline without a year ("08 Aug, 22:59") takes the first year that does not put it before the
 * latest date the text itself names ("The August 2025 visit ... the recent visit"), or the one whose
 * weekday the lead names (datelineYear): basis "dateline".
 * With no usable dateline: an anniversary lead, else a month counted from "last month" and a date
 * beside it, else the latest explicit date the text names, at month precision at most, is the
 * honest estimate: basis "inferred" (a date announcing the next issue does not count). Null when
 * the text names no dated point.
 */
export function reasonPublication(content: string, dateline: Dateline | null, notBeforeDay: string | null = null): PublishedDate | null {
  // A dateline with its year needs no reading of the text (tagging it costs as much as the dates stage).
  if (dateline?.year != null && dateline.month != null) {
    const point = dateline.day != null ? day(dateline.year, dateline.month, dateline.day) : { year: dateline.year, month: dateline.month };
    if (point) return { value: format(point), basis: 'dateline' };
  }
  // One reading of the text without a document date serves its explicit dates and its Solar Hijri years.
  const tagged = tag(content, null);
  const refs = explicitReferences(content, tagged, true);
  const floor = notBeforeDay ? pointOfValue(notBeforeDay) : null;
  const last = latest([...refs.map((r) => lowerBoundOf(content, r)), ...(floor ? [floor] : [])]);
  const solarFloor = dateline?.month != null ? solarYearFloor(tagged) : null;
  const bound = latest([...(last ? [last] : []), ...(solarFloor ? [solarFloor] : [])]);
  if (dateline?.month != null && bound) {
    const point = datelineYear(content, { ...dateline, month: dateline.month }, bound);
    if (point) return { value: format(point), basis: 'dateline' };
  }
  // Without a dateline, a date announcing the next issue is no estimate of this one.
  const issued = refs.filter((r) => !announcesNextIssue(content, r.start));
  const lastIssued = latest(issued.map((r) => r.point));
  // A term's start is no estimate of the day, only of the year the text is at least in.
  if (floor && (!lastIssued || floor.year > lastIssued.year)) return { value: format({ year: floor.year }), basis: 'inferred' };
  return lastIssued ? inferred(content, issued, lastIssued) : null;
}

/** The calendar point of a single-date value ("2025", "2025-07", "2025-07-18"); null for an interval, a week or no such day. */
function pointOfValue(value: string): CalendarPoint | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  if (m[3]) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  return m[2] ? { year: Number(m[1]), month: Number(m[2]) } : { year: Number(m[1]) };
}


/** The publication date inferred from the text's own dates, `last` the latest of them. */
function inferred(content: string, refs: Reference[], last: CalendarPoint): PublishedDate {
  const dated = anniversary(content, refs);
  if (dated) return dated;
  const month = relativeMonth(content, last.year);
  // The month cannot lie before the latest date the text names (compared at the shared precision).
  if (month && compare(month, last) >= 0) return { value: format(month), basis: 'inferred' };
  return { value: format({ year: last.year, ...(last.month !== undefined ? { month: last.month } : {}) }), basis: 'inferred' };
}
