// Furniture lines known by their words: labels, "Field: value" lines, prompts, read-time badges.
import { LinePhrases, alternation, furniture } from '../lexicon.js';
import { MAX_SHORT_LINE, countWords, trimmedSpan, type Furniture, type Line } from '../lines.js';
import { postStamp } from '../../../lib/post-stamp.js';

const labels = new LinePhrases(furniture.labelLines);
const fieldLabel = new RegExp(`^[\\s\\u00a0]*(?:${alternation(furniture.fieldLabels)})[\\s\\u00a0]*:`, 'i');
const subscribe = new RegExp(`^[\\s\\u00a0]*(?:${alternation(furniture.subscribePrefixes)})\\b`, 'i');
/** A stamp relative to the reader's clock: on a saved page it dates nothing, and it is no content. */
const clockStamp = /^[\s\u00a0]*(?:(?:last[\s\u00a0]+)?(?:updated|published|posted|modified)[\s\u00a0]*:?[\s\u00a0]*)?(?:(?:about|over|almost)[\s\u00a0]+)?(?:an?|one|\d{1,3})[\s\u00a0]+(?:second|minute|min|hour|hr|day|week|month|year)s?[\s\u00a0]+ago[\s\u00a0]*$/i;
const readTime = new RegExp(`^[\\s\\u00a0]*(?:reading[\\s\\u00a0]+time:?[\\s\\u00a0]*)?\\d{1,3}[\\s\\u00a0]*(?:${alternation(furniture.readTimeUnits)})\\.?(?:[\\s\\u00a0]+read)?[\\s\\u00a0]*$`, 'i');

const whole = (line: Line, rule: string): Furniture | null => {
  const span = trimmedSpan(line);
  return span && { ...span, rule };
};

/**
 * label-line: a line that is only a page label.
 * accepts  "Live Story", "Further reading", "Advertisement", "Share this article"
 * rejects  "Live Story of a war" (more words), "Deterioration of trust" (a heading)
 */
export const labelLine = {
  name: 'label-line',
  find(line: Line): Furniture | null {
    if (line.text.length > MAX_SHORT_LINE) return null;
    return labels.has(line.text) ? whole(line, this.name) : null;
  },
};

/**
 * field-label: a short "Label: value" line of the page's metadata.
 * accepts  "Issue: Geopolitics", "Country: Iran", "Tags: Iran, Pakistan", "Reading time: 4 minutes"
 * rejects  "Source: officials said the talks would resume next week and ..." (prose: over 12 words)
 */
export const fieldLabelLine = {
  name: 'field-label',
  find(line: Line): Furniture | null {
    return fieldLabel.test(line.text) && countWords(line.text, 13) <= 12 ? whole(line, this.name) : null;
  },
};

/**
 * subscribe: a subscription or follow-us prompt.
 * accepts  "Subscribe to Receive Latest Updates from GIF.", "Sign up for our newsletter"
 * rejects  "Subscribers to the agreement include ..." (the word must end there), prompts over 25 words
 */
export const subscribePrompt = {
  name: 'subscribe',
  find(line: Line): Furniture | null {
    return subscribe.test(line.text) && countWords(line.text, 26) <= 25 ? whole(line, this.name) : null;
  },
};

/**
 * read-time: a reading-time badge.
 * accepts  "9 min read", "5 minutes read", "Reading time: 4 min"
 * rejects  "9 min read of the report showed ..." (more than the badge), "90 minutes" inside prose
 */
export const readTimeBadge = {
  name: 'read-time',
  find(line: Line): Furniture | null {
    if (line.text.length > MAX_SHORT_LINE) return null;
    return readTime.test(line.text) ? whole(line, this.name) : null;
  },
};

/**
 * clock-stamp: an update or publication stamp counted back from the reader's clock.
 * accepts  "Updated a day ago", "Published 3 hours ago", "2 min ago"
 * rejects  "Two days ago, Iran recalled its ambassador." (a sentence goes on after "ago")
 */
export const clockStampLine = {
  name: 'clock-stamp',
  find(line: Line): Furniture | null {
    return line.text.length <= MAX_SHORT_LINE && clockStamp.test(line.text) ? whole(line, this.name) : null;
  },
};

/**
 * post-stamp: the time a live page's post went up, alone on its line; the event coder dates the
 * post's events by it (lib/post-stamp.ts), but it is no content and names no date mention.
 * accepts  "10:42 PKT", "Updated 14:05", "Sunday, 21:30 GST", "Nov 3, 09:15"
 * rejects  "At 10:42 the blast hit the convoy." (a sentence), "Sunday" (no time)
 */
export const postStampLine = {
  name: 'post-stamp',
  find(line: Line): Furniture | null {
    return postStamp(line.text) ? whole(line, this.name) : null;
  },
};
