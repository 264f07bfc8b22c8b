// Refiners run on all readings of a text, after the rules: they may look at neighbours.
import { clean } from './core.js';
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
