/// <reference lib="dom" />
// A tiny Markdown renderer for the changelog entry, building DOM nodes only (never HTML
// strings): headings, bullet lists, paragraphs, **bold**, `code` and [links](https://...).
// Anything else, HTML tags included, stays visible as the characters it is.
import { el, safeLink } from './dom.js';

export function renderMarkdown(markdown: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let list: HTMLUListElement | null = null;
  let paragraph: string[] = [];
  const flushParagraph = (): void => {
    if (paragraph.length > 0) fragment.append(el('p', {}, inline(paragraph.join(' '))));
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      list = null;
      const level = Math.min(6, (heading[1] ?? '#').length + 2); // below the page's own h2
      fragment.append(el(`h${level}` as 'h3', {}, inline(heading[2] ?? '')));
    } else if (bullet) {
      flushParagraph();
      list ??= fragment.appendChild(el('ul'));
      list.append(el('li', {}, inline(bullet[1] ?? '')));
    } else if (line.trim() === '') {
      flushParagraph();
      list = null;
    } else {
      list = null;
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  return fragment;
}

/**
 * `code`, **bold**, [text](url). Each span's length is bounded, so a line of many unclosed
 * brackets costs linear time rather than rescanning to the end from every bracket.
 */
export const INLINE_PATTERN = /`([^`\n]{1,300})`|\*\*([^*\n]{1,300})\*\*|\[([^\]\n]{1,300})\]\(([^)\s]{1,500})\)/;

/** Inline spans: `code`, **bold**, [text](http link); everything else is text. */
function inline(text: string): Node[] {
  const nodes: Node[] = [];
  const pattern = new RegExp(INLINE_PATTERN.source, 'g');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) nodes.push(document.createTextNode(text.slice(last, at)));
    if (match[1] !== undefined) nodes.push(el('code', { text: match[1] }));
    else if (match[2] !== undefined) nodes.push(el('strong', { text: match[2] }));
    else nodes.push(safeLink(match[4] ?? null, match[3] ?? ''));
    last = at + match[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}
