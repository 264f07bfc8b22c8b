// Saved web pages: the article text and the page's own metadata.
import type { ArticleReading, Dateline, PublishedDate } from '../../model.js';
import { isoDay } from '../text/date-phrase.js';
import { splitLines } from '../text/lines.js';
import { datelineRule } from '../text/rules/dateline.js';
import { readTextArticle } from '../text/index.js';
import { articleParagraphs } from './content.js';
import { parseHtml } from './dom.js';
import { gatherFacts, type PageFacts } from './facts.js';
import { publicationDate, urlDate } from './pubdate.js';
import { cleanTitle } from './title.js';

export { decodeHtml, type DecodedHtml } from './decode.js';

/** A saved page read as an article: its text (title, then paragraphs separated by blank lines). */
export interface HtmlArticle extends ArticleReading {
  /** The rule that gave `published` ("json-ld", "meta", "time", "container", "dateline", "url"). */
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

/** A dateline among the first paragraphs of the article text: a line that is a date. */
function findDateline(text: string): Dateline | null {
  const lines = splitLines(text).slice(0, 12);
  for (const line of lines) {
    const hit = datelineRule.find(line, { lines, topEnd: lines.length });
    if (hit && !hit.updated) return hit.dateline;
  }
  return null;
}

export function readHtmlPage(html: string, options: ReadHtmlOptions = {}): HtmlArticle {
  const doc = parseHtml(html);
  const facts = gatherFacts(doc);
  const publisher = first(facts, 'og:site_name', 'application-name') ?? jsonLdName(facts, 'publisher');
  const title = cleanTitle(first(facts, 'og:title', 'twitter:title') ?? facts.h1[0]?.text ?? facts.titleTag, publisher, facts.titleTag);
  const author = first(facts, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl') ?? jsonLdName(facts, 'author');
  const url = httpUrl(options.url) ?? httpUrl(facts.canonical) ?? httpUrl(first(facts, 'og:url'));

  const paragraphs = articleParagraphs(doc);
  if (title && paragraphs[0] === title) paragraphs.shift();
  const text = [title, ...paragraphs].filter((p): p is string => !!p).join('\n\n');

  const dateline = findDateline(text);
  let published: PublishedDate | null = null;
  let publishedRule: string | null = null;
  // The page's metadata and URL day first, then a dateline in the text, then a month in the URL.
  const found = publicationDate(facts, html, url);
  const datelineDay = dateline ? isoDay(dateline) : null;
  const fromUrl = urlDate(url);
  if (found) [published, publishedRule] = [{ value: found.value, basis: found.basis }, found.rule];
  else if (datelineDay) [published, publishedRule] = [{ value: datelineDay, basis: 'dateline' }, 'dateline'];
  else if (fromUrl) [published, publishedRule] = [{ value: fromUrl, basis: 'url' }, 'url'];

  const content = readTextArticle(text).content;
  return { text, content, title, publisher, author, url, language: facts.language, published, dateline, publishedRule };
}
