// The seed gold (test/gold/seeds): the actors each source mentions, matched as the scorer does
// (any name or alias equal after folding case, accents, punctuation and a leading "the").
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../pipeline/extract/actors/index.js';
import { readTextArticle } from '../../pipeline/read/text/index.js';

const GOLD = new URL('../gold/seeds/', import.meta.url);
const RAW = new URL('../../raw/', import.meta.url);
const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, '');

interface GoldActor { name: string; aliases: string[] }

function score(): { tp: number; pred: number; gold: number; misses: string[] } {
  let tp = 0, pred = 0, gold = 0;
  const misses: string[] = [];
  for (const file of readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort()) {
    const g = JSON.parse(readFileSync(new URL(file, GOLD), 'utf8')) as { published: string; actors: GoldActor[] };
    const raw = readFileSync(new URL(file.replace(/\.json$/, '.txt'), RAW), 'utf8').replace(/^\uFEFF/, '');
    const { definitions } = findActors(readTextArticle(raw).content, { date: g.published });
    const goldNames = g.actors.map((a) => new Set([a.name, ...a.aliases].map(fold)));
    const used = new Set<number>();
    for (const d of definitions) {
      const names = [d.name, ...d.aliases].map(fold);
      const j = goldNames.findIndex((n, k) => !used.has(k) && names.some((x) => n.has(x)));
      if (j >= 0) used.add(j);
      else misses.push(`${file}: spurious ${d.name}`);
    }
    g.actors.forEach((a, k) => used.has(k) || misses.push(`${file}: missed ${a.name}`));
    tp += used.size;
    pred += definitions.length;
    gold += g.actors.length;
  }
  return { tp, pred, gold, misses };
}

describe('actors on the seed gold', () => {
  it('reach recall >= 97 % and precision >= 95 %', () => {
    const { tp, pred, gold, misses } = score();
    // Measured when written: every gold actor found, none spurious (98 of 98).
    expect(tp / gold, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(tp / pred, misses.join('\n')).toBeGreaterThanOrEqual(0.98);
  });
});
