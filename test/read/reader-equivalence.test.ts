// The reader's faster routines against the straightforward ones they replaced, on hostile
// strings: every kind of blank (\s holds more than countWords counts), final ":" and ".",
// closing quotes, line ends of all three kinds, and the lexicon's own phrases spelled oddly.
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../../bench/generate-corpus.js';
import { isOnly } from '../../pipeline/read/read-source.js';
import { LinePhrases, furniture, phraseSet, squash } from '../../pipeline/read/text/lexicon.js';
import { endsLikeSentence, splitLines } from '../../pipeline/read/text/lines.js';

const BLANKS = [' ', '  ', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u000b', '\f', '\u202f', '\r', '\n', '\r\n'];
const PIECES = [...BLANKS, ':', '.', '…', '"', '”', '’', ')', '(', 'a', 'News', 'İ', 'ß', '\ud83d\ude00', '\ud83d', 'related', 'More', 'from', 'x'];

function hostile(next: () => number, phrases: string[]): string {
  let s = '';
  const parts = Math.floor(next() * 12);
  for (let k = 0; k < parts; k++) {
    const r = next();
    if (r < 0.25) {
      // a phrase of the lexicon, cased and spaced at random
      const phrase = phrases[Math.floor(next() * phrases.length)]!;
      s += phrase.split(' ').map((w) => (next() < 0.5 ? w.toUpperCase() : w)).join(BLANKS[Math.floor(next() * BLANKS.length)]!);
    } else {
      s += PIECES[Math.floor(next() * PIECES.length)]!;
    }
  }
  return s;
}

describe('LinePhrases', () => {
  it.each([
    ['labelLines', furniture.labelLines],
    ['trailingZoneOpeners', furniture.trailingZoneOpeners],
  ])('answers as squash + set lookup for the %s', (_name, words) => {
    const fast = new LinePhrases(words);
    const set = phraseSet(words);
    const slow = (line: string) => set.has(squash(line).replace(/[:.]$/, ''));
    const next = random(9);
    let hits = 0;
    for (let k = 0; k < 20_000; k++) {
      const line = hostile(next, words);
      expect(fast.has(line), JSON.stringify(line)).toBe(slow(line));
      if (slow(line)) hits++;
    }
    expect(hits).toBeGreaterThan(100); // the inputs do reach phrases, not only misses
  });

  it('finds a phrase written with odd blanks and a final colon, and turns away a longer line', () => {
    const openers = new LinePhrases(['Related news', 'More from']);
    expect(openers.has('  RELATED\u00a0\u2003news:  ')).toBe(true);
    expect(openers.has('More from.')).toBe(true);
    expect(openers.has('Related news from the border towns')).toBe(false);
    expect(openers.has('Related news :')).toBe(false);
  });
});

describe('endsLikeSentence', () => {
  const slow = (s: string) => /[.…]["”’)]?\s*$/.test(s);
  it('answers as the regex it replaced', () => {
    const next = random(11);
    for (let k = 0; k < 20_000; k++) {
      const s = hostile(next, ['the talks.']);
      expect(endsLikeSentence(s), JSON.stringify(s)).toBe(slow(s));
    }
  });

  it('reads a full stop or ellipsis before one closing mark and trailing blanks', () => {
    expect(endsLikeSentence('The talks resumed.”\u2003 ')).toBe(true);
    expect(endsLikeSentence('Talks resumed…')).toBe(true);
    expect(endsLikeSentence('Talks resumed.”)')).toBe(false);
    expect(endsLikeSentence(')')).toBe(false);
    expect(endsLikeSentence('Iran and Pakistan')).toBe(false);
  });
});

describe('splitLines', () => {
  function slow(text: string) {
    const lines = [];
    const terminator = /\r\n|\n|\r/g;
    let start = 0;
    for (let m = terminator.exec(text); m; m = terminator.exec(text)) {
      lines.push({ index: lines.length, start, end: m.index, text: text.slice(start, m.index) });
      start = m.index + m[0].length;
    }
    lines.push({ index: lines.length, start, end: text.length, text: text.slice(start) });
    return lines;
  }
  it('cuts the lines the regex cut', () => {
    const next = random(13);
    for (let k = 0; k < 5_000; k++) {
      const s = hostile(next, ['a line']) + (next() < 0.3 ? '\r' : '');
      expect(splitLines(s)).toEqual(slow(s));
    }
    expect(splitLines('a\r\n\r\nb\rc\n')).toEqual(slow('a\r\n\r\nb\rc\n'));
  });
});

describe('isOnly', () => {
  it('answers as !text.replace(part, "").trim()', () => {
    const next = random(17);
    for (let k = 0; k < 20_000; k++) {
      const part = hostile(next, ['Pakistan and Iran']) || 'x';
      const text = next() < 0.5 ? hostile(next, ['x']) + part + hostile(next, ['x']) : hostile(next, ['Pakistan and Iran']);
      expect(isOnly(text, part), JSON.stringify([text, part])).toBe(!text.replace(part, '').trim());
    }
    expect(isOnly('\n  Talks in Tehran \u2003\n', 'Talks in Tehran')).toBe(true);
    expect(isOnly('Talks in Tehran\nTalks in Tehran', 'Talks in Tehran')).toBe(false);
  });
});
