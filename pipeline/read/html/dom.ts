// The parsed page and iterative walks over it. Pages can nest elements 100,000 deep, so nothing
// here recurses: every walk keeps its own stack.
import * as cheerio from 'cheerio';
import type { AnyNode, Document, Element } from 'domhandler';

export type { AnyNode, Element };

/** Parses with htmlparser2 through cheerio (HTML mode, entities decoded): fast and forgiving. */
export function parseHtml(html: string): Document {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
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

export const attr = (el: Element, name: string): string | undefined => el.attribs[name];

/** The class and id of an element, lower-cased, for boilerplate and date-container tests. */
export const classAndId = (el: Element): string => `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.toLowerCase();
