// General number recogniser: every number in a text, with the unit written next to it.
// Rules (./rules) propose numbers, readAround adds currency, scale, unit and hedge, refiners
// settle what depends on neighbours. Tokenizing and every step are linear in the text.
import type { Amount } from '../../model.js';
import type { NumberRule } from './core.js';
import { amountLexicon } from './lexicon.js';
import type { AmountLexicon } from './lexicon.js';
import { readAround } from './reading.js';
import type { Reading } from './reading.js';
import { centsTakeNearbyCurrency, shareRangeUnits } from './refiners.js';
import { digits } from './rules/digits.js';
import { multiplier } from './rules/multiplier.js';
import { vague } from './rules/vague.js';
import { words } from './rules/words.js';
import { tokenize } from './tokens.js';
import { candidateWindows } from './windows.js';

// (A constant: a regex literal with \p{…} inside a function is built again at every call in the
// worker bundle, where esbuild writes it as `new RegExp(…)`.)
const LETTER_RUNS = /\p{L}+/gu;

/** The rules, in the order they are tried at each token: the first that matches wins. */
export const NUMBER_RULES: readonly NumberRule[] = [
  multiplier, // "tripled" before words would read nothing there anyway; kept first as the cheapest
  digits,
  words,
  vague, // "hundreds" only when words found no number ("two hundreds" is words)
];

export interface RecognizeOptions {
  /** ISO code for bare "rupees"/"Rs": PKR or INR; default: from the text's own cues, else none. */
  rupee?: string | null;
  /** Read only the windows around candidate tokens (default); false reads every line (for tests). */
  windows?: boolean;
}

export function recognizeAmounts(text: string, options: RecognizeOptions = {}): Amount[] {
  const lex = amountLexicon();
  // Which rupee the text means is worked out only when some amount is in rupees.
  let rupee: string | null | undefined = options.rupee;
  const rupeeOf = () => (rupee !== undefined ? rupee : (rupee = rupeeContext(text, lex)));
  const found: Amount[] = [];
  for (const [from, to] of chunks(text)) {
    // Only the windows around digits and number words can hold an amount (see windows.ts).
    const windows: Array<[number, number]> = options.windows === false ? [[from, to]] : candidateWindows(text, from, to, lex);
    for (const [start, end] of windows) {
      for (const a of recognizeChunk(text.slice(start, end), lex, rupeeOf)) found.push({ ...a, start: a.start + start, end: a.end + start });
    }
  }
  return found;
}

const CHUNK = 8_000;
const CHUNK_SLACK = 4_000;

/**
 * Pieces of the text to read one at a time, so that memory per piece stays small and time
 * stays linear on any input. Amounts never span a line break, so pieces end at line breaks;
 * a longer line is cut at a sentence end, else at a space, else (a pathological run with no
 * space) at a character that is neither a letter nor a digit.
 */
function* chunks(text: string): Generator<[number, number]> {
  let start = 0;
  while (text.length - start > CHUNK + CHUNK_SLACK) {
    const window = text.slice(start + CHUNK, start + CHUNK + CHUNK_SLACK);
    let cut = window.search(/\n/);
    if (cut < 0) cut = window.search(/[.!?;]\s/) + 1 || 0;
    if (cut <= 0) cut = window.search(/\s/);
    if (cut < 0) cut = window.search(/[^\p{L}\p{N}]/u) + 1 || CHUNK_SLACK;
    const end = start + CHUNK + Math.max(cut, 1);
    yield [start, end];
    start = end;
  }
  yield [start, text.length];
}

function recognizeChunk(text: string, lex: AmountLexicon, rupee: () => string | null): Amount[] {
  const tokens = tokenize(text);
  const readings: Reading[] = [];
  for (let i = 0; i < tokens.length; ) {
    let found: Reading | null = null;
    let skipTo = i + 1;
    for (const rule of NUMBER_RULES) {
      const core = rule.match(tokens, i, lex);
      if (!core) continue;
      skipTo = Math.max(core.to, i + 1);
      found = readAround(tokens, core, lex);
      break;
    }
    if (found && (readings.length === 0 || found.from >= readings[readings.length - 1]!.to)) {
      readings.push(found);
      skipTo = Math.max(found.to, i + 1);
    }
    i = skipTo;
  }
  shareRangeUnits(readings, tokens);
  centsTakeNearbyCurrency(readings, tokens);
  return readings.map((r) => toAmount(r, text, tokens, rupee));
}

function toAmount(r: Reading, text: string, tokens: ReturnType<typeof tokenize>, rupee: () => string | null): Amount {
  const start = tokens[r.from]!.start;
  const end = tokens[r.to - 1]!.end;
  const unit = r.unit;
  const code = unit ? (unit.rupee ? rupee() : unit.code) : null;
  const value = unit && unit.factor !== 1 && r.core.unit !== unit ? Number((r.value * unit.factor).toPrecision(15)) : r.value;
  return {
    start,
    end,
    text: text.slice(start, end),
    value,
    unit: code,
    approximate: Boolean(r.core.approximate || r.hedge?.approximate),
    bound: r.hedge?.bound ?? r.core.bound ?? null,
    rule: unit ? `${r.core.rule}+unit` : r.core.rule,
    unitName: unit ? unit.name : null,
    form: r.core.form,
  };
}

/** Which rupee a text means: the country whose cues it names more often (Pakistan, India). */
function rupeeContext(text: string, lex: AmountLexicon): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LETTER_RUNS)) {
    const code = lex.rupeeCues.get(m[0].toLowerCase());
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of counts) if (n > bestCount) [best, bestCount] = [code, n];
  return best;
}
