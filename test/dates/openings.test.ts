import { describe, expect, it } from 'vitest';
import { goldTexts } from '../fixtures/gold-texts.js';
import { OPENING_LENGTH, mayOpen, walkerOf } from '../../pipeline/extract/dates/openings.js';
import { startPositions } from '../../pipeline/extract/dates/prefilter.js';
import { rules } from '../../pipeline/extract/dates/registry.js';
import { START } from '../../pipeline/extract/dates/rules/shared.js';

// The tagger skips a rule at a position when its pattern cannot open a match with the text's next
// characters (openings.ts). The reading must never skip a rule that matches there: checked against the
// straightforward way, the anchored pattern run at the position.
const opens = (pattern: RegExp, opening: string): boolean => mayOpen(walkerOf(pattern), opening);

describe('openings of a pattern', () => {
  it.each([
    [/(?:the\s+)?March/u, 'the Ma', true],
    [/(?:the\s+)?March/u, 'the la', false],
    [/(?:the\s+)?March/u, 'the  M', true], // \s+ takes two spaces
    [/(?:the\s+)?March/u, 'March ', true],
    [/(?:the\s+)?March/u, 'Mx', false],
    [/(?:the\s+)?March/u, 'the', true], // the text ends: a match may not be refused yet
    [/the\s+(?:late|early)\s+\d{4}/u, 'the ea', true],
    [/the\s+(?:late|early)\s+\d{4}/u, 'the ex', false],
    [/\d{1,2}\s+(?:Jan|Feb)/u, '12 Feb', true],
    [/\d{1,2}\s+(?:Jan|Feb)/u, '123 Fe', false],
    [/\d{1,2}\s+(?:Jan|Feb)/u, '12 per', false],
    [/a{2,3}b/u, 'aab', true],
    [/a{2,3}b/u, 'ab', false],
    [/a{2,3}b/u, 'aaaab', false],
    [/(?:ab){5,}c/u, 'ababab', true], // beyond three copies: any number, never fewer than found
    [/(?=x)the/u, 'the', true], // a lookahead is not read: let through
    [/(?!the)the/u, 'the', true],
    [/(?<a>t)\k<a>x/u, 'tzzzzz', true], // a back-reference takes anything
    [/the\b week/u, 'the we', true],
    [/the|/u, 'xyz', true], // the empty match
    [/THE\s+WEEK/iu, 'the we', true],
    [/the\s+week/u, 'THE WE', false], // no i flag: the case counts
    [/the\s+week/u, 'the\u00a0w', true], // a non-ASCII character ends the walk
    [/\u017f/iu, 'sxxxxx', true], // "ſ" folds to "s" under /iu
    [/[^a]b/u, 'xb', true],
    [/[^a]b/u, 'xc', false],
    [/\p{L}+\s/u, 'word w', true],
    [/(?:\s+\w+){0,12}x/u, ' a b c', true],
  ] as const)('%s may open with %j: %s', (pattern, opening, expected) => {
    expect(opens(pattern, opening)).toBe(expected);
  });

  it('lets every rule be tried where it was unread', () => {
    expect(mayOpen(null, 'xxxxxx')).toBe(true);
  });

  // Every rule, at every position of hostile texts and at every start position of the gold articles:
  // where the anchored pattern matches, the reading lets the rule through.
  const hostile = [
    "ſ 1990s '90s ’90s K FY2024-25 the The THE ＴＨＥ\u00a0week the\u00a0week É 16 January (2024) 1403 .",
    ' Thursday THURSDAY thursday 10:30 p.m. every Friday, mid-March, the 1980s; a year ago; now.',
    'the  late  1990s, the twenty-first to the twenty-third of March, the 2025-26 budget, Q3 2024, 3Q24, H1 2025',
    'the first half of 2024; the second quarter; the past two weeks; the previous year; the same period last year',
    'twenty-five days later; 5 days; a few months; several years ago; the 21st century; the 1400s; 1 Farvardin 1403',
    'on 12/03/2024; 2024-03-12; 12.03.2024; 3rd of May; May 3rd, 2024; Sept. 4; Dec 31st; the week of 5 May',
    'the fall of 1998; the winter of 2023; the late nineties; the nineteen-nineties; the January-March quarter;',
    'the July-September quarter of 2024; fiscal 1989; the fiscal year ending June 2024; FY24; the 2024-25 budget; fiscal 2024-25',
    'the \u{1F600} Monday; the 🇵🇰 week; Eid al-Fitr; Nowruz; the Iranian year 1402; 1402 SH; FY 2024-25; the fiscal year',
  ];
  const texts = goldTexts();

  it.each(rules.map((rule, r) => [r, rule.name, rule] as const))('rule %i (%s): never skipped where it matches', (_r, _name, rule) => {
    const source = rule.pattern.source.startsWith(START) ? rule.pattern.source.slice(START.length) : rule.pattern.source;
    const anchored = new RegExp(source, `${rule.pattern.flags.replace('g', '')}y`);
    const walker = walkerOf(anchored);
    const skipped: string[] = [];
    let matches = 0;
    const check = (text: string, at: number): void => {
      anchored.lastIndex = at;
      const m = anchored.exec(text);
      if (m) matches++;
      if (m && !mayOpen(walker, text.slice(at, at + OPENING_LENGTH))) skipped.push(m[0]);
    };
    for (const text of hostile) {
      for (let at = 0; at < text.length; at++) check(text, at);
    }
    for (const text of texts) {
      for (const at of startPositions(text)) check(text, at);
    }
    expect(texts.length).toBeGreaterThan(40);
    expect(matches).toBeGreaterThan(0);
    expect(skipped).toEqual([]);
  });

  it('turns rules away after "the" by the word that follows', () => {
    const anchoredRules = rules.map((rule) => {
      const source = rule.pattern.source.startsWith(START) ? rule.pattern.source.slice(START.length) : rule.pattern.source;
      return walkerOf(new RegExp(source, rule.pattern.flags));
    });
    const count = (opening: string): number => anchoredRules.filter((w) => mayOpen(w, opening)).length;
    expect(anchoredRules.every((w) => w !== null)).toBe(true);
    expect(count('the Ma')).toBeLessThan(count('the'));
    expect(count('the xy')).toBeLessThan(count('the Ma'));
  });
});
