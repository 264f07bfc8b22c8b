// The JSON-LD publication date: datePublished of the article object, never dateModified (which
// only last-update.ts reads, on a page without any publication date).
import type { PageFacts } from './facts.js';
import { dayOf, type Found } from './date-value.js';
import { articleTypes, otherWorkKeys, otherWorkTypes } from './lexicon.js';

type JsonObject = Record<string, unknown>;

const typesOf = (o: JsonObject): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

/**
 * Every object in the JSON-LD (graphs, arrays and nested values), iteratively, in document order.
 * Objects about other works are left out with all they hold: comments, reviews, lists of other
 * articles (keys and types in the lexicon's jsonLdOtherWorks), whose dates are not the page's.
 */
function jsonObjects(roots: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...[...v].reverse());
    else if (v && typeof v === 'object') {
      const o = v as JsonObject;
      if (typesOf(o).some((t) => otherWorkTypes.has(t))) continue;
      out.push(o);
      const children = Object.entries(o).filter(([key, x]) => x && typeof x === 'object' && !otherWorkKeys.has(key));
      stack.push(...children.map(([, x]) => x).reverse());
    }
  }
  return out;
}

const day = (o: JsonObject, key: string): Found | null => {
  const raw = o[key];
  const d = typeof raw === 'string' ? dayOf(raw) : null;
  return d && typeof raw === 'string' ? { day: d, raw } : null;
};

/**
 * json-ld: datePublished of the article object ("NewsArticle", "BlogPosting", ...), else of any
 * object, else dateCreated. Never dateModified.
 * rejects  a Comment's datePublished, an ItemList of other articles, "review": [...] of a product
 */
export function jsonLd(facts: PageFacts): Found | null {
  const { articles, objects } = articleObjects(facts);
  return firstDay([articles, objects], ['datePublished']) ?? firstDay([articles], ['dateCreated', 'uploadDate']);
}

/** dateModified of the article object, else of any object (other works left out, as above). */
export function jsonLdModified(facts: PageFacts): Found | null {
  const { articles, objects } = articleObjects(facts);
  return firstDay([articles, objects], ['dateModified']);
}

/** The page's JSON-LD objects, and among them the articles ("NewsArticle", "BlogPosting", ...). */
function articleObjects(facts: PageFacts): { articles: JsonObject[]; objects: JsonObject[] } {
  const objects = jsonObjects(facts.jsonLd);
  return { articles: objects.filter((o) => typesOf(o).some((t) => articleTypes.has(t))), objects };
}

/** The first date under one of `keys` (in that order for each object), group by group. */
function firstDay(groups: JsonObject[][], keys: string[]): Found | null {
  for (const group of groups) {
    for (const o of group) {
      for (const key of keys) {
        const d = day(o, key);
        if (d) return d;
      }
    }
  }
  return null;
}
