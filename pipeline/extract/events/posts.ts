// A live page's posts and the day each went up. The reader blanks post stamps ("10:42 PKT",
// "Sunday, 21:30 GST") from the content as furniture; they stay in the extracted text at the same
// offsets, where this reads them again. A post's events with no date of their own took place on
// its stamp's day, as a timeline heading's do; and "today" or "yesterday" in a post count from
// that day, not from the page's publication.
import type { DateMention, Span } from '../../model.js';
import { postStamp } from '../../lib/post-stamp.js';
import { findDateMentions } from '../dates/index.js';

/** One stamp alone is a dateline or an "Updated" note; a live page has several posts. */
const MIN_POSTS = 2;

export interface Post extends Span {
  /** The post's day (EDTF, day precision). */
  day: DateMention;
}

/**
 * The posts of a live page in text order: each runs from its stamp to the next one (or the end).
 * A stamp with a time alone keeps the day of the stamp before it, else the publication's day
 * ("13:50 GST" on a page published 16 June); one that names its day ("Sunday, 21:30 GST") is
 * resolved against the publication date. Pages with fewer than two stamps have no posts.
 */
export function findPosts(text: string, published: string | null): Post[] {
  const stamps: Array<Span & { words: string | null; line: string }> = [];
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    const stamp = postStamp(line);
    if (stamp) stamps.push({ start, end, words: stamp.day, line: line.trim() });
    start = end + 1;
  }
  if (stamps.length < MIN_POSTS) return [];
  const publishedDay = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  const posts: Post[] = [];
  let day: string | null = publishedDay;
  for (const [i, s] of stamps.entries()) {
    if (s.words) {
      const named = publishedDay ? findDateMentions(s.words, { dct: publishedDay }).find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value)) : undefined;
      day = named?.value ?? null;
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
export function datesByPost(content: string, dates: DateMention[], posts: Post[], published: string | null): DateMention[] {
  const shifted = posts.filter((p) => p.day.value !== published);
  if (!shifted.length) return dates;
  const inShifted = (d: DateMention): boolean => shifted.some((p) => d.start >= p.start && d.end <= p.end);
  const again = shifted.flatMap((p) => findDateMentions(content.slice(p.start, p.end), { dct: p.day.value })
    .map((d) => ({ ...d, start: d.start + p.start, end: d.end + p.start })));
  return [...dates.filter((d) => !inShifted(d)), ...again];
}

/** How long a post's heading may be, in characters. */
const HEADING_CHARS = 200;

/**
 * The post day that governs each paragraph, or null. A post's heading ("Pakistan says it
 * test-fired missile") sums up what its body tells with the body's own dates, so the stamp does
 * not date it: a heading is the post's first paragraph, short and not ended like a sentence.
 */
export function postAnchors(content: string, paras: Span[], posts: Post[]): Array<DateMention | null> {
  let k = 0;
  let first = -1; // the paragraph that opens the current post
  return paras.map((p, i) => {
    while (k < posts.length && (posts[k]?.end ?? 0) <= p.start) k++;
    const post = posts[k];
    if (!post || post.start > p.start) return null;
    const text = content.slice(p.start, p.end).trim();
    if (!text) return null;
    if (first < 0 || (paras[first]?.start ?? 0) < post.start) first = i;
    const heading = first === i && text.length <= HEADING_CHARS && !/[.!?…"”’']$/.test(text);
    return heading ? null : post.day;
  });
}
