// The publication date of a page from its own metadata; the URL date is a separate fallback. Each rule proposes a
// day with its name; the first rule in registry order that finds one wins. Times with an offset
// keep the page's calendar day ("2023-11-08T18:09:55-07:00" is 8 November), nothing is converted
// to UTC, and nothing is read against the clock ("3 hours ago" gives no date).
import type { PublishedBasis } from '../../model.js';
import { findDatePhrases, isoDay } from '../text/date-phrase.js';
import type { DateHint, PageFacts } from './facts.js';
import { articleTypes, dateMeta } from './lexicon.js';
import { localDay } from './local-day.js';

export interface DateCandidate {
  value: string; // YYYY-MM-DD, or YYYY-MM from a URL without a day
  basis: PublishedBasis;
  rule: string;
  /** The page's own string the day was read from. */
  raw: string;
}

/** A day found by a rule, with the string it came from. */
interface Found {
  day: string;
  raw: string;
}

const ISO_DAY = /^\s*((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:$|[T\s])/;

/** A day from a metadata value: ISO 8601 (its own calendar day) or a written date. */
export function dayOf(value: string): string | null {
  const iso = ISO_DAY.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (value.length > 200) return null;
  for (const p of findDatePhrases(value)) {
    const day = isoDay(p);
    if (day) return day;
  }
  return null;
}

type JsonObject = Record<string, unknown>;

/** Every object in the JSON-LD (graphs, arrays and nested values), iteratively. */
function jsonObjects(roots: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...[...v].reverse());
    else if (v && typeof v === 'object') {
      out.push(v as JsonObject);
      stack.push(...Object.values(v as JsonObject).filter((x) => x && typeof x === 'object').reverse());
    }
  }
  return out;
}

const typesOf = (o: JsonObject): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

/**
 * json-ld: datePublished of the article object ("NewsArticle", "BlogPosting", ...), else of any
 * object, else dateCreated. Never dateModified.
 */
function jsonLd(facts: PageFacts): Found | null {
  const objects = jsonObjects(facts.jsonLd);
  const day = (o: JsonObject, key: string): Found | null => {
    const raw = o[key];
    const d = typeof raw === 'string' ? dayOf(raw) : null;
    return d && typeof raw === 'string' ? { day: d, raw } : null;
  };
  const articles = objects.filter((o) => typesOf(o).some((t) => articleTypes.has(t)));
  for (const group of [articles, objects]) {
    for (const o of group) {
      const d = day(o, 'datePublished');
      if (d) return d;
    }
  }
  for (const o of articles) {
    const d = day(o, 'dateCreated') ?? day(o, 'uploadDate');
    if (d) return d;
  }
  return null;
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

const URL_DAY = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;
const URL_MONTH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//;

/** url: "/2024/01/25/", "/2024-01-25-", "/20240125/" in the canonical URL; "/2024/08/" gives a month. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const day = URL_DAY.exec(path);
  if (day) return `${day[1]}-${day[2]}-${day[3]}`;
  const month = URL_MONTH.exec(path);
  return month ? `${month[1]}-${month[2]}` : null;
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
];

/** The page's own metadata and URL day; a dateline in the text and a URL month are the caller's fallbacks. */
export function publicationDate(facts: PageFacts, html: string, url: string | null): DateCandidate | null {
  for (const { rule, basis, find } of RULES) {
    const found = find(facts, url);
    if (!found) continue;
    const local = localDay(found.raw, html) ?? visibleDayBefore(found, facts);
    return { value: local ?? found.day, basis, rule: local ? `${rule}+local-day` : rule, raw: found.raw };
  }
  return null;
}
