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
  private hasExact: boolean;
  constructor(private caseSensitive: Set<string>, private reversed = false) {
    this.hasExact = caseSensitive.size > 0;
  }

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
    return this.walk(this.root, tokens, from, from);
  }

  // A token may follow both an exact-case key and a lower-case key ("A $" and "$"): try both.
  // Entries are a few tokens long, so this stays a bounded amount of work per call.
  private walk(node: Node<T>, tokens: readonly Token[], from: number, i: number): { value: T; to: number } | null {
    const step = this.reversed ? -1 : 1;
    if (i < 0 || i >= tokens.length) return null;
    const tok = tokens[i]!;
    if (i !== from && (this.reversed ? tokens[i + 1]!.breakBefore : tok.breakBefore)) return null;
    const lower = node.next.get(tok.lower);
    const exact = this.hasExact ? node.next.get(`=${tok.text}`) : undefined;
    const a = lower ? this.follow(lower, tokens, from, i, step) : null;
    const b = exact ? this.follow(exact, tokens, from, i, step) : null;
    if (!a || !b) return a ?? b;
    return Math.abs(b.to - from) > Math.abs(a.to - from) ? b : a;
  }

  private follow(child: Node<T>, tokens: readonly Token[], from: number, i: number, step: number): { value: T; to: number } | null {
    return this.walk(child, tokens, from, i + step) ?? (child.value !== null ? { value: child.value, to: this.reversed ? i : i + 1 } : null);
  }
}
