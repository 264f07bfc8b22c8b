// Who wrote the piece and where to follow them: bylines and social handles.
import { alternation, furniture } from '../lexicon.js';
import { MAX_SHORT_LINE, trimmedSpan, type Furniture, type Line } from '../lines.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
/** A first word and a lower-case second one: a sentence, not a name. */
const SECOND_WORD_LOWER = /^[\s\u00a0]*\S+[\s\u00a0]+\p{Ll}/u;

const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const byline = new RegExp(`^[\\s\\u00a0]*(?:by|written by|words by|reporting by)[\\s\\u00a0]+${NAME}(?:[\\s\\u00a0]+(?:and[\\s\\u00a0]+|&[\\s\\u00a0]+)?${NAME}){0,6},?[\\s\\u00a0]*(?:[|,–—-][^\\n]{0,60})?$`, 'iu');
const networks = alternation(furniture.socialNetworks);
const follow = new RegExp(`^[\\s\\u00a0]*(?:follow|find)[\\s\\u00a0]+(?:him|her|them|us|me|${NAME}(?:[\\s\\u00a0]+${NAME}){0,3})[\\s\\u00a0]+on[\\s\\u00a0]+(?:${networks})\\b`, 'iu');
const handleOnly = /^[\s\u00a0]*(?:[-–—•][\s\u00a0]*)?@[A-Za-z0-9_]{2,30}[\s\u00a0]*$/;

/**
 * byline: a line naming the author.
 * accepts  "By Muhammad Faisal", "By Jane Doe and John Roe", "By Sam Lee | Reuters"
 * rejects  "By contrast, Pakistan ..." (a lower-case word: prose), "By 2030 the pipeline ..."
 */
export const bylineLine = {
  name: 'byline',
  find(line: Line): Furniture | null {
    if (line.text.length > MAX_SHORT_LINE) return null;
    // Case-insensitive for "By"/"by", but the names themselves must be capitalised.
    if (!byline.test(line.text) || SECOND_WORD_LOWER.test(line.text.replace(/^[\s\u00a0]*(?:written|words|reporting)[\s\u00a0]+/i, ''))) return null;
    const span = trimmedSpan(line);
    return span && { ...span, rule: this.name };
  },
};

/**
 * follow-social: an invitation to follow the author, or a bare handle.
 * accepts  "Follow him on Twitter: @GiorgioCafiero", "Follow us on X", "@GiorgioCafiero"
 * rejects  "Pakistan will follow him on the path of ...", "Iran followed on Monday"
 */
export const followSocial = {
  name: 'follow-social',
  find(line: Line): Furniture | null {
    if (line.text.length > MAX_SHORT_LINE) return null;
    if (!follow.test(line.text) && !handleOnly.test(line.text)) return null;
    const span = trimmedSpan(line);
    return span && { ...span, rule: this.name };
  },
};
