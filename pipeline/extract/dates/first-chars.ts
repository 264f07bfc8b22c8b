// The characters a pattern's match can start with, read from the pattern's source: the tagger tries
// a rule at a start position only when the character there can open one of its matches (a rule that
// opens with a month name is not run at "2024" nor at "the"). Each rule costs a call into the regex
// engine at every position the prefilter points at; most of those calls fail on the first character.
//
// The reading is conservative: whatever it does not understand may start with anything (`ANY`), so
// a rule is never skipped where it could match. It knows the syntax of the rules' patterns (groups,
// alternatives, quantifiers, classes, escapes, lookarounds, anchors); a back-reference or a
// negated class may start with anything. Case-insensitive patterns add the other case of every
// ASCII letter, and any non-ASCII character (Unicode case folding maps "ſ" to "s", "K" to "k").

/** A set of first characters: ASCII codes one by one, every non-ASCII character as one bucket. */
export interface FirstChars {
  ascii: boolean[]; // 128 entries
  nonAscii: boolean;
}

const empty = (): FirstChars => ({ ascii: new Array<boolean>(128).fill(false), nonAscii: false });
const any = (): FirstChars => ({ ascii: new Array<boolean>(128).fill(true), nonAscii: true });

function addRange(set: FirstChars, from: number, to: number): void {
  for (let c = from; c <= Math.min(to, 127); c++) set.ascii[c] = true;
  if (to > 127) set.nonAscii = true;
}

function addAll(set: FirstChars, other: FirstChars): void {
  for (let c = 0; c < 128; c++) if (other.ascii[c]) set.ascii[c] = true;
  if (other.nonAscii) set.nonAscii = true;
}

const DIGITS: Array<[number, number]> = [[48, 57]];
const WORD: Array<[number, number]> = [[48, 57], [65, 90], [95, 95], [97, 122]];
// \s: ASCII tab to carriage return and space; the rest of it (no-break space, line separators…) is non-ASCII.
const SPACE: Array<[number, number]> = [[9, 13], [32, 32], [128, 0xffff]];

/** What a term matches first, and whether it can match the empty string. */
interface First {
  set: FirstChars;
  nullable: boolean;
}

class Reader {
  i = 0;
  constructor(readonly source: string) {}

  /** Alternatives up to a closing bracket or the end. */
  alternation(): First {
    const set = empty();
    let nullable = false;
    for (;;) {
      const alt = this.sequence();
      addAll(set, alt.set);
      nullable ||= alt.nullable;
      if (this.source[this.i] !== '|') return { set, nullable };
      this.i++;
    }
  }

  /** Terms in a row: the first characters of each term up to the first that cannot be empty. */
  private sequence(): First {
    const set = empty();
    let nullable = true;
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const term = this.term();
      const optional = this.quantifier();
      if (nullable) addAll(set, term.set);
      nullable &&= term.nullable || optional;
    }
    return { set, nullable };
  }

  /** A quantifier after a term, if any; whether it allows none. */
  private quantifier(): boolean {
    const s = this.source;
    const c = s[this.i];
    let optional = false;
    if (c === '?' || c === '*' || c === '+') {
      optional = c !== '+';
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.i, this.i + 24));
      if (!m) throw new Error(`unread quantifier at ${this.i}`);
      optional = Number(m[1]) === 0;
      this.i += m[0].length;
    } else return false;
    if (s[this.i] === '?') this.i++; // lazy
    return optional;
  }

  private term(): First {
    const s = this.source;
    const c = s[this.i++] as string;
    if (c === '(') {
      let lookaround: boolean;
      [this.i, lookaround] = readGroupOpening(s, this.i);
      const inner = this.alternation();
      if (s[this.i++] !== ')') throw new Error(`unclosed group at ${this.i}`);
      // A lookaround consumes nothing: the characters after it open the match.
      return lookaround ? { set: empty(), nullable: true } : inner;
    }
    if (c === '[') return { set: this.characterClass(), nullable: false };
    if (c === '.') return { set: any(), nullable: false };
    if (c === '^' || c === '$') return { set: empty(), nullable: true };
    if (c === '\\') {
      const e = s[this.i] as string;
      if (e === 'b' || e === 'B') {
        this.i++;
        return { set: empty(), nullable: true };
      }
      if (e === 'k' || (e >= '1' && e <= '9')) {
        // A back-reference: whatever its group took, or nothing.
        if (e === 'k') this.i = s.indexOf('>', this.i) + 1;
        else while (/\d/.test(s[this.i] ?? '')) this.i++;
        return { set: any(), nullable: true };
      }
      return { set: this.escape(false).set, nullable: false };
    }
    if (c === ')' || c === '|' || c === '?' || c === '*' || c === '+' || c === '{') throw new Error(`unexpected ${c} at ${this.i - 1}`);
    const set = empty();
    const code = s.codePointAt(this.i - 1) as number;
    if (code > 0xffff) this.i++;
    addRange(set, code, code);
    return { set, nullable: false };
  }

  /**
   * An escape after its backslash, as a set, with its code when it stands for one character;
   * `inClass`: inside brackets, where \b is a backspace.
   */
  private escape(inClass: boolean): { set: FirstChars; single: number | null } {
    const s = this.source;
    const e = s[this.i++] as string;
    const set = empty();
    const ranges = (rs: Array<[number, number]>): { set: FirstChars; single: null } => {
      for (const [a, b] of rs) addRange(set, a, b);
      return { set, single: null };
    };
    let code: number;
    switch (e) {
      case 'd': return ranges(DIGITS);
      case 'w': return ranges(WORD);
      case 's': return ranges(SPACE);
      case 'D': case 'W': case 'S': case 'p': case 'P':
        if (e === 'p' || e === 'P') this.i = s.indexOf('}', this.i) + 1;
        return { set: any(), single: null };
      case 'n': code = 10; break;
      case 'r': code = 13; break;
      case 't': code = 9; break;
      case 'f': code = 12; break;
      case 'v': code = 11; break;
      case '0': code = 0; break;
      case 'c': code = s.charCodeAt(this.i++) % 32; break;
      case 'x': code = parseInt(s.slice(this.i, this.i + 2), 16); this.i += 2; break;
      case 'u':
        if (s[this.i] === '{') {
          const close = s.indexOf('}', this.i);
          code = parseInt(s.slice(this.i + 1, close), 16);
          this.i = close + 1;
        } else {
          code = parseInt(s.slice(this.i, this.i + 4), 16);
          this.i += 4;
        }
        break;
      default:
        if (e === 'b' && inClass) code = 8;
        // An escaped character stands for itself ("\.", "\/", "\-").
        else if (/[A-Za-z0-9]/.test(e)) throw new Error(`unread escape \\${e} at ${this.i - 1}`);
        else code = e.codePointAt(0) as number;
    }
    if (Number.isNaN(code)) throw new Error(`unread escape at ${this.i}`);
    addRange(set, code, code);
    return { set, single: code };
  }

  /** A bracketed class after its "[": its characters; a negated class may start with anything. */
  private characterClass(): FirstChars {
    const s = this.source;
    const set = empty();
    let negated = false;
    if (s[this.i] === '^') [negated, this.i] = [true, this.i + 1];
    while (s[this.i] !== ']') {
      if (this.i >= s.length) throw new Error('unclosed class');
      const from = this.classAtom();
      if (s[this.i] === '-' && s[this.i + 1] !== ']' && from.single !== null) {
        this.i++;
        const to = this.classAtom();
        if (to.single === null) throw new Error(`unread range at ${this.i}`);
        addRange(set, from.single, to.single);
      } else addAll(set, from.set);
    }
    this.i++;
    return negated ? any() : set;
  }

  /** One character or escape of a class, with its code when it is a single character. */
  private classAtom(): { set: FirstChars; single: number | null } {
    const s = this.source;
    if (s[this.i] === '\\') {
      this.i++;
      return this.escape(true);
    }
    const code = s.codePointAt(this.i) as number;
    this.i += code > 0xffff ? 2 : 1;
    const set = empty();
    addRange(set, code, code);
    return { set, single: code };
  }
}

/** The characters a match of `pattern` can start with (everything where unsure). */
/**
 * What follows a group's "(" in a pattern's source at `i`: the index where the group's body starts,
 * and whether the group is a lookaround (which consumes nothing). Throws on a group kind not read.
 */
export function readGroupOpening(s: string, i: number): [start: number, lookaround: boolean] {
  if (s.startsWith('?:', i)) return [i + 2, false];
  if (s.startsWith('?=', i) || s.startsWith('?!', i)) return [i + 2, true];
  if (s.startsWith('?<=', i) || s.startsWith('?<!', i)) return [i + 3, true];
  if (s.startsWith('?<', i)) return [s.indexOf('>', i) + 1, false];
  if (s[i] === '?') throw new Error(`unread group at ${i}`);
  return [i, false];
}

export function firstChars(pattern: RegExp): FirstChars {
  let first: First;
  try {
    const reader = new Reader(pattern.source);
    first = reader.alternation();
    if (reader.i !== pattern.source.length) return any();
  } catch {
    return any();
  }
  if (first.nullable) return any();
  const set = first.set;
  if (pattern.flags.includes('i')) {
    if (set.nonAscii) {
      addRange(set, 65, 90);
      addRange(set, 97, 122);
    }
    for (let c = 65; c <= 90; c++) {
      if (set.ascii[c] || set.ascii[c + 32]) {
        set.ascii[c] = set.ascii[c + 32] = true;
        set.nonAscii = true;
      }
    }
  }
  return set;
}
