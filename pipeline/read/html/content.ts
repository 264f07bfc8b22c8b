// The article's text: semantic containers first (articleBody, article, main, role=main), the
// densest block of paragraphs where there are none; boilerplate inside it left out; paragraphs,
// headings and captions kept as paragraphs separated by blank lines.
import { furniture, phraseSet, squash } from '../text/lexicon.js';
import { attr, classAndId, shortTextOf, walk, type AnyNode, type Element } from './dom.js';
import { MAX_STAMP, postStamp } from '../../lib/post-stamp.js';

/**
 * Never article text, wherever they stand. Forms are left out too (newsletter and comment forms),
 * unless a form wraps most of the page, as ASP.NET pages do: see isSmallForm.
 */
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'svg', 'button', 'select', 'textarea', 'object', 'embed', 'canvas', 'menu', 'dialog', 'head']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'pre', 'table', 'tr', 'td', 'th', 'hr', 'address', 'caption', 'center', 'details', 'summary']);
/** Class/id words of blocks that are not the article: related lists, sharing, comments, banners. */
const BOILERPLATE = /^(?:related|recommend(?:ed|ations)?|most-?read|most-?popular|popular|trending|read-?more|more-?stories|share|sharing|social|comments?|disqus|newsletter|subscribe|subscription|signup|cookie|consent|gdpr|promo|advert(?:isement)?|ads?|sponsor(?:ed)?|outbrain|taboola|sidebar|breadcrumbs?|navigation|nav|menu|footer|masthead|toolbar|tags|tag-list|author-bio|bio|paywall|modal|popup|banner|kicker|eyebrow|overline)(?:$|[_-])/;
/** Page wrappers carry layout classes ("right-sidebar", "nav-below-header"): never judged by class. */
const WRAPPERS = new Set(['html', 'body', 'main', 'article']);

/**
 * Class and id tokens of an element, each tested from its start: "related-posts" and "share_bar"
 * are boilerplate, "right-sidebar" and "category-popular" (layout or topic labels) are not.
 */
const classTokens = (el: Element): string[] => (WRAPPERS.has(el.name.toLowerCase()) ? [] : classAndId(el).split(/\s+/).filter(Boolean));

const HIDDEN = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const ROLES_SKIPPED = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert']);

/**
 * Class, id or role words of a byline's meta block inside the article (author, time, "Last
 * updated", read time, share counts), and of a post's time stamp on a live page ("time",
 * "entry-date"), matched as a whole word of the token: "meta", "post-meta", "article__byline",
 * "reading-time", "time"; not "metadata", "timestamped-map" or "update".
 */
const META_BLOCK = /(?:^|[_-])(?:meta|byline|bylines|dateline|timestamp|time|date|share|shares|share-?count|reading-?time|read-?time)(?:$|[_-])/;
/** A meta block is a line of notes: a longer block so named wraps the story itself. */
const MAX_META_BLOCK = 300;

const isMetaBlock = (el: Element): boolean =>
  [...classTokens(el), (attr(el, 'role') ?? '').toLowerCase()].some((t) => META_BLOCK.test(t)) &&
  shortTextOf(el, MAX_META_BLOCK) !== null &&
  !holdsContent(el) && !isPostStamp(el);

/**
 * A live page's post stamp ("13:50 GST", "Sunday, 21:30 GST"): kept in the text as a line of its
 * own, which the text reader blanks as furniture, so that the event coder can date the post by it.
 * One with a calendar date ("5 March 2024, 14:10") is left out as before: on a news page it is the
 * byline's time, which must not become the text's dateline.
 */
const isPostStamp = (el: Element): boolean => {
  const text = shortTextOf(el, MAX_STAMP);
  const stamp = text === null ? null : postStamp(text);
  return stamp !== null && !/\d/.test(stamp.day ?? '');
};

/** Headings and captions are content even in a block named "meta" (a header holding the headline, an "image-meta" caption). */
const CONTENT_INSIDE = /^(?:h[1-6]|figure|figcaption)$/i;

const HEADLINE = /^h1$/i;

/** Whether an element or one of its descendants has a tag name that `names` accepts. */
function holdsTag(el: Element, names: RegExp): boolean {
  let found = false;
  walk(el, (node) => {
    if (found || (node.type !== 'tag' && node.type !== 'root')) return false;
    if (names.test((node as Element).name)) found = true;
    return !found;
  });
  return found;
}

const holdsContent = (el: Element): boolean => holdsTag(el, CONTENT_INSIDE);

/** Names of the editorial boxes a story sets beside its text ("Timeline", "Key facts"): content, not sidebars. */
const EDITORIAL_BOXES = phraseSet(furniture.editorialBoxes);

/**
 * An aside inside the article that its class or its opening heading names an editorial box: a
 * timeline of past incidents or a box of key figures is the story's own text, unlike a sidebar.
 * accepts  <article>…<aside class="timeline"><h3>Timeline: trouble on the road</h3>…, <aside class="key-facts">
 * rejects  an aside outside the article, <aside class="related">, an aside headed "Most read"
 */
function isEditorialBox(el: Element): boolean {
  const named = classAndId(el).split(/\s+/).some((t) => EDITORIAL_BOXES.has(squash(t.replace(/[_-]+/g, ' '))));
  const first = el.children.find((c) => c.type === 'tag' || (c.type === 'text' && c.data.trim()));
  const heading = first?.type === 'tag' && HEADINGS.has((first as Element).name.toLowerCase()) ? shortTextOf(first, 80) : null;
  const headed = heading !== null && EDITORIAL_BOXES.has(squash(heading.split(/[:–—|]/)[0] ?? ''));
  return (named || headed) && insideArticle(el);
}

/** Whether an element stands inside the article's own markup (<article>, itemprop=articleBody). */
function insideArticle(el: Element): boolean {
  for (let up = el.parent; up && up.type === 'tag'; up = up.parent) {
    const name = (up as Element).name.toLowerCase();
    if (name === 'article' || (attr(up as Element, 'itemprop') ?? '').toLowerCase() === 'articlebody') return true;
  }
  return false;
}

export const isBoilerplate = (el: Element): boolean => {
  const name = el.name.toLowerCase();
  if (name === 'aside' && isEditorialBox(el)) return false;
  // An article's own header holds its headline, standfirst and lead photo (content); its byline
  // block is left out below as a meta block, as anywhere else.
  if (name === 'header' && insideArticle(el)) return classTokens(el).some((t) => BOILERPLATE.test(t)) || isMetaBlock(el);
  if (SKIP_TAGS.has(name)) return true;
  if (ROLES_SKIPPED.has((attr(el, 'role') ?? '').toLowerCase())) return true;
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true' || HIDDEN.test(attr(el, 'style') ?? '')) return true;
  return classTokens(el).some((t) => BOILERPLATE.test(t)) || isMetaBlock(el);
};

/** Blocks about other pages (menus, sidebars, related lists, footers), comments and embedded posts: their dates are not the page's. */
const OTHER_PAGES_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);
/** Narrower than BOILERPLATE: blogs wrap whole posts in "widget" and news pages the date in "share" bars. */
const OTHER_STORIES = /^(?:related|recommend(?:ed|ations)?|most-?read|most-?popular|popular|trending|read-?more|more-?stories|sidebar|breadcrumbs?|navigation|nav|menu|footer|outbrain|taboola|ticker|feed|comments?|commentlist|disqus|respond|replies|twitter-tweet|instagram-media|tiktok-embed)(?:$|[_-])/;
export const isAboutOtherPages = (el: Element): boolean => {
  if (OTHER_PAGES_TAGS.has(el.name.toLowerCase())) return true;
  const role = (attr(el, 'role') ?? '').toLowerCase();
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo' || classTokens(el).some((t) => OTHER_STORIES.test(t));
};

/** The page's footer (one of the blocks above): where sites put the page's own "last updated" stamp. */
export const isPageFooter = (el: Element): boolean =>
  el.name.toLowerCase() === 'footer' || (attr(el, 'role') ?? '').toLowerCase() === 'contentinfo' || classTokens(el).some((t) => /^footer(?:$|[_-])/.test(t));

/** Headings that open a list of other stories ("Related stories", "More from", "Most read"). */
const OTHER_STORIES_HEADINGS = phraseSet(furniture.trailingZoneOpeners);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether a heading's text names a list of other stories ("Related stories", "More from:"). */
export const namesOtherStories = (heading: Element): boolean => {
  const text = shortTextOf(heading, 40);
  return text !== null && OTHER_STORIES_HEADINGS.has(squash(text.replace(/[:\s]+$/, '')));
};

/** A block whose first element is a heading like "Related stories" or "Most read". */
function startsWithOtherStoriesHeading(el: Element): boolean {
  const first = el.children.find((c) => c.type === 'tag' || (c.type === 'text' && c.data.trim()));
  return !!first && first.type === 'tag' && HEADINGS.has((first as Element).name.toLowerCase()) && namesOtherStories(first as Element);
}

interface Weights {
  text: Map<Element, number>;
  links: Map<Element, number>;
}

/** Text and link-text lengths of every element outside boilerplate (post-order, iterative). */
export function weigh(root: AnyNode): Weights {
  const text = new Map<Element, number>();
  const links = new Map<Element, number>();
  const stack: { text: number; links: number }[] = [{ text: 0, links: 0 }];
  walk(
    root,
    (node) => {
      if (node.type === 'text') {
        const n = node.data.trim().length;
        stack[stack.length - 1]!.text += n;
        return false;
      }
      if (node.type !== 'tag') return node.type === 'root';
      if (isBoilerplate(node)) return false;
      stack.push({ text: 0, links: 0 });
      return true;
    },
    (node) => {
      if (node.type !== 'tag' || stack.length < 2) return;
      const own = stack.pop()!;
      const el = node as Element;
      const linkText = el.name === 'a' ? own.text : own.links;
      text.set(el, own.text);
      links.set(el, linkText);
      const parent = stack[stack.length - 1]!;
      parent.text += own.text;
      parent.links += linkText;
    },
  );
  return { text, links };
}

/** Picks the article container: semantic markup first, else the element holding most paragraph text. */
export function chooseRoot(doc: AnyNode, weights: Weights): AnyNode {
  const semantic: Element[][] = [[], [], [], []];
  const paragraphScore = new Map<Element, number>();
  walk(doc, (node) => {
    if (node.type !== 'tag') return node.type === 'root';
    const el = node as Element;
    if (!weights.text.has(el)) return false; // boilerplate subtree
    const name = el.name.toLowerCase();
    const itemprop = (attr(el, 'itemprop') ?? '').toLowerCase();
    if (itemprop === 'articlebody') semantic[0]!.push(el);
    else if (name === 'article') semantic[1]!.push(el);
    else if (name === 'main') semantic[2]!.push(el);
    else if ((attr(el, 'role') ?? '').toLowerCase() === 'main') semantic[3]!.push(el);
    if (name === 'p') {
      const length = (weights.text.get(el) ?? 0) - (weights.links.get(el) ?? 0);
      if (length >= 25 && el.parent && el.parent.type === 'tag') {
        const parent = el.parent as Element;
        paragraphScore.set(parent, (paragraphScore.get(parent) ?? 0) + length);
        if (parent.parent && parent.parent.type === 'tag') {
          const grand = parent.parent as Element;
          paragraphScore.set(grand, (paragraphScore.get(grand) ?? 0) + length / 2);
        }
      }
    }
    return true;
  });
  const MIN_ARTICLE = 250;
  for (const group of semantic) {
    const best = group.reduce<Element | null>((b, el) => ((weights.text.get(el) ?? 0) > (b ? weights.text.get(b) ?? 0 : -1) ? el : b), null);
    const stream = best && group === semantic[1] ? livePage(best, weights) : null;
    if (stream) return stream;
    if (best && (weights.text.get(best) ?? 0) >= MIN_ARTICLE) return best;
  }
  let best: Element | null = null;
  for (const [el, score] of paragraphScore) if (!best || score > (paragraphScore.get(best) ?? 0)) best = el;
  return best ? withHeadline(best, weights) : doc;
}

/**
 * The densest block of paragraphs is often the body alone, with the headline, standfirst and lead
 * photo's caption beside it in a block around it: that block is the article when it holds the
 * headline (an h1) and little else (at most half the body's text again, not mostly links).
 * accepts  <div class="story"><h1>…</h1><p class="lead">…</p><figure>…</figure><div class="body">…
 * rejects  a page column holding the headline and a list of other stories as long as the story
 */
function withHeadline(body: Element, weights: Weights): Element {
  const bodyText = weights.text.get(body) ?? 0;
  let root = body;
  for (let up = body.parent, steps = 0; up && up.type === 'tag' && steps < 2; up = up.parent, steps++) {
    const block = up as Element;
    if (WRAPPERS.has(block.name.toLowerCase()) || !weights.text.has(block)) break;
    const extra = (weights.text.get(block) ?? 0) - bodyText;
    const extraLinks = (weights.links.get(block) ?? 0) - (weights.links.get(body) ?? 0);
    if (extra > bodyText / 2 || extraLinks > extra * 0.3) break;
    if (holdsTag(block, HEADLINE)) root = block;
  }
  return root;
}

/** Class and id words of a live page's stream of posts ("liveblog", "live-updates", "lx-stream"). */
const LIVE_STREAM = /^(?:live|liveblog|live-?blog|live-?updates?|live-?stream|live-?coverage|lx-stream)(?:$|[_-])/;

/**
 * A live page writes each post as an <article> of its own, side by side in the stream: the story is
 * the stream (headline, key points and every post), not its longest post. The stream is the posts'
 * parent, when it (or a block around it) is named a live page's and holds more than one post.
 * accepts  <main class="liveblog"><h1>…</h1><article class="entry">…</article><article class="entry">…
 * rejects  a news page's one <article>, <article>s side by side in a page not named live (a list of stories)
 */
function livePage(post: Element, weights: Weights): Element | null {
  const stream = post.parent;
  if (!stream || stream.type !== 'tag') return null;
  const posts = stream.children.filter((c) => c.type === 'tag' && (c as Element).name.toLowerCase() === 'article' && weights.text.has(c as Element));
  if (posts.length < 2) return null;
  for (let up: AnyNode | null = stream; up && up.type === 'tag'; up = up.parent) {
    // Wrappers' classes count here: <main class="liveblog"> names the stream.
    if (classAndId(up as Element).split(/\s+/).some((t) => LIVE_STREAM.test(t))) return stream as Element;
  }
  return null;
}

/** A line break inside a paragraph; two in a row end the paragraph (blogs write paragraphs so). */
const BR = '\uE000';
const BR_BREAK = /\uE000\s*\uE000/;
const BR_ANY = /\uE000/g;
/** Below this many characters the chosen container is not the article: the whole page is read. */
const MIN_TEXT = 200;
const LIST_LIKE = new Set(['ul', 'ol', 'div', 'section', 'table', 'dl']);

/** A block of the article's text; `heading` when it was a heading (h2–h6) of the page. */
export interface Paragraph {
  text: string;
  heading: boolean;
}

/** The text blocks under a node: skipped are boilerplate, small forms and link-heavy lists. */
function collect(root: AnyNode, weights: Weights, pageText: number): Paragraph[] {
  const rootText = root.type === 'tag' ? weights.text.get(root as Element) ?? 0 : pageText;
  const paragraphs: Paragraph[] = [];
  let current = '';
  const flush = (heading = false): void => {
    for (const piece of current.split(BR_BREAK)) {
      const text = piece.replace(BR_ANY, ' ').replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push({ text, heading });
    }
    current = '';
  };
  const stamps = new Set<Element>(); // the inline post stamps met on the way in, to end their line on the way out
  walk(
    root,
    (node) => {
      if (node.type === 'text') {
        current += node.data;
        return false;
      }
      if (node.type !== 'tag') return node.type === 'root';
      const el = node as Element;
      if (!weights.text.has(el)) return false;
      const name = el.name.toLowerCase();
      if (name === 'br') {
        current += BR;
        return false;
      }
      const text = weights.text.get(el) ?? 0;
      // A form is a newsletter or comment box, unless it wraps most of the page (ASP.NET pages).
      if (name === 'form' && text < pageText / 2) return false;
      const linkShare = text ? (weights.links.get(el) ?? 0) / text : 0;
      // A list of links inside the article (other stories); a page-wide wrapper is never one.
      if (LIST_LIKE.has(name) && linkShare > 0.6 && text < rootText / 2) return false;
      // A block headed "Related stories" or "Most read" whose text is largely links (teasers).
      if (node !== root && linkShare > 0.3 && text < rootText / 2 && startsWithOtherStoriesHeading(el)) return false;
      // A post stamp stands on a line of its own, even as an inline element.
      if (!BLOCK_TAGS.has(name) && isPostStamp(el)) stamps.add(el);
      if (BLOCK_TAGS.has(name) || stamps.has(el)) flush();
      return true;
    },
    (node) => {
      const name = node.type === 'tag' ? (node as Element).name.toLowerCase() : '';
      if (BLOCK_TAGS.has(name) || stamps.has(node as Element)) flush(HEADINGS.has(name));
    },
  );
  flush();
  return paragraphs;
}

const length = (paragraphs: Paragraph[]): number => paragraphs.reduce((n, p) => n + p.text.length, 0);

/**
 * The article's paragraphs: those of the chosen container, or of the whole page when the container
 * holds almost nothing (a gallery page, a post whose text sits outside its <article>).
 */
export function articleParagraphs(doc: AnyNode): Paragraph[] {
  const weights = weigh(doc);
  let pageText = 0;
  for (const n of weights.text.values()) pageText = Math.max(pageText, n);
  const root = chooseRoot(doc, weights);
  const paragraphs = collect(root, weights, pageText);
  if (root === doc || length(paragraphs) >= MIN_TEXT) return paragraphs;
  const whole = collect(doc, weights, pageText);
  return length(whole) > length(paragraphs) ? whole : paragraphs;
}
