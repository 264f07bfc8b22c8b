// Refiners run on all readings of a text, after the rules: they may look at neighbours.
import { clean } from './core.js';
import type { UnitSense } from './lexicon.js';
import { CENT_CURRENCIES } from './reading.js';
import type { Reading } from './reading.js';
import type { Token } from './tokens.js';

const RANGE_WORDS = new Set(['to', '-', '–', '—', 'and']);

/**
 * Ranges share the unit and scale written once at their end: "from 3 to 10 billion dollars",
 * "eight to 10 feet", "between 7 and 9 km". "and" joins a range only after "between".
 */
export function shareRangeUnits(readings: Reading[], tokens: readonly Token[]): void {
  for (let k = 0; k + 1 < readings.length; k++) {
    const a = readings[k]!;
    const b = readings[k + 1]!;
    if (a.unit || !b.unit || b.from !== a.to + 1 || b.hedge) continue;
    const joiner = tokens[a.to]!;
    if (!RANGE_WORDS.has(joiner.lower) || joiner.breakBefore) continue;
    if (joiner.lower === 'and' && tokens[a.from - 1]?.lower !== 'between') continue;
    a.unit = b.unit;
    if (a.scale === 1 && b.scale > 1) {
      a.scale = b.scale;
      a.value = clean(a.value * b.scale);
    }
  }
}

/** Tokens back to the amount whose currency bare "cents" take. */
const CENTS_REACH = 12;

/**
 * Bare "cents" are hundredths of the cent currency named just before them: "from 6 US cents to
 * 11 cents", "$1.20 ... and 90 cents" (USD), in the same sentence. Else they keep no code.
 */
export function centsTakeNearbyCurrency(readings: Reading[], tokens: readonly Token[]): void {
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k]!;
    if (!r.unit || r.unit.code !== null || r.unit.name !== 'Cent') continue;
    const prev = readings[k - 1]!;
    const u = prev.unit;
    if (!u || !u.code || r.from - prev.to > CENTS_REACH || sentenceEndBetween(tokens, prev.to, r.from)) continue;
    if (u.factor === 0.01) r.unit = u; // "US cents"
    else if (u.factor === 1 && CENT_CURRENCIES.has(u.name)) r.unit = centOf(u);
  }
}

const centOf = (u: UnitSense): UnitSense => ({ code: u.code, name: `${u.name} cent`, factor: 0.01, currency: true, rupee: false });

const sentenceEndBetween = (tokens: readonly Token[], from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'sym' && /^[.!?]$/.test(tokens[i]!.text)) return true;
  return false;
};
