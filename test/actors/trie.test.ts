// The token trie turns most words away by a fingerprint of their key (first and last characters,
// length) before its map look-up: a word that shares an alias's fingerprint must still be looked
// up, and no alias may be lost to the table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACES_FILE, placeIndex } from '../../pipeline/extract/actors/places.js';
import { tokenize } from '../../pipeline/extract/actors/tokens.js';
import { TokenTrie } from '../../pipeline/extract/actors/trie.js';

const trieOf = (aliases: string[]): TokenTrie<string> => {
  const trie = new TokenTrie<string>();
  for (const a of aliases) trie.add(a, a);
  return trie;
};
const found = (trie: TokenTrie<string>, text: string): string[] =>
  trie.scan(tokenize(text)).map((m) => `${text.slice(m.start, m.end)}=${m.values.join('|')}`);

describe('token trie scan with the first-word fingerprint', () => {
  const trie = trieOf(['Pakistan', 'Islamic State', 'Islamic State Khorasan Province', 'Zahedan', 'É', 'Jaish al-Adl']);

  it.each([
    ['Pakistan and Zahedan', ['Pakistan=Pakistan', 'Zahedan=Zahedan']],
    // "Paaaaaan" has the fingerprint of "pakistan" (p…n, 8 letters): the map, not the table, turns it away.
    ['Paaaaaan and Zaaaaan', []],
    ['the Islamic State Khorasan Province', ['Islamic State Khorasan Province=Islamic State Khorasan Province']],
    ['a single É here', ['É=É']],
    ['Jaish ul-Adl struck', ['Jaish ul-Adl=Jaish al-Adl']],
  ])('%s', (text, expected) => {
    expect(found(trie, text)).toEqual(expected);
  });

  it('every place name and alias is found where it stands alone', () => {
    const file = JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as { places: Array<{ name: string; aliases: string[] }> };
    // A name whose words a text never joins ("Sana'a": an apostrophe joins no words) is not matched, table or not.
    const joined = (name: string): boolean => tokenize(name).slice(1).every((t) => t.joined || t.punctuated !== null);
    const names = file.places.flatMap((p) => [p.name, ...p.aliases]).filter(joined);
    expect(names.length).toBeGreaterThan(50);
    const missed = names.filter((name) => placeIndex().scan(tokenize(name)).every((m) => m.first !== 0));
    expect(missed).toEqual([]);
  });
});
