// The tagger's run: rules propose, refiners decide, the resolver reads each survivor in order.
import { removeOverlaps, shareRangeYear } from './refiners.js';
import { rules } from './registry.js';
import { resolveAll, type Resolved } from './resolve.js';
import type { Candidate } from './types.js';

export function propose(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const match of text.matchAll(rule.pattern)) {
      const c = rule.extract(match, text);
      if (c && c.end > c.start) found.push(c);
    }
  }
  return found;
}

/** Every temporal expression of the text with its reading, in text order. */
export function tag(text: string, dct: string | null): Resolved[] {
  return resolveAll(text, shareRangeYear(text, removeOverlaps(propose(text))), dct);
}
