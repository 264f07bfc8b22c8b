// PhraseSet.matchAt compares a phrase's words by index loops and `has` lower-cases only words that
// need it; both must answer as the closures they replaced (copied here), on random word runs made
// of the phrases' own words, cased at random, with gaps and runs cut short.
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../bench/generate-corpus.js';
import { PhraseSet, type Word } from '../../pipeline/extract/figures/words.js';

const PHRASES = ['killed', 'lost their lives', 'lost their', 'were killed', 'security personnel', 'people', 'people killed in', ' leading blank', 'İstanbul office'];

function matchAtAsItWas(phrases: string[], words: readonly Word[], i: number): number {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const ws = p.toLowerCase().split(/\s+/);
    const list = byFirst.get(ws[0]!) ?? [];
    list.push(ws);
    list.sort((a, b) => b.length - a.length);
    byFirst.set(ws[0]!, list);
  }
  for (const ws of byFirst.get(words[i]?.lower ?? '') ?? []) if (ws.every((w, k) => words[i + k]?.lower === w)) return ws.length;
  return 0;
}

describe('PhraseSet', () => {
  const set = new PhraseSet(PHRASES);
  const vocabulary = [...new Set(PHRASES.flatMap((p) => p.split(/\s+/)).filter(Boolean)), 'the', 'KILLED', 'Lost', 'in'];
  const word = (text: string): Word => ({ text, lower: text.toLowerCase(), start: 0, end: text.length, isBreak: false });

  it('matchAt answers as it did', () => {
    const next = random(8);
    let hits = 0;
    for (let k = 0; k < 5_000; k++) {
      const words = Array.from({ length: Math.floor(next() * 8) }, () => word(vocabulary[Math.floor(next() * vocabulary.length)]!));
      for (let i = -1; i <= words.length; i++) {
        const was = matchAtAsItWas(PHRASES, words, i);
        expect(set.matchAt(words, i)).toBe(was);
        if (was > 1) hits++;
      }
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('has answers as a look-up of the lower-cased word', () => {
    for (const w of ['killed', 'KILLED', 'Killed', 'people', 'PEOPLE', 'İstanbul', 'the']) expect(set.has(w)).toBe(['killed', 'people'].includes(w.toLowerCase()));
  });
});
