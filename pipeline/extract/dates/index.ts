// Temporal tagger: finds TimeML TIMEX3 expressions and resolves them to EDTF date mentions.
// Rules live in rules/ (one file per family, listed in registry.ts); refiners.ts removes
// overlaps; resolve.ts reads each expression against the document time and the narrative.
import type { DateMention, Dateline, PublishedDate, Timex } from '../../model.js';
import { timemlValueToEdtf } from './edtf.js';
import { readMentions } from './mentions.js';
import { findPosts, mentionsByPost, type Post } from './posts.js';
import { reasonPublication as reason } from './publication.js';
import { tag } from './tag.js';

export { timemlValueToEdtf } from './edtf.js';

export interface DateContext {
  /** Document creation time: the publication date (EDTF), or null when unknown. */
  dct: string | null;
  /**
   * The extracted text the content was blanked from, when known: a live page's post stamps stay
   * in it, and relative dates inside a post count from the post's day.
   */
  text?: string;
  /** The live page's posts of `text` (findPosts), when the caller has read them already: they are not read again. */
  posts?: Post[];
}

/** Every TIMEX3 in the text, with TimeML types and values (as TempEval scores them). */
export function tagTimexes(text: string, context: DateContext): Timex[] {
  const found: Timex[] = [];
  for (const { candidate, reading } of tag(text, context.dct)) {
    const parts = reading.parts ?? [{ start: candidate.start, end: candidate.end, type: reading.type, value: reading.value }];
    for (const p of parts) {
      if (p.value.includes('/')) continue; // not a TimeML value
      found.push({ start: p.start, end: p.end, text: text.slice(p.start, p.end), type: p.type, value: p.value, rule: candidate.rule });
    }
  }
  return found;
}

/** A TimeML value as EDTF, or null when it is not a calendar date or period. */
export function timexToEdtf(timex: Timex): string | null {
  return timex.type === 'DATE' || timex.type === 'TIME' ? timemlValueToEdtf(timex.value) : null;
}

/** Date mentions in content, in EDTF: durations, sets, vague references and times of day are left
 * out; two dates written as a range are one interval. Inside a live page's posts (see posts.ts),
 * relative dates count from the post's day. */
export function findDateMentions(content: string, context: DateContext): DateMention[] {
  const mentions = readMentions(content, context.dct);
  return context.text === undefined ? mentions : mentionsByPost(content, mentions, context.posts ?? findPosts(context.text, context.dct), context.dct);
}

/**
 * The publication date reasoned from the text: a yearless dateline completed, or inferred.
 * `notBefore` (ISO day or null) is a day the text cannot predate, known from outside the dates
 * (the start of the term of an official the text names by office).
 */
export function reasonPublication(content: string, dateline: Dateline | null, notBefore: string | null = null): PublishedDate | null {
  return reason(content, dateline, notBefore);
}
