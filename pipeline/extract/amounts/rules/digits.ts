// Numbers written with digits, with their sign, exponent, power or fraction.
//   accepts: "1,234,567", "-9.2321312", "- 1 4/5", "3/4", "2  1/4", "1e10", "-12e-1", "1.1^23",
//            "10k" (the k is a scale, applied later), "17km", "SCP-173" (173: a hyphen after a
//            word is no minus sign)
//   rejects: "4th", "16th" (ordinals), "24703m212" (a code: letters then digits), "1/16/2024" (a date)
import type { Core, NumberRule } from '../core.js';
import { adjacent, continues } from '../core.js';
import type { Token } from '../tokens.js';

const MINUS = new Set(['-', '−']);
const isNum = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'num';
const isSym = (t: Token | undefined, s: string): boolean => t !== undefined && t.kind === 'sym' && t.text === s;

/** A minus sign before tokens[i]: a "-" not glued to a word or number before it. */
function minusBefore(tokens: readonly Token[], i: number): boolean {
  const sign = tokens[i - 1];
  if (!sign || sign.kind !== 'sym' || !MINUS.has(sign.text) || tokens[i]!.breakBefore) return false;
  const before = tokens[i - 2];
  if (before && sign.breakBefore && tokens[i]!.spaceBefore) return false; // a bullet: "\n- 5 people were killed"
  // "-1" at the start, "( -3", "is - 5"; but not "SCP-173" (glued to a word) nor "2020 - 2024" (a range)
  return !before || (sign.spaceBefore && before.kind !== 'num');
}

/** A signed integer glued to tokens[j]: "23", "-1", "+23". Returns [value, next index]. */
function gluedSigned(tokens: readonly Token[], j: number): [number, number] | null {
  let sign = 1;
  if ((isSym(tokens[j], '-') || isSym(tokens[j], '+')) && adjacent(tokens, j + 1)) {
    sign = tokens[j]!.text === '-' ? -1 : 1;
    j++;
  }
  const t = tokens[j];
  return isNum(t) && adjacent(tokens, j) && /^\d+$/.test(t.text) ? [sign * t.value, j + 1] : null;
}

export const digits: NumberRule = {
  name: 'digits',
  match(tokens, i) {
    const tok = tokens[i];
    if (!isNum(tok)) return null;
    if (isSym(tokens[i + 1], '/') && adjacent(tokens, i + 1) && isSym(tokens[i + 3], '/')) return null; // 1/16/2024
    let value = tok.value;
    let from = i;
    // ".08": a leading decimal point, not a full stop ("2.5" is one token already)
    const dot = tokens[i - 1];
    if (dot && isSym(dot, '.') && adjacent(tokens, i) && (i === 1 || dot.spaceBefore) && /^\d+$/.test(tok.text)) {
      value = Number(`0.${tok.text}`);
      from = i - 1;
    }
    let to = i + 1;
    const negative = minusBefore(tokens, from);
    if (negative) from -= 1;
    const next = tokens[to];
    // exponent: "1e10", "1.3e6", "-12e-1"
    if (next && next.kind === 'word' && adjacent(tokens, to) && /^e\d*$/i.test(next.text)) {
      const inWord = next.text.slice(1);
      if (inWord) return { from, to: to + 1, value: (negative ? -1 : 1) * value * 10 ** Number(inWord), rule: 'digits-exponent', form: 'digits' };
      const exp = gluedSigned(tokens, to + 1);
      if (exp) return { from, to: exp[1], value: (negative ? -1 : 1) * value * 10 ** exp[0], rule: 'digits-exponent', form: 'digits' };
    }
    // power: "1.1^23", "2.5^-1"
    if (isSym(next, '^') && adjacent(tokens, to)) {
      const exp = gluedSigned(tokens, to + 1);
      if (exp) return { from, to: exp[1], value: (negative ? -1 : 1) * value ** exp[0], rule: 'digits-power', form: 'digits' };
    }
    // fraction "3/4", or mixed "2 1/4"
    if (isSym(next, '/') && adjacent(tokens, to) && isNum(tokens[to + 1]) && adjacent(tokens, to + 1) && tokens[to + 1]!.value !== 0) {
      value = value / tokens[to + 1]!.value;
      to += 2;
    } else if (isNum(next) && next.spaceBefore && continues(tokens, to) && /^\d+$/.test(tok.text) && isSym(tokens[to + 1], '/') && adjacent(tokens, to + 1)) {
      const den = tokens[to + 2];
      if (isNum(den) && adjacent(tokens, to + 2) && den.value > next.value && !isSym(tokens[to + 3], '/')) {
        value = value + next.value / den.value;
        to += 3;
      }
    }
    // a glued word that is not a unit or scale is checked by the scanner (ordinals, codes)
    return { from, to, value: negative ? -value : value, rule: 'digits', form: 'digits' };
  },
};
