import { readTextArticle } from './pipeline/read/text/index.js';
import { splitLines, words } from './pipeline/read/text/lines.js';
import { LINE_RULES } from './pipeline/read/text/rules/index.js';
const rep = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);
for (const n of [100_000, 1_000_000]) {
  const s = rep('Alpha Beta ', n);
  const lines = splitLines(s);
  const page = { lines, topEnd: 0 };
  for (const r of LINE_RULES) { const t0 = performance.now(); for (const l of lines) r.find(l, page); console.log(n, r.name, (performance.now() - t0).toFixed(1)); }
  let t0 = performance.now(); words(s); console.log(n, 'words', (performance.now() - t0).toFixed(1));
  t0 = performance.now(); readTextArticle(s); console.log(n, 'all', (performance.now() - t0).toFixed(1));
}
