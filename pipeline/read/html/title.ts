// The headline without the site's name: "Iran, Pakistan agree ... | Dawn" -> "Iran, Pakistan agree ...".
import { furniture } from '../text/lexicon.js';

const squash = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string): number => s.split(' ').length;
/** Longer than this, a title is not searched for the publisher's name (each cut is compared whole). */
const MAX_TITLE = 400;

/** The title without the publisher's whole name after a separator ("... - News, Weather | WHDH 7News"). */
function withoutPublisher(title: string, publisher: string): string {
  if (title.length > MAX_TITLE) return title;
  for (const sep of furniture.titleSeparators) {
    const at = title.lastIndexOf(sep);
    for (let cut = title.indexOf(sep); cut !== -1 && cut <= at; cut = title.indexOf(sep, cut + 1)) {
      const head = title.slice(0, cut).trim();
      if (squash(title.slice(cut + sep.length)) === squash(publisher) && words(head) >= 2) return head;
    }
  }
  return title;
}

/**
 * One site suffix (or prefix) cut after the last separator, when it names the publisher, or (on
 * the first pass only) when it is short and the <title> carries the same suffix.
 */
function cutOnce(title: string, site: string | null, titleTag: string | null, firstPass: boolean): string {
  for (const sep of furniture.titleSeparators) {
    const at = title.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = title.slice(0, at).trim();
    const tail = title.slice(at + sep.length).trim();
    const namesSite = site !== null && (squash(tail) === site || (squash(tail).length > 2 && site.includes(squash(tail))));
    const shortTail = words(tail) <= 4;
    const sharedSuffix = shortTail && titleTag !== null && titleTag !== title && titleTag.endsWith(tail);
    // Only the <title> itself, with no publisher to compare: a short tail after a long head is the site.
    const bareTitleTag = shortTail && site === null && title === titleTag?.replace(/\s+/g, ' ').trim() && words(head) >= 3;
    if ((namesSite || (firstPass && (sharedSuffix || bareTitleTag))) && words(head) >= 2) return head;
    const lead = title.indexOf(sep);
    const prefix = title.slice(0, lead).trim();
    if (site !== null && squash(prefix) === site) return title.slice(lead + sep.length).trim();
  }
  return title;
}

/**
 * Cuts the site's name: the publisher's whole name after a separator, else a suffix (or prefix)
 * after the last separator that names the publisher or is short and shared with the <title>; a
 * second suffix goes when it names the publisher too.
 * accepts  "Strikes leave damage | Atlantic Council" -> "Strikes leave damage",
 *          <title> "Gas pipeline talks resume - Daily Example" (no publisher known) -> "Gas pipeline talks resume",
 *          "Crash on I-95 - WSVN 7News | Miami News" (publisher "WSVN 7News | Miami News | Fort Lauderdale") -> "Crash on I-95"
 * rejects  "Iran - Pakistan border reopens" (a hyphen inside the headline: the head is one word)
 */
export function cleanTitle(raw: string | null | undefined, publisher: string | null, titleTag: string | null): string | null {
  let title = raw?.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const site = publisher ? squash(publisher) : null;
  if (publisher) title = withoutPublisher(title, publisher);
  for (let pass = 0; pass < 2; pass++) {
    const cut = cutOnce(title, site, titleTag, pass === 0);
    if (cut === title) break;
    title = cut;
  }
  return title;
}
