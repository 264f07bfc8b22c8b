import { describe, expect, it } from 'vitest';
import { goldTexts } from '../fixtures/gold-texts.js';
import { firstChars, type FirstChars } from '../../pipeline/extract/dates/first-chars.js';
import { rules } from '../../pipeline/extract/dates/registry.js';
import { START } from '../../pipeline/extract/dates/rules/shared.js';

// The tagger tries a rule only where the character can open one of its matches: the reading of a
// pattern's first characters must never leave out one a match can start with.
const has = (set: FirstChars, ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c < 128 ? set.ascii[c] === true : set.nonAscii;
};
const listed = (set: FirstChars): string => set.ascii.flatMap((on, c) => (on && c >= 32 && c < 127 ? [String.fromCharCode(c)] : [])).join('') + (set.nonAscii ? '+' : '');

describe('first characters of a pattern', () => {
  it.each([
    [/(?:the\s+)?March/u, 'Mt'],
    [/[Tt]he\s+week/u, 'Tt'],
    [/\d+|x/u, '0123456789x'],
    [/(?=a)b/u, 'b'],
    [/(?<![\p{L}])b/u, 'b'],
    [/a?b*c/u, 'abc'],
    [/(?<n>a{0,2})(?:b|c)/u, 'abc'],
    [/a{1,2}b/u, 'a'],
    [/\bx/u, 'x'],
    [/['’]\d0s/u, "'+"],
    [/[./-]/u, '-./'],
    [/[a-c\u2019]/u, 'abc+'],
    [/\u0041|\x42|\//u, '/AB'],
  ])('%s starts with %s', (pattern, expected) => {
    expect(listed(firstChars(pattern))).toBe(expected);
  });

  it('adds the other case and any non-ASCII character to a case-insensitive pattern', () => {
    expect(listed(firstChars(/fy|the/iu))).toBe('FTft+');
    // "ſ" folds to "s" and the Kelvin sign to "k" under /iu.
    expect('ſ'.match(/s/iu)).not.toBeNull();
    expect(has(firstChars(/s/iu), 'ſ')).toBe(true);
    expect(has(firstChars(/\u017f/iu), 's')).toBe(true);
  });

  it.each([/a*/u, /(?:x|)y?/u, /[^a]/u, /\p{L}/u, /\k<a>(?<a>b)/u, /./u, /\S/u])('may start with anything: %s', (pattern) => {
    const set = firstChars(pattern);
    expect(set.nonAscii).toBe(true);
    expect(set.ascii.every(Boolean)).toBe(true);
  });

  // Every match of every rule on the seeds and the gold-set articles, scanned without the tagger's prefilter.
  const texts = goldTexts();
  const hostile = "ſ 1990s '90s ’90s K FY2024-25 the The THE ＴＨＥ\u00a0week the\u00a0week É 16 January (2024) 1403 ." +
    ' Thursday THURSDAY thursday 10:30 p.m. every Friday, mid-March, the 1980s; a year ago; now.';

  it.each(rules.map((rule) => [rule.name, rule] as const))('%s: a match never starts where the rule is not tried', (_name, rule) => {
    const source = rule.pattern.source.startsWith(START) ? rule.pattern.source.slice(START.length) : rule.pattern.source;
    const set = firstChars(new RegExp(source, rule.pattern.flags));
    const missed: string[] = [];
    for (const text of [...texts, hostile]) {
      for (const m of text.matchAll(new RegExp(source, rule.pattern.flags))) {
        if (m[0].length > 0 && !has(set, text[m.index] as string)) missed.push(m[0]);
      }
    }
    expect(texts.length).toBeGreaterThan(40);
    expect(missed).toEqual([]);
  });
});
