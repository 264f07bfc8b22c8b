// Which words of an evidence quote the explorer highlights (page/highlight.ts).
import { describe, expect, it } from 'vitest';
import { highlightRanges, stem, triggerTerms, type HighlightTerm } from '../../pipeline/emit/site/page/highlight.js';

const marked = (quote: string, terms: HighlightTerm[]): string[] =>
  highlightRanges(quote, terms).map((r) => `${r.kind}:${quote.slice(r.start, r.end)}`);

const actor = (text: string): HighlightTerm => ({ text, kind: 'actor' });

describe('highlightRanges', () => {
  it.each<[string, HighlightTerm[], string[]]>([
    ['Iran launched missile and drone strikes on Pakistan.', [...triggerTerms('missile and drone strike'), actor('Iran'), actor('Pakistan')],
      ['actor:Iran', 'trigger:missile', 'trigger:drone', 'trigger:strikes', 'actor:Pakistan']],
    ["Iran's foreign ministry summoned the envoy.", [actor('Iran')], ['actor:Iran']],
    ['The ISPR said nine militants died.', [actor('Inter-Services Public Relations'), actor('ISPR')], ['actor:ISPR']],
    ['PAKISTAN carried out strikes', [actor('Pakistan')], ['actor:PAKISTAN']],
    ['Islamic Republic of Iran and Iran', [actor('Iran'), actor('Islamic Republic of Iran')], ['actor:Islamic Republic of Iran', 'actor:Iran']],
    ['Foreign minister visited Islamabad on a state visit.', triggerTerms('state visit'), ['trigger:visited', 'trigger:state', 'trigger:visit']],
    ['İstanbul talks: Iran agreed', [actor('Iran'), ...triggerTerms('agreement')], ['actor:Iran', 'trigger:agreed']],
  ])('%s', (quote, terms, expected) => {
    expect(marked(quote, terms)).toEqual(expected);
  });
});

describe('stem', () => {
  it.each([['agreement', 'agre'], ['warning', 'warn'], ['strike', 'strik'], ['visits', 'visit'], ['missiles', 'missil'], ['bus', 'bus'], ['accusation', 'accusat']])(
    '%s -> %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('highlightRanges marks nothing for near-misses', () => {
  it.each<[string, HighlightTerm[]]>([
    ['Iranian officials met.', [actor('Iran')]], // a name must end a word
    ['The Pakistani side agreed.', [actor('Pakistan')]],
    ['unstrikeable', triggerTerms('strike')], // a trigger must start a word
    ['and the of with', triggerTerms('and the of with')], // stop words are never terms
    ['No actors here.', []],
  ])('%s', (quote, terms) => {
    expect(highlightRanges(quote, terms)).toEqual([]);
  });
});

describe('highlightRanges runs in linear time', () => {
  const time = (size: number): number => {
    const quote = 'strik '.repeat(size / 6) + 'aaaa'.repeat(size / 4);
    const terms = [...triggerTerms('strike strikes striking'), actor('aaaa'), actor('a')];
    const started = performance.now();
    highlightRanges(quote, terms);
    return performance.now() - started;
  };
  it('1 MB costs about ten times 100 KB', () => {
    time(100_000); // warm up
    const small = Math.max(1, time(100_000));
    const large = time(1_000_000);
    expect(large / small).toBeLessThan(15 * 2); // linear: ~10, with room for timer noise
  });
});
