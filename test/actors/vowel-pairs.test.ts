// The actor tokenizer folds vowel spellings ("Shoora", "Kooh") by character codes: the same keys
// as the regex replace it stands for.
import { describe, expect, it } from 'vitest';
import { foldVowelPairs } from '../../pipeline/extract/actors/tokens.js';

describe('vowel pairs folded by character codes', () => {
  const byRegex = (w: string): string => w.replace(/ou|oo|ee/g, (v) => (v === 'ee' ? 'i' : 'u'));
  it.each(['foreign', 'meeting', 'Shoora', 'moon', 'ooo', 'eee', 'oou', 'ouo', 'coordinated', 'Kooh-e-Taftan', 'teeoou', 'e', 'o', '', 'Jeddah', 'abc'])('%s', (word) => {
    expect(foldVowelPairs(word)).toBe(byRegex(word));
  });
});
