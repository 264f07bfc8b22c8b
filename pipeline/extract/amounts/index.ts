// General number recogniser: every number with any unit next to it.
// (Interface stub: the full recogniser replaces this body.)
import type { Amount } from '../../model.js';

export function recognizeAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(/\$?\b\d[\d,]*(?:\.\d+)?\b/g)) {
    const usd = m[0].startsWith('$');
    const value = Number(m[0].replace(/[$,]/g, ''));
    if (Number.isFinite(value)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, unit: usd ? 'USD' : null, approximate: false, bound: null, rule: 'digits' });
  }
  return found;
}
