// The tagger's run: rules propose, refiners decide, the resolver reads each survivor in order.
import { firstChars } from './first-chars.js';
import { OPENING_LENGTH, mayOpen, walkerOf } from './openings.js';
import { startPositions } from './prefilter.js';
import { dropNames, markDatelines, removeOverlaps, restateAppositions, shareRangeYear } from './refiners.js';
import { rules } from './registry.js';
import { resolveAll, type Resolved } from './resolve.js';
import { START } from './rules/shared.js';
import type { Candidate } from './types.js';

// Each rule's pattern anchored (sticky), compiled once: tried only where the prefilter points.
// The left-edge lookbehind every rule opens with (START) is checked once per position instead:
// a Unicode class looked up backwards costs more than the rest of a failing match.
const opensAtEdge = rules.map((rule) => rule.pattern.source.startsWith(START));
const anchored = rules.map((rule, r) => {
  const source = opensAtEdge[r] ? rule.pattern.source.slice(START.length) : rule.pattern.source;
  return new RegExp(source, `${rule.pattern.flags.replace('g', '')}y`);
});
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * The rules worth trying at a position, by the character there (an ASCII code, or 128 for any other
 * character), in registry order: those whose matches can start with it (first-chars.ts).
 */
const rulesByFirstChar: number[][] = Array.from({ length: 129 }, () => []);
for (const [r, pattern] of anchored.entries()) {
  const first = firstChars(pattern);
  for (let c = 0; c < 128; c++) if (first.ascii[c]) rulesByFirstChar[c]?.push(r);
  if (first.nonAscii) rulesByFirstChar[128]?.push(r);
}

const walkers = anchored.map(walkerOf);
/** The rules worth trying at each opening seen (the text's next OPENING_LENGTH characters), by openings.ts. */
const rulesByOpening = new Map<string, number[]>();
/** Openings remembered at most: a worker's texts repeat a few thousand; the memory stays bounded. */
const MAX_OPENINGS = 50_000;

/** The rules worth trying where the text opens with `opening` (its first character's code `code`, ASCII). */
function rulesAt(opening: string, code: number): number[] {
  let worthTrying = rulesByOpening.get(opening);
  if (worthTrying === undefined) {
    worthTrying = (rulesByFirstChar[code] as number[]).filter((r) => mayOpen(walkers[r] ?? null, opening));
    if (rulesByOpening.size >= MAX_OPENINGS) rulesByOpening.clear();
    rulesByOpening.set(opening, worthTrying);
  }
  return worthTrying;
}

/** Whether the character before `start` is a letter or a digit (START fails there). */
function insideWord(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start - (c >= 0xdc00 && c <= 0xdfff ? 2 : 1)) ?? c));
}

/** Candidates of every rule at the prefilter's start positions, rule by rule in registry order. */
export function propose(text: string): Candidate[] {
  const byRule: Candidate[][] = rules.map(() => []);
  for (const start of startPositions(text)) {
    const inside = insideWord(text, start);
    const code = text.charCodeAt(start);
    const worthTrying = code < 128 ? rulesAt(text.slice(start, start + OPENING_LENGTH), code) : (rulesByFirstChar[128] as number[]);
    for (let k = 0; k < worthTrying.length; k++) {
      const r = worthTrying[k] as number;
      const pattern = anchored[r];
      const rule = rules[r];
      if (!pattern || !rule || (inside && opensAtEdge[r])) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (!match) continue;
      const c = rule.extract(match, text);
      if (c && c.end > c.start) byRule[r]?.push(c);
    }
  }
  return byRule.flat();
}

/** The same candidates by scanning the whole text with every rule: slow, the reference for tests. */
export function proposeByFullScan(text: string): Candidate[] {
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

let lastText: string | null = null;
let lastCandidates: Candidate[] = [];

/**
 * The refined candidates of a text, remembered for the last text asked: they do not depend on the
 * document date, and an undated source is tagged twice (once without a date to reason its
 * publication date, then with it). Nothing downstream changes them.
 */
function candidatesOf(text: string): Candidate[] {
  if (text !== lastText) {
    lastCandidates = restateAppositions(text, shareRangeYear(text, markDatelines(text, dropNames(text, removeOverlaps(propose(text))))));
    lastText = text;
  }
  return lastCandidates;
}

/** Every temporal expression of the text with its reading, in text order. */
export function tag(text: string, dct: string | null): Resolved[] {
  return resolveAll(text, candidatesOf(text), dct);
}
