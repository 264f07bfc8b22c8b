// One walk over the parsed page gathers what the metadata and date rules read: meta tags, JSON-LD,
// <time> elements, date-looking containers, the title tag, h1s, canonical URL and language.
import { isoDay } from '../text/date-phrase.js';
import { dateOnly } from '../text/rules/dateline.js';
import { isAboutOtherPages } from './content.js';
import { attr, classAndId, textOf, walk, type AnyNode, type Element } from './dom.js';

export interface DateHint {
  /** Document order of the element (counts elements), to judge nearness to the headline. */
  order: number;
  value: string;
  /** Where it came from: "time[datetime]", "time[pubdate]", "itemprop", "container:<class>". */
  kind: string;
  hint: string; // class/id/itemprop of the element or its parent, lower-cased
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
}

const DATE_CONTAINER = /(?:^|[\s_-])(?:date|dates|time|timestamp|published|publish|pubdate|posted|post-date|postdate|dateline|byline|meta|entry-meta|article-meta|post-meta|info|details)(?:$|[\s_-])|date|publish/;
const MAX_CONTAINER_TEXT = 120;
const MAX_CONTAINERS = 60;
const MAX_DATE_BLOCK = 60;

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
  const facts: PageFacts = { metas: new Map(), jsonLd: [], titleTag: null, h1: [], canonical: null, language: null, times: [], itemprops: [], containers: [], dateBlocks: [] };
  let order = 0;
  /** How many enclosing blocks are about other pages (a visible date there is another story's). */
  let elsewhere = 0;
  const otherPages = new Set<Element>();
  walk(root, (node) => {
    if (node.type === 'text') {
      const text = node.data;
      if (elsewhere === 0 && text.length <= MAX_DATE_BLOCK && facts.dateBlocks.length < MAX_CONTAINERS && /\d/.test(text)) {
        const date = dateOnly(text);
        if (date && isoDay(date)) facts.dateBlocks.push({ order, value: text.trim(), kind: 'date-block', hint: hintOf(node.parent) });
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
    if (name === 'h1') facts.h1.push({ order, text: textOf(el) });
    const itemprop = (attr(el, 'itemprop') ?? '').toLowerCase();
    const hint = `${classAndId(el)} ${itemprop}`;
    if (isAboutOtherPages(el)) {
      elsewhere++;
      otherPages.add(el);
    }
    if (elsewhere > 0) return true;
    if (name === 'time') {
      const datetime = attr(el, 'datetime') ?? attr(el, 'content');
      const kind = attr(el, 'pubdate') !== undefined ? 'time[pubdate]' : 'time[datetime]';
      const parentHint = el.parent && el.parent.type === 'tag' ? classAndId(el.parent as Element) : '';
      facts.times.push({ order, value: datetime ?? textOf(el), kind: datetime ? kind : 'time[text]', hint: `${hint} ${parentHint}` });
    }
    if (itemprop === 'datepublished' || itemprop === 'datecreated') {
      const value = attr(el, 'content') ?? attr(el, 'datetime') ?? textOf(el);
      facts.itemprops.push({ order, value, kind: `itemprop:${itemprop}`, hint });
    }
    if (facts.containers.length < MAX_CONTAINERS && DATE_CONTAINER.test(classAndId(el))) {
      const text = shortText(el);
      if (text) facts.containers.push({ order, value: text, kind: 'container', hint });
    }
    return true;
  }, (node) => {
    if (otherPages.has(node as Element)) elsewhere--;
  });
  return facts;
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
