// Which rules can open a match with the next few characters of the text: first-chars.ts reads the
// first character only, and most rules may open with "the" or a digit (37 rules are tried at every
// "the", 15 at every number). Read as an automaton, a pattern tells more: after "the " only the rules
// that allow the next letter go on ("the M" for a month, "the l" for "the late 1990s").
//
// Each pattern is read into an automaton of its character steps (Thompson's construction) that
// accepts every string the pattern can match, and more: lookarounds, anchors and word boundaries are
// steps that consume nothing and test nothing, a back-reference takes any characters, a negated or
// Unicode class any character, a repetition beyond a few copies any number of copies. Whatever it
// does not read, it lets through (the rule is kept). A rule is skipped at a position only when no
// string that starts with the text's next characters can be accepted: then the pattern cannot match
// there either. Only ASCII characters are walked (the text side of a non-ASCII character is where
// case folding and surrogate pairs differ from the pattern's view): a non-ASCII character ends the walk.
//
// The walk is run per rule as a lazily built deterministic automaton (sets of steps, interned), and
// the answer per opening (the text's next characters) is remembered: texts repeat their openings.

import { firstChars, readGroupOpening, type FirstChars } from './first-chars.js';

/** How many characters of the text the openings are read on. */
export const OPENING_LENGTH = 6;
/** Copies of a repeated group written out; more copies are read as any number of them. */
const MAX_COPIES = 3;

type Node =
  | { kind: 'chars'; set: FirstChars }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; alts: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number }
  | { kind: 'empty' }
  | { kind: 'anything' };

const EMPTY: Node = { kind: 'empty' };
const ANYTHING: Node = { kind: 'anything' };

const charSets = new Map<string, FirstChars>();
/** One character's set, read by first-chars.ts (classes, escapes, case folding under the i flag). */
function charsOf(source: string, flags: string): FirstChars {
  // The same letters and classes recur through the lexicon's tries: each is read once (the sets are not changed).
  const key = `${flags.includes('i') ? 'i' : ''}/${source}`;
  let set = charSets.get(key);
  if (set === undefined) {
    // first-chars.ts reads a pattern's source and flags only: an atom alone ("\\-" under the u flag) need not compile.
    set = firstChars({ source, flags } as RegExp);
    charSets.set(key, set);
  }
  return set;
}

/** The pattern's syntax tree, as far as an automaton needs it (see the module's comment). */
class Parser {
  i = 0;
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {}

  alternation(): Node {
    const alts: Node[] = [];
    for (;;) {
      alts.push(this.sequence());
      if (this.source[this.i] !== '|') return alts.length === 1 ? (alts[0] as Node) : { kind: 'alt', alts };
      this.i++;
    }
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const term = this.term();
      items.push(this.quantified(term));
    }
    return { kind: 'seq', items };
  }

  private quantified(term: Node): Node {
    const s = this.source;
    const c = s[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i, this.i + 24));
      if (!m) throw new Error(`unread quantifier at ${this.i}`);
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return term;
    this.i++;
    if (s[this.i] === '?') this.i++; // lazy: the same strings
    return { kind: 'repeat', node: term, min, max };
  }

  private term(): Node {
    const s = this.source;
    const start = this.i;
    const c = s[this.i++] as string;
    if (c === '(') {
      let lookaround: boolean;
      [this.i, lookaround] = readGroupOpening(s, this.i);
      const inner = this.alternation();
      if (s[this.i++] !== ')') throw new Error(`unclosed group at ${this.i}`);
      return lookaround ? EMPTY : inner; // a lookaround consumes nothing; what it tests is not read
    }
    if (c === '^' || c === '$') return EMPTY;
    if (c === '\\') {
      const e = s[this.i] as string;
      if (e === 'b' || e === 'B') {
        this.i++;
        return EMPTY;
      }
      if (e === 'k' || (e >= '1' && e <= '9')) {
        // A back-reference: whatever its group took.
        if (e === 'k') this.i = s.indexOf('>', this.i) + 1;
        else while (/\d/.test(s[this.i] ?? '')) this.i++;
        return ANYTHING;
      }
      this.skipEscape();
    } else if (c === '[') {
      while (s[this.i] !== ']') {
        if (this.i >= s.length) throw new Error('unclosed class');
        if (s[this.i] === '\\') this.i++;
        this.i++;
      }
      this.i++;
    } else if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{') {
      throw new Error(`unexpected ${c} at ${start}`);
    } else if ((s.codePointAt(start) as number) > 0xffff) this.i++;
    return { kind: 'chars', set: charsOf(s.slice(start, this.i), this.flags) };
  }

  /** Moves past an escape after its backslash. */
  private skipEscape(): void {
    const s = this.source;
    const e = s[this.i++] as string;
    if (e === 'p' || e === 'P' || (e === 'u' && s[this.i] === '{')) this.i = s.indexOf('}', this.i) + 1;
    else if (e === 'u') this.i += 4;
    else if (e === 'x') this.i += 2;
    else if (e === 'c') this.i += 1;
  }
}

/** The automaton: each step either tests a character (`set`, then `next`) or moves on without one (`free`). */
interface Automaton {
  sets: Array<FirstChars | null>;
  next: number[];
  free: number[][];
  start: number;
  accept: number;
}

function compile(root: Node): Automaton {
  const a: Automaton = { sets: [], next: [], free: [], start: 0, accept: 0 };
  const step = (): number => {
    a.sets.push(null);
    a.next.push(-1);
    a.free.push([]);
    return a.sets.length - 1;
  };
  /** Builds `node` from step `from`; returns the step it ends at. */
  const build = (node: Node, from: number): number => {
    switch (node.kind) {
      case 'empty':
        return from;
      case 'chars': {
        const to = step();
        const test = step();
        a.free[from]?.push(test);
        a.sets[test] = node.set;
        a.next[test] = to;
        return to;
      }
      case 'anything': {
        const loop = step();
        const any = step();
        a.free[from]?.push(loop);
        a.free[loop]?.push(any);
        a.sets[any] = { ascii: new Array<boolean>(128).fill(true), nonAscii: true };
        a.next[any] = loop;
        return loop;
      }
      case 'seq':
        return node.items.reduce((at, item) => build(item, at), from);
      case 'alt': {
        const end = step();
        for (const alt of node.alts) a.free[build(alt, from)]?.push(end);
        return end;
      }
      case 'repeat': {
        let at = from;
        const required = Math.min(node.min, MAX_COPIES);
        for (let k = 0; k < required; k++) at = build(node.node, at);
        if (node.max - node.min > MAX_COPIES || node.min > MAX_COPIES) {
          // Any number of copies more: a loop.
          const loop = step();
          a.free[at]?.push(loop);
          a.free[build(node.node, loop)]?.push(loop);
          return loop;
        }
        const end = step();
        for (let k = node.min; k < node.max; k++) {
          a.free[at]?.push(end);
          at = build(node.node, at);
        }
        a.free[at]?.push(end);
        return end;
      }
    }
  };
  a.start = step();
  a.accept = build(root, a.start);
  return a;
}

/** A pattern's automaton walked lazily as sets of steps: each set interned, each move remembered. */
class Walker {
  private readonly states: Array<{ steps: number[]; accepts: boolean; moves: Map<number, number> }> = [];
  private readonly ids = new Map<string, number>();
  readonly start: number;

  constructor(private readonly automaton: Automaton) {
    this.start = this.intern([automaton.start]);
  }

  /** The state after the character `code` (ASCII) from `state`; -1 when nothing is left. */
  move(state: number, code: number): number {
    const s = this.states[state] as { steps: number[]; moves: Map<number, number> };
    let to = s.moves.get(code);
    if (to === undefined) {
      const reached: number[] = [];
      for (const q of s.steps) if (this.automaton.sets[q]?.ascii[code]) reached.push(this.automaton.next[q] as number);
      to = reached.length === 0 ? -1 : this.intern(reached);
      s.moves.set(code, to);
    }
    return to;
  }

  accepts(state: number): boolean {
    return (this.states[state] as { accepts: boolean }).accepts;
  }

  /** The state of `steps` and every step reachable from them without a character. */
  private intern(steps: number[]): number {
    const seen = new Set<number>();
    const stack = [...steps];
    while (stack.length > 0) {
      const q = stack.pop() as number;
      if (seen.has(q)) continue;
      seen.add(q);
      for (const f of this.automaton.free[q] ?? []) stack.push(f);
    }
    // Only the steps that test a character matter for what follows, and the accepting one.
    const kept = [...seen].filter((q) => this.automaton.sets[q] !== null || q === this.automaton.accept).sort((x, y) => x - y);
    const key = kept.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.states.length;
      this.states.push({ steps: kept, accepts: seen.has(this.automaton.accept), moves: new Map() });
      this.ids.set(key, id);
    }
    return id;
  }
}

/** A pattern's walker, or null when the pattern is not read (its rule is then always kept). */
export function walkerOf(pattern: RegExp): Walker | null {
  try {
    const parser = new Parser(pattern.source, pattern.flags);
    const root = parser.alternation();
    if (parser.i !== pattern.source.length) return null;
    return new Walker(compile(root));
  } catch {
    return null;
  }
}

/**
 * Whether a match of the walker's pattern can start with `opening` (ASCII characters are walked up
 * to the first other one): false only when every string that starts so is refused.
 */
export function mayOpen(walker: Walker | null, opening: string): boolean {
  if (walker === null) return true;
  let state = walker.start;
  for (let k = 0; k < opening.length; k++) {
    if (walker.accepts(state)) return true;
    const code = opening.charCodeAt(k);
    if (code >= 128) return true;
    state = walker.move(state, code);
    if (state < 0) return false;
  }
  return true;
}
