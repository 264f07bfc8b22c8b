// The publication date of a page from its own metadata and address. Each rule proposes a day with
// its name; the first rule in registry order that finds one wins, and a refiner moves a UTC time
// to the page's own day. Times with an offset keep the page's calendar day
// ("2023-11-08T18:09:55-07:00" is 8 November), nothing is converted to UTC, and nothing is read
// against the clock ("3 hours ago" gives no date). Modification dates are never used.
import type { PublishedBasis } from '../../model.js';
import type { DateHint, PageFacts } from './facts.js';
import { dayOf, urlDate, type Found } from './date-value.js';
import { jsonLd } from './json-ld.js';
import { dateMeta } from './lexicon.js';
import { localDay, siteZoneDay } from './local-day.js';

export { dayOf, urlDate } from './date-value.js';

export interface DateCandidate {
  value: string; // YYYY-MM-DD, or YYYY-MM from a URL without a day
  basis: PublishedBasis;
  rule: string;
  /** The page's own string the day was read from. */
  raw: string;
}

/** meta: the publication meta tags in lexicon order (article:published_time first). */
function metaTags(facts: PageFacts): Found | null {
  for (const key of dateMeta.published) {
    for (const value of facts.metas.get(key) ?? []) {
      const d = dayOf(value);
      if (d) return { day: d, raw: value };
    }
  }
  return null;
}

const firstDay = (hints: DateHint[]): Found | null => {
  for (const h of hints) {
    const d = dayOf(h.value);
    if (d) return { day: d, raw: h.value };
  }
  return null;
};

const UPDATED = /updat|modif|revis|edited/;
const PUBLISHED = /publish|pubdate|posted|created|dateline|byline|entry-date|post-date|article-date|story-date/;

/** itemprop="datePublished" on an element (not a meta tag): its content, datetime or text. */
const itemprop = (facts: PageFacts): Found | null => firstDay(facts.itemprops.filter((h) => h.kind === 'itemprop:datepublished'));

/**
 * time: a <time pubdate>, or a <time datetime> marked as publication, else the first <time> after
 * the headline (a time before it belongs to the page's header or a ticker). Updated times skipped.
 */
function timeElement(facts: PageFacts): Found | null {
  const times = facts.times.filter((t) => !UPDATED.test(t.hint));
  const marked = times.filter((t) => t.kind === 'time[pubdate]' || PUBLISHED.test(t.hint));
  const h1 = facts.h1[0]?.order ?? 0;
  const afterHeadline = times.filter((t) => t.order > h1 && t.kind !== 'time[text]');
  return firstDay(marked) ?? firstDay(afterHeadline);
}

/**
 * The publication part of visible date texts: "January 19, 2020 / 12:25 PM / Updated 8 hours ago"
 * keeps what stands before "Updated"; a text that starts with "Updated" is dropped.
 */
function publishedParts(hints: DateHint[]): DateHint[] {
  return hints
    .filter((h) => !UPDATED.test(h.hint))
    .map((h) => ({ ...h, value: h.value.split(/updat|modif|revis|edited/i)[0] ?? '' }))
    .filter((h) => /\d/.test(h.value));
}

/** container: the text of a date-looking element (class "date", "byline", "posted-on"), publication first. */
function dateContainer(facts: PageFacts): Found | null {
  const usable = publishedParts(facts.containers);
  const h1 = facts.h1[0]?.order ?? 0;
  return firstDay(usable.filter((c) => PUBLISHED.test(c.hint))) ?? firstDay(usable.filter((c) => c.order > h1)) ?? firstDay(usable);
}

/**
 * date-block: a text that is a date and nothing else, after the headline if there is one.
 * accepts  <p>January 22, 2014</p> under the h1, <div>Apr 7, 2009</div>
 * rejects  "Updated June 13, 2019" (never the modification date), "Joined March 2007" (no day)
 */
function dateBlock(facts: PageFacts): Found | null {
  const h1 = facts.h1[0]?.order ?? 0;
  const usable = publishedParts(facts.dateBlocks);
  return firstDay(usable.filter((b) => b.order >= h1)) ?? firstDay(usable);
}

/** url-day: a full day in the canonical URL ("/2020/01/13/", "-20200113"); a month alone waits. */
const urlDay = (url: string | null): Found | null => {
  const value = urlDate(url);
  return value && value.length === 10 ? { day: value, raw: url ?? '' } : null;
};

const UTC_TIME = /T?\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;

/**
 * A UTC publication time whose day the page itself shows one day earlier ("January 19, 2020 /
 * 12:25 PM" above the headline, "2020-01-20T09:49:32+0000" in JSON-LD): the shown day is local.
 */
function visibleDayBefore(found: Found, facts: PageFacts): string | null {
  if (!UTC_TIME.test(found.raw.trim())) return null;
  const before = new Date(Date.parse(`${found.day}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
  // Only the page's own visible date (the one the container rule would pick), not dates of other stories.
  return dateContainer(facts)?.day === before ? before : null;
}

/**
 * image-url: a full day in the path of the page's share image (og:image), which sites file by
 * upload day ("/files/2016/05/04/ar-2015-og.png"). The weakest sign: last in the registry.
 * rejects  "/uploads/2020/01/photo.jpg" (a month only), "?d=20200120" (a query, not a path)
 */
function imageUrl(facts: PageFacts): Found | null {
  for (const url of [...(facts.metas.get('og:image') ?? []), ...(facts.metas.get('twitter:image') ?? [])]) {
    const value = urlDate(url.replace(/[?#].*$/, ''));
    if (value && value.length === 10) return { day: value, raw: url };
  }
  return null;
}

/** The registry, most reliable first. */
const RULES: { rule: string; basis: PublishedBasis; find: (facts: PageFacts, url: string | null) => Found | null }[] = [
  { rule: 'json-ld', basis: 'html', find: jsonLd },
  { rule: 'meta', basis: 'html', find: metaTags },
  { rule: 'itemprop', basis: 'html', find: itemprop },
  // A day in the page's own address outranks loose dates on the page (headers show today's date).
  { rule: 'url', basis: 'url', find: (_facts, url) => urlDay(url) },
  { rule: 'time', basis: 'html', find: timeElement },
  { rule: 'container', basis: 'html', find: dateContainer },
  { rule: 'date-block', basis: 'html', find: dateBlock },
  { rule: 'image-url', basis: 'html', find: imageUrl },
];

/** The page's own metadata and URL day; a dateline in the text and a URL month are the caller's fallbacks. */
export function publicationDate(facts: PageFacts, html: string, url: string | null): DateCandidate | null {
  for (const { rule, basis, find } of RULES) {
    const found = find(facts, url);
    if (!found) continue;
    const local = localDay(found.raw, html) ?? visibleDayBefore(found, facts) ?? siteZoneDay(found.raw, html);
    return { value: local ?? found.day, basis, rule: local ? `${rule}+local-day` : rule, raw: found.raw };
  }
  return null;
}
