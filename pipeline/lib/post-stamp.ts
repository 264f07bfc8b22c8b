// A live page's post stamp: a line that holds the clock time a post went up, with at most a label,
// the day and a time zone ("10:42 PKT", "Updated 14:05", "Sunday, 21:30 GST", "Nov 3, 09:15").
// The reader blanks such lines as furniture (a stamp is no content and names no date mention);
// the event coder reads them again to date each post's events by its stamp.
import { z } from 'zod';
import { loadLexicon } from './lexicon-file.js';

/** A stamp line is short: a label, a day, a time and a zone. */
export const MAX_STAMP = 48;

// Weekday names and abbreviations are the date tagger's (pipeline/lexicons/dates/weekdays.json).
const weekdays = loadLexicon('dates', 'weekdays.json', z.object({
  weekdays: z.array(z.object({ names: z.array(z.string().min(1)), abbreviations: z.array(z.string().min(1)) })).length(7),
})).weekdays;
const WEEKDAY = `(?:${weekdays.flatMap((w) => [...w.names, ...w.abbreviations]).sort((a, b) => b.length - a.length).join('|')})\\.?`;
/** A day as stamps write it: a weekday, "today", "yesterday", "Nov 3", "3 November 2025", "2025-11-03". */
const DAY = `(?:today|yesterday|${WEEKDAY}|\\p{L}{3,9}\\.?[\\s\\u00a0]+\\d{1,2}(?:,?[\\s\\u00a0]+\\d{4})?|\\d{1,2}[\\s\\u00a0]+\\p{L}{3,9}\\.?(?:,?[\\s\\u00a0]+\\d{4})?|\\d{4}-\\d{2}-\\d{2})`;
const GAP = '[\\s\\u00a0]*[,|·•–—-]?[\\s\\u00a0]*';

/**
 * accepts  "10:42 PKT", "Updated 14:05", "Sunday, 21:30 GST", "Nov 3, 09:15", "Posted at 9.05am",
 *          "Yesterday 18:00", "16:40 BST, 3 May 2025"
 * rejects  "10:42 in Quetta" (words after the time), "At 10:42 the blast hit" (a sentence),
 *          "Sunday" (no time), "14:05 gmt" (a zone is written in capitals)
 */
const STAMP = new RegExp(
  '^[\\s\\u00a0]*' +
  '(?:(?:last[\\s\\u00a0]+)?(?:updated|posted|published|edited)[\\s\\u00a0]*:?[\\s\\u00a0]*(?:(?:at|on)[\\s\\u00a0]+)?)?' +
  `(?:(?<before>${DAY})${GAP}(?:at[\\s\\u00a0]+)?)?` +
  '(?<hour>\\d{1,2})[:.](?<minute>\\d{2})(?:[\\s\\u00a0]*(?<half>[ap])\\.?m\\.?)?' +
  '(?:[\\s\\u00a0]*(?<zone>\\p{L}{2,5}(?:[+-]\\d{1,2})?))?' +
  `(?:${GAP}(?<after>${DAY}))?` +
  '[\\s\\u00a0]*$',
  'iu',
);

export interface PostStamp {
  /** The words that name the post's day ("Sunday", "Nov 3"), or null for a time alone. */
  day: string | null;
  /** The clock time, in minutes after midnight ("9.05pm": 1265): the order of posts within a day. */
  minutes: number;
}

/** The stamp a line is, or null. */
export function postStamp(line: string): PostStamp | null {
  if (line.length > MAX_STAMP) return null;
  const m = STAMP.exec(line);
  if (!m) return null;
  const zone = m.groups?.zone;
  if (zone && zone !== zone.toUpperCase()) return null;
  const half = m.groups?.half?.toLowerCase();
  const clock = Number(m.groups?.hour);
  const hour = half ? (clock % 12) + (half === 'p' ? 12 : 0) : clock;
  return { day: m.groups?.before ?? m.groups?.after ?? null, minutes: hour * 60 + Number(m.groups?.minute) };
}
