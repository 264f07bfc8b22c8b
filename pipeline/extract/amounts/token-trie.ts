// A trie over token sequences ("per cent", "hk $", "at least"), for longest-match lookup
// forwards (units after a number) or backwards (currency prefixes and hedges before it).
// Lookups walk at most the longest entry's length, so scanning stays linear.
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  value: T | null;
}

export class TokenTrie<T> {
  private root: Node<T> = { next: new Map(), value: null };
  /** Entries written here match only with this exact case ("M" is million, "m" metre). */
  constructor(private caseSensitive: Set<string>, private reversed = false) {}

  add(phrase: string, value: T): void {
    const keep = this.caseSensitive.has(phrase);
    let keys = tokenize(phrase).map((t) => (keep ? `=${t.text}` : t.lower));
    if (this.reversed) keys = keys.reverse();
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), value: null }));
      node = child;
    }
    node.value ??= value; // the first entry for a phrase wins
  }

  /**
   * Longest entry starting at tokens[from] (or, reversed, ending at tokens[from]); tokens must
   * be joined by spaces or nothing, never by a line break. Returns the index past the match
   * (reversed: the index of its first token).
   */
  match(tokens: readonly Token[], from: number): { value: T; to: number } | null {
    let node = this.root;
    let best: { value: T; to: number } | null = null;
    const step = this.reversed ? -1 : 1;
    for (let i = from; i >= 0 && i < tokens.length; i += step) {
      const tok = tokens[i]!;
      if (i !== from && (this.reversed ? tokens[i + 1]!.breakBefore : tok.breakBefore)) break;
      const child = node.next.get(`=${tok.text}`) ?? node.next.get(tok.lower);
      if (!child) break;
      node = child;
      if (node.value !== null) best = { value: node.value, to: this.reversed ? i : i + 1 };
    }
    return best;
  }
}
