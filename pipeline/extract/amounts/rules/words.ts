// Numbers spelled out in words, with fractions, "point" decimals and dozens.
//   accepts: "forty-four", "two hundred and sixty-six", "fifty - two", "three lakh crore",
//            "a dozen", "half a dozen", "half a million", "a third", "two thirds",
//            "one and a fourth", "three twenty-firsts" (3/21), "one hundred and three quarters"
//            (100.75), "nine point nought four", "minus one"
//   rejects: "three-nought-four" as one number (it is 3, 0 and 4), "the first time", "a second",
//            bare "hundred" or "million" (a scale needs a number before it)
import type { Core, NumberRule } from '../core.js';
import { continues } from '../core.js';
import type { AmountLexicon } from '../lexicon.js';
import type { Token } from '../tokens.js';

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale';

/** The ordinal value of a fraction word: "thirds" 3, "quarter" 4, "half" 2; else null. */
function denominator(w: string, lex: AmountLexicon): number | null {
  if (lex.half.has(w)) return 2;
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return lex.ordinals.get(w) ?? lex.ordinals.get(singular) ?? null;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** Index of the next word, skipping one hyphen ("forty-four", "fifty - two"), or -1. */
function nextWord(tokens: readonly Token[], j: number): number {
  if (!continues(tokens, j)) return -1;
  const t = tokens[j]!;
  if (t.kind === 'sym' && (t.text === '-' || t.text === '‐')) return isWord(tokens[j + 1]) && continues(tokens, j + 1) ? j + 1 : -1;
  return isWord(t) ? j : -1;
}

/**
 * The words a spelled number can start with: a sign ("minus"), an article ("a third"), a unit,
 * a teen, a tens word, or "half" alone. Any other first word reads nothing (the loop below stops
 * at it with nothing read, and only "half" is read bare), so most words of a window are turned
 * away by one look-up instead of a dozen.
 */
const starters = new WeakMap<AmountLexicon, Set<string>>();

export function numberStarters(lex: AmountLexicon): Set<string> {
  let set = starters.get(lex);
  if (!set) {
    set = new Set([...lex.negative, ...lex.article, ...lex.units.keys(), ...lex.teens.keys(), ...lex.tens.keys()]);
    if (lex.half.has('half')) set.add('half');
    starters.set(lex, set);
  }
  return set;
}

export const words: NumberRule = {
  name: 'words',
  match(tokens, i, lex) {
    const first = tokens[i];
    if (!isWord(first) || !numberStarters(lex).has(first.lower)) return null;
    return readWords(tokens, i, lex);
  },
};

/** The words rule without its look-up of the first word (exported for the test that they agree). */
export const readWords: NumberRule['match'] = (tokens, i, lex) => {
  const first = tokens[i];
  if (!isWord(first)) return null;
  let j = i;
  let sign = 1;
  if (lex.negative.has(first.lower)) {
    const k = nextWord(tokens, i + 1);
    if (k < 0 || !isNumberWord(tokens[k]!.lower, lex)) return null;
    sign = -1;
    j = k;
  }
  let total = 0, current = 0, group = 0, lastTens = 0, lastScale = Infinity;
  let last: Last = 'none';
  let tensAfterAnd = false, afterAnd = false;
  let mixedBase = 0;
  let end = -1; // past the last accepted token

  // "a"/"an" counts as one only before a scale, dozen or fraction: "a hundred", "a third"
  if (lex.article.has(tokens[j]!.lower)) {
    const k = nextWord(tokens, j + 1);
    if (k < 0 || tokens[k]!.spaceBefore === false) return null;
    const w = tokens[k]!.lower;
    const fractionNext = denominator(w, lex) !== null && !lex.notFractionAlone.has(w);
    const tensOrdinal = lex.tens.has(w) && nextWord(tokens, k + 1) > 0 && denominator(tokens[nextWord(tokens, k + 1)]!.lower, lex) !== null;
    if (!(lex.hundred.has(w) || lex.wordScales.has(w) || lex.dozen.has(w) || fractionNext || tensOrdinal)) return null;
    current = 1; group = 1; last = 'unit'; end = j + 1; j = k;
  }

  for (let k = j; k >= 0 && k < tokens.length; ) {
    const w = tokens[k]!.lower;
    const unit = lex.units.get(w) ?? null;
    const teen = lex.teens.get(w) ?? null;
    const tens = lex.tens.get(w) ?? null;
    if (unit !== null || teen !== null) {
      if (last === 'unit' || last === 'teen' || (last === 'tens' && (teen !== null || unit === 0))) break;
      current += (unit ?? teen)!; group = last === 'tens' ? group + (unit ?? teen)! : (unit ?? teen)!;
      last = unit !== null ? 'unit' : 'teen';
    } else if (tens !== null) {
      if (last === 'unit' || last === 'teen' || last === 'tens') {
        // "three twenty-firsts": a tens word opens the denominator when a fraction follows
        const f = nextWord(tokens, k + 1);
        if (f < 0 || denominator(tokens[f]!.lower, lex) === null) break;
      }
      tensAfterAnd = afterAnd;
      current += tens; group = tens; lastTens = tens; last = 'tens';
    } else if (lex.hundred.has(w) && last !== 'none' && last !== 'hundred' && current > 0 && current < 100) {
      current *= 100; group = 0; last = 'hundred';
    } else if (lex.wordScales.has(w) && last !== 'none') {
      const s = lex.wordScales.get(w)!;
      if (current === 0 && last === 'scale') total *= s; // "three lakh crore"
      else if (s < lastScale) total += current * s;
      else total = (total + current) * s; // "two thousand million"
      current = 0; group = 0; last = 'scale'; lastScale = Math.min(lastScale, s);
    } else if (lex.dozen.has(w) && last !== 'none') {
      const value = total + current - group + (group || 1) * 12;
      return done(i, sign, mixedBase + value, k + 1, 'words-dozen');
    } else if (lex.point.has(w) && last !== 'none') {
      const decimals = readDecimals(tokens, k + 1, lex);
      if (!decimals) break;
      return done(i, sign, mixedBase + total + current + Number(`0.${decimals.digits}`), decimals.to, 'words-point');
    } else if (w === 'and' && (last === 'hundred' || last === 'scale' || last === 'unit' || last === 'teen' || last === 'tens')) {
      const k2 = nextWord(tokens, k + 1);
      if (k2 < 0) break;
      const w2 = tokens[k2]!.lower;
      const k3 = nextWord(tokens, k2 + 1);
      const small = lex.article.has(w2) || ((lex.units.get(w2) ?? 0) > 0);
      if (small && k3 > 0 && denominator(tokens[k3]!.lower, lex) !== null && !lex.notFractionAlone.has(tokens[k3]!.lower)) {
        // a mixed number: "one and a fourth", "one hundred and three quarters"
        mixedBase = total + current;
        total = 0; current = 0; group = 0; last = 'none'; lastScale = Infinity;
        if (lex.article.has(w2)) { current = 1; group = 1; last = 'unit'; k = k3; continue; }
        k = k2; continue;
      }
      if (!(last === 'hundred' || last === 'scale') || !isNumberWord(w2, lex) || lex.wordScales.has(w2) || lex.hundred.has(w2)) break;
      afterAnd = true;
      k = k2;
      continue;
    } else {
      const den = denominator(w, lex);
      if (den === null || last === 'none') break;
      let num = total + current;
      let d = den;
      // "twenty-first century" is an ordinal, not a twentieth of anything
      if (last === 'tens' && num === lastTens && !w.endsWith('s')) return null;
      if (last === 'tens' && den < 10 && !tensAfterAnd && num - lastTens > 0) {
        d = lastTens + den; // "one hundred thirty fifths" is 100/35
        num -= lastTens;
      } else if (lex.notFractionAlone.has(w)) break;
      let value = mixedBase + num / d;
      let to = k + 1;
      // "half a dozen", "half a million"
      const a = nextWord(tokens, k + 1);
      const s = a > 0 && lex.article.has(tokens[a]!.lower) ? nextWord(tokens, a + 1) : -1;
      if (s > 0 && (lex.dozen.has(tokens[s]!.lower) || lex.wordScales.has(tokens[s]!.lower))) {
        value *= lex.dozen.has(tokens[s]!.lower) ? 12 : lex.wordScales.get(tokens[s]!.lower)!;
        to = s + 1;
      }
      return done(i, sign, value, to, 'words-fraction');
    }
    afterAnd = false;
    end = k + 1;
    k = nextWord(tokens, k + 1);
  }
  if (end < 0 || last === 'none') {
    // bare "half" ("more than half"), and "half a million"
    if (lex.half.has(first.lower) && first.lower === 'half' && sign === 1) {
      const a = nextWord(tokens, i + 1);
      const s = a > 0 && lex.article.has(tokens[a]!.lower) ? nextWord(tokens, a + 1) : -1;
      if (s > 0 && (lex.dozen.has(tokens[s]!.lower) || lex.wordScales.has(tokens[s]!.lower)))
        return done(i, sign, 0.5 * (lex.dozen.has(tokens[s]!.lower) ? 12 : lex.wordScales.get(tokens[s]!.lower)!), s + 1, 'words-fraction');
      return done(i, sign, 0.5, i + 1, 'words-fraction');
    }
    return null;
  }
  return done(i, sign, mixedBase + total + current, end);
};

function done(from: number, sign: number, value: number, to: number, rule = 'words'): Core {
  return { from, to, value: sign * value, rule, form: 'words' };
}

function isNumberWord(w: string, lex: AmountLexicon): boolean {
  return lex.units.has(w) || lex.teens.has(w) || lex.tens.has(w) || lex.hundred.has(w) || lex.wordScales.has(w) || lex.article.has(w);
}

/** The digits after "point": "zero three" is "03", "seventy-one" is "71", "eleven" is "11". */
function readDecimals(tokens: readonly Token[], k: number, lex: AmountLexicon): { digits: string; to: number } | null {
  let digits = '';
  let to = -1;
  for (let j = nextWord(tokens, k); j >= 0; j = nextWord(tokens, j + 1)) {
    const w = tokens[j]!.lower;
    const unit = lex.units.get(w);
    const teen = lex.teens.get(w);
    const tens = lex.tens.get(w);
    if (unit !== undefined) digits += String(unit);
    else if (teen !== undefined) digits += String(teen);
    else if (tens !== undefined) {
      const u = nextWord(tokens, j + 1);
      const uv = u >= 0 ? lex.units.get(tokens[u]!.lower) : undefined;
      if (u >= 0 && uv !== undefined && uv > 0) { digits += String(tens + uv); j = u; }
      else digits += String(tens);
    } else break;
    to = j + 1;
  }
  return to < 0 ? null : { digits, to };
}
