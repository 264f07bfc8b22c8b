// The headline without the site's name: "Iran, Pakistan agree ... | Dawn" -> "Iran, Pakistan agree ...".
import { furniture } from '../text/lexicon.js';

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Cuts a site suffix (or prefix) after the last separator when it names the publisher, or when
 * it is short (at most 4 words) and the <title> carries the same suffix.
 * accepts  "Strikes leave damage | Atlantic Council" -> "Strikes leave damage",
 *          <title> "Gas pipeline talks resume - Daily Example" (no publisher known) -> "Gas pipeline talks resume"
 * rejects  "Iran - Pakistan border reopens" (a hyphen inside the headline: the head is one word)
 */
export function cleanTitle(raw: string | null | undefined, publisher: string | null, titleTag: string | null): string | null {
  let title = raw?.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const site = publisher ? squash(publisher) : null;
  for (const sep of furniture.titleSeparators) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + sep.length).trim();
    const namesSite = site !== null && (squash(tail) === site || (squash(tail).length > 2 && site.includes(squash(tail))));
    const shortTail = tail.split(' ').length <= 4;
    const sharedSuffix = shortTail && titleTag !== null && titleTag !== title && titleTag.endsWith(tail);
    // Only the <title> itself, with no publisher to compare: a short tail after a long head is the site.
    const bareTitleTag = shortTail && site === null && title === titleTag?.replace(/\s+/g, ' ').trim() && head.split(' ').length >= 3;
    if ((namesSite || sharedSuffix || bareTitleTag) && head.split(' ').length >= 2) {
      title = head;
      break;
    }
    const lead = title.indexOf(sep);
    const prefix = title.slice(0, lead).trim();
    if (site !== null && squash(prefix) === site) {
      title = title.slice(lead + sep.length).trim();
      break;
    }
  }
  return title;
}
