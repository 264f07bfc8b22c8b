// Writes N sources by recombining sentences of the seed articles with a fixed random seed, so
// that dates, actors, amounts and repeated events stay realistic and every source is unique.
//
//   tsx bench/generate-corpus.ts --count 1000 --out DIR [--raw raw] [--seed 1]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { splitSentences } from '../pipeline/extract/sentences.js';
import { readTextArticle } from '../pipeline/read/text/index.js';

/** mulberry32: a tiny seeded generator, so the corpus is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATELINES = ['January 25, 2024', '23 January, 2024', 'February 2, 2024', 'August 9, 2025', 'May 3, 2024', 'March 14, 2024'];

export function seedSentences(rawDir: string): string[] {
  const sentences: string[] = [];
  for (const file of fs.readdirSync(rawDir).filter((f) => f.endsWith('.txt')).sort()) {
    const { content } = readTextArticle(fs.readFileSync(path.join(rawDir, file), 'utf8'));
    for (const s of splitSentences(content)) {
      const text = content.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
      if (text.length > 40) sentences.push(text);
    }
  }
  return sentences;
}

/** One generated article of about `bytes` characters: a title, a dateline and paragraphs. */
export function generateSource(sentences: string[], random: () => number, index: number, bytes = 10_000): string {
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const parts = [`Generated article ${index}: ${pick().slice(0, 60)}`, '', DATELINES[Math.floor(random() * DATELINES.length)]!, ''];
  let size = 0;
  while (size < bytes) {
    const paragraph = Array.from({ length: 2 + Math.floor(random() * 4) }, pick).join(' ');
    parts.push(paragraph, '');
    size += paragraph.length;
  }
  return `${parts.join('\n')}\n`;
}

export function generateCorpus(rawDir: string, outDir: string, count: number, seed = 1): void {
  const sentences = seedSentences(rawDir);
  const random = seededRandom(seed);
  fs.mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(path.join(outDir, `gen-${String(i).padStart(6, '0')}.txt`), generateSource(sentences, random, i));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, raw: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.count || !values.out) {
    console.error('usage: tsx bench/generate-corpus.ts --count N --out DIR [--raw raw] [--seed 1]');
    process.exit(2);
  }
  generateCorpus(values.raw ?? 'raw', values.out, Number(values.count), Number(values.seed ?? 1));
}
