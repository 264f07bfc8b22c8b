// The parsed page and iterative walks over it. Pages can nest elements 100,000 deep, so nothing
// here recurses: every walk keeps its own stack.
import * as cheerio from 'cheerio';
import type { AnyNode, Document, Element } from 'domhandler';

export type { AnyNode, Element };

/** Deeper than this, tags are dropped (their text kept): no article nests so deep. */
export const MAX_DEPTH = 512;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * Removes the tags nested deeper than MAX_DEPTH, keeping their text. htmlparser2 keeps its stack
 * of open elements with Array.unshift, so 100,000 nested elements take it minutes; one linear scan
 * here keeps any page to a depth it parses at once.
 */
export function flattenDeepNesting(html: string): string {
  let depth = 0;
  let deep = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m && !deep; m = TAG.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has(m[2]!.toLowerCase())) deep = ++depth > MAX_DEPTH;
  }
  if (!deep) return html;
  // Second pass: keep the text and the tags up to MAX_DEPTH; a dropped tag becomes one space.
  const kept: string[] = [];
  let at = 0;
  depth = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [, close, name, selfClose] = m;
    let drop: boolean;
    if (close) drop = depth-- > MAX_DEPTH;
    else if (selfClose || VOID.has(name!.toLowerCase())) drop = false;
    else drop = ++depth > MAX_DEPTH;
    if (!drop) continue;
    kept.push(html.slice(at, m.index), ' ');
    at = m.index + m[0].length;
  }
  kept.push(html.slice(at));
  return kept.join('');
}

/** Parses with htmlparser2 through cheerio (HTML mode, entities decoded): fast and forgiving. */
export function parseHtml(html: string): Document {
  const $ = cheerio.load(flattenDeepNesting(html), { xml: { xmlMode: false, decodeEntities: true } });
  return $.root()[0] as Document;
}

export const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/**
 * Visits every node in document order. `enter` may return false to skip the node's children;
 * `leave` (optional) runs after the children of a node that was not skipped.
 */
export function walk(root: AnyNode, enter: (node: AnyNode) => boolean | void, leave?: (node: AnyNode) => void): void {
  const stack: { node: AnyNode; left: boolean }[] = [{ node: root, left: false }];
  while (stack.length) {
    const top = stack.pop()!;
    if (top.left) {
      leave?.(top.node);
      continue;
    }
    if (enter(top.node) === false) continue;
    if (leave) stack.push({ node: top.node, left: true });
    if (!('children' in top.node)) continue;
    const children = top.node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, left: false });
  }
}

/** The text of a node, whitespace collapsed; script and style text left out. */
export function textOf(root: AnyNode): string {
  const parts: string[] = [];
  walk(root, (node) => {
    if (node.type === 'text') parts.push(node.data);
    return node.type !== 'script' && node.type !== 'style' && node.type !== 'comment';
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The text of a node when it is at most `max` characters (whitespace collapsed), else null; stops early. */
export function shortTextOf(root: AnyNode, max: number): string | null {
  const parts: string[] = [];
  let length = 0;
  walk(root, (node) => {
    if (length > max * 4) return false;
    if (node.type === 'text') {
      parts.push(node.data);
      length += node.data.length;
    }
    return node.type !== 'script' && node.type !== 'style' && node.type !== 'comment';
  });
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return length <= max * 4 && text.length <= max ? text : null;
}

export const attr = (el: Element, name: string): string | undefined => el.attribs[name];

/** The class and id of an element, lower-cased, for boilerplate and date-container tests. */
export const classAndId = (el: Element): string => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
