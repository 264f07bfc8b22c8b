// splitSentences reads blanks and the letters of the word before a full stop by character code;
// its sentences must be those of the regex tests it replaced (copied here), on hostile strings:
// every kind of blank, surrogate halves and pairs, non-ASCII letters, abbreviations, initialisms.
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../bench/generate-corpus.js';
import { splitSentences } from '../../pipeline/extract/sentences.js';
import { goldTexts } from '../fixtures/gold-texts.js';

const INITIALISM = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const ABBREVIATIONS = new Set(['dr', 'mr', 'no', 'jan', 'u.s', 'e.g', 'st', 'gen']);
const TERMINATORS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = /^[\p{Lu}\p{N}"“‘'(\[«]/u;

/** The segmentation with regex tests per character, as it was. */
function reference(content: string, abbreviations: Set<string>) {
  const wordBefore = (text: string, end: number) => {
    let i = end;
    while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
    return text.slice(i, end);
  };
  const isAbbreviation = (text: string, dot: number) => {
    const word = wordBefore(text, dot);
    if (!word) return false;
    if (abbreviations.has(word.toLowerCase())) return true;
    return INITIALISM.test(word);
  };
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(content[s] ?? '')) s++;
    while (e > s && /\s/.test(content[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < content.length; i++) {
    const ch = content[i] ?? '';
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    let end = i + 1;
    while (end < content.length && TERMINATORS.has(content[end] ?? '')) end++;
    while (end < content.length && CLOSERS.has(content[end] ?? '')) end++;
    let next = end;
    while (next < content.length && (content[next] === ' ' || content[next] === '\t' || content[next] === '\u00a0')) next++;
    if (next === end && next < content.length && content[next] !== '\n') continue;
    if (next < content.length && content[next] !== '\n' && !OPENERS.test(content.slice(next, next + 1))) continue;
    if (ch === '.' && end === i + 1 && isAbbreviation(content, i)) continue;
    push(end);
    i = end - 1;
  }
  push(content.length);
  return spans;
}

const PIECES = [
  ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\r', '.', '.', '!', '?', '…', '”', ')', '"',
  'Dr', 'dr', 'U.S', 'U', 'J', 'Jan', 'no', 'talks', 'Iran', 'Ödemiş', 'ß', 'é', '\ud835\udc00', '\ud835', 'Ω', '3', '3.5', '(', '«', 'e.g',
];

describe('splitSentences', () => {
  it('cuts the sentences the regex tests cut', () => {
    const next = random(21);
    // Only words of the real abbreviation list are used where the reference's list differs.
    const abbreviations = new Set(['dr', 'no', 'jan']);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let w = Math.floor(next() * 30); w > 0; w--) s += PIECES[Math.floor(next() * PIECES.length)]!;
      if (/u\.s|e\.g|gen|\bst\b/i.test(s)) continue;
      expect(splitSentences(s), JSON.stringify(s)).toEqual(reference(s, abbreviations));
    }
  });

  it('cuts the gold texts as the regex tests cut them, the scan going from stop to stop', () => {
    // pipeline/extract/sentences.ts's list, copied: real prose meets its words ("Gen.", "St.", "U.S.").
    const abbreviations = new Set([
      'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'gov', 'sen',
      'rep', 'rev', 'st', 'mt', 'ft', 'jr', 'sr', 'no', 'nos', 'vs', 'approx', 'est', 'fig', 'vol', 'pp',
      'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
      'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'e.g', 'i.e', 'cf', 'al',
    ]);
    const texts = goldTexts();
    expect(texts.length).toBeGreaterThanOrEqual(49);
    for (const text of texts) expect(splitSentences(text)).toEqual(reference(text, abbreviations));
  });

  it('keeps an abbreviation and an initialism inside the sentence, and trims blanks of every kind', () => {
    const text = '\u3000 Dr. Ali met the U.N. envoy. \u00a0Talks resumed!\u00a0\n';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Dr. Ali met the U.N. envoy.', 'Talks resumed!']);
  });
});
