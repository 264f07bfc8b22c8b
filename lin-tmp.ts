import { findDatePhrases } from './pipeline/read/text/date-phrase.js';
import { readTextArticle } from './pipeline/read/text/index.js';
const rep = (u: string, n: number) => u.repeat(Math.ceil(n / u.length)).slice(0, n);
const t = (f: () => void) => { let b = Infinity; for (let i = 0; i < 3; i++) { const t0 = performance.now(); f(); b = Math.min(b, performance.now() - t0); } return b; };
for (const [name, u] of [['digits', '2024-01-'], ['jan', 'Jan 1'], ['spaces', '1 '], ['caps', 'Alpha Beta ']] as const) {
  for (const n of [100_000, 200_000, 400_000, 1_000_000]) {
    const s = rep(u, n);
    console.log(name, n, 'dates', t(() => findDatePhrases(s)).toFixed(1), 'text', t(() => readTextArticle(s)).toFixed(1));
  }
}
