// The copyright notice under an article: its year is the notice's, not a date the article names.
import { countWords, trimmedSpan, type Furniture, type Line } from '../lines.js';

/** "Copyright", "©" or "(c)", then a year or a span of years. */
const NOTICE = /^[\s\u00a0]*(?:copyright|©|\(c\))(?:[\s\u00a0]*(?:©|\(c\)))?[\s\u00a0]*(?:19|20)\d\d(?:[\s\u00a0]*[-–][\s\u00a0]*(?:19|20)?\d\d)?(?!\d)/i;
/** A notice is short: the holder's name and "All rights reserved". */
const MAX_WORDS = 14;

/**
 * copyright: a short line that is a copyright notice.
 * accepts  "Copyright 2024 The Frontier Chronicle", "(c) 2019-2024 Dawn Media Group. All rights reserved."
 * rejects  "Copyright law in Pakistan dates from 1962 ..." (no year after the word),
 *          "Copyright 2024 figures show that piracy cost the industry ..." (a sentence: over 14 words)
 */
export const copyrightLine = {
  name: 'copyright',
  find(line: Line): Furniture | null {
    if (!NOTICE.test(line.text) || countWords(line.text, MAX_WORDS + 1) > MAX_WORDS) return null;
    const span = trimmedSpan(line);
    return span && { ...span, rule: this.name };
  },
};
