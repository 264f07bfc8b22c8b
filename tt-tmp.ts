import { readFileSync, readdirSync } from 'node:fs';
import { readTextArticle } from './pipeline/read/text/index.js';
for (const f of readdirSync('raw').filter((f) => f.endsWith('.txt'))) {
  const text = readFileSync('raw/' + f, 'utf8');
  const a = readTextArticle(text);
  console.log('=====', f, JSON.stringify({ title: a.title, dateline: a.dateline, published: a.published }));
  for (const s of a.furniture) console.log('  ', s.rule.padEnd(14), JSON.stringify(text.slice(s.start, s.end).slice(0, 90)));
}
