/// <reference lib="dom" />
// The one way the page makes elements: strings always become text nodes (textContent), never
// markup, so nothing a source wrote can turn into HTML.

type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  class?: string;
  text?: string;
  attrs?: Record<string, string | null | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.class) node.className = options.class;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const [type, listener] of Object.entries(options.on ?? {})) {
    if (listener) node.addEventListener(type, listener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** Finds an element the shell is known to contain. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node as T;
}

/** A link to a source's page, only for http(s) URLs (never javascript: or data:). */
export function safeLink(url: string | null, text: string): HTMLElement {
  if (url && /^https?:\/\//i.test(url)) {
    return el('a', { text, attrs: { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' } });
  }
  return el('span', { text: url ? `${text} (link withheld: not http)` : 'no link recorded', class: 'muted' });
}
