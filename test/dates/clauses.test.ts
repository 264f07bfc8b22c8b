import { describe, expect, it } from 'vitest';
import { SENTENCE_END, lastClause } from '../../pipeline/extract/dates/resolve.js';

// The plain forms, as resolve.ts wrote them before (a40063c): the references.
const SENTENCE_END_BEFORE_MARK = /(?<!(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sen|Rep|Gov|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))[.!?\n]\s+(?=[^.!?\n]*$)/u;
const CLAUSE_BREAK = /[,;:()\u2014]/gu;
function lastClauseByRegex(left: string): string {
  const breaks = [...left.matchAll(CLAUSE_BREAK)];
  const lastBreak = breaks[breaks.length - 1];
  return lastBreak ? left.slice(lastBreak.index + 1) : left;
}

// The resolver reads the clause before each candidate: its sentence (SENTENCE_END, the test of what
// stands before the mark written after it) and its last clause (lastClause, a backward loop). Both
// must read what the plain forms read, on texts built to trip them: initials, titles, abbreviations
// at the window's start, marks in a row, non-ASCII capitals and letters outside the BMP.
const PIECES = [
  'Mr', 'Mrs', 'Dr', 'St', 'Co', 'Corp', 'No', 'Sept', 'Sep', 'Dec', 'A', 'P', 'É', 'Ł', 'ǅ', '𝐀', 'x', 'word', 'the', 'said',
  '.', '.', '!', '?', '\n', '\n', ' ', ' ', '  ', '\t', '\u00a0', '\u2028', ',', ';', ':', '(', ')', '\u2014', '–', '’', '"', '5',
];

/** Strings of random pieces, from a fixed seed (a linear congruential generator). */
function hostileStrings(count: number): string[] {
  let seed = 20261122;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(24) }, () => PIECES[next(PIECES.length)]).join(''));
}

const written = [
  'He met Mr. Antar. Then he left',
  'Daniel P. Davison said on',
  'It rose. The ministry said\n  the talks',
  'Sept. the envoy',
  'A. B. C. the',
  'the talks ended.  ',
  'Gen. Smith arrived in Quetta. É. then',
  'Iran (and Pakistan, which signed; the deal) — said',
  '',
];

describe('the resolver reads sentences and clauses as the plain forms do', () => {
  const texts = [...written, ...hostileStrings(20_000)];

  it('finds the same sentence end', () => {
    const differ = texts.filter((t) => {
      const a = SENTENCE_END.exec(t);
      const b = SENTENCE_END_BEFORE_MARK.exec(t);
      return a?.index !== b?.index || a?.[0] !== b?.[0];
    });
    expect(differ).toEqual([]);
    // The texts reach both answers: a sentence end found, and one refused after a title or initial.
    expect(texts.filter((t) => SENTENCE_END.exec(t) !== null).length).toBeGreaterThan(1000);
    expect(SENTENCE_END.exec('He met Mr. Antar')).toBeNull();
    expect(SENTENCE_END.exec('It rose. The')?.index).toBe(7);
  });

  it('finds the same last clause', () => {
    expect(texts.filter((t) => lastClause(t) !== lastClauseByRegex(t))).toEqual([]);
    expect(lastClause('they would appeal the decision, announced')).toBe(' announced');
    expect(lastClause('a pause \u2014 then')).toBe(' then');
    expect(lastClause('no break here')).toBe('no break here');
  });
});
