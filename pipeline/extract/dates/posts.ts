// A live page's posts and the day each went up. The reader blanks post stamps ("10:42 PKT",
// "Sunday, 21:30 GST") from the content as furniture; they stay in the extracted text at the same
// offsets, where this reads them again. "Today", "yesterday" or "on Tuesday" in a post count from
// the post's day, not from the page's publication; the event coder dates a post's undated events
// by the same day.
import type { DateMention, Span } from '../../model.js';
import { MAX_STAMP, postStamp } from '../../lib/post-stamp.js';
import { addDays, format, parseDct } from './calendar.js';
import { readMentions } from './mentions.js';

/** One stamp alone is a dateline or an "Updated" note; a live page has several posts. */
const MIN_POSTS = 2;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MINUTES = 24 * 60;

export interface Post extends Span {
  /** The post's day (EDTF, day precision). */
  day: DateMention;
}

interface Stamp extends Span {
  words: string | null;
  minutes: number;
  line: string;
}

function stampsOf(text: string): Stamp[] {
  const stamps: Stamp[] = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // Most lines are paragraphs, far longer than a stamp: measured, not sliced and read.
    const line = end - start <= MAX_STAMP ? text.slice(start, end) : '';
    const stamp = line ? postStamp(line) : null;
    if (stamp) stamps.push({ start, end, words: stamp.day, minutes: stamp.minutes, line: line.trim() });
    start = end + 1;
  }
  return stamps;
}

/**
 * Which way the page runs in time: -1 newest post first, 1 oldest first, 0 unclear. Each step
 * between a stamp and a following time alone counts for the shorter way round the clock (from
 * "11:20" to "09:05" is back, from "00:15" to "23:50" back across midnight).
 */
function direction(stamps: Stamp[]): -1 | 0 | 1 {
  let back = 0;
  let ahead = 0;
  for (let i = 1; i < stamps.length; i++) {
    const s = stamps[i]!;
    if (s.words) continue;
    const backward = (stamps[i - 1]!.minutes - s.minutes + DAY_MINUTES) % DAY_MINUTES;
    if (backward === 0) continue;
    if (backward < DAY_MINUTES / 2) back++;
    else ahead++;
  }
  return back > ahead ? -1 : ahead > back ? 1 : 0;
}

/**
 * The posts of a live page in text order: each runs from its stamp to the next one (or the end).
 * A stamp that names its day ("Sunday, 21:30 GST") is resolved against the publication date; a time
 * alone keeps the day of the stamp before it, else the publication's day ("13:50 GST" on a page
 * published 16 June), unless the clock passes midnight against the page's way ("00:20" then "23:40"
 * on a page that runs back: the day before). Pages with fewer than two stamps have no posts.
 */
export function findPosts(text: string, published: string | null): Post[] {
  const stamps = stampsOf(text);
  if (stamps.length < MIN_POSTS) return [];
  const publishedDay = published && ISO_DAY.test(published) ? published : null;
  const way = direction(stamps);
  const posts: Post[] = [];
  let day: string | null = publishedDay;
  for (const [i, s] of stamps.entries()) {
    const previous = stamps[i - 1];
    if (s.words) {
      const named = publishedDay ? readMentions(s.words, publishedDay).find((d) => ISO_DAY.test(d.value)) : undefined;
      day = named?.value ?? null;
    } else if (day && previous && way !== 0 && (way < 0 ? s.minutes > previous.minutes : s.minutes < previous.minutes)) {
      const point = parseDct(day);
      day = point ? format(addDays(point, way)) : null;
    }
    if (!day) continue;
    posts.push({ start: s.start, end: stamps[i + 1]?.start ?? text.length, day: { start: s.start, end: s.end, text: s.line, value: day, rule: 'post-stamp' } });
  }
  return posts;
}

/**
 * The date mentions with those inside a post that went up on another day than the publication
 * read again from the post's day: "today" in a post stamped Sunday is that Sunday.
 */
export function mentionsByPost(content: string, mentions: DateMention[], posts: Post[], published: string | null): DateMention[] {
  const shifted = posts.filter((p) => p.day.value !== published);
  if (!shifted.length) return mentions;
  const inShifted = (d: DateMention): boolean => shifted.some((p) => d.start >= p.start && d.end <= p.end);
  const again = shifted.flatMap((p) => readMentions(content.slice(p.start, p.end), p.day.value)
    .map((d) => ({ ...d, start: d.start + p.start, end: d.end + p.start })));
  return [...mentions.filter((d) => !inShifted(d)), ...again].sort((a, b) => a.start - b.start || a.end - b.end);
}
