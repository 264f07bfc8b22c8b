// The token trie turns most words away by a fingerprint of their key (first and last characters,
// length) before its map look-up: a word that shares an alias's fingerprint must still be looked
// up, and no alias may be lost to the table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACES_FILE, placeIndex } from '../../pipeline/extract/actors/places.js';
import { innerKey, tokenize, type Token } from '../../pipeline/extract/actors/tokens.js';
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
    const joined = (name: string): boolean => tokenize(name).list().slice(1).every((t) => t.joined || t.punctuated !== null);
    const names = file.places.flatMap((p) => [p.name, ...p.aliases]).filter(joined);
    expect(names.length).toBeGreaterThan(50);
    const missed = names.filter((name) => placeIndex().scan(tokenize(name)).every((m) => m.first !== 0));
    expect(missed).toEqual([]);
  });
});

// A faster walk of the trie (tried in session 9: stopping at a node with no children before the
// next word's key is built) must keep what matchAt returns: the longest alias a plain search over
// every alias finds, where aliases end, run on and share words, across hyphens, possessives,
// commas and brackets, with the case rules (an acronym as written, a one-word name capitalised).
// The walk asks an edge table (session 11) before it makes the next word's key: a connector, a
// word after a comma or a bracket, a folded non-ASCII word or a word that only shares a child's
// fingerprint ("Dxxxxxxd" for "Dockyard") must get the same answer as without it.
describe('token trie matchAt against a search over every alias', () => {
  const aliases = ['Iran', 'Iran Army', 'Pakistan', 'Pakistan Navy', 'Pakistan Navy Dockyard', 'Ministry of Energy (Power Division)',
    'Ministry of Industry, Mine and Trade', 'Jaish al-Adl', 'Sistan-Baluchistan', 'UN', 'Foreign Office', 'Foreign Office spokesperson',
    'the Supreme Leader', 'Āyatollāh Khāmeneī', 'Ayatollah Ali Khamenei', 'Jaish-e-Mohammed'];
  const trie = trieOf(aliases);
  const keysOf = (tokens: Token[]) => tokens.map((t, k) => (k === 0 ? t.key : `${t.punctuated ?? ''}${innerKey(t)}`));
  // The case rules these aliases take: an acronym as written, a one-word name capitalised.
  const casesHold = (alias: string, first: Token): boolean =>
    alias === 'UN' ? first.text === 'UN' : !alias.includes(' ') && !alias.includes('-') ? first.capitalized : true;
  const longest = (text: string, i: number): string | null => {
    const tokens = tokenize(text).list();
    let best: string | null = null;
    let bestLength = 0;
    for (const alias of aliases) {
      const want = keysOf(tokenize(alias).list());
      const got = keysOf(tokens.slice(i, i + want.length));
      const runsOn = tokens.slice(i + 1, i + want.length).every((t) => t.joined || t.punctuated !== null);
      if (got.join(' ') === want.join(' ') && runsOn && want.length > bestLength && casesHold(alias, tokens[i]!)) [best, bestLength] = [alias, want.length];
    }
    return best;
  };
  it.each([
    'Iran Army units and the Pakistan Navy Dockyard',
    'Pakistan Navy, Dockyard; Pakistan-Navy Dockyard workers',
    'the Ministry of Energy (Power Division) and the Ministry of Industry, Mine and Trade',
    "Iran's Army, Pakistan's Navy and the UN's Foreign Office spokesperson",
    'Jaish ul-Adl in Sistan-Baluchistan; Sistan Baluchistan Iran',
    'Foreign Office. Spokesperson Iran\nArmy',
    'iran army and pakistan navy dockyard; un Un UN',
    'the Supreme Leader Ayatollah Khāmeneī, Āyatollāh Ali Khameneei and Ayatoollah Khamenei',
    'Pakistan Navy Dxxxxxxd, Pakistan Nxxy, the Supreme Lxxxxr, Jaish e Mohammed, Jaish-al-Mohammed and Jaish ul Adl',
    'Ministry of Industry,Mine and Trade; Ministry of Industry (Mine and Trade); Ministry of Energy, (Power Division)',
  ])('%s', (text) => {
    const tokens = tokenize(text);
    for (let i = 0; i < tokens.length; i++) {
      const m = trie.matchAt(tokens, i);
      expect(m === null ? null : m.values.join('|'), `${text} @${tokens.at(i)?.text}`).toBe(longest(text, i));
    }
  });
});
