// Turns one number a rule found into a full reading: currency before it, scales and unit after
// it, hedge before it. The steps run in a fixed order; each looks at a few tokens only.
import type { Core } from './core.js';
import { adjacent, clean } from './core.js';
import type { AmountLexicon, HedgeSense, UnitSense } from './lexicon.js';
import type { Token } from './tokens.js';
import { centsAfter, currencyBefore, divisorAfter, hedgeBefore, hedgeSuffixAfter, scalesAfter, unitAfter } from './attach.js';

export interface Reading {
  from: number; // first token, hedge included
  numberFrom: number; // first token of the number or its currency
  to: number;
  value: number;
  scale: number;
  unit: UnitSense | null;
  hedge: HedgeSense | null;
  core: Core;
}

/** Currencies whose hundredth is a cent. */
export const CENT_CURRENCIES = new Set(['Dollar', 'Euro', 'Pound', 'Canadian dollar', 'Hong Kong dollar', 'Australian dollar']);

export function readAround(tokens: readonly Token[], core: Core, lex: AmountLexicon): Reading | null {
  const glued = core.form === 'digits' && tokens[core.to]?.kind === 'word' && adjacent(tokens, core.to);
  const prefix = core.form === 'multiplier' ? null : currencyBefore(tokens, core.from, lex);
  let value = core.value;
  let to = core.to;
  const scaled = core.form === 'vague' || core.form === 'multiplier' ? { scale: 1, to } : scalesAfter(tokens, to, lex, prefix !== null);
  value *= scaled.scale;
  to = scaled.to;
  // "900-odd-kilometre": the hedge sits between the number and its unit
  const suffix = core.form === 'multiplier' ? null : hedgeSuffixAfter(tokens, to, lex);
  if (suffix) to = suffix.to;
  if (!prefix && scaled.scale === 1 && Math.abs(value) <= 20 && core.form !== 'vague') {
    const div = divisorAfter(tokens, to, lex);
    if (div) {
      value /= div.divisor;
      to = div.to;
    }
  }
  let unit: UnitSense | null = core.unit ?? prefix?.sense ?? null;
  if (!core.unit) {
    const after = unitAfter(tokens, to, lex, core, scaled.scale > 1);
    // after a currency prefix only the same currency may follow ("$3 billion dollars")
    if (after && (!prefix || (after.sense.currency && after.sense.code === prefix.sense.code))) {
      unit = prefix ? prefix.sense : after.sense;
      to = after.to;
      if (!prefix && CENT_CURRENCIES.has(after.sense.name) && tokens[after.to - 1]!.kind === 'word') {
        const cents = centsAfter(tokens, to, lex);
        if (cents) {
          value += cents.cents / 100;
          to = cents.to;
        }
      }
    }
  }
  if (glued && to === core.to) return null; // "4th", "24703m212": a glued word that is no unit
  const numberFrom = prefix?.from ?? core.from;
  const hedge = hedgeBefore(tokens, numberFrom, lex);
  return { from: hedge?.from ?? numberFrom, numberFrom, to, value: clean(value), scale: scaled.scale, unit, hedge: joinHedges(hedge?.sense, suffix?.sense), core };
}

/** A hedge before the number and one after it ("some 900-odd"): approximate if either is, the bound before it first. */
function joinHedges(before: HedgeSense | undefined, after: HedgeSense | undefined): HedgeSense | null {
  if (!before || !after) return before ?? after ?? null;
  return { approximate: before.approximate || after.approximate, bound: before.bound ?? after.bound };
}
