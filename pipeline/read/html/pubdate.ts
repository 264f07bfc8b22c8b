// The publication date of a page from its own metadata and address. Each rule proposes a day with
// its name; the first rule in registry order that finds one wins, and a refiner moves a UTC time
// to the page's own day. Times with an offset keep the page's calendar day
// ("2023-11-08T18:09:55-07:00" is 8 November), nothing is converted to UTC, and nothing is read
// against the clock ("3 hours ago" gives no date). Modification dates are never used here; only
// a page without any publication date falls back to its last update (last-update.ts, in index.ts).
import type { PublishedBasis } from '../../model.js';
import type { DateHint, PageFacts } from './facts.js';
import { dateFromUrl } from '../url-date.js';
import { dayOf, labelledUpdate, type Found } from './date-value.js';
import { jsonLd } from './json-ld.js';
import { dateMeta } from './lexicon.js';
import { localDay, siteZoneDay } from './local-day.js';

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
  return metaJson(facts);
}

/**
 * meta-json: a meta tag whose content is a JSON object with the date under a known key.
 * accepts  <meta name="parsely-page" content='{"title": "...", "pub_date": "2019-03-05T14:02:00Z"}'>
 */
function metaJson(facts: PageFacts): Found | null {
  for (const [key, fields] of Object.entries(dateMeta.metaJson)) {
    for (const value of facts.metas.get(key) ?? []) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(value);
      } catch {
        continue;
      }
      if (!parsed || typeof parsed !== 'object') continue;
      for (const field of fields) {
        const raw = (parsed as Record<string, unknown>)[field];
        const d = typeof raw === 'string' ? dayOf(raw) : null;
        if (d && typeof raw === 'string') return { day: d, raw };
      }
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
 * time: a <time pubdate>, or a <time datetime> marked as publication, else a <time> by its place
 * beside the headline (byPlace: a time far above it belongs to the page's header or a ticker).
 * Times marked or labelled as updates are skipped.
 */
function timeElement(facts: PageFacts): Found | null {
  const times = facts.times.filter((t) => !UPDATED.test(t.hint) && !labelledUpdate(t.label ?? ''));
  const marked = times.filter((t) => t.kind === 'time[pubdate]' || PUBLISHED.test(t.hint));
  return firstDay(marked) ?? byPlace(times.filter((t) => t.kind !== 'time[text]'), facts);
}

/** Elements that show the day the page was viewed ("todays-date", "current-date"): the clock, not the story. */
const TODAY = /today|current-?(?:date|time|day)/;

/**
 * Visible date texts that may hold the publication date: not in an element marked as the update
 * time ("update-time") or as today's date. Within a text, dayOf skips a date labelled "Updated".
 */
const publishedParts = (hints: DateHint[]): DateHint[] =>
  hints.filter((h) => !UPDATED.test(h.hint) && !TODAY.test(h.hint) && !labelledUpdate(h.label ?? '') && /\d/.test(h.value));

/** How many elements before the headline a date may stand and still be its kicker ("02.12.19" above the h1). */
const NEAR_HEADLINE = 12;
/** How many elements after the headline its byline and date stand (further down: teasers, embeds). */
const UNDER_HEADLINE = 40;

/** Just before the headline and not in a page header that the headline is outside of (sites show today's date there). */
function justBeforeHeadline(hint: DateHint, facts: PageFacts, h1: number): boolean {
  if (hint.order >= h1 || h1 - hint.order > NEAR_HEADLINE) return false;
  return !facts.banners.some((b) => b.start <= hint.order && hint.order <= b.end && !(b.start <= h1 && h1 <= b.end));
}

/**
 * The first day among visible dates, by their place: under the headline, then just before it,
 * then anywhere after it; a date far above the headline is never the story's. On a page without
 * a headline, document order.
 */
function byPlace(hints: DateHint[], facts: PageFacts): Found | null {
  const h1 = facts.h1[0]?.order;
  if (h1 === undefined) return firstDay(hints);
  return (
    firstDay(hints.filter((h) => h.order >= h1 && h.order - h1 <= UNDER_HEADLINE)) ??
    firstDay(hints.filter((h) => justBeforeHeadline(h, facts, h1))) ??
    firstDay(hints.filter((h) => h.order >= h1))
  );
}

/** container: the text of a date-looking element (class "date", "byline", "posted-on"), publication first. */
function dateContainer(facts: PageFacts): Found | null {
  const usable = publishedParts(facts.containers);
  return firstDay(usable.filter((c) => PUBLISHED.test(c.hint))) ?? byPlace(usable, facts);
}

/**
 * date-block: a text that is a date and nothing else, by its place beside the headline.
 * accepts  <p>January 22, 2014</p> under the h1, <div>02.12.19</div> just above it, <div>Apr 7, 2009</div>
 * rejects  "Updated June 13, 2019" (never the modification date), "Joined March 2007" (no day)
 */
function dateBlock(facts: PageFacts): Found | null {
  return byPlace(publishedParts(facts.dateBlocks), facts);
}

/** url-day: a full day in the canonical URL ("/2020/01/13/", "-20200113"); a month alone waits. */
const urlDay = (url: string | null): Found | null => {
  const value = dateFromUrl(url);
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
    const value = dateFromUrl(url.replace(/[?#].*$/, ''));
    if (value && value.length === 10) return { day: value, raw: url };
  }
  return null;
}

/** What the rules read: the gathered facts, the page's address, the dateline found in its text. */
export interface PageEvidence {
  facts: PageFacts;
  url: string | null;
  /** The day of a dateline in the article's first lines ("ISLAMABAD, Jan 25, 2024 (Reuters) -"), if any. */
  datelineDay: string | null;
  /** The day of the closing credit line under the article ("Published in Dawn, May 3rd, 2024"), if any. */
  creditDay: string | null;
}

/** The registry, most reliable first. */
const RULES: { rule: string; basis: PublishedBasis; find: (page: PageEvidence) => Found | null }[] = [
  { rule: 'json-ld', basis: 'html', find: ({ facts }) => jsonLd(facts) },
  { rule: 'meta', basis: 'html', find: ({ facts }) => metaTags(facts) },
  { rule: 'itemprop', basis: 'html', find: ({ facts }) => itemprop(facts) },
  // A day in the page's own address outranks loose dates on the page (headers show today's date).
  { rule: 'url', basis: 'url', find: ({ url }) => urlDay(url) },
  { rule: 'time', basis: 'html', find: ({ facts }) => timeElement(facts) },
  { rule: 'container', basis: 'html', find: ({ facts }) => dateContainer(facts) },
  { rule: 'date-block', basis: 'html', find: ({ facts }) => dateBlock(facts) },
  { rule: 'dateline', basis: 'dateline', find: ({ datelineDay }) => (datelineDay ? { day: datelineDay, raw: datelineDay } : null) },
  { rule: 'credit-line', basis: 'dateline', find: ({ creditDay }) => (creditDay ? { day: creditDay, raw: creditDay } : null) },
  // The share image's upload day is the weakest sign: a stock photo keeps the day it was filed.
  { rule: 'image-url', basis: 'html', find: ({ facts }) => imageUrl(facts) },
];

/** The publication day from the page's metadata, address and dateline; a URL month is the caller's fallback. */
export function publicationDate(page: PageEvidence, html: string): DateCandidate | null {
  for (const { rule, basis, find } of RULES) {
    const found = find(page);
    if (!found) continue;
    const local = localDay(found.raw, html) ?? visibleDayBefore(found, page.facts) ?? siteZoneDay(found.raw, html);
    return { value: local ?? found.day, basis, rule: local ? `${rule}+local-day` : rule, raw: found.raw };
  }
  return null;
}
