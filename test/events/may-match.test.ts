// mayMatchTriggers (events/triggers.ts) lets the coder skip a sentence before placing its names,
// places and date anchors: it must answer true for every sentence in which matchTriggers finds a
// trigger, whatever context (names, places, dates, headline, sentence before) the sentence has.
// Checked on sentences written for this test and on random word soups made of the lexicon's own
// words, cues, pronouns, punctuation and non-ASCII words, each under several random contexts.
import { describe, expect, it } from 'vitest';
import { cues, triggerIndex } from '../../pipeline/extract/events/lexicon.js';
import { tokenizeAll, type Token } from '../../pipeline/extract/events/tokens.js';
import { matchTriggers, mayMatchTriggers } from '../../pipeline/extract/events/triggers.js';

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random subsets of a sentence's token indices, as its names, name ends, place starts and dates would be. */
function contexts(tokens: Token[], rnd: () => number, count: number): Array<{ ends: Set<number>; blocked: Set<number>; names: Set<number>; places: Set<number>; headline: boolean }> {
  const subset = (p: number): Set<number> => new Set(tokens.map((_, k) => k).filter(() => rnd() < p));
  const all = new Set(tokens.map((_, k) => k));
  return [
    { ends: new Set(), blocked: new Set(), names: new Set(), places: new Set(), headline: false },
    { ends: all, blocked: new Set(), names: new Set(), places: all, headline: true },
    ...Array.from({ length: count }, () => ({ ends: subset(0.3), blocked: subset(0.1), names: subset(0.2), places: subset(0.2), headline: rnd() < 0.3 })),
  ];
}

/** Whether matchTriggers finds a trigger under any of the contexts. */
function anyMatch(tokens: Token[], previous: Token[], rnd: () => number, count: number): boolean {
  return contexts(tokens, rnd, count).some((c) => matchTriggers(tokens, c.ends, c.blocked, c.headline, c.names, c.places, previous).length > 0);
}

const WRITTEN = [
  'Tehran recalled its envoy from Islamabad on Tuesday after the border incident.',
  'The two neighbours signed a memorandum on electricity trade and agreed to reopen the crossing.',
  'Guards said the checkpoint, which militants attacked at dawn, was closed until further notice.',
  'It is the market’s second closure: the province shut it in June.',
  'An invitation to visit the capital, which the premier accepted, was delivered by the envoy.',
  'The weather over the coast stayed mild and fishermen went out as usual.',
  'Ségolène’s café sold tea; the town’s bazaar opened late — as it does every Friday.',
  'Officials launched a website for pilgrims and recalled that the route was long.',
  '“We condemn it,” the spokesperson said, calling the strikes a violation.',
  'Islamabad expelled the advisers, closed the crossing and suspended all trade with Kabul.',
];

describe('mayMatchTriggers', () => {
  it('is true for every written sentence in which a trigger matches in some context', () => {
    const rnd = random(7);
    let previous: Token[] = [];
    let matched = 0;
    for (const text of WRITTEN) {
      const tokens = tokenizeAll(text);
      if (anyMatch(tokens, previous, rnd, 20)) {
        matched++;
        expect([text, mayMatchTriggers(tokens, previous)]).toEqual([text, true]);
      }
      previous = tokens;
    }
    // The sentences do hold triggers, so the implication is tested, not vacuous.
    expect(matched).toBeGreaterThan(5);
  });

  it('reads the sentence before for an object pronoun\'s companion', () => {
    const previous = tokenizeAll('The envoys had served three years in the capital.');
    const tokens = tokenizeAll('Tehran recalled them on Sunday.');
    expect(anyMatch(tokens, previous, random(3), 4)).toBe(true);
    expect(mayMatchTriggers(tokens, previous)).toBe(true);
    // With no sentence before, "them" stands for nothing: no trigger, and the check says so.
    expect(anyMatch(tokens, [], random(3), 4)).toBe(false);
    expect(mayMatchTriggers(tokens, [])).toBe(false);
  });

  it('is false for sentences with no trigger or only a trigger word whose constraints fail', () => {
    for (const text of ['The weather over the coast stayed mild and fishermen went out as usual.', 'Officials launched a website for pilgrims.', 'Ségolène’s café sold tea.']) {
      expect([text, mayMatchTriggers(tokenizeAll(text))]).toEqual([text, false]);
    }
  });

  it('is true whenever matchTriggers matches, on random soups of lexicon words under random contexts', () => {
    const forms = [...triggerIndex.values()].flat();
    const companions = [...new Set(forms.flatMap((f) => [...f.entry.with, ...f.entry.unless, ...f.entry.before, ...f.entry.elided]))];
    const pool = [
      ...new Set(forms.map((f) => f.words.join(' '))), ...companions, ...cues.collective, ...cues.saying,
      'it', 'them', 'they', 'which', 'that', 'the', 'a', 'and', 'was', 'were', 'had', 'been', 'by', 'to', 'will', 'its', 'their',
      ',', ',', ';', ':', '“', '”', '"', '(', ')', '—', '.', 'Iran’s', 'Pakistan', 'Irán', 'Ségolène', 'قم', '2024', 'U.S.', 'al-Adl', 'MET', 'Strikes',
    ];
    const rnd = random(2026);
    let previous: Token[] = [];
    let matched = 0;
    let rejected = 0;
    for (let n = 0; n < 1500; n++) {
      const length = 1 + Math.floor(rnd() * 14);
      const text = Array.from({ length }, () => pool[Math.floor(rnd() * pool.length)]!).join(' ');
      const tokens = tokenizeAll(text);
      const may = mayMatchTriggers(tokens, previous);
      if (anyMatch(tokens, previous, rnd, 4)) {
        matched++;
        expect([text, may]).toEqual([text, true]);
      } else if (!may) rejected++;
      previous = tokens;
    }
    // Both answers occur: the soups test the implication, and the check does reject.
    expect(matched).toBeGreaterThan(100);
    expect(rejected).toBeGreaterThan(100);
  });
});
