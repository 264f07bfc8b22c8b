// What surrounds a number and changes its meaning, read after a rule has found the number:
// a currency before it ("$", "US$", "Rs"), scale words after it ("3bn", "1.5 trillion"), a unit
// after it ("dollars", "km", "%", "-fold", "(kg)"), and a hedge before it ("at least", "almost").
// Each helper looks at a bounded number of tokens, so the scan stays linear.
import { adjacent, continues } from './core.js';
import type { Core } from './core.js';
import type { AmountLexicon, HedgeSense, UnitSense } from './lexicon.js';
import type { Token } from './tokens.js';
import { digits } from './rules/digits.js';
import { words } from './rules/words.js';

const OPEN: Record<string, string> = { '(': ')', '[': ']', '<': '>', '{': ')' };
const HYPHENS = new Set(['-', '‐', '‑']);

/** A currency written before tokens[from] ("$", "US$", "hk $", "Rs."), or null. */
export function currencyBefore(tokens: readonly Token[], from: number, lex: AmountLexicon): { sense: UnitSense; from: number } | null {
  if (from <= 0 || tokens[from]!.breakBefore) return null;
  const m = lex.prefixTrie.match(tokens, from - 1);
  return m ? { sense: m.value, from: m.to } : null;
}

/** A hedge that ends right before tokens[from] ("at least", "an estimated"), or null. */
export function hedgeBefore(tokens: readonly Token[], from: number, lex: AmountLexicon): { sense: HedgeSense; from: number } | null {
  if (from <= 0 || tokens[from]!.breakBefore) return null;
  const m = lex.hedgeTrie.match(tokens, from - 1);
  return m ? { sense: m.value, from: m.to } : null;
}

/** A hedge joined to the number after it by a hyphen ("900-odd", "50-plus"), or null. */
export function hedgeSuffixAfter(tokens: readonly Token[], to: number, lex: AmountLexicon): { sense: HedgeSense; to: number } | null {
  const hyphen = tokens[to];
  const word = tokens[to + 1];
  if (!hyphen || !word || hyphen.kind !== 'sym' || !HYPHENS.has(hyphen.text) || !adjacent(tokens, to) || !adjacent(tokens, to + 1)) return null;
  const sense = lex.hedgeSuffixes.get(word.lower);
  return sense ? { sense, to: to + 2 } : null;
}

/** Scale words after a number, multiplied together: "1.5 trillion", "3bn", "three lakh crore". */
export function scalesAfter(tokens: readonly Token[], to: number, lex: AmountLexicon, currency: boolean): { scale: number; to: number } {
  let scale = 1;
  for (;;) {
    if (!continues(tokens, to)) break;
    const m = lex.scaleTrie.match(tokens, to);
    if (m) {
      scale *= m.value;
      to = m.to;
      continue;
    }
    // after a currency, "m" is million ("$10m"), not metres
    if (currency && tokens[to]!.text === 'm' && adjacent(tokens, to)) {
      scale *= 1e6;
      to += 1;
      continue;
    }
    break;
  }
  return { scale, to };
}

/** "one over three", "1 over 20": a small bare number over another one. */
export function divisorAfter(tokens: readonly Token[], to: number, lex: AmountLexicon): { divisor: number; to: number } | null {
  if (!continues(tokens, to) || tokens[to]!.lower !== 'over' || !continues(tokens, to + 1)) return null;
  const den = digits.match(tokens, to + 1, lex) ?? words.match(tokens, to + 1, lex);
  if (!den || den.value === 0 || den.from !== to + 1) return null;
  return { divisor: den.value, to: den.to };
}

/**
 * A unit right after the number: "dollars", "km", "%", "per cent", "cubic feet per day", glued
 * ("17km"), hyphenated ("900-kilometer", "five-fold"), bracketed ("20 (kg)"), or "of" + a
 * currency after a vague or scaled number ("billions of dollars").
 */
export function unitAfter(tokens: readonly Token[], to: number, lex: AmountLexicon, core: Core, scaled: boolean): { sense: UnitSense; to: number } | null {
  if (!continues(tokens, to)) return null;
  let k = to;
  let close: string | null = null;
  const t = tokens[k]!;
  if (t.kind === 'sym' && HYPHENS.has(t.text) && adjacent(tokens, k) && adjacent(tokens, k + 1)) k++;
  else if (t.kind === 'sym' && OPEN[t.text] && continues(tokens, k + 1)) {
    close = OPEN[t.text]!;
    k++;
  } else if (t.lower === 'of' && (core.form === 'vague' || scaled) && continues(tokens, k + 1)) {
    const m = lex.unitTrie.match(tokens, k + 1);
    return m && m.value.currency ? { sense: m.value, to: m.to } : null;
  }
  const m = lex.unitTrie.match(tokens, k);
  if (!m) return null;
  if (close !== null) {
    const c = tokens[m.to];
    if (!c || !(c.text === close || (close === ')' && c.text === ')'))) return null;
    return { sense: m.value, to: m.to + 1 };
  }
  return { sense: m.value, to: m.to };
}

/** "thirteen dollars forty-five cents", "one dollar and one": hundredths after a currency word. */
export function centsAfter(tokens: readonly Token[], to: number, lex: AmountLexicon): { cents: number; to: number } | null {
  let k = to;
  if (continues(tokens, k) && tokens[k]!.lower === 'and') k++;
  if (!continues(tokens, k)) return null;
  const c = digits.match(tokens, k, lex) ?? words.match(tokens, k, lex);
  if (!c || c.from !== k || c.value <= 0 || c.value >= 100 || !Number.isInteger(c.value)) return null;
  const after = tokens[c.to];
  if (after && continues(tokens, c.to) && (after.lower === 'cents' || after.lower === 'cent')) return { cents: c.value, to: c.to + 1 };
  if (!after || after.kind === 'sym' || after.lower === 'and' || after.breakBefore) return { cents: c.value, to: c.to };
  return null;
}
