// Saved web pages: the article text and the page's own metadata.
import type { ArticleReading, Dateline, PublishedDate, Span } from '../../model.js';
import { isoDay } from '../text/date-phrase.js';
import { splitLines } from '../text/lines.js';
import { datelineRule, opensTrailingZone } from '../text/rules/index.js';
import { pageShape, readTextArticle } from '../text/index.js';
import { articleParagraphs, type Paragraph } from './content.js';
import { parseHtml } from './dom.js';
import { gatherFacts, type PageFacts } from './facts.js';
import { lastUpdate } from './last-update.js';
import { dateFromUrl } from '../url-date.js';
import { publicationDate } from './pubdate.js';
import { cleanTitle } from './title.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const LETTER = /\p{L}/u;

export { decodeHtml, type DecodedHtml } from './decode.js';

/** A saved page read as an article: its text (title, then paragraphs separated by blank lines). */
export interface HtmlArticle extends ArticleReading {
  /** The rule that gave `published` ("json-ld", "meta", "time", "container", "dateline", "url", "last-update"). */
  publishedRule?: string | null;
}

export interface ReadHtmlOptions {
  /** The page's address when known from outside (a sidecar); the canonical link is used otherwise. */
  url?: string | null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Entities left in a metadata value that a site encoded twice ("&amp;#039;" arrives as "&#039;"). */
const decodeLeftoverEntities = (s: string): string =>
  s.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (m, dec?: string, hex?: string, name?: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : null;
    if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return NAMED[name!.toLowerCase()] ?? m;
  });

const first = (facts: PageFacts, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = facts.metas.get(k)?.find((x) => x.trim());
    if (v) return decodeLeftoverEntities(v.trim());
  }
  return null;
};

/**
 * A person's name from an author field: "By " dropped; a link, a path or a handle is no name
 * ("https://www.facebook.com/bbcnews", "/christopherlwood", "@NatGeoUK").
 */
function personName(value: string | null | undefined): string | null {
  const name = decodeLeftoverEntities(value ?? '').replace(/\s+/g, ' ').replace(/^by\s+/i, '').replace(/\s+https?:\/\/\S+$/, '').trim();
  if (!LETTER.test(name) || /^(?:[a-z][a-z0-9+.-]*:|\/|@|www\.)/i.test(name)) return null;
  return name;
}

/** A BCP 47 tag from <html lang>, http-equiv content-language or og:locale ("en_US" -> "en-US"). */
function languageTag(...values: (string | null | undefined)[]): string | null {
  for (const value of values) {
    const tag = value?.trim().replace(/_/g, '-').split(/[,;\s]/)[0] ?? '';
    if (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag)) return tag;
  }
  return null;
}

const httpUrl = (u: string | null | undefined): string | null => (u && /^https?:\/\/[^\s/]+/i.test(u.trim()) ? u.trim() : null);

function jsonLdName(facts: PageFacts, key: 'publisher' | 'author'): string | null {
  for (const root of facts.jsonLd) {
    for (const o of [root].flat(2)) {
      const items = o && typeof o === 'object' ? [o, ...((o as Record<string, unknown>)['@graph'] as unknown[] | undefined ?? [])] : [];
      for (const item of items) {
        const v = item && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
        for (const x of [v].flat()) {
          if (typeof x === 'string' && x.trim()) return x.trim();
          const name = x && typeof x === 'object' ? (x as Record<string, unknown>).name : undefined;
          if (typeof name === 'string' && name.trim()) return name.trim();
        }
      }
    }
  }
  return null;
}

/**
 * A dateline among the first paragraphs of the article text: a line that is a date, after the
 * headline (a date above it, far up the page, was judged by the date-block rule) and before any
 * "Related" or "More from" list.
 */
function findDateline(text: string, headline: string | null, headings: Span[]): Dateline | null {
  const lines = splitLines(text).slice(0, 12);
  // The title opens the text; when the headline comes again further down, the lines above it were above it on the page.
  const after = headline ? lines.findLastIndex((l) => l.text.trim() === headline) : -1;
  const page = { ...pageShape(lines, headings), topEnd: lines.length };
  for (const line of lines.slice(after + 1)) {
    if (opensTrailingZone(line)) break;
    const hit = datelineRule.find(line, page);
    if (hit && !hit.updated) return hit.dateline;
  }
  return null;
}

/**
 * The spans of the text that were headings (h2–h6) below the headline: the body's own headings,
 * whose dates are content (a timeline's "16 April 2013"), never the page's dateline.
 */
function bodyHeadings(blocks: Paragraph[], headline: string | null): Span[] {
  const spans: Span[] = [];
  let at = 0;
  // Headings above the headline (a kicker) are not the body's; without the headline among the blocks, all follow it.
  let belowHeadline = headline === null || !blocks.some((b) => b.text === headline);
  for (const block of blocks) {
    if (block.heading && belowHeadline) spans.push({ start: at, end: at + block.text.length });
    if (block.text === headline) belowHeadline = true;
    at += block.text.length + 2;
  }
  return spans;
}

export function readHtmlPage(html: string, options: ReadHtmlOptions = {}): HtmlArticle {
  const doc = parseHtml(html);
  const facts = gatherFacts(doc);
  const publisher = first(facts, 'og:site_name', 'application-name') ?? jsonLdName(facts, 'publisher');
  const title = cleanTitle(first(facts, 'og:title', 'twitter:title') ?? facts.h1[0]?.text ?? facts.titleTag, publisher, facts.titleTag);
  const authorFields = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];
  const author = [...authorFields.flatMap((k) => facts.metas.get(k) ?? []), jsonLdName(facts, 'author')].map(personName).find((n) => n) ?? null;
  const language = languageTag(facts.language, facts.metas.get('content-language')?.[0], facts.metas.get('og:locale')?.[0]);
  const url = httpUrl(options.url) ?? httpUrl(facts.canonical) ?? httpUrl(first(facts, 'og:url'));

  const paragraphs = articleParagraphs(doc);
  if (title && paragraphs[0]?.text === title) paragraphs.shift();
  const blocks = title ? [{ text: title, heading: false }, ...paragraphs] : paragraphs;
  const text = blocks.map((p) => p.text).join('\n\n');
  const headings = bodyHeadings(blocks, facts.h1[0]?.text ?? null);

  const dateline = findDateline(text, facts.h1[0]?.text ?? null, headings);
  let published: PublishedDate | null = null;
  let publishedRule: string | null = null;
  // The page's metadata, URL day, dateline and credit line (pubdate.ts's registry), then a month in the URL.
  const article = readTextArticle(text, { headings });
  const creditDay = article.publishedRule === 'credit-line' ? article.published?.value ?? null : null;
  const found = publicationDate({ facts, url, datelineDay: dateline ? isoDay(dateline) : null, creditDay }, html);
  const fromUrl = dateFromUrl(url);
  if (found) [published, publishedRule] = [{ value: found.value, basis: found.basis }, found.rule];
  else if (fromUrl) [published, publishedRule] = [{ value: fromUrl, basis: 'url' }, 'url'];
  else {
    // No publication date at all: the day of the page's current version (last-update.ts). The page
    // never says it was published then, so the basis is "inferred", not the page's own metadata.
    const update = lastUpdate(facts);
    if (update) [published, publishedRule] = [{ value: update.day, basis: 'inferred' }, 'last-update'];
  }

  return { text, content: article.content, title, publisher, author, url, language, published, dateline, publishedRule };
}
