// The token trie turns most words away by a fingerprint of their key (first and last characters,
// length) before its map look-up: a word that shares an alias's fingerprint must still be looked
// up, and no alias may be lost to the table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACES_FILE, placeIndex } from '../../pipeline/extract/actors/places.js';
import { innerKey, tokenize, type Token } from '../../pipeline/extract/actors/tokens.js';
import { actorIndex } from '../../pipeline/extract/actors/index.js';
import { TokenTrie, type TrieMatch } from '../../pipeline/extract/actors/trie.js';
import { goldTexts } from '../fixtures/gold-texts.js';
import { pieceMixes } from '../fixtures/piece-mixes.js';

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

// The scan asks two fingerprint tables before it looks a word up (session 12): whether the word
// may start an alias, and whether it may be one alone or be followed by the next word as an
// alias's second word. It must find what a scan that calls matchAt at every token finds.
describe('token trie scan against a scan that tries every token', () => {
  /** The scan as it reads without the tables: matchAt at each token (and each token inside a match). */
  function everyTokenScan<V>(trie: TokenTrie<V>, tokens: ReturnType<typeof tokenize>, from = 0, to = tokens.length): TrieMatch<V>[] {
    const out: TrieMatch<V>[] = [];
    for (let i = from; i < to; ) {
      const m = trie.matchAt(tokens, i, undefined, to);
      if (!m) {
        i++;
        continue;
      }
      let longer: TrieMatch<V> | null = null;
      for (let k = m.first + 1; k < m.last && !longer; k++) {
        const inner = trie.matchAt(tokens, k, undefined, to);
        if (inner && inner.last > m.last && inner.last - inner.first > m.last - m.first) longer = inner;
      }
      const head = longer ? trie.matchAt(tokens, i, undefined, longer.first) : null;
      if (head) out.push(head);
      out.push(longer ?? m);
      i = (longer ?? m).last;
    }
    return out;
  }
  const tries = [
    ['actors', actorIndex().trie],
    ['places', placeIndex()],
    ['small', trieOf(['Pakistan Navy Dockyard', 'Jaish al-Adl', 'Jaish-e-Mohammed', 'the Supreme Leader', 'a Pakistan Navy', 'UN', 'Ministry of Energy (Power Division)', 'Industry, Mine'])],
  ] as const;
  const expectSame = (texts: string[]): number => {
    let matches = 0;
    for (const text of texts) {
      const tokens = tokenize(text);
      for (const [name, trie] of tries) {
        const want = everyTokenScan<unknown>(trie, tokens);
        expect(trie.scan(tokens), `${name}: ${text.slice(0, 120)}`).toEqual(want);
        // a range, as the rules scan around a head word
        const from = tokens.length >> 2;
        const to = tokens.length - (tokens.length >> 3);
        expect(trie.scan(tokens, from, to), `${name} ${from}…${to}: ${text.slice(0, 120)}`).toEqual(everyTokenScan<unknown>(trie, tokens, from, to));
        matches += want.length;
      }
    }
    return matches;
  };

  it('finds the same matches on the seeds and gold sets', () => {
    expect(expectSame(goldTexts())).toBeGreaterThan(5000);
  });

  /** Words that start longer aliases but are none alone ("the", "border", "Islamic"), second words, connectors, acronyms, gaps. */
  const WORDS = [
    'the', 'The', 'a', 'A', 'border', 'Foreign', 'foreign', 'Office', 'office', 'Ministry', 'ministry', 'minister', 'of', 'Energy', 'Power',
    'Division', 'Industry', 'Mine', 'and', 'Trade', 'Supreme', 'Leader', 'Islamic', 'Republic', 'State', 'Khorasan', 'Province', 'New',
    'Delhi', 'York', 'Iran', 'Iranian', 'Pakistan', 'Pakistani', 'Navy', 'Dockyard', 'Jaish', 'Adl', 'Mohammed', 'al', 'ul', 'e', 'i', 'an',
    'US', 'UN', 'IS', 'is', 'us', 'Sistan', 'Baluchistan', 'Baloch', 'Āyatollāh', 'Khāmeneī', 'Ayatoollah', 'Dxxxxxxd', 'Nxxy', 'tx',
  ];
  // (mostly a word and a space; a word alone runs into the next piece)
  const PIECES = [...WORDS.map((w) => `${w} `), ...WORDS.map((w) => `${w} `), ...WORDS, '-', ', ', ' (', ') ', '. ', '\n', "'s ", '\u00a0', ' & ', '/'];
  it('finds the same matches on hostile mixes of first words, second words and gaps', () => {
    const written = ['Jaish al-Adl and Jaish ul Adl', 'Industry, Mine; Industry (Mine', 'the Ministry of Energy (Power Division)', 'Ministry of Energy, Power Division'];
    expect(expectSame([...written, ...pieceMixes(PIECES, 3000, 20, 7)])).toBeGreaterThan(9000);
  });
});
