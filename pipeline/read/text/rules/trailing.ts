// The end of a saved page: "Related" lists, disclaimers and author bios after the article.
import { LinePhrases, alternation, furniture } from '../lexicon.js';
import { MAX_SHORT_LINE, countWords, trimmedSpan, words, type Furniture, type Line, type PageShape } from '../lines.js';
import { isCaption } from './caption.js';

const openers = new LinePhrases(furniture.trailingZoneOpeners);
const disclaimer = new RegExp(`^[\\s\\u00a0]*(?:${alternation(furniture.disclaimerPrefixes)})`, 'i');
const NAME = "\\p{Lu}[\\p{L}.'’-]*";
const bio = new RegExp(
  `^[\\s\\u00a0]*(?:(?:Dr|Prof|Professor|Ambassador|Mr|Ms|Mrs|Gen|Col)\\.?[\\s\\u00a0]+)?${NAME}(?:[\\s\\u00a0]+${NAME}){1,3}[\\s\\u00a0]+(?:is|was|serves as|works as|has been)[\\s\\u00a0]`,
  'u',
);
const bioRole = new RegExp(`(?<![\\p{L}])(?:${alternation(furniture.bioRoles)})(?![\\p{L}])`, 'iu');

/** Prose after an opener that rules out a trailing zone: three long paragraphs mean the article goes on. */
const MAX_LONG_LINES_IN_ZONE = 2;
const isLongProse = (line: Line): boolean => countWords(line.text, 30) >= 30 && !/(?:\.\.\.|…)\s*$/.test(line.text);

/** A line that opens the end of the page: "Related news", "More from", a disclaimer. */
export const isOpener = (line: Line): boolean =>
  line.text.length <= MAX_SHORT_LINE * 2 && (openers.has(line.text) || disclaimer.test(line.text));

/**
 * trailing-zone: from a "Related"/"More from"/"Read more" label or a disclaimer to the end of the
 * page, every line but captions is furniture (teasers, their dates, topic labels, repeated bios).
 * accepts  "Related news" + a teaser; "The views and opinions expressed ..." + "Issue: ..." + teasers
 * rejects  an opener followed by three or more long paragraphs (the article continues: only the
 *          opener line goes), an opener above the first paragraph
 */
export function trailingZone(page: PageShape): Furniture[] {
  const at = page.lines.findIndex((l) => l.index >= page.topEnd && isOpener(l));
  if (at === -1) return [];
  const zone = page.lines.slice(at);
  const opener = zone[0]!;
  const accepted = zone.slice(1).filter(isLongProse).length <= MAX_LONG_LINES_IN_ZONE;
  const lines = accepted ? zone.filter((l, i) => i === 0 || !isCaption(l)) : [opener];
  const rule = accepted ? 'trailing-zone' : 'zone-opener';
  return lines.flatMap((l) => {
    const span = trimmedSpan(l);
    return span ? [{ ...span, rule }] : [];
  });
}

/**
 * author-bio: "<Name> is a/the <role> ..." in the last 30 % of the lines.
 * accepts  "Giorgio Cafiero is the CEO of Gulf State Analytics.",
 *          "Dr. Syed Mohammad Ali is a Lecturer at Johns Hopkins University ...",
 *          "Muhammad Faisal is a PhD candidate in international relations ..."
 * rejects  "Imran Khan is the former prime minister ..." (no bio role), a bio-like line in the
 *          first 70 % of the text, "Iran is a neighbour ..." (one name word)
 */
export function authorBios(page: PageShape): Furniture[] {
  const last = page.lines.reduce((max, l) => (l.text.trim() ? l.index : max), 0);
  const from = Math.max(page.topEnd, Math.floor(last * 0.7));
  return page.lines
    .filter((l) => l.index >= from && bio.test(l.text) && bioRole.test(words(l.text.slice(0, MAX_SHORT_LINE)).slice(0, 16).join(' ')))
    .flatMap((l) => {
      const span = trimmedSpan(l);
      return span ? [{ ...span, rule: 'author-bio' }] : [];
    });
}
