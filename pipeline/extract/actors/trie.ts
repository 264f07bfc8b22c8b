// A token trie: every alias of the lexicon as a path of folded word keys. Scanning walks at most
// the longest alias's length from each token, so matching is linear in the text whatever the
// lexicon's size, and the longest alias wins ("Islamic State Khorasan Province" over "Islamic State").
import { innerKey, tokenize, type Token } from './tokens.js';

/**
 * How a word of an alias must be written in the text: `exact` for acronyms, as written ("IS",
 * "US", "UN": never "is", "us"; "LeT": never "Let"), `capital` for a capitalised word ("Turkey",
 * not "turkey"), `any` otherwise.
 */
export type CaseRule = 'exact' | 'capital' | 'any';

interface Node<V> {
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
const pathKey = (t: Token): string => (t.punctuated ? `${t.punctuated}${innerKey(t)}` : innerKey(t));

/**
 * A cheap fingerprint of a word key (its first two and last two character codes and its length),
 * in 16 bits: most words of a text start no alias, and a table of the first words' fingerprints
 * turns most of them away before the map look-up, which hashes the whole word. (On generated news
 * text the table lets through 28 % of words against the 26 % that start an actor alias; first and
 * last characters alone let 52 % through.)
 */
function fingerprint(key: string): number {
  const n = key.length;
  const ends = (((key.charCodeAt(0) * 31 + (key.charCodeAt(1) | 0)) * 31 + (key.charCodeAt(n - 2) | 0)) * 31 + key.charCodeAt(n - 1)) * 31 + n;
  return Math.imul(ends, 0x9e3779b1) >>> 16;
}

export class TokenTrie<V> {
  private readonly root: Node<V> = { children: new Map(), values: [] };
  /** 1 at the fingerprint of every alias's first word: 0 means that no alias starts with the word. */
  private readonly firstWords = new Uint8Array(0x10000);
  maxDepth = 0;

  /** Adds an alias; returns false when it has no words. */
  add(alias: string, value: V, options: AliasOptions = {}): boolean {
    const tokens = tokenize(alias);
    if (tokens.length === 0) return false;
    const acronymAlias = /^[\p{Lu}\d.&\-\s]+$/u.test(alias);
    const cases = tokens.map((t): CaseRule => {
      if (t.allCaps && (t.text.length > 1 || acronymAlias)) return 'exact';
      if (/\p{Lu}/u.test(t.text.slice(1))) return 'exact'; // mixed case: "LeT", "JeM", "MoFA"
      if (!t.capitalized) return 'any';
      return options.caseSensitive || tokens.length === 1 ? 'capital' : 'any';
    });
    let node = this.root;
    this.firstWords[fingerprint(tokens[0]!.key)] = 1;
    tokens.forEach((t, i) => {
      const key = i === 0 ? t.key : pathKey(t);
      let next = node.children.get(key);
      if (!next) {
        next = { children: new Map(), values: [] };
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
  matchAt(tokens: Token[], i: number, accept?: (value: V) => boolean, limit = tokens.length): TrieMatch<V> | null {
    const first = tokens[i] as Token;
    let node = this.root.children.get(first.key);
    let best: TrieMatch<V> | null = null;
    for (let j = i; node !== undefined && j < limit; ) {
      if (node.values.length > 0) {
        let values: V[] | null = null;
        for (const v of node.values) {
          if (casesHold(tokens, i, v.cases, v.words) && (accept === undefined || accept(v.value))) (values ??= []).push(v.value);
        }
        if (values) best = { first: i, last: j + 1, start: first.start, end: (tokens[j] as Token).end, values };
      }
      const t = tokens[++j];
      if (t === undefined || !(t.joined || t.punctuated)) break;
      node = node.children.get(pathKey(t));
    }
    return best;
  }

  /**
   * Left-to-right, longest-first, non-overlapping matches. A longer name that starts inside a match
   * and runs past it wins, and the words before it are matched again on their own: "Pakistan's
   * [Cabinet Committee on Energy]", not "[Pakistan's Cabinet] Committee on Energy".
   */
  scan(tokens: Token[]): TrieMatch<V>[] {
    const found: TrieMatch<V>[] = [];
    for (let i = 0; i < tokens.length; ) {
      // Most words start no alias: a table look-up, no call.
      const m = this.mayStartAlias((tokens[i] as Token).key) ? this.matchAt(tokens, i) : null;
      if (!m) {
        i++;
        continue;
      }
      const longer = this.longerInside(tokens, m);
      const head = longer ? this.matchAt(tokens, i, undefined, longer.first) : null;
      if (head) found.push(head);
      found.push(longer ?? m);
      i = (longer ?? m).last;
    }
    return found;
  }

  /** Whether an alias may start with the word: its fingerprint first, the map only where that is known. */
  private mayStartAlias(key: string): boolean {
    return this.firstWords[fingerprint(key)] === 1 && this.root.children.has(key);
  }

  /** A match that starts inside `m`, ends after it and has more words than it, or null (at most maxDepth look-ups). */
  private longerInside(tokens: Token[], m: TrieMatch<V>): TrieMatch<V> | null {
    for (let k = m.first + 1; k < m.last; k++) {
      if (!this.mayStartAlias((tokens[k] as Token).key)) continue;
      const inner = this.matchAt(tokens, k);
      if (inner && inner.last > m.last && inner.last - inner.first > m.last - m.first) return inner;
    }
    return null;
  }
}

function casesHold(tokens: Token[], i: number, cases: CaseRule[], words: string[]): boolean {
  for (let k = 0; k < cases.length; k++) {
    const rule = cases[k];
    if (rule === 'any') continue;
    const t = tokens[i + k] as Token;
    if (rule === 'capital' ? !t.capitalized : t.text !== words[k] && !(t.allCaps && words[k] === t.text.toUpperCase())) return false;
  }
  return true;
}
