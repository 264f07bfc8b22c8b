// The data files' literals made as bytes (literal-bytes.ts) are the bytes of the literal
// inlineJson writes as text, for any text: JSON texts and hostile ones (every escaped character,
// line separators, lone surrogates, a real U+FFFD, characters of every UTF-8 length).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineJson } from '../../pipeline/emit/site/inline.js';
import { LiteralEncoder } from '../../pipeline/emit/site/literal-bytes.js';
import { layoutChunks } from '../../pipeline/emit/site/chunks.js';
import { writeSite } from '../../pipeline/emit/site/index.js';
import { seededRandom } from '../../bench/generate-corpus.js';
import { largeInput } from './synthetic.js';

const expected = (text: string) => Buffer.from(inlineJson(text).slice(1, -1));

const ALPHABET = [
  'a', 'Z', '0', ' ', ',', '{', '}', '"', '\\', '/', '<', '>', '&', '\'', '\u007f', '\u0080', 'é', 'ÿ', 'Ā', '’', '“', '—',
  '\u2028', '\u2029', '\u2027', '\u202a', '\ufffd', '\ufeff', '😀', '\ud800', '\udbff', '\udc00', '\udfff', 'ﬀ', '\uffff',
  ...Array.from({ length: 0x20 }, (_, c) => String.fromCharCode(c)),
];

function randomText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
  return text;
}

describe('a literal made as bytes', () => {
  it('is the literal inlineJson writes, for every character alone and in company', () => {
    const encoder = new LiteralEncoder();
    for (const c of ALPHABET) {
      for (const text of [c, `x${c}`, `${c}y`, `a${c}${c}b`]) expect(encoder.escape(text).equals(expected(text)), JSON.stringify(text)).toBe(true);
    }
    // A lone surrogate beside a real U+FFFD, and halves of a pair apart or reversed.
    for (const text of ['\ufffd\ud800', '\ud800\ufffd', '\udc00\ud800', '😀'.slice(0, 1), '😀'.slice(1), 'a\ufffdb', '\u2028\u2029\u2028']) {
      expect(encoder.escape(text).equals(expected(text)), JSON.stringify(text)).toBe(true);
    }
  });

  it('is the literal inlineJson writes for random texts, short and long, one encoder throughout', () => {
    const random = seededRandom(11);
    const encoder = new LiteralEncoder();
    for (let round = 0; round < 200; round++) {
      const text = randomText(random, Math.floor(random() ** 3 * 60_000));
      expect(encoder.escape(text).equals(expected(text))).toBe(true);
    }
  });

  it('is the literal inlineJson writes for JSON texts of records with such characters', () => {
    const random = seededRandom(5);
    const encoder = new LiteralEncoder();
    const records = Array.from({ length: 2000 }, (_, i) => ({ id: i, quote: randomText(random, 40), list: [randomText(random, 5), null, -0.5] }));
    const json = JSON.stringify(records);
    expect(encoder.escape(json).equals(expected(json))).toBe(true);
  });
});

describe('a literal made of parts', () => {
  it('is the literal of the parts joined, for random parts, pairs cut between two parts included', () => {
    const random = seededRandom(23);
    const encoder = new LiteralEncoder();
    for (let round = 0; round < 300; round++) {
      const text = randomText(random, Math.floor(random() ** 2 * 20_000));
      // Cut anywhere, a surrogate pair included, into parts some of which are empty.
      const cuts = Array.from({ length: Math.floor(random() * 8) }, () => Math.floor(random() * (text.length + 1))).sort((a, b) => a - b);
      const parts = [0, ...cuts].map((from, k) => text.slice(from, [...cuts, text.length][k]));
      expect(parts.join('')).toBe(text);
      expect(encoder.escapeParts(parts).equals(expected(text)), JSON.stringify(parts.map((p) => p.length))).toBe(true);
    }
    for (const parts of [['😀'.slice(0, 1), '😀'.slice(1)], ['a\ud83d', '\ude00b', '\u2028'], ['\ufffd', '\ud800'], ['\ud800', ''], ['', '\ud800'], ['x\u2028', '\u2029']]) {
      expect(encoder.escapeParts(parts).equals(expected(parts.join(''))), JSON.stringify(parts)).toBe(true);
    }
  });

  it('grows its buffer without losing what the earlier parts wrote', () => {
    const encoder = new LiteralEncoder();
    const parts = ['"<&>"'.repeat(10_000), '’\u2028'.repeat(200_000), '\\'.repeat(300_000)];
    expect(encoder.escapeParts(parts).equals(expected(parts.join('')))).toBe(true);
  });
});

describe('writeSite', () => {
  it('writes each data file as the layout gives its text', async () => {
    const input = { ...largeInput(2000), version: '1.2.3', latestChange: '## 1.2.3\n' };
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'site-bytes-'));
    try {
      await writeSite(dir, input);
      const files = [...layoutChunks(input.events, input.evidence, input.figures).files()];
      expect(files.length).toBeGreaterThan(2);
      for (const [name, text] of files) expect((await fs.readFile(path.join(dir, name))).equals(Buffer.from(text)), name).toBe(true);
      expect((await fs.readdir(path.join(dir, 'data'))).length).toBe(files.length);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
