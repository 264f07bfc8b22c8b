import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../pipeline/extract/dates/index.js';
import { readTextArticle } from '../../pipeline/read/text/index.js';

// The seed gold lists dates as a multiset of EDTF values per source (what score.mjs compares).
const goldDir = new URL('../gold/seeds/', import.meta.url);
const rawDir = new URL('../../raw/', import.meta.url);
const seeds = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();

interface Gold { doc: string; published: string; dates: Array<{ value: string }> }

describe('seed gold dates', () => {
  it('finds the gold dates with precision and recall of at least 100 % (what the tagger reaches)', () => {
    let matched = 0;
    let predicted = 0;
    let expected = 0;
    for (const file of seeds) {
      const gold = JSON.parse(readFileSync(new URL(file, goldDir), 'utf8')) as Gold;
      const article = readTextArticle(readFileSync(new URL(`${gold.doc}.txt`, rawDir), 'utf8'));
      const found = findDateMentions(article.content, { dct: gold.published }).map((m) => m.value);
      const remaining = gold.dates.map((d) => d.value);
      for (const v of found) {
        const i = remaining.indexOf(v);
        if (i >= 0) {
          remaining.splice(i, 1);
          matched++;
        }
      }
      predicted += found.length;
      expected += gold.dates.length;
    }
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(matched / predicted).toBeGreaterThanOrEqual(1);
    expect(matched / expected).toBeGreaterThanOrEqual(1);
  });
});
