import { describe, expect, it } from 'vitest';
import { goldTexts } from '../fixtures/gold-texts.js';
import { alternation, lexicon, wordTrie } from '../../pipeline/extract/dates/lexicon.js';

// A trie of words must match exactly what their plain alternation matches, at the same positions
// and to the same ends (the prefilter goes on scanning from the end of each trigger).
const matches = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);
const both = (words: string[], flags: string): [RegExp, RegExp] => [
  new RegExp(`\\d+|\\b(?:${alternation(words)})\\b`, flags),
  new RegExp(`\\d+|\\b${wordTrie(words)}\\b`, flags),
];

describe('word trie', () => {
  it.each([
    [['sep', 'sept', 'september'], 'sep(?:t(?:ember|)|)'],
    [['day', 'days', 'daily', 'week'], '(?:da(?:ily|y(?:s|))|week)'],
    [['new year', 'now'], 'n(?:ew\\s+year|ow)'],
    [['a.m.'], 'a\\.m\\.'],
  ])('%j as %s', (words, expected) => {
    expect(wordTrie(words)).toBe(expected);
  });

  it('tries a longer word before the shorter one it begins with, as the alternation does', () => {
    const [plain, trie] = both(['eid', 'eid al adha', 'eid al'], 'gi');
    const text = 'Eid al Adha, eid al  fitr, EID, eid al-adha, eidal adha';
    expect(matches(trie, text)).toEqual(matches(plain, text));
    expect(matches(trie, text)).toContain('0:Eid al Adha');
  });

  // Every trigger word with its neighbours: prefixes, other cases, suffixes, glued and spaced.
  const words = lexicon.triggerWords;
  const hostile = words.flatMap((w) => [w, w.toUpperCase(), w.slice(0, -1), `${w}s`, `${w}-${w}`, w.replace(/ /g, '  '), `x${w}`, `${w}2024`]).join(' ');
  const texts = goldTexts();

  it('finds the same triggers as their alternation on every trigger word and on the gold-set articles', () => {
    const [plain, trie] = both(words, 'gi');
    expect(texts.length).toBeGreaterThan(40);
    for (const text of [hostile, ...texts]) expect(matches(trie, text)).toEqual(matches(plain, text));
    expect(matches(trie, hostile).length).toBeGreaterThan(words.length);
  });
});
