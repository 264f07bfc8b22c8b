// One walk over the parsed page gathers what the metadata and date rules read: meta tags, JSON-LD,
// <time> elements, date-looking containers, the title tag, h1s, canonical URL and language.
import { isoDay } from '../text/date-phrase.js';
import { dateOnly } from '../text/rules/date-only.js';
import { isAboutOtherPages, isPageFooter, namesOtherStories } from './content.js';
import { MAY_BE_UPDATE, updateDay } from './last-update.js';
import { attr, classAndId, shortTextOf, textOf, walk, type AnyNode, type Element } from './dom.js';

export interface DateHint {
  /** Document order of the element (counts elements), to judge nearness to the headline. */
  order: number;
  value: string;
  /** Where it came from: "time[datetime]", "time[pubdate]", "itemprop", "container:<class>". */
  kind: string;
  hint: string; // class/id/itemprop of the element or its parent, lower-cased
  /** The words just before it on the page ("Last Updated:"), for dates whose label stands apart. */
  label?: string;
}

export interface PageFacts {
  /** meta name/property/itemprop/http-equiv (lower-cased) -> content values in document order. */
  metas: Map<string, string[]>;
  jsonLd: unknown[];
  titleTag: string | null;
  h1: { order: number; text: string }[];
  canonical: string | null;
  language: string | null;
  times: DateHint[];
  itemprops: DateHint[];
  containers: DateHint[];
  /** Text nodes that are a full date and nothing else ("Apr 7, 2009", "Posted January 22, 2014"). */
  dateBlocks: DateHint[];
  /** Short texts that are an update label and a date ("Updated June 13, 2019"): the day, in document order. */
  updates: { order: number; day: string; text: string }[];
  /** Element orders spanned by page headers (<header>, role=banner): where sites show today's date. */
  banners: { start: number; end: number }[];
}

const DATE_CONTAINER = /(?:^|[\s_-])(?:date|dates|time|timestamp|published|publish|pubdate|posted|post-date|postdate|dateline|byline|meta|entry-meta|article-meta|post-meta|info|details)(?:$|[\s_-])|date|publish/;
const MAX_CONTAINER_TEXT = 120;
const MAX_CONTAINERS = 60;
const MAX_DATE_BLOCK = 60;

const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const PAGE_WRAPPERS = new Set(['html', 'body']);

/**
 * The block a heading like "Related stories" opens, after the headline: what follows the heading
 * in its parent lists other pages. Before the headline, or right under <body>, nothing is judged.
 */
function opensOtherStories(el: Element, name: string, afterHeadline: boolean): Element | null {
  if (!afterHeadline || !SUBHEADINGS.has(name) || !el.parent || el.parent.type !== 'tag') return null;
  const parent = el.parent as Element;
  return !PAGE_WRAPPERS.has(parent.name.toLowerCase()) && namesOtherStories(el) ? parent : null;
}

/** Microformat dates (hAtom): <abbr class="published" title="2015-07-04T10:00:00">July 4</abbr>. */
const MICROFORMAT_DATE = /(?:^|\s)(?:published|updated|dtstart|dtpublished)(?:$|\s)/;

const hintOf = (parent: AnyNode | null): string => (parent && parent.type === 'tag' ? classAndId(parent as Element) : '');

function addMeta(metas: Map<string, string[]>, key: string, value: string): void {
  const list = metas.get(key);
  if (list) list.push(value);
  else metas.set(key, [value]);
}

/** JSON-LD as pages write it: sometimes wrapped in CDATA or comments, sometimes with raw newlines. */
function parseJsonLd(source: string): unknown[] {
  const cleaned = source.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  if (!cleaned) return [];
  for (const attempt of [cleaned, cleaned.replace(/[\n\r\t]+/g, ' ')]) {
    try {
      return [JSON.parse(attempt) as unknown];
    } catch {
      /* try the next repair */
    }
  }
  return [];
}

export function gatherFacts(root: AnyNode): PageFacts {
  const facts: PageFacts = { metas: new Map(), jsonLd: [], titleTag: null, h1: [], canonical: null, language: null, times: [], itemprops: [], containers: [], dateBlocks: [], updates: [], banners: [] };
  let order = 0;
  /** How many enclosing blocks are about other pages (a visible date there is another story's). */
  let elsewhere = 0;
  /** How many of those are page footers (which may still hold the page's own update stamp). */
  let footers = 0;
  const otherPages = new Set<Element>();
  const banners = new Map<Element, { start: number; end: number }>();
  walk(root, (node) => {
    if (node.type === 'text') {
      const text = node.data;
      if (elsewhere === footers && text.length <= MAX_DATE_BLOCK && /\d/.test(text)) {
        const date = dateOnly(text);
        const inFooter = elsewhere > 0;
        // The update line may be a date whose label stands before it ("Updated:" <span>June 13, 2019</span>).
        const mayBeUpdate = date !== null || MAY_BE_UPDATE.test(text);
        const label = mayBeUpdate ? textBefore(node) : '';
        if (!inFooter && date && isoDay(date) && facts.dateBlocks.length < MAX_CONTAINERS) {
          facts.dateBlocks.push({ order, value: text.trim(), kind: 'date-block', hint: hintOf(node.parent), label });
        }
        const update = mayBeUpdate && facts.updates.length < MAX_CONTAINERS ? updateDay(text, label) : null;
        if (update) facts.updates.push({ order, day: update, text: text.trim() });
      }
      return false;
    }
    if (node.type !== 'tag' && node.type !== 'script') return true;
    const el = node as Element;
    order++;
    const name = el.name.toLowerCase();
    if (name === 'script') {
      if ((attr(el, 'type') ?? '').toLowerCase().includes('ld+json')) facts.jsonLd.push(...parseJsonLd(textContentRaw(el)));
      return false;
    }
    if (name === 'style' || name === 'noscript' || name === 'template' || name === 'svg') return false;
    if (name === 'html' && !facts.language) facts.language = attr(el, 'lang')?.trim() || attr(el, 'xml:lang')?.trim() || null;
    if (name === 'meta') {
      const content = attr(el, 'content') ?? attr(el, 'value') ?? attr(el, 'datetime');
      const key = attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv');
      if (content && key) addMeta(facts.metas, key.trim().toLowerCase(), content.trim());
      return false;
    }
    if (name === 'link' && (attr(el, 'rel') ?? '').toLowerCase() === 'canonical' && !facts.canonical) facts.canonical = attr(el, 'href')?.trim() || null;
    if (name === 'title' && facts.titleTag === null) facts.titleTag = textOf(el) || null;
    if (name === 'header' || (attr(el, 'role') ?? '').toLowerCase() === 'banner') {
      const span = { start: order, end: Infinity };
      facts.banners.push(span);
      banners.set(el, span);
    }
    const itemprop = (attr(el, 'itemprop') ?? '').toLowerCase();
    const hint = `${classAndId(el)} ${itemprop}`;
    if (isAboutOtherPages(el)) {
      elsewhere++;
      if (isPageFooter(el)) footers++;
      otherPages.add(el);
    }
    if (elsewhere > 0) return true;
    // The headline: an h1 outside menus, sidebars and footers (sites title their menus with h1s too).
    if (name === 'h1') facts.h1.push({ order, text: textOf(el) });
    const otherStories = opensOtherStories(el, name, facts.h1.length > 0);
    if (otherStories && !otherPages.has(otherStories)) {
      elsewhere++;
      otherPages.add(otherStories);
      return false;
    }
    if (name === 'abbr' && attr(el, 'title') && MICROFORMAT_DATE.test((attr(el, 'class') ?? '').toLowerCase())) {
      facts.times.push({ order, value: attr(el, 'title')!, kind: 'abbr[title]', hint });
    }
    if (name === 'time') {
      const datetime = attr(el, 'datetime') ?? attr(el, 'content');
      const kind = attr(el, 'pubdate') !== undefined ? 'time[pubdate]' : 'time[datetime]';
      const parentHint = el.parent && el.parent.type === 'tag' ? classAndId(el.parent as Element) : '';
      // The label may stand before the element or open its own text (<time datetime="...">Updated Mar 12</time>).
      const ownLabel = (shortText(el) ?? '').split(/\d/)[0] ?? '';
      facts.times.push({ order, value: datetime ?? textOf(el), kind: datetime ? kind : 'time[text]', hint: `${hint} ${parentHint}`, label: `${textBefore(el)} ${ownLabel}` });
    }
    if (itemprop === 'datepublished' || itemprop === 'datecreated') {
      const value = attr(el, 'content') ?? attr(el, 'datetime') ?? (name === 'abbr' ? attr(el, 'title') : undefined) ?? textOf(el);
      facts.itemprops.push({ order, value, kind: `itemprop:${itemprop}`, hint });
    }
    if (facts.containers.length < MAX_CONTAINERS && DATE_CONTAINER.test(classAndId(el))) {
      const text = shortText(el);
      if (text) facts.containers.push({ order, value: text, kind: 'container', hint });
    }
    return true;
  }, (node) => {
    if (otherPages.has(node as Element)) {
      elsewhere--;
      if (isPageFooter(node as Element)) footers--;
    }
    const banner = banners.get(node as Element);
    if (banner) banner.end = order;
  });
  return facts;
}

/** How much text before a date is read for its label. */
const LABEL_CHARS = 40;

/**
 * The text just before a node within its parent and grandparent, at most LABEL_CHARS long:
 * "Last Updated:" in <span class="x">Last Updated: <span>June 1, 2020</span></span>.
 */
function textBefore(node: AnyNode): string {
  let before = '';
  let at: AnyNode | null = node;
  for (let level = 0; level < 2 && at && before.length < LABEL_CHARS; level++) {
    for (let sibling = at.prev; sibling && before.length < LABEL_CHARS; sibling = sibling.prev) {
      const text = sibling.type === 'text' ? sibling.data : sibling.type === 'tag' ? shortTextOf(sibling, MAX_CONTAINER_TEXT) : '';
      if (text === null) return before.replace(/\s+/g, ' ').trim(); // a long block: what stands before it is no label
      before = `${text} ${before}`;
    }
    at = at.parent;
  }
  return before.replace(/\s+/g, ' ').trim().slice(-LABEL_CHARS);
}

/** The raw text of a script element (no collapsing: JSON strings keep their spaces). */
function textContentRaw(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

/** The element's text when it is short (a date line), else null; stops early on long subtrees. */
function shortText(el: Element): string | null {
  let length = 0;
  const parts: string[] = [];
  let tooLong = false;
  walk(el, (node) => {
    if (tooLong) return false;
    if (node.type === 'text') {
      length += node.data.length;
      if (length > MAX_CONTAINER_TEXT * 4) tooLong = true;
      parts.push(node.data);
    }
    return node.type !== 'script' && node.type !== 'style';
  });
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return !tooLong && text && text.length <= MAX_CONTAINER_TEXT ? text : null;
}
