import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldTexts } from '../fixtures/gold-texts.js';
import { alternation as lexiconAlternation, plainAlternation as alternation, lexicon, wordTrie } from '../../pipeline/extract/dates/lexicon.js';

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

  // The rules' alternations (month names, number words, units…) are written as tries where that is
  // sure to match the same: in every context a rule puts them in, with the i flag or without, the
  // same matches at the same positions as the plain alternation, backtracking into them included.
  const lexiconDir = new URL('../../pipeline/lexicons/dates/', import.meta.url);
  const wordLists: string[][] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) {
      const strings = value.filter((v): v is string => typeof v === 'string');
      if (strings.length > 1) wordLists.push(strings);
      for (const v of value) if (typeof v === 'object') collect(v);
    } else if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      if (keys.length > 1 && Object.values(value).every((v) => typeof v !== 'object')) wordLists.push(keys);
      for (const v of Object.values(value)) collect(v);
    }
  };
  for (const f of readdirSync(lexiconDir).filter((f) => f.endsWith('.json'))) collect(JSON.parse(readFileSync(new URL(f, lexiconDir), 'utf8')));
  const numbers = JSON.parse(readFileSync(new URL('numbers.json', lexiconDir), 'utf8')) as Record<string, Record<string, number>>;
  const tens = Object.keys(numbers['tens'] ?? {});
  const units = Object.keys(numbers['units'] ?? {});
  wordLists.push([...units, ...tens, ...tens.flatMap((t) => units.flatMap((u) => [`${t}-${u}`, `${t} ${u}`]))]);
  const contexts = ['\\b(?:X)\\b', '(?:X)\\s+(?:days|years)', '(?:X)(?:\\.?\\s+\\d{4})', '(?<w>X)(?![\\p{L}])', '(?:X)s?-(?:X)'];

  it('writes the lexicon alternations as tries that match what the plain ones match', () => {
    expect(wordLists.length).toBeGreaterThan(20);
    const gold = goldTexts().slice(0, 1);
    let tries = 0;
    for (const words of wordLists) {
      const hostile = words.flatMap((w) => [w, w.toUpperCase(), `${w.slice(0, -1)} 2024`, `${w}s days`, `${w}-${w}`, `${w} years`, `${w}. 1999`, `X${w}`]).join(' ');
      const texts = [hostile, ...gold];
      const trie = lexiconAlternation(words);
      if (trie !== alternation(words)) tries++;
      for (const context of contexts) {
        for (const flags of ['gu', 'giu']) {
          const plain = new RegExp(context.replaceAll('X', alternation(words)), flags);
          const ours = new RegExp(context.replaceAll('X', trie), flags);
          for (const text of texts) expect(matches(ours, text)).toEqual(matches(plain, text));
        }
      }
    }
    expect(tries).toBeGreaterThan(10);
  });

  it('keeps the plain alternation where the i flag would match two branches alike', () => {
    const words = ['Abcd', 'abc', 'Ab'];
    expect(lexiconAlternation(words)).toBe(alternation(words));
    expect(() => wordTrie(words)).toThrow();
    expect(lexiconAlternation(['May', 'March', 'Mar'])).toBe('Ma(?:r(?:ch|)|y)');
    // "ſ" is "s" under the i and u flags
    expect(lexiconAlternation(['sin', 'ſt'])).toBe('sin|ſt');
  });
});
