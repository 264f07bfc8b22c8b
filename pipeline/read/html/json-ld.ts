// The JSON-LD publication date: datePublished of the article object, never dateModified.
import type { PageFacts } from './facts.js';
import { dayOf, type Found } from './date-value.js';
import { articleTypes } from './lexicon.js';

type JsonObject = Record<string, unknown>;

/** Every object in the JSON-LD (graphs, arrays and nested values), iteratively. */
function jsonObjects(roots: unknown[]): JsonObject[] {
  const out: JsonObject[] = [];
  const stack = [...roots].reverse();
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...[...v].reverse());
    else if (v && typeof v === 'object') {
      out.push(v as JsonObject);
      stack.push(...Object.values(v as JsonObject).filter((x) => x && typeof x === 'object').reverse());
    }
  }
  return out;
}

const typesOf = (o: JsonObject): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');

/**
 * json-ld: datePublished of the article object ("NewsArticle", "BlogPosting", ...), else of any
 * object, else dateCreated. Never dateModified.
 */
export function jsonLd(facts: PageFacts): Found | null {
  const objects = jsonObjects(facts.jsonLd);
  const day = (o: JsonObject, key: string): Found | null => {
    const raw = o[key];
    const d = typeof raw === 'string' ? dayOf(raw) : null;
    return d && typeof raw === 'string' ? { day: d, raw } : null;
  };
  const articles = objects.filter((o) => typesOf(o).some((t) => articleTypes.has(t)));
  for (const group of [articles, objects]) {
    for (const o of group) {
      const d = day(o, 'datePublished');
      if (d) return d;
    }
  }
  for (const o of articles) {
    const d = day(o, 'dateCreated') ?? day(o, 'uploadDate');
    if (d) return d;
  }
  return null;
}

