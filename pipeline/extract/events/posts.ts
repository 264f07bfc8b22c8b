// A live page's posts, as the dates stage reads them from their stamps (dates/posts.ts). A post's
// events with no date of their own took place on its stamp's day, as a timeline heading's do; and
// "today" or "yesterday" in a post count from that day, not from the page's publication.
import type { DateMention, Span } from '../../model.js';
import type { Post } from '../dates/posts.js';

// mentionsByPost: the date mentions with those inside a post that went up on another day than the
// publication read from the post's day, as the dates stage reads them when it is given the
// extracted text (mentions read so already come back the same).
export { findPosts, mentionsByPost, type Post } from '../dates/posts.js';

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
