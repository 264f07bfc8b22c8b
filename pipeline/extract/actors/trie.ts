// A token trie: every alias of the lexicon as a path of folded word keys. Scanning walks at most
// the longest alias's length from each token, so matching is linear in the text whatever the
// lexicon's size, and the longest alias wins ("Islamic State Khorasan Province" over "Islamic State").
import { CONNECTOR_FINGERPRINTS, innerKeyOf, keyFingerprint, tokenize, type Tokens } from './tokens.js';

/**
 * How a word of an alias must be written in the text: `exact` for acronyms, as written ("IS",
 * "US", "UN": never "is", "us"; "LeT": never "Let"), `capital` for a capitalised word ("Turkey",
 * not "turkey"), `any` otherwise.
 */
export type CaseRule = 'exact' | 'capital' | 'any';

interface Node<V> {
  /** A number of its own in its trie (0 for the root): the edge table's key (see TokenTrie.edges). */
  id: number;
  children: Map<string, Node<V>>;
  values: Array<{ value: V; cases: CaseRule[]; words: string[] }>;
}

export interface TrieMatch<V> {
  /** Token indices, end exclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  values: V[];
}

export interface AliasOptions {
  /** Capitalised words must be capitalised in the text too (multi-word aliases are otherwise case-free). */
  caseSensitive?: boolean;
}

/**
 * A word's key on an alias path: after a comma or an opening bracket it is its own key ("Industry,
 * Mine", "Energy (Power"), so punctuation in the text never joins words an alias writes without it.
 */
function pathKey(tokens: Tokens, i: number): string {
  const punctuated = tokens.punctuated(i);
  const inner = innerKeyOf(tokens.key(i));
  return punctuated ? `${punctuated}${inner}` : inner;
}

/** The punctuation before a word on an alias path (Tokens.punctuated) as 0, 1, 2. */
const punctuationClass = (punctuated: ',' | '(' | null): number => (punctuated === null ? 0 : punctuated === ',' ? 1 : 2);

const EDGE_BITS = 18;

/** The edge table's slot for a child of node `id` reached by a word with `fingerprint` after `punctuation` (0, 1, 2). */
function edgeSlot(id: number, punctuation: number, fingerprint: number): number {
  return ((Math.imul(id * 3 + punctuation, 0x9e3779b1) >>> (32 - EDGE_BITS)) ^ fingerprint) & ((1 << EDGE_BITS) - 1);
}

// A cheap fingerprint of a word key (its first two and last two character codes and its length,
// keyFingerprint in ./tokens.ts), in 16 bits: most words of a text start no alias, and a table of
// the first words' fingerprints turns most of them away before the map look-up, which hashes the
// whole word. (On generated news text the table lets through 28 % of words against the 26 % that
// start an actor alias; first and last characters alone let 52 % through.) The tokenizer computes
// each word's fingerprint from its codes, so a word turned away never has its key made.

export class TokenTrie<V> {
  private readonly root: Node<V> = { id: 0, children: new Map(), values: [] };
  private nodes = 1;
  /** 1 at the fingerprint of every alias's first word: 0 means that no alias starts with the word. */
  private readonly firstWords = new Uint8Array(0x10000);
  /**
   * The same for the words after the first: 1 at edgeSlot(node, punctuation, fingerprint) of every
   * child but a connector's ('·', which any connector reaches). A walk asks it before making the
   * next word's key: on generated news, seven in eight steps to a next word find no child there
   * ("the" and a word no alias has after it), and the table stops 94 % of those.
   */
  private readonly edges = new Uint8Array(1 << EDGE_BITS);
  /** 1 at the fingerprint of every one-word alias: a first word with a 0 here matches only if a second word follows it. */
  private readonly oneWord = new Uint8Array(0x10000);
  /**
   * 1 at edgeSlot(first word's fingerprint, punctuation, fingerprint) of every alias's second word
   * but a connector: the edge table's step from the root's child, asked before that child is
   * looked up. Half the words that pass the first-word table start no match ("the", "a",
   * "border": words that begin longer aliases, followed by a word none of them has next), and
   * this turns most of them away before their key is made.
   */
  private readonly secondWords = new Uint8Array(1 << EDGE_BITS);
  maxDepth = 0;

  /** Adds an alias; returns false when it has no words. */
  add(alias: string, value: V, options: AliasOptions = {}): boolean {
    const tokens = tokenize(alias).list();
    if (tokens.length === 0) return false;
    const acronymAlias = /^[\p{Lu}\d.&\-\s]+$/u.test(alias);
    const cases = tokens.map((t): CaseRule => {
      if (t.allCaps && (t.text.length > 1 || acronymAlias)) return 'exact';
      if (/\p{Lu}/u.test(t.text.slice(1))) return 'exact'; // mixed case: "LeT", "JeM", "MoFA"
      if (!t.capitalized) return 'any';
      return options.caseSensitive || tokens.length === 1 ? 'capital' : 'any';
    });
    let node = this.root;
    const first = keyFingerprint(tokens[0]!.key);
    this.firstWords[first] = 1;
    if (tokens.length === 1) this.oneWord[first] = 1;
    tokens.forEach((t, i) => {
      const inner = innerKeyOf(t.key);
      const key = i === 0 ? t.key : t.punctuated ? `${t.punctuated}${inner}` : inner;
      if (i > 0 && inner !== '·') this.edges[edgeSlot(node.id, punctuationClass(t.punctuated), keyFingerprint(t.key))] = 1;
      if (i === 1 && inner !== '·') this.secondWords[edgeSlot(first, punctuationClass(t.punctuated), keyFingerprint(t.key))] = 1;
      let next = node.children.get(key);
      if (!next) {
        next = { id: this.nodes++, children: new Map(), values: [] };
        node.children.set(key, next);
      }
      node = next;
    });
    node.values.push({ value, cases, words: tokens.map((t) => t.text) });
    this.maxDepth = Math.max(this.maxDepth, tokens.length);
    return true;
  }

  /**
   * The longest alias that starts at token `i`, whose case rules hold (and whose value `accept` takes),
   * or null; with `limit`, one that ends before token `limit`.
   */
  matchAt(tokens: Tokens, i: number, accept?: (value: V) => boolean, limit = tokens.length): TrieMatch<V> | null {
    let node = this.root.children.get(tokens.key(i));
    let best: TrieMatch<V> | null = null;
    for (let j = i; node !== undefined && j < limit; ) {
      if (node.values.length > 0) {
        let values: V[] | null = null;
        for (const v of node.values) {
          if (casesHold(tokens, i, v.cases, v.words) && (accept === undefined || accept(v.value))) (values ??= []).push(v.value);
        }
        if (values) best = { first: i, last: j + 1, start: tokens.start(i), end: tokens.end(j), values };
      }
      if (++j >= tokens.length || !tokens.runsOn(j) || !this.mayFollow(node, tokens, j)) break;
      node = node.children.get(pathKey(tokens, j));
    }
    return best;
  }

  /**
   * Left-to-right, longest-first, non-overlapping matches. A longer name that starts inside a match
   * and runs past it wins, and the words before it are matched again on their own: "Pakistan's
   * [Cabinet Committee on Energy]", not "[Pakistan's Cabinet] Committee on Energy". With `from`
   * and `to`, only tokens from … to - 1 are read (as if the others were not there).
   */
  scan(tokens: Tokens, from = 0, to = tokens.length): TrieMatch<V>[] {
    const found: TrieMatch<V>[] = [];
    for (let i = from; i < to; ) {
      // Most words start no alias: a table look-up, no call.
      const m = this.mayStartAlias(tokens, i) ? this.matchAt(tokens, i, undefined, to) : null;
      if (!m) {
        i++;
        continue;
      }
      const longer = this.longerInside(tokens, m, to);
      const head = longer ? this.matchAt(tokens, i, undefined, longer.first) : null;
      if (head) found.push(head);
      found.push(longer ?? m);
      i = (longer ?? m).last;
    }
    return found;
  }

  /**
   * Whether an alias may match from token i: by the fingerprints first (the word may start an
   * alias, and either may be one alone or may have the next word after it), the map only where
   * they cannot say no. A word turned away here is one matchAt would find nothing at.
   */
  private mayStartAlias(tokens: Tokens, i: number): boolean {
    const fingerprint = tokens.fingerprint(i);
    if (this.firstWords[fingerprint] !== 1) return false;
    if (this.oneWord[fingerprint] !== 1 && !this.maySecond(fingerprint, tokens, i + 1)) return false;
    return this.root.children.has(tokens.key(i));
  }

  /**
   * Whether token j may be the second word of an alias whose first word has `first` for
   * fingerprint: it runs on from that word, and is a connector or has a second word's
   * fingerprint there (mayFollow's test from the root's child, before that child is known).
   */
  private maySecond(first: number, tokens: Tokens, j: number): boolean {
    if (j >= tokens.length || !tokens.runsOn(j)) return false;
    const fingerprint = tokens.fingerprint(j);
    return CONNECTOR_FINGERPRINTS[fingerprint] === 1 || this.secondWords[edgeSlot(first, punctuationClass(tokens.punctuated(j)), fingerprint)] === 1;
  }

  /**
   * Whether token j may be a child of `node`: a connector always may (its fingerprint says so
   * conservatively); another word only where the edge table has its fingerprint under the node.
   */
  private mayFollow(node: Node<V>, tokens: Tokens, j: number): boolean {
    const fingerprint = tokens.fingerprint(j);
    return CONNECTOR_FINGERPRINTS[fingerprint] === 1 || this.edges[edgeSlot(node.id, punctuationClass(tokens.punctuated(j)), fingerprint)] === 1;
  }

  /** A match that starts inside `m`, ends after it (before token `to`) and has more words than it, or null (at most maxDepth look-ups). */
  private longerInside(tokens: Tokens, m: TrieMatch<V>, to: number): TrieMatch<V> | null {
    for (let k = m.first + 1; k < m.last; k++) {
      if (!this.mayStartAlias(tokens, k)) continue;
      const inner = this.matchAt(tokens, k, undefined, to);
      if (inner && inner.last > m.last && inner.last - inner.first > m.last - m.first) return inner;
    }
    return null;
  }
}

function casesHold(tokens: Tokens, i: number, cases: CaseRule[], words: string[]): boolean {
  for (let k = 0; k < cases.length; k++) {
    const rule = cases[k];
    if (rule === 'any') continue;
    if (rule === 'capital') {
      if (!tokens.capitalized(i + k)) return false;
      continue;
    }
    const text = tokens.text(i + k);
    if (text !== words[k] && !(tokens.allCaps(i + k) && words[k] === text.toUpperCase())) return false;
  }
  return true;
}
