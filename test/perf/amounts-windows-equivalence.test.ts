// candidateWindows finds the whitespace runs only near candidates, and tries the pattern only
// at word starts whose first three letters can start a number word. The windows must be those
// of the straightforward pass it replaced (every run found first, the pattern tried at every
// digit and word start), here copied as the reference, on hostile strings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../bench/generate-corpus.js';
import { amountLexicon } from '../../pipeline/extract/amounts/lexicon.js';
import { candidatePattern, candidateWindows } from '../../pipeline/extract/amounts/windows.js';

const MARGIN_RUNS = 12;
const isSpace = (c: number): boolean => /\s/.test(String.fromCharCode(c));

/** The reference: every whitespace run of the piece found first, the pattern searched globally. */
function referenceWindows(text: string, from: number, to: number): Array<[number, number]> {
  const part = text.slice(from, to);
  const starts: number[] = [];
  for (let i = 0; i < part.length; i++) {
    if (!isSpace(part.charCodeAt(i))) continue;
    starts.push(i + from);
    while (i + 1 < part.length && isSpace(part.charCodeAt(i + 1))) i++;
  }
  const firstFrom = (at: number) => starts.findIndex((s) => s >= at) === -1 ? starts.length : starts.findIndex((s) => s >= at);
  const windows: Array<[number, number]> = [];
  const pattern = new RegExp(candidatePattern(amountLexicon()).source, 'giu');
  for (const m of part.matchAll(pattern)) {
    const start = m.index + from;
    const end = start + m[0].length;
    const k = firstFrom(start);
    const begin = k >= MARGIN_RUNS ? starts[k - MARGIN_RUNS]! : from;
    const j = firstFrom(end) + MARGIN_RUNS - 1;
    const finish = j < starts.length ? starts[j]! : to;
    const last = windows.at(-1);
    if (last && (start <= last[1] || begin <= last[1])) last[1] = Math.max(last[1], finish);
    else windows.push([begin, finish]);
  }
  return windows;
}

const PIECES = [
  ' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b',
  'the', 'The', 'THE', 'them', 'three', 'Thr', 'th', 'dz', 'dzx', 'doz', 'for', 'four', 'fourteen', 'one', 'once', 'on', 'ten', 'tender', 'tens',
  'ſix', '\u212Ailo', 'éleven', 'half', 'x', 'talks', 'Tehran', '7', '1,000', '2024', '-', '.', ',', '(', '"', 'é', '二',
];

function hostile(next: () => number, words: number): string {
  let s = '';
  for (let k = 0; k < words; k++) {
    s += PIECES[Math.floor(next() * PIECES.length)]!;
    // runs of words with no blank between them, and long stretches of plain words
    if (next() < 0.8) s += next() < 0.9 ? ' ' : PIECES[Math.floor(next() * 11)]!;
    if (next() < 0.02) s += 'the talks resumed in Tehran after a pause '.repeat(Math.floor(next() * 6));
  }
  return s;
}

describe('candidate windows against the straightforward pass', () => {
  const lex = amountLexicon();
  it('on hostile strings, whole and cut into pieces', () => {
    const next = random(5);
    for (let k = 0; k < 3_000; k++) {
      const text = hostile(next, Math.floor(next() * 120));
      expect(candidateWindows(text, 0, text.length, lex), JSON.stringify(text)).toEqual(referenceWindows(text, 0, text.length));
      const from = Math.floor(next() * text.length);
      const to = from + Math.floor(next() * (text.length - from));
      expect(candidateWindows(text, from, to, lex), JSON.stringify([text, from, to])).toEqual(referenceWindows(text, from, to));
    }
  });

  it('on the seed articles', () => {
    const dir = path.resolve(import.meta.dirname, '../../raw');
    for (const f of fs.readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(candidateWindows(text, 0, text.length, lex)).toEqual(referenceWindows(text, 0, text.length));
    }
  });

  it('turn away "the" but not a number word that starts like it', () => {
    const text = `${'the talks '.repeat(30)}then three ${'the talks '.repeat(30)}`;
    const windows = candidateWindows(text, 0, text.length, lex);
    expect(windows).toHaveLength(1);
    expect(text.slice(...windows[0]!)).toContain('three');
    expect(candidateWindows('the them there these', 0, 20, lex)).toEqual([]);
  });
});
